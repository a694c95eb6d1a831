/**
 * The leader assigns from a list: the assign action offered with a dossier names the officers the next step
 * may be given to (core's assignmentCandidates, the rule the decider applies), so no username is typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2025-03-03T09:00:00+07:00') });
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };

async function offeredAssign(username: string, code: string) {
  const res = await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as(username) } });
  expect(res.statusCode, res.body).toBe(200);
  const actions = res.json().allowedActions as { action: string; assignees?: unknown }[];
  return actions.find((a) => a.action === 'assign');
}

describe('the assign action’s candidates', () => {
  it('lists the next step’s specialists of the commune only, each accepted by the server', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    expect((await t.act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);

    const offered = await offeredAssign('lanhdao.xa', code);
    // Not the police's nor the justice department's specialist, nor the commune's clerk or leader.
    expect(offered?.assignees).toEqual([{ username: 'chuyenvien.xa', fullName: 'Hoàng Văn Nam' }]);

    const done = await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().allowedActions.map((a: { action: string }) => a.action)).not.toContain('assign');
  });

  it('leaves out a disabled account', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    await t.act('tiepnhan.xa', code, 'transfer');
    const cookie = await t.as('lanhdao.xa');
    await t.database.db
      .updateTable('staffAccounts')
      .set({ disabledAt: new Date() })
      .where('username', '=', 'chuyenvien.xa')
      .execute();
    try {
      const res = await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie } });
      const assign = (res.json().allowedActions as { action: string; assignees?: unknown }[]).find(
        (a) => a.action === 'assign',
      );
      expect(assign?.assignees).toEqual([]);
    } finally {
      await t.database.db
        .updateTable('staffAccounts')
        .set({ disabledAt: null })
        .where('username', '=', 'chuyenvien.xa')
        .execute();
    }
  });
});
