/**
 * Decree 118's rules on a late dossier and a second look, through the API: the apology is due by the working
 * day before the due date (warned on the dossier and in the due-soon queue), the appointment is reset once,
 * an apology on or after the due date is a breach, a dossier is sent back for a supplement once whichever
 * agency asks (a second request is the leader's, as a breach), and the counter stops processing on the
 * applicant's request (docs/domain/dossier-lifecycle.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const at = (local: string) => {
  clock = new Date(`${local.replace(' ', 'T')}:00+07:00`);
};
let n = 0;
/** A late birth registration received on Monday 3 March 2025 and transferred: due Thursday 6 March. */
async function transferred(): Promise<string> {
  at('2025-03-03 09:00');
  n += 1;
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
    fullName: 'Đặng Thị Hoa',
    idNumber: `03709001${String(1000 + n)}`,
    phone: '0912000111',
  });
  expect((await t.act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
  return code;
}

interface View {
  dueDate: string;
  dueSoon: boolean;
  apologyDueBy: string | null;
  apologyLate: boolean;
  extensions: { newDueDate: string; breach: boolean; delivery?: string }[];
  allowedActions: { action: string; overrideRequired?: boolean }[];
  log: { action: string; data: Record<string, unknown> }[];
  paperFiles: { dueAt: string; sentAt: string | null; late: boolean } | null;
}
const view = async (username: string, code: string): Promise<View> =>
  (await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as(username) } })).json();
const queue = async (username: string, name: string): Promise<string[]> =>
  (await t.app.inject({ url: `/api/dossiers?queue=${name}`, headers: { cookie: await t.as(username) } }))
    .json()
    .items.map((d: { code: string }) => d.code);
const extend = (code: string, newDueDate: string, more: object = {}) =>
  t.act('lanhdao.xa', code, 'apologize-extend', {
    reason: 'Chờ kết quả xác minh của Công an',
    data: { newDueDate, ...more },
  });

describe('the apology and the new appointment (Form 04)', () => {
  it('is due by the working day before the due date, shown on the dossier and in the due-soon queue', async () => {
    const code = await transferred();
    at('2025-03-04 09:00');
    expect(await view('lanhdao.xa', code)).toMatchObject({ dueSoon: false, apologyDueBy: '2025-03-05' });
    expect(await queue('lanhdao.xa', 'due-soon')).not.toContain(code);
    at('2025-03-05 09:00');
    expect(await view('lanhdao.xa', code)).toMatchObject({
      dueSoon: true,
      apologyDueBy: '2025-03-05',
      apologyLate: false,
    });
    expect(await queue('lanhdao.xa', 'due-soon')).toContain(code);
    expect(await queue('chuyenvien.xa', 'due-soon')).toContain(code);
    // On the due date itself an apology would come too late, and the page says so.
    at('2025-03-06 09:00');
    expect(await view('lanhdao.xa', code)).toMatchObject({ dueSoon: true, apologyLate: true });
  });

  it('resets the appointment once; a second reset is refused, or confirmed as a breach', async () => {
    const code = await transferred();
    at('2025-03-05 09:00');
    const first = await extend(code, '2025-03-12');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().extensions).toEqual([
      expect.objectContaining({ newDueDate: '2025-03-12', breach: false, delivery: 'paper' }),
    ]);
    at('2025-03-11 09:00');
    const offered = (await view('lanhdao.xa', code)).allowedActions.find(
      (a) => a.action === 'apologize-extend',
    );
    expect(offered?.overrideRequired).toBe(true);
    const before = (await view('lanhdao.xa', code)).log.length;
    const again = await extend(code, '2025-03-14');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ rule: 'extend-once' });
    expect((await view('lanhdao.xa', code)).log.length).toBe(before);
    const breach = await extend(code, '2025-03-14', { override: true });
    expect(breach.statusCode, breach.body).toBe(200);
    expect(breach.json().extensions.map((x: { breach: boolean }) => x.breach)).toEqual([false, true]);
    expect(breach.json().log.at(-1).data).toMatchObject({ override: true });
  });

  it('records an apology made on the due date as late, and how it was sent', async () => {
    const code = await transferred();
    at('2025-03-06 10:00');
    const late = await extend(code, '2025-03-12', { delivery: 'sms' });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json().log.at(-1).data).toMatchObject({ late: true, delivery: 'sms' });
    expect(late.json().extensions[0]).toMatchObject({ breach: true, delivery: 'sms' });
  });
});

describe('supplement once per dossier', () => {
  it('gives a second request to the leader only, as a confirmed breach', async () => {
    const code = await transferred();
    at('2025-03-03 10:00');
    await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    const ask = { reason: 'Thiếu giấy chứng sinh', data: { missing: [{ name: 'Giấy chứng sinh' }] } };
    expect((await t.act('chuyenvien.xa', code, 'request-supplement', ask)).statusCode).toBe(200);
    expect((await t.act('tiepnhan.xa', code, 'supplement')).statusCode).toBe(200);
    // The specialist may not ask again; the leader may, only by confirming the breach.
    expect((await t.act('chuyenvien.xa', code, 'request-supplement', ask)).statusCode).toBe(403);
    const refused = await t.act('lanhdao.xa', code, 'request-supplement', ask);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ rule: 'supplement-once', previousRequests: 1 });
    const confirmed = await t.act('lanhdao.xa', code, 'request-supplement', {
      ...ask,
      data: { ...ask.data, override: true },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().log.at(-1).data).toMatchObject({ override: true });
  });
});

describe('the stop notice (Form 05)', () => {
  it('is the receiving counter’s, on the applicant’s request, with the law’s ground', async () => {
    const code = await transferred();
    at('2025-03-04 09:00');
    const reason = { reason: 'Người nộp có đơn đề nghị dừng giải quyết hồ sơ' };
    expect((await t.act('lanhdao.xa', code, 'stop', reason)).statusCode).toBe(403);
    // The counter of another centre may not stop it either.
    expect([403, 404]).toContain((await t.act('tiepnhan.xa2', code, 'stop', reason)).statusCode);
    const legalGround = await t.act('tiepnhan.xa', code, 'stop', { ...reason, data: { legalGround: 'x' } });
    expect(legalGround.statusCode).toBe(400);
    expect(legalGround.json().error.fields[0].path).toBe('data.legalGround');
    const stopped = await t.act('tiepnhan.xa', code, 'stop', { ...reason, data: { requestedVia: 'post' } });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toMatchObject({ status: 8, statusKey: 'stopped' });
    expect(stopped.json().log.at(-1).data).toMatchObject({
      requestedVia: 'post',
      legalGround: expect.stringContaining('Điều 7 Thông tư số 03/2025/TT-VPCP'),
    });
  });
});

describe('the paper files (Decree 118 Art. 18)', () => {
  it('are due within a working day of the transfer, sent once by the counter, and late when sent after it', async () => {
    const code = await transferred();
    // Received Monday 3 March 09:00: transfer due that day, paper files by Tuesday 4 March 17:30.
    expect((await view('tiepnhan.xa', code)).paperFiles).toEqual({
      dueAt: '2025-03-04T17:30:00+07:00',
      sentAt: null,
      late: false,
    });
    at('2025-03-05 08:00');
    expect((await view('tiepnhan.xa', code)).paperFiles?.late).toBe(true);
    expect((await t.act('chuyenvien.xa', code, 'send-paper')).statusCode).toBe(403);
    const sent = await t.act('tiepnhan.xa', code, 'send-paper');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().log.at(-1).data).toMatchObject({ late: true });
    expect(sent.json().paperFiles).toMatchObject({ sentAt: expect.any(String), late: true });
    expect((await t.act('tiepnhan.xa', code, 'send-paper')).statusCode).toBe(409);
  });
});
