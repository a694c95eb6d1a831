/**
 * The day's counter slips (issue 10, item 3): the supplement requests (Form 02) and refusals (Form 03) a
 * counter issued, listed for that counter (and those who see it), and a Form 02 taken in again when the
 * applicant returns with the missing papers: the new dossier names the slip, the slip names the dossier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const applicant = { fullName: 'Phan Thị Mai', idNumber: '037190005555', phone: '0911555666' };
const get = async (username: string, url: string) =>
  t.app.inject({ url, headers: { cookie: await t.as(username) } });
const intake = async (username: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: { procedureCode: '1.001193', caseCode: 'qua-han', channel: 'counter', applicant, ...payload },
    headers: { cookie: await t.as(username) },
  });

describe('the day’s counter slips', () => {
  let slipId = '';
  let counter = '';

  it('lists the day’s Form 02 and 03 of the officer’s counter, with what was missing', async () => {
    counter = (await get('tiepnhan.xa', '/api/auth/me')).json().user.agency.code;
    // The evidence is given, the declaration missing: a Form 02, no dossier.
    const incomplete = await intake('tiepnhan.xa', {
      components: [{ id: 'giay-to-chung-minh', quantity: 2 }],
    });
    expect(incomplete.statusCode, incomplete.body).toBe(200);
    slipId = incomplete.json().slip.id;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/counter-slips/refusals',
      payload: {
        procedureCode: '1.001193',
        caseCode: 'qua-han',
        applicant,
        reason: 'Không thuộc thẩm quyền',
      },
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(refused.statusCode, refused.body).toBe(201);

    const list = await get('tiepnhan.xa', '/api/counter-slips?date=2025-03-03');
    expect(list.statusCode, list.body).toBe(200);
    const { items, agencyCode } = list.json();
    expect(agencyCode).toBe(counter);
    expect(items.map((i: { form: string }) => i.form).sort()).toEqual(['02', '03']);
    const supplement = items.find((i: { form: string }) => i.form === '02');
    expect(supplement).toMatchObject({
      id: slipId,
      applicantName: 'Phan Thị Mai',
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      case: { code: 'qua-han' },
      reopened: null,
      url: `/api/counter-slips/${slipId}/form.pdf`,
    });
    expect(supplement.missing.map((m: { id: string }) => m.id)).toEqual(['to-khai']);
    expect(items.find((i: { form: string }) => i.form === '03').reason).toBe('Không thuộc thẩm quyền');
    const only02 = (await get('tiepnhan.xa', '/api/counter-slips?date=2025-03-03&form=02')).json();
    expect(only02.items.map((i: { id: string }) => i.id)).toEqual([slipId]);
    // Another day has none.
    expect((await get('tiepnhan.xa', '/api/counter-slips?date=2025-03-04')).json().items).toEqual([]);
    // The PDF prints again.
    const pdf = await get('tiepnhan.xa', supplement.url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('is the counter’s own: another counter sees none, the centre supervisor sees them', async () => {
    expect((await get('tiepnhan.xa2', '/api/counter-slips?date=2025-03-03')).json().items).toEqual([]);
    const other = await get('tiepnhan.xa2', `/api/counter-slips?date=2025-03-03&agency=${counter}`);
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('Phan Thị Mai');
    expect((await get('tiepnhan.xa2', `/api/counter-slips/${slipId}`)).statusCode).toBe(404);
    const supervisor = await get('giamsat.tinh', `/api/counter-slips?date=2025-03-03&agency=${counter}`);
    expect(supervisor.json().items).toHaveLength(2);
    expect((await get('tiepnhan.xa', '/api/counter-slips?date=2025-02-30')).statusCode).toBe(400);
  });

  it('refuses a bad date or form by name', async () => {
    for (const query of ['date=2025-13-01', 'date=03/03/2025', 'date=2025-03-03&form=04', '']) {
      const res = await get('tiepnhan.xa', `/api/counter-slips?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields[0].path).toMatch(/^(date|form)$/);
    }
  });

  it('takes a Form 02 in again: the applicant and earlier ticks, the dossier and the slip naming each other', async () => {
    const detail = await get('tiepnhan.xa', `/api/counter-slips/${slipId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      applicant,
      given: [{ id: 'giay-to-chung-minh', quantity: 2 }],
      missing: [{ id: 'to-khai' }],
    });
    // Another counter cannot use it; nor another case.
    const stranger = await intake('tiepnhan.xa2', {
      components: [{ id: 'to-khai', quantity: 1 }],
      supplementSlip: slipId,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields[0].path).toBe('supplementSlip');
    const otherCase = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components: [
          { id: 'to-khai', quantity: 1 },
          { id: 'giay-chung-sinh', quantity: 1 },
        ],
        supplementSlip: slipId,
      },
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(otherCase.statusCode).toBe(400);
    expect(otherCase.json().error.fields[0].path).toBe('supplementSlip');

    const received = await intake('tiepnhan.xa', {
      components: [
        { id: 'to-khai', quantity: 1 },
        { id: 'giay-to-chung-minh', quantity: 2 },
      ],
      supplementSlip: slipId,
    });
    expect(received.statusCode, received.body).toBe(201);
    const { code } = received.json();
    const dossier = (await get('tiepnhan.xa', `/api/dossiers/${code}`)).json();
    expect(dossier.log[0].data.supplementSlip).toEqual({ id: slipId, number: detail.json().number });
    const listed = (await get('tiepnhan.xa', '/api/counter-slips?date=2025-03-03&form=02')).json().items[0];
    expect(listed.reopened).toMatchObject({ dossierCode: code });
    // Once only.
    const again = await intake('tiepnhan.xa', {
      components: [{ id: 'to-khai', quantity: 1 }],
      supplementSlip: slipId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.dossierCode).toBe(code);
  });
});
