/**
 * Online dossiers: submitted by the national public service portal (status 1), waiting in the chosen
 * counter's queue to be received (the clock starts then), guided once in writing (Form 02) or refused
 * (Form 03).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const TOKEN = 'portal-token-for-tests-0123456789';
const COUNTER = 'ninh-binh.phuong-hoa-lu.ttpvhcc';
let clock = new Date('2025-03-03T20:00:00+07:00'); // Monday evening, after office hours
let t: TestApp;
const as = (username: string) => t.as(username);
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_PORTAL_TOKEN: TOKEN }, clock: () => clock });
});
afterAll(() => t.close());

const body = (extra: object = {}) => ({
  procedureCode: '1.001193',
  caseCode: 'dung-han',
  channel: 'online',
  receivingAgencyCode: COUNTER,
  portalReference: 'G22-250303-000123',
  applicant: {
    fullName: 'Lò Văn Páo',
    idNumber: '037095001111',
    phone: '0915222333',
    email: 'pao@example.vn',
  },
  components: [{ id: 'to-khai', quantity: 1 }],
  ...extra,
});
const submit = (payload: object, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  t.app.inject({ method: 'POST', url: '/api/dossiers', payload, headers });
const act = (username: string, code: string, action: string, extra: object = {}) =>
  t.act(username, code, action, extra);

describe('online submission through the national portal', () => {
  it('accepts only the portal, with its token, and only online dossiers from it', async () => {
    expect((await submit(body(), {})).statusCode).toBe(401);
    expect((await submit(body(), { authorization: 'Bearer wrong-token-wrong-token-xx' })).statusCode).toBe(
      401,
    );
    const counterChannel = await submit(body({ channel: 'counter' }));
    expect(counterChannel.statusCode).toBe(400);
    expect(counterChannel.json().error.fields[0].path).toBe('channel');
    const byStaff = await submit(body(), { cookie: await as('tiepnhan.xa') });
    expect(byStaff.statusCode).toBe(400);
    const noCounter = await submit(body({ receivingAgencyCode: 'ninh-binh.so-tu-phap' }));
    expect(noCounter.statusCode).toBe(400);
    expect(noCounter.json().error.fields[0].path).toBe('receivingAgencyCode');
  });

  it('waits in the chosen counter’s queue and starts its clock at reception', async () => {
    clock = new Date('2025-03-03T20:00:00+07:00');
    const res = await submit(body());
    expect(res.statusCode, res.body).toBe(201);
    const submitted = res.json();
    expect(submitted).toMatchObject({
      outcome: 'submitted',
      status: 1,
      statusKey: 'new',
      submittedAt: '2025-03-03T20:00:00+07:00',
    });
    // The checklist's other required component is listed for the applicant at once.
    expect(submitted.missing.map((m: { id: string }) => m.id)).toEqual(['giay-chung-sinh']);
    const { code } = submitted;

    const queue = async (user: string) =>
      (await t.app.inject({ url: '/api/dossiers?queue=to-receive', headers: { cookie: await as(user) } }))
        .json()
        .items.map((i: { code: string }) => i.code);
    expect(await queue('tiepnhan.xa')).toContain(code);
    expect(await queue('tiepnhan.xa2')).not.toContain(code);
    expect(
      (await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('tiepnhan.xa2') } }))
        .statusCode,
    ).toBe(404);
    const view = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    expect(view).toMatchObject({ statusKey: 'new', receivedAt: null, dueDate: null, channel: 'online' });
    expect(view.allowedActions.map((a: { action: string }) => a.action)).toEqual([
      'receive',
      'refuse',
      'request-supplement',
      'withdraw',
    ]);

    // Received the next morning: the fixture's one working day runs from then, not from the evening before.
    clock = new Date('2025-03-04T08:10:00+07:00');
    const received = await act('tiepnhan.xa', code, 'receive');
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toMatchObject({ statusKey: 'received', dueDate: '2025-03-05' });
    expect(Date.parse(received.json().receivedAt)).toBe(clock.getTime());
    expect(received.json().currentStep.key).toBe('tiep-nhan');
    const receipt = await t.app.inject({
      url: `/api/dossiers/${code}/forms/01.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(receipt.statusCode).toBe(200);
  });

  it('guides the applicant once in writing (Form 02), then receives the completed dossier', async () => {
    clock = new Date('2025-03-05T09:00:00+07:00');
    const { code } = (await submit(body())).json();
    const asked = await act('tiepnhan.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy chứng sinh',
      data: { missing: [{ id: 'giay-chung-sinh', reason: 'Chưa tải lên bản chụp giấy chứng sinh' }] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().statusKey).toBe('supplement-requested');
    const slip = await t.app.inject({
      url: `/api/dossiers/${code}/forms/02.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    // Once only: a second written guidance needs the override.
    expect((await act('tiepnhan.xa', code, 'supplement')).json().statusKey).toBe('new');
    const again = await act('tiepnhan.xa', code, 'request-supplement', {
      reason: 'Lại thiếu',
      data: { missing: [{ id: 'giay-chung-sinh' }] },
    });
    expect(again.statusCode).toBe(409);
    expect((await act('tiepnhan.xa', code, 'receive')).json().statusKey).toBe('received');
  });

  it('refuses a dossier that cannot be accepted, with the reason on Form 03', async () => {
    const { code } = (await submit(body())).json();
    expect((await act('tiepnhan.xa', code, 'refuse')).statusCode).toBe(400);
    const refused = await act('tiepnhan.xa', code, 'refuse', {
      reason: 'Trẻ đã được đăng ký khai sinh tại nơi khác',
    });
    expect(refused.json().statusKey).toBe('refused');
    const slip = await t.app.inject({
      url: `/api/dossiers/${code}/forms/03.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(slip.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          url: `/api/dossiers/${code}/forms/02.pdf`,
          headers: { cookie: await as('tiepnhan.xa') },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a submission time before 2000, naming receivedAt (a dossier code cannot say it; was a 500)', async () => {
    const res = await submit(
      body({ portalReference: 'G22-990304-000001', receivedAt: '1999-03-04T09:00:00+07:00' }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['receivedAt']);
  });

  it('gives the same dossier back for a repeated submission with the same Idempotency-Key', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'idempotency-key': 'portal-G22-250303-000999' };
    const first = await submit(body({ portalReference: 'G22-250303-000999' }), headers);
    const again = await submit(body({ portalReference: 'G22-250303-000999' }), headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().code).toBe(first.json().code);
  });
});

describe('the tracking book', () => {
  it('gives a dossier its place in the counter’s book when it is received, never before, and keeps it', async () => {
    const place = async (code: string) =>
      t.database.db
        .selectFrom('dossiers')
        .select(['bookYear', 'bookNo'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
    clock = new Date('2025-03-04T08:00:00+07:00');
    const online = (await submit(body({ portalReference: 'G22-250304-000777' }))).json().code;
    expect(await place(online)).toEqual({ bookYear: null, bookNo: null });
    const atCounter = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
      fullName: 'Vi Thị Sen',
      idNumber: '037095002222',
      phone: '0915222444',
    });
    const counterPlace = await place(atCounter.code);
    expect(counterPlace.bookYear).toBe(2025);
    clock = new Date('2025-03-04T09:00:00+07:00');
    expect((await act('tiepnhan.xa', online, 'receive')).statusCode).toBe(200);
    // Received after the counter's own dossier: the next place in the same book.
    expect(await place(online)).toEqual({ bookYear: 2025, bookNo: (counterPlace.bookNo ?? 0) + 1 });
  });
});
