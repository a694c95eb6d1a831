/**
 * The seed catalogue as corrected against the national portal and the sector laws (docs/domain/catalogue.md):
 * limits per submission channel, extension conditions and agreed later dates chosen at the counter, the
 * payment-wait rule of each procedure, the fee status; and intake recording each of them in the subject.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const TOKEN = 'portal-token-for-tests-0123456789';
// Monday 3 March 2025, 09:00 in Vietnam (Monday 7 April 2025 is the Hùng Kings' day off).
let clock = new Date('2025-03-03T09:00:00+07:00');
const at = (local: string) => {
  clock = new Date(`${local.replace(' ', 'T')}:00+07:00`);
};
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_PORTAL_TOKEN: TOKEN }, clock: () => clock });
  const dir = path.join(SEED_DIR, 'catalogue');
  const read = (sheet: string) => fs.readFileSync(path.join(dir, `${sheet}.csv`), 'utf8');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import-csv',
    payload: {
      fileName: 'seed',
      procedures: read('procedures'),
      cases: read('cases'),
      components: read('components'),
    },
    headers: { cookie: await t.login('admin') },
  });
  if (res.statusCode !== 200) throw new Error(`seed import failed: ${res.body}`);
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };
const procedure = async (code: string) => (await t.app.inject(`/api/procedures/${code}`)).json();
const required = async (code: string, caseCode: string) =>
  (
    (await procedure(code)).cases.find((c: { code: string }) => c.code === caseCode).components as {
      id: string;
      quantity: number;
      required: boolean;
    }[]
  )
    .filter((k) => k.required)
    .map((k) => ({ id: k.id, quantity: k.quantity }));
const intake = async (code: string, caseCode: string, extra: object = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: {
      procedureCode: code,
      caseCode,
      channel: 'counter',
      applicant,
      components: await required(code, caseCode),
      ...extra,
    },
    headers: { cookie: await t.as('tiepnhan.xa') },
  });
const detail = async (code: string) =>
  (
    await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as('tiepnhan.xa') } })
  ).json();
const fields = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res.json().error.fields.map((f) => f.path);

describe('the corrected catalogue', () => {
  it('publishes the land limits per channel, the payment rule with its law, and the fees as the council’s', async () => {
    const land = await procedure('1.013978');
    expect(land).toMatchObject({ paymentStopsClock: true });
    expect(land.paymentStopsClockBasis).toContain('101/2024/NĐ-CP');
    expect(land.cases[0]).toMatchObject({
      code: 'dang-ky-va-cap-gcn',
      timeLimit: { value: 27, unit: 'working-days' },
      channelLimits: {
        online: { value: 17, unit: 'working-days' },
        postal: { value: 20, unit: 'working-days' },
      },
      feeStatus: 'provincial-to-set',
    });
    // A certificate for land already registered: no more than 3 working days (Decree 101/2024).
    expect(land.cases[1]).toMatchObject({ code: 'da-co-thong-bao-dang-ky', processingDays: 3 });
    expect((await procedure('1.001193')).paymentStopsClock).toBe(false);
  });

  it('takes 2.000986 at the counter only, with its +2 and +5 day extensions', async () => {
    const joint = await procedure('2.000986');
    expect(joint).toMatchObject({ onlineService: 'none', postal: false });
    expect(
      joint.cases[0].extensions.map((x: { code: string; workingDays: number }) => [x.code, x.workingDays]),
    ).toEqual([
      ['xa-hoan-thien-ho-so', 2],
      ['xa-cach-50km', 5],
    ]);
  });

  it('replaces the invented "large volume" case of 2.000815 by the law’s extension and a date agreed in writing', async () => {
    const copy = await procedure('2.000815');
    expect(copy.cases.map((c: { code: string }) => c.code)).toEqual(['trong-ngay']);
    expect(copy.cases[0]).toMatchObject({ agreedExtension: true, extensions: [{ workingDays: 2 }] });
    expect(copy.legalBasis).toEqual(
      expect.arrayContaining(['Nghị định số 280/2025/NĐ-CP', 'Thông tư số 257/2016/TT-BTC']),
    );
  });

  it('lists the fire-safety result and the design verification report for construction permits', async () => {
    const permit = await procedure('1.013225');
    for (const c of permit.cases) {
      const ids = c.components.map((k: { id: string; required: boolean }) => [k.id, k.required]);
      expect(ids).toEqual(
        expect.arrayContaining([
          ['ket-qua-pccc', false],
          ['bao-cao-tham-tra', false],
        ]),
      );
      expect(c).toMatchObject({ feeStatus: 'provincial-to-set', fees: [] });
    }
    expect(permit.legalBasis).toContain('Nghị định số 105/2025/NĐ-CP');
  });
});

describe('the limit chosen at intake', () => {
  it("takes the channel's limit and records it in the subject", async () => {
    at('2025-03-03 09:00');
    const counter = await intake('1.013978', 'dang-ky-va-cap-gcn');
    expect(counter.statusCode, counter.body).toBe(201);
    expect(counter.json().dueDate).toBe('2025-04-10'); // 27 working days, 7 April off
    const postal = await intake('1.013978', 'dang-ky-va-cap-gcn', {
      channel: 'postal',
      postalWaybill: 'EB123456789VN',
    });
    expect(postal.json().dueDate).toBe('2025-03-31'); // 20 working days
    const [first] = (await detail(postal.json().code)).log;
    expect(first.data.subject.case).toMatchObject({
      timeLimit: { value: 20, unit: 'working-days' },
      feeStatus: 'provincial-to-set',
      limit: { channel: 'postal', extensions: [] },
    });
    expect(first.data.subject.procedure.paymentStopsClock).toBe(true);
  });

  it('refuses 2.000986 online, naming the channel', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: {
        procedureCode: '2.000986',
        caseCode: 'default',
        channel: 'online',
        receivingAgencyCode: 'ninh-binh.phuong-hoa-lu.ttpvhcc',
        applicant,
        components: await required('2.000986', 'default'),
      },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toContain('channel');
  });

  it('adds the extension days the counter ticks, and refuses a condition the case does not have', async () => {
    at('2025-03-03 09:00');
    const far = await intake('2.000986', 'default', { limitExtensions: ['xa-cach-50km'] });
    expect(far.statusCode, far.body).toBe(201);
    expect(far.json().dueDate).toBe('2025-04-08'); // 20 + 5 working days, 7 April off
    const [first] = (await detail(far.json().code)).log;
    expect(first.data.subject.case.limit.extensions).toMatchObject([
      { code: 'xa-cach-50km', workingDays: 5 },
    ]);
    const unknown = await intake('2.000986', 'default', { limitExtensions: ['xa-xa'] });
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['limitExtensions[0]']);
  });

  it('sets the due date agreed in writing where the law allows it, and only a later working day', async () => {
    at('2025-03-03 09:00');
    const agreedExtension = { dueDate: '2025-03-07', reference: 'Văn bản thỏa thuận ngày 03/3/2025' };
    const agreed = await intake('2.000815', 'trong-ngay', { agreedExtension });
    expect(agreed.statusCode, agreed.body).toBe(201);
    expect(agreed.json().dueDate).toBe('2025-03-07');
    const [first] = (await detail(agreed.json().code)).log;
    expect(first.data.subject.case.limit.agreed).toEqual(agreedExtension);
    const sameDay = await intake('2.000815', 'trong-ngay', {
      agreedExtension: { ...agreedExtension, dueDate: '2025-03-03' },
    });
    expect(sameDay.statusCode).toBe(400);
    expect(fields(sameDay)).toEqual(['agreedExtension.dueDate']);
    const notAllowed = await intake('2.000986', 'default', { agreedExtension });
    expect(notAllowed.statusCode).toBe(400);
    expect(fields(notAllowed)).toEqual(['agreedExtension']);
  });
});

describe('the wait for a payment', () => {
  /** Received Monday 3/3, payment asked the same day, paid a week later (5 working days). */
  const paidAWeekLater = async (code: string, caseCode: string, paidAt = '2025-03-10 09:00') => {
    at('2025-03-03 09:00');
    const received = (await intake(code, caseCode)).json();
    await t.act('tiepnhan.xa', received.code, 'transfer');
    await t.act('lanhdao.xa', received.code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    const asked = await t.act('chuyenvien.xa', received.code, 'request-payment', {
      data: { amount: 100000 },
    });
    expect(asked.json().statusKey).toBe('payment-requested');
    at(paidAt);
    const paid = await t.act('tiepnhan.xa', received.code, 'record-payment', { data: { method: 'cash' } });
    expect(paid.statusCode, paid.body).toBe(200);
    return { received, paid: paid.json() };
  };

  it('stops the clock for a land procedure (Decree 101/2024): the due date moves by the days waited', async () => {
    const { received, paid } = await paidAWeekLater('1.013978', 'dang-ky-va-cap-gcn');
    expect(paid.log.at(-1).data.resumed).toMatchObject({ waitedWorkingDays: 5 });
    expect(paid.dueDate).not.toBe(received.dueDate);
  });

  it('does not stop it for civil status: the due date stays', async () => {
    // A birth re-registration (a copy at 8,000 đ, 5 working days; a free case is offered no payment at all),
    // paid two working days later, before its due date: the wait is not left out, so nothing moves.
    const { received, paid } = await paidAWeekLater('1.004884', 'default', '2025-03-05 09:00');
    expect(paid.log.at(-1).data).not.toHaveProperty('resumed');
    expect(paid.dueDate).toBe(received.dueDate);
  });
});
