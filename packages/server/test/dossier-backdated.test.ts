/**
 * Back-dated receptions (issue 9, item 9): a counter officer may date a reception earlier today; an earlier
 * day, at most 10 working days back and with a reason, is held for a leader of the counter's body, then
 * received at the claimed time (or rejected); anything older is refused.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

// Business time: Tuesday 4 March 2025, 10:00 in Vietnam. The server's own time runs apart from it.
let clock = new Date('2025-03-04T10:00:00+07:00');
let serverNow = new Date('2025-03-04T10:00:07+07:00');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock, serverClock: () => serverNow });
});
afterAll(() => t.close());

let people = 0;
const applicant = () => {
  people++;
  return {
    fullName: `Lê Văn Hậu ${people}`,
    idNumber: `0371900${String(people).padStart(5, '0')}`,
    phone: '0987000111',
  };
};
const body = (extra: object = {}) => ({
  procedureCode: '1.001193',
  caseCode: 'qua-han',
  channel: 'counter',
  applicant: applicant(),
  components: [{ id: 'to-khai', quantity: 1 }],
  ...extra,
});
const send = async (username: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: { cookie: await t.as(username) },
  });
const intake = (payload: object) => send('tiepnhan.xa', 'POST', '/api/dossiers', payload);
const paths = (res: { json(): { error: { fields?: { path: string }[] } } }) =>
  (res.json().error.fields ?? []).map((f) => f.path);
const counts = async () => {
  const dossiers = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossiers`.execute(t.database.db);
  const held = await sql<{ n: number }>`SELECT count(*)::int AS n FROM held_intakes`.execute(t.database.db);
  return { dossiers: dossiers.rows[0]?.n, held: held.rows[0]?.n };
};
const yesterday = '2025-03-03T09:30:00+07:00';
const reason = 'Mất điện, tiếp nhận trên giấy, nhập máy hôm sau';

describe('back-dated counter receptions', () => {
  it('refuses a reception dated 26 years back, with or without a reason, and stores nothing', async () => {
    const before = await counts();
    // 26 years back (the old code answered 500, the dossier code having no such year), and 25 (received).
    for (const extra of [{}, { backdateReason: reason }, { receivedAt: '2000-03-04T09:00:00+07:00' }]) {
      const res = await intake(body({ receivedAt: '1999-03-04T09:00:00+07:00', ...extra }));
      expect(res.statusCode, res.body).toBe(400);
      expect(paths(res)).toEqual(['receivedAt']);
      expect(res.json().error.fields[0].message).toContain('10 ngày làm việc');
      expect(res.json().error.fields[0].messageEn).toContain('10 working days');
    }
    // Eleven working days back is out of the window too (the window starts on Tuesday 18 February).
    const old = await intake(body({ receivedAt: '2025-02-17T09:00:00+07:00', backdateReason: reason }));
    expect(old.statusCode, old.body).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses yesterday without a reason, naming receivedAt and backdateReason', async () => {
    for (const extra of [{}, { backdateReason: '   ' }]) {
      const res = await intake(body({ receivedAt: yesterday, ...extra }));
      expect(res.statusCode, res.body).toBe(400);
      expect(paths(res)).toEqual(['receivedAt', 'backdateReason']);
    }
  });

  it('receives a reception from earlier today directly', async () => {
    const res = await intake(body({ receivedAt: '2025-03-04T08:15:00+07:00' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().receivedAt).toBe('2025-03-04T08:15:00+07:00');
  });

  it('holds yesterday with a reason (202, in no queue), and a leader approves it at the claimed time', async () => {
    const before = await counts();
    const payload = body({ receivedAt: yesterday, backdateReason: ` ${reason} ` });
    const held = await intake(payload);
    expect(held.statusCode, held.body).toBe(202);
    expect(held.json()).toMatchObject({
      outcome: 'held',
      claimedReceivedAt: yesterday,
      reason,
      heldAt: '2025-03-04T10:00:07+07:00',
    });
    const { id } = held.json();
    expect(await counts()).toEqual({ dossiers: before.dossiers, held: (before.held ?? 0) + 1 });
    // Not received: in no one's queue.
    for (const who of ['tiepnhan.xa', 'lanhdao.xa', 'admin']) {
      const queue = (await send(who, 'GET', '/api/dossiers?pageSize=100')).json();
      expect(JSON.stringify(queue)).not.toContain(payload.applicant.fullName);
    }
    const list = await send('lanhdao.xa', 'GET', '/api/held-intakes');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        id,
        claimedReceivedAt: yesterday,
        reason,
        officer: expect.objectContaining({ name: 'Phạm Thu Trang' }),
        applicantName: payload.applicant.fullName,
        workingDaysBack: 1,
        decision: null,
      }),
    );

    clock = new Date('2025-03-04T14:00:00+07:00');
    serverNow = new Date('2025-03-04T14:00:03+07:00');
    const approved = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const { code, receivedAt, dueDate } = approved.json();
    expect(receivedAt).toBe(yesterday);
    expect(code).toMatch(/-250303-\d{4}$/);

    const view = (await send('tiepnhan.xa', 'GET', `/api/dossiers/${code}`)).json();
    expect(view.receivedAt).toBe(yesterday);
    expect(view.log[0]).toMatchObject({
      action: 'receive',
      at: yesterday,
      recordedAt: '2025-03-04T14:00:03+07:00',
      actor: { name: 'Phạm Thu Trang' },
      reason,
      data: {
        backdated: {
          heldId: id,
          heldAt: '2025-03-04T10:00:07+07:00',
          approvedBy: { name: expect.any(String) },
          approvedAt: '2025-03-04T14:00:03+07:00',
        },
      },
    });
    // The deadline counts from the claimed time: as a dossier received directly at that time.
    clock = new Date(yesterday);
    const direct = await intake(body());
    expect(direct.statusCode, direct.body).toBe(201);
    expect(direct.json().dueDate).toBe(dueDate);
    clock = new Date('2025-03-04T14:00:00+07:00');

    const again = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/approve`);
    expect(again.statusCode, again.body).toBe(409);
    const rejectAfter = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/reject`, { reason: 'x' });
    expect(rejectAfter.statusCode).toBe(409);
    const pending = (await send('lanhdao.xa', 'GET', '/api/held-intakes')).json().items;
    expect(pending.map((h: { id: string }) => h.id)).not.toContain(id);
  });

  it('a leader rejects with a reason: nothing is received', async () => {
    const before = await counts();
    const held = await intake(body({ receivedAt: yesterday, backdateReason: reason }));
    const { id } = held.json();
    const blank = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/reject`, { reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(paths(blank)).toEqual(['reason']);
    const rejected = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/reject`, {
      reason: 'Không có biên bản nhận hồ sơ giấy',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      id,
      decision: 'rejected',
      decisionReason: 'Không có biên bản nhận hồ sơ giấy',
      decidedAt: '2025-03-04T14:00:03+07:00',
      dossierCode: null,
    });
    expect((await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/approve`)).statusCode).toBe(409);
    expect((await counts()).dossiers).toBe(before.dossiers);
  });

  it('another agency’s leader gets 404, a counter officer 403, and nothing is decided', async () => {
    const { id } = (await intake(body({ receivedAt: yesterday, backdateReason: reason }))).json();
    for (const [who, status] of [
      ['lanhdao.tuphap', 404],
      ['tiepnhan.xa', 403],
      ['tiepnhan.xa2', 403],
      ['chuyenvien.xa', 403],
    ] as const) {
      const approve = await send(who, 'POST', `/api/held-intakes/${id}/approve`);
      expect(approve.statusCode, `${who} ${approve.body}`).toBe(status);
      const reject = await send(who, 'POST', `/api/held-intakes/${id}/reject`, { reason: 'x' });
      expect(reject.statusCode, who).toBe(status);
    }
    const outside = (await send('lanhdao.tuphap', 'GET', '/api/held-intakes')).json().items;
    expect(outside.map((h: { id: string }) => h.id)).not.toContain(id);
    expect((await send('tiepnhan.xa', 'GET', '/api/held-intakes')).statusCode).toBe(403);
    expect(
      (await send('lanhdao.xa', 'POST', `/api/held-intakes/${crypto.randomUUID()}/approve`)).statusCode,
    ).toBe(404);
    expect((await send('lanhdao.xa', 'POST', '/api/held-intakes/not-a-uuid/approve')).statusCode).toBe(400);
    // The centre supervisor, who oversees the whole province, may decide it.
    const approved = await send('giamsat.tinh', 'POST', `/api/held-intakes/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
  });

  it('can no longer approve once the claimed day has left the window', async () => {
    clock = new Date('2025-03-04T14:00:00+07:00');
    const { id } = (await intake(body({ receivedAt: yesterday, backdateReason: reason }))).json();
    clock = new Date('2025-03-20T09:00:00+07:00');
    const late = await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/approve`);
    expect(late.statusCode, late.body).toBe(409);
    expect(
      (await send('lanhdao.xa', 'POST', `/api/held-intakes/${id}/reject`, { reason: 'Quá hạn' })).statusCode,
    ).toBe(200);
    clock = new Date('2025-03-04T14:00:00+07:00');
  });

  it('holds nothing for an incomplete back-dated intake: the supplement request is never back-dated', async () => {
    const res = await intake(body({ receivedAt: yesterday, backdateReason: reason, components: [] }));
    expect(res.statusCode, res.body).toBe(400);
    expect(paths(res)).toEqual(['receivedAt']);
  });
});
