/**
 * Complaints and denunciations (issue 12, item 2): receiving, the clocks of the rule in force on the day of
 * receipt, actions and their refusals, scope by agency, and the denouncer's identity — shown only to the
 * handler and their leader, each read logged, never in a list or a case's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadCase,
  type StoredCaseEntry,
  verifyCaseChains,
} from '../src/modules/complaints/complaints.repo.ts';
import { findChainBreak } from '../src/modules/dossiers/audit/case-chain.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const DENOUNCER = 'Phạm Thị Bí Mật';
const DENOUNCER_ID = '037188009999';
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-07-02T09:00:00+07:00') });
});
afterAll(() => t.close());

const call = async (who: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: who ? { cookie: await t.as(who) } : {},
  });

const denunciation = (extra: object = {}) => ({
  kind: 'denunciation',
  channel: 'in-person',
  subject: 'Tố cáo cán bộ địa chính đòi tiền "bôi trơn" <script>alert(1)</script>',
  party: { fullName: DENOUNCER, idNumber: DENOUNCER_ID, phone: '0912345678', address: 'Thôn Đông' },
  ...extra,
});
const complaint = (extra: object = {}) => ({
  kind: 'complaint',
  channel: 'letter',
  instance: 1,
  subject: 'Khiếu nại quyết định xử phạt hành chính',
  knownOn: '2026-05-04',
  party: { fullName: 'Trần Văn Khiếu', phone: '0987654321' },
  ...extra,
});

describe('a denunciation at the commune', () => {
  let code: string;
  it('is received with its clocks: 7 working days to handle, 5 to transfer; no identity in the answer', async () => {
    const res = await call('tiepnhan.xa', 'POST', '/api/complaints', denunciation());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    code = body.code;
    expect(code).toMatch(/^TC-2026-\d{6}$/);
    expect(body).toMatchObject({
      state: 'received',
      kind: 'denunciation',
      acceptance: { days: 7, unit: 'working', due: '2026-07-13' },
      transfer: { days: 5, unit: 'working', due: '2026-07-09' },
      clock: { due: '2026-07-13', daysLeft: 7, overdue: false },
      party: null,
      mayRequestIdentity: false,
      allowedActions: [],
    });
    expect(res.body).not.toContain(DENOUNCER);
    expect(res.body).not.toContain(DENOUNCER_ID);
  });

  it('is listed for the commune and the province, never with the identity; not for another commune', async () => {
    for (const who of ['lanhdao.xa', 'chuyenvien.xa', 'giamsat.tinh', 'admin']) {
      const res = await call(who, 'GET', '/api/complaints?kind=denunciation');
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: { code: string }) => i.code)).toContain(code);
      expect(res.body).not.toContain(DENOUNCER);
      expect(res.body).not.toContain(DENOUNCER_ID);
    }
    expect((await call('lanhdao.xa', 'GET', '/api/complaints')).json().mayReceive).toBe(true);
    expect((await call('giamsat.tinh', 'GET', '/api/complaints')).json().mayReceive).toBe(false);
    const clerk = await call('vanthu.xa', 'GET', '/api/complaints');
    expect(clerk.json()).toMatchObject({ items: [], mayReceive: false });
    const other = await call('tiepnhan.xa2', 'GET', '/api/complaints');
    expect(other.json().items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await call('tiepnhan.xa2', 'GET', `/api/complaints/${code}`)).statusCode).toBe(404);
    expect((await call('tiepnhan.xa2', 'GET', `/api/complaints/${code}/identity`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/complaints/${code}`)).statusCode).toBe(401);
  });

  it('the identity: refused to everyone but the handler and their leader, each read logged', async () => {
    // Before assignment: the leader only.
    // The clerical officer does not read the registers at all: 404.
    expect((await call('vanthu.xa', 'GET', `/api/complaints/${code}/identity`)).statusCode).toBe(404);
    for (const who of ['tiepnhan.xa', 'chuyenvien.xa', 'giamsat.tinh', 'admin']) {
      const res = await call(who, 'GET', `/api/complaints/${code}/identity`);
      expect(res.statusCode, who).toBe(403);
      expect(res.body).not.toContain(DENOUNCER);
    }
    const officers = await call('lanhdao.xa', 'GET', `/api/complaints/${code}/assignees`);
    const handler = officers.json().items.find((o: { role: string }) => o.role === 'specialist');
    expect(handler).toBeDefined();
    const assigned = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/assign`, {
      assigneeId: handler.id,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.body).not.toContain(DENOUNCER);

    const seen = await call('chuyenvien.xa', 'GET', `/api/complaints/${code}/identity`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().party).toMatchObject({ fullName: DENOUNCER, idNumber: DENOUNCER_ID });
    expect((await call('lanhdao.xa', 'GET', `/api/complaints/${code}/identity`)).statusCode).toBe(200);
    expect((await call('giamsat.tinh', 'GET', `/api/complaints/${code}/identity`)).statusCode).toBe(403);

    const log = await call('lanhdao.xa', 'GET', `/api/complaints/${code}/identity-access`);
    expect(log.statusCode).toBe(200);
    expect(log.json().items.map((i: { actor: { username: string } }) => i.actor.username)).toEqual([
      'lanhdao.xa',
      'chuyenvien.xa',
    ]);
    for (const who of ['chuyenvien.xa', 'giamsat.tinh', 'tiepnhan.xa']) {
      expect((await call(who, 'GET', `/api/complaints/${code}/identity-access`)).statusCode, who).toBe(403);
    }
    // The handler's view offers it; the case's answer still has no identity.
    const mine = await call('chuyenvien.xa', 'GET', `/api/complaints/${code}`);
    expect(mine.json()).toMatchObject({ mayRequestIdentity: true, allowedActions: ['withdraw'] });
    expect(mine.body).not.toContain(DENOUNCER);
  });

  it('accepted, extended once as complex, refused a second time, then settled', async () => {
    expect((await call('chuyenvien.xa', 'POST', `/api/complaints/${code}/accept`, {})).statusCode).toBe(403);
    expect((await call('giamsat.tinh', 'POST', `/api/complaints/${code}/accept`, {})).statusCode).toBe(403);
    const accepted = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', settlement: { days: 30, due: '2026-08-03' } });
    const ext = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/extend`, {
      complexity: 'complex',
      reason: 'Cần xác minh tại nhiều nơi',
    });
    expect(ext.statusCode, ext.body).toBe(200);
    // 3/8 + 30 days is 2/9, in the National Day break (31/8 swapped off, 1–2/9): the next working day.
    expect(ext.json()).toMatchObject({ extensions: 1, allowedExtensions: 1, clock: { due: '2026-09-03' } });
    const again = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/extend`, {
      complexity: 'complex',
      reason: 'Thêm lần nữa',
    });
    expect(again.statusCode).toBe(409);
    const settled = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/settle`, {
      outcome: 'partly-upheld',
      decisionNumber: '15/KL-UBND',
    });
    expect(settled.json()).toMatchObject({ state: 'settled', clock: null, allowedActions: [] });
    expect(settled.json().timeline.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'assigned',
      'accepted',
      'extended',
      'settled',
    ]);
    expect(settled.body).not.toContain(DENOUNCER);
    expect((await call('lanhdao.xa', 'POST', `/api/complaints/${code}/withdraw`, {})).statusCode).toBe(409);
  });

  it('its log is a hash chain that verifies, and holds no identity', async () => {
    const c = await loadCase(t.database.db, code);
    expect(c?.log).toHaveLength(5);
    expect(findChainBreak(c!.id, c!.log)).toBeNull();
    expect(JSON.stringify(c?.log)).not.toContain(DENOUNCER);
    const tampered = c!.log.map((l, i) => (i === 2 ? { ...l, entry: { ...l.entry, on: '2026-07-03' } } : l));
    expect(findChainBreak(c!.id, tampered as StoredCaseEntry[])).toBe(3);
    // Edited in the database: the verifier names the case and the entry.
    expect((await verifyCaseChains(t.database.db, code)).broken).toEqual([]);
    await t.database.db
      .updateTable('complaintEntries')
      .set({ data: JSON.stringify({ outcome: 'upheld', decisionNumber: '15/KL-UBND', summary: '' }) })
      .where('caseId', '=', c!.id)
      .where('seq', '=', 5)
      .execute();
    expect((await verifyCaseChains(t.database.db, code)).broken).toEqual([{ code, seq: 5 }]);
  });
});

describe('complaints', () => {
  it('a first complaint in a remote area accepted as complex: 60 days; its party shown to staff', async () => {
    const res = await call('lanhdao.xa', 'POST', '/api/complaints', complaint({ remote: true }));
    expect(res.statusCode, res.body).toBe(201);
    const { code } = res.json();
    expect(res.json()).toMatchObject({
      limitation: { days: 90, due: '2026-08-03' },
      limitationExpired: false,
      acceptance: { days: 7, unit: 'working', confirmed: false },
      party: { fullName: 'Trần Văn Khiếu' },
    });
    const accepted = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/accept`, { complex: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ settlement: { days: 60, due: '2026-09-03' } });
    expect(accepted.json().allowedActions).not.toContain('extend');
  });
  it('the rule of the day of receipt: 10 working days on 30/6/2026, 7 from 1/7/2026', async () => {
    const before = await call(
      'lanhdao.xa',
      'POST',
      '/api/complaints',
      complaint({ receivedOn: '2026-06-30' }),
    );
    expect(before.json().acceptance).toMatchObject({ days: 10, confirmed: true, due: '2026-07-14' });
    const after = await call(
      'lanhdao.xa',
      'POST',
      '/api/complaints',
      complaint({ receivedOn: '2026-07-01' }),
    );
    expect(after.json().acceptance).toMatchObject({ days: 7, confirmed: false, due: '2026-07-10' });
  });
  it('lists overdue cases', async () => {
    const old = await call(
      'lanhdao.xa',
      'POST',
      '/api/complaints',
      complaint({ receivedOn: '2026-06-01', knownOn: '2026-05-01' }),
    );
    const overdue = await call('lanhdao.xa', 'GET', '/api/complaints?state=overdue');
    const item = overdue.json().items.find((i: { code: string }) => i.code === old.json().code);
    expect(item.clock).toMatchObject({ overdue: true, due: '2026-06-15' });
    expect(overdue.body).not.toContain('Trần Văn Khiếu');
  });
});

describe('a transfer', () => {
  it('opens the case at the competent agency with its own clocks and the same party', async () => {
    const received = await call('lanhdao.xa', 'POST', '/api/complaints', denunciation());
    const { code } = received.json();
    const xa2 = (await call('tiepnhan.xa2', 'GET', '/api/auth/me')).json().user.agency.code as string;
    const tree = await t.database.db.selectFrom('agencies').select(['code', 'parentCode']).execute();
    const commune2 = tree.find((a) => a.code === xa2)?.parentCode ?? xa2;
    const moved = await call('lanhdao.xa', 'POST', `/api/complaints/${code}/transfer`, {
      toAgency: commune2,
      note: 'Không thuộc thẩm quyền',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().state).toBe('transferred');
    const newCode = moved.json().timeline.at(-1).data.newCode as string;
    expect(moved.json().timeline.at(-1).data.toAgencyName).toEqual(expect.stringMatching(/\S/));
    expect(newCode).toMatch(/^TC-2026-\d{6}$/);
    const there = await call('tiepnhan.xa2', 'GET', `/api/complaints/${newCode}`);
    expect(there.statusCode, there.body).toBe(200);
    expect(there.json()).toMatchObject({
      state: 'received',
      channel: 'transfer',
      agency: { code: commune2 },
      acceptance: { days: 7, unit: 'working' },
    });
    expect(there.json().references.fromAgency).toEqual(expect.any(String));
    expect(there.body).not.toContain(DENOUNCER);
    // The first commune does not see the new case; the identity went with it, not into any answer.
    expect((await call('lanhdao.xa', 'GET', `/api/complaints/${newCode}`)).statusCode).toBe(404);
    const party = await t.database.db
      .selectFrom('complaintParties as p')
      .innerJoin('complaintCases as c', 'c.id', 'p.caseId')
      .select('p.fullName')
      .where('c.code', '=', newCode)
      .executeTakeFirst();
    expect(party?.fullName).toBe(DENOUNCER);
  });
});

describe('the inspectorate', () => {
  it('receives and handles denunciations against officials; the commune does not see them', async () => {
    const res = await call('thanhtra.tinh', 'POST', '/api/complaints', denunciation({ verification: true }));
    expect(res.statusCode, res.body).toBe(201);
    const { code } = res.json();
    expect(res.json()).toMatchObject({ agency: { code: 'ninh-binh.thanh-tra' }, acceptance: { days: 10 } });
    expect((await call('lanhdao.xa', 'GET', `/api/complaints/${code}`)).statusCode).toBe(404);
    expect((await call('thanhtra.tinh', 'GET', `/api/complaints/${code}/identity`)).statusCode).toBe(200);
    const t2 = await call('thanhtra.tinh', 'POST', `/api/complaints/${code}/transfer`, {
      toAgency: 'khong-co',
    });
    expect(t2.statusCode).toBe(400);
    expect(t2.json().error.fields[0].path).toBe('toAgency');
  });
  it('a commune officer cannot receive for the inspectorate', async () => {
    const res = await call(
      'lanhdao.xa',
      'POST',
      '/api/complaints',
      denunciation({ agencyCode: 'ninh-binh.thanh-tra' }),
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it.each([
    [{ ...complaint(), instance: undefined }, 'instance'],
    [{ ...complaint(), knownOn: '2026-02-30' }, 'knownOn'],
    [{ ...complaint(), receivedOn: '2027-01-01' }, 'receivedOn'],
    [{ ...complaint(), party: { fullName: ' ' } }, 'party.fullName'],
    [{ ...complaint(), kind: 'kien-nghi' }, 'kind'],
    [{ ...denunciation(), agencyCode: 'khong-co' }, 'agencyCode'],
  ])('names the field at fault: %j → %s', async (payload, field) => {
    const res = await call('lanhdao.xa', 'POST', '/api/complaints', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });
  it('an unknown case is 404, a malformed code 400', async () => {
    expect((await call('lanhdao.xa', 'GET', '/api/complaints/TC-2026-999999')).statusCode).toBe(404);
    expect((await call('lanhdao.xa', 'GET', '/api/complaints/abc')).statusCode).toBe(400);
  });
});
