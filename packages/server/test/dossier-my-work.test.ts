/**
 * "Việc của tôi": the queue of what waits on this officer now (QUEUE_RULES.mine) — the current step's role
 * at an agency in their scope, and after an assignment the assignee's alone; nothing while the dossier waits
 * on the applicant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2025-03-03T09:00:00+07:00') });
  // A second specialist of the same commune: the same role, but not the one assigned.
  const model = await t.database.db
    .selectFrom('staffAccounts')
    .selectAll()
    .where('username', '=', 'chuyenvien.xa')
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('staffAccounts')
    .values({
      username: 'chuyenvien2.xa',
      fullName: 'Lý Thị Hai',
      passwordHash: model.passwordHash,
      roles: model.roles,
      agencyCode: model.agencyCode,
      createdAt: new Date(),
    })
    .execute();
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };
const OFFICERS = ['tiepnhan.xa', 'lanhdao.xa', 'chuyenvien.xa', 'chuyenvien2.xa', 'chuyenvien.congan'];

/** Whose "my work" holds the dossier, among OFFICERS. */
async function waitingOn(code: string) {
  const holders: string[] = [];
  for (const username of OFFICERS) {
    const res = await t.app.inject({
      url: '/api/dossiers?queue=mine&pageSize=100',
      headers: { cookie: await t.as(username) },
    });
    expect(res.statusCode, res.body).toBe(200);
    if ((res.json().items as { code: string }[]).some((i) => i.code === code)) holders.push(username);
  }
  return holders;
}

describe('my work (queue=mine)', () => {
  it('follows the dossier from officer to officer, and the assignee alone once assigned', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    expect(await waitingOn(code)).toEqual(['tiepnhan.xa']);

    await t.act('tiepnhan.xa', code, 'transfer');
    expect(await waitingOn(code)).toEqual(['lanhdao.xa']);

    const assigned = await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(await waitingOn(code)).toEqual(['chuyenvien.xa']);

    const asked = await t.act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy tờ',
      data: { missing: [{ name: 'Giấy chứng sinh' }] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    // Waiting on the applicant: on no officer's list.
    expect(await waitingOn(code)).toEqual([]);

    await t.act('tiepnhan.xa', code, 'supplement');
    expect(await waitingOn(code)).toEqual(['chuyenvien.xa']);

    await t.act('chuyenvien.xa', code, 'submit-for-approval');
    expect(await waitingOn(code)).toEqual(['lanhdao.xa']);
  });

  it('is offered with the other queues and refuses an unknown queue as bad input', async () => {
    const res = await t.app.inject({
      url: '/api/dossiers?queue=mine-all',
      headers: { cookie: await t.as('lanhdao.xa') },
    });
    expect(res.statusCode).toBe(400);
  });
});
