/**
 * The permission matrix: every action tried by every kind of account on a dossier of the first commune.
 * 200 = allowed; 403 = sees the dossier but lacks the role; 404 = outside the account's scope (the dossier
 * is not revealed); 401 = not signed in. Written out by hand from the roles of Decree 118's one-stop
 * mechanism, not computed from the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
const as = async (username: string) => (username === 'anonymous' ? '' : t.as(username));
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const ACTORS = [
  'tiepnhan.xa',
  'chuyenvien.xa',
  'lanhdao.xa',
  'vanthu.xa',
  'tiepnhan.xa2',
  'chuyenvien.congan',
  'chuyenvien.tuphap',
  'vanthu.tuphap',
  'giamsat.tinh',
  'admin',
  'anonymous',
] as const;
type Actor = (typeof ACTORS)[number];

/** Expected answers for those outside the commune's roles; each row overrides the actors who may act. */
const OUTSIDE: Record<Actor, number> = {
  'tiepnhan.xa': 403,
  'chuyenvien.xa': 403,
  'lanhdao.xa': 403,
  'vanthu.xa': 403,
  'tiepnhan.xa2': 404,
  // The commune's police takes part only in inter-agency dossiers (see dossier-workflow.test.ts).
  'chuyenvien.congan': 404,
  'chuyenvien.tuphap': 404,
  'vanthu.tuphap': 404,
  'giamsat.tinh': 403,
  admin: 403,
  anonymous: 401,
};

/** Where the dossier is in the commune's default workflow when the action is tried. */
const STAGES = ['received', 'processing', 'assigned', 'submitted', 'approved', 'finished'] as const;
type Stage = (typeof STAGES)[number];

const MATRIX: {
  action: string;
  from: Stage;
  allowed: Actor;
  body?: object;
  /** The case of 1.001193 (default: the first, free of charge). */
  caseCode?: string;
}[] = [
  { action: 'transfer', from: 'received', allowed: 'tiepnhan.xa' },
  {
    action: 'withdraw',
    from: 'received',
    allowed: 'tiepnhan.xa',
    body: { reason: 'Công dân xin rút hồ sơ' },
  },
  {
    action: 'apologize-extend',
    from: 'received',
    allowed: 'lanhdao.xa',
    body: { reason: 'Cần xác minh thêm', data: { newDueDate: '2025-03-14' } },
  },
  {
    action: 'assign',
    from: 'processing',
    allowed: 'lanhdao.xa',
    body: { data: { assignee: 'chuyenvien.xa' } },
  },
  // Appraising is the specialist's at their step (after the assignment); a payment, on a case with a fee.
  { action: 'appraise', from: 'assigned', allowed: 'chuyenvien.xa', body: { reason: 'Đủ điều kiện' } },
  {
    action: 'request-payment',
    from: 'processing',
    allowed: 'chuyenvien.xa',
    body: { data: { amount: 8000 } },
    caseCode: 'qua-han',
  },
  {
    action: 'stop',
    from: 'processing',
    allowed: 'tiepnhan.xa',
    body: { reason: 'Người nộp đề nghị dừng giải quyết hồ sơ', data: { requestedVia: 'in-person' } },
  },
  {
    action: 'submit-for-approval',
    from: 'assigned',
    allowed: 'chuyenvien.xa',
    body: { reason: 'Đủ điều kiện đăng ký' },
  },
  { action: 'approve', from: 'submitted', allowed: 'lanhdao.xa' },
  {
    action: 'return-for-rework',
    from: 'submitted',
    allowed: 'lanhdao.xa',
    body: { reason: 'Ghi sai ngày sinh trong dự thảo' },
  },
  {
    action: 'issue-result',
    from: 'approved',
    allowed: 'vanthu.xa',
    body: { data: { number: '1/TLKS', signer: 'Đỗ Quang Hải' } },
  },
  {
    action: 'return-result',
    from: 'finished',
    allowed: 'tiepnhan.xa',
    body: {
      data: {
        method: 'counter',
        collector: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', relation: 'self' },
      },
    },
  },
];

async function post(username: string, url: string, payload: object) {
  const cookie = await as(username);
  return t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
}

/** Hand-overs of the commune's default workflow, in order, each by the person whose step it is. */
const WALK: { stage: Stage; by: string; action: string; data?: object }[] = [
  { stage: 'processing', by: 'tiepnhan.xa', action: 'transfer' },
  { stage: 'assigned', by: 'lanhdao.xa', action: 'assign', data: { assignee: 'chuyenvien.xa' } },
  { stage: 'submitted', by: 'chuyenvien.xa', action: 'submit-for-approval' },
  { stage: 'approved', by: 'lanhdao.xa', action: 'approve' },
  { stage: 'finished', by: 'vanthu.xa', action: 'issue-result', data: { number: '2/TLKS' } },
];

async function dossierIn(stage: Stage, caseCode?: string): Promise<string> {
  const p = (await t.app.inject('/api/procedures/1.001193')).json();
  const procedureCase = p.cases.find((c: { code: string }) => c.code === caseCode) ?? p.cases[0];
  const components = procedureCase.components
    .filter((c: { required: boolean }) => c.required)
    .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
  const intake = await post('tiepnhan.xa', '/api/dossiers', {
    procedureCode: '1.001193',
    caseCode: procedureCase.code,
    channel: 'counter',
    applicant: { fullName: 'Lê Thị Cúc', idNumber: '037190004321', phone: '0987654321' },
    components,
  });
  const { code } = intake.json();
  for (const step of WALK.slice(0, STAGES.indexOf(stage))) {
    const res = await post(step.by, `/api/dossiers/${code}/actions`, {
      action: step.action,
      ...(step.data ? { data: step.data } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  return code;
}

describe('permission matrix', () => {
  for (const row of MATRIX) {
    it.each(ACTORS.map((actor) => [actor, actor === row.allowed ? 200 : OUTSIDE[actor]] as const))(
      `${row.action} on a ${row.from} dossier by %s → %i`,
      async (actor, expected) => {
        const code = await dossierIn(row.from, row.caseCode);
        const res = await post(actor, `/api/dossiers/${code}/actions`, { action: row.action, ...row.body });
        expect(res.statusCode, res.body).toBe(expected);
        // Nothing is written by a refused action.
        const log = await t.database.db
          .selectFrom('dossierActions as a')
          .innerJoin('dossiers as d', 'd.id', 'a.dossierId')
          .select('a.action')
          .where('d.code', '=', code)
          .execute();
        expect(log.map((e) => e.action).includes(row.action as never)).toBe(expected === 200);
      },
    );
  }

  it.each(
    ACTORS.map((actor) => [actor, OUTSIDE[actor] === 404 ? 404 : actor === 'anonymous' ? 401 : 200] as const),
  )('reading a dossier of the first commune as %s → %i', async (actor, expected) => {
    const code = await dossierIn('received');
    const cookie = await as(actor);
    const res = await t.app.inject({ url: `/api/dossiers/${code}`, headers: cookie ? { cookie } : {} });
    expect(res.statusCode).toBe(expected);
  });

  it('lets only counter officers receive', async () => {
    for (const actor of ACTORS) {
      const res = await post(actor, '/api/dossiers', {
        procedureCode: '1.001193',
        channel: 'counter',
        applicant: { fullName: 'A', idNumber: '037190004321', phone: '0987654321' },
        components: [],
      });
      const expected = actor === 'anonymous' ? 401 : actor.startsWith('tiepnhan') ? 400 : 403;
      expect(res.statusCode, actor).toBe(expected);
    }
  });
});
