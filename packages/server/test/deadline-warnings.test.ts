/**
 * Deadline warnings (issue 11, item 4): the officer holding a dossier the working day before it is due, the
 * commune's leaders on the due day; once per (dossier, kind, due date) however often and on however many
 * nodes the job runs; nothing for a dossier waiting for the applicant. In-app notices, outbox rows for the
 * notifications worker, and the queue's badge.
 */
import { type PlainDate, previousWorkingDay } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warnDeadlines } from '../src/jobs/deadline-warnings.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let now = new Date('2025-03-03T09:00:00+07:00');
beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  await t.database.db
    .updateTable('staffAccounts')
    .set({ email: 'chuyenvien.xa@example.vn' })
    .where('username', '=', 'chuyenvien.xa')
    .execute();
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };
// Late birth registration in the test catalogue: 3 working days at the commune.
const PROCEDURE = ['1.001193', 'qua-han'] as const;
const at = (day: string) => new Date(`${day}T08:00:00+07:00`);
const run = async (day: string) =>
  warnDeadlines(
    t.database.db,
    { calendar: await t.app.ctx.calendar.calendar(), reference: t.app.ctx.reference },
    at(day),
  );

async function assigned() {
  now = new Date('2025-03-03T09:00:00+07:00');
  const { code, dueDate } = await t.receive('tiepnhan.xa', ...PROCEDURE, applicant);
  expect((await t.act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
  const res = await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
  expect(res.statusCode, res.body).toBe(200);
  return { code, dueDate: dueDate as PlainDate };
}

const notices = async (username: string) => {
  const res = await t.app.inject({ url: '/api/notices', headers: { cookie: await t.as(username) } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: number; kind: string; dossierCode: string; dueDate: string }[];
    unread: number;
  };
};
const outboxOf = async (code: string) =>
  (
    await t.database.db
      .selectFrom('outbox')
      .select(['topic', 'payload'])
      .where('topic', 'like', 'deadline.%')
      .execute()
  ).filter((r) => r.payload.code === code);

describe('deadline warnings', () => {
  it('warns the assignee the working day before, the leaders on the due day, each once', async () => {
    const { code, dueDate } = await assigned();
    expect(dueDate).toBe('2025-03-06');
    const cal = await t.app.ctx.calendar.calendar();
    const dayBefore = previousWorkingDay(cal, dueDate);

    expect((await run('2025-03-04')).warnings).toBe(0);
    const first = await run(dayBefore);
    expect(first).toMatchObject({ warnings: 1, notices: 1 });
    // Again, and twice at once (as two nodes would): nothing more.
    expect((await run(dayBefore)).warnings).toBe(0);
    expect((await Promise.all([run(dayBefore), run(dayBefore)])).map((r) => r.warnings)).toEqual([0, 0]);

    const mine = await notices('chuyenvien.xa');
    expect(mine.items.filter((n) => n.dossierCode === code)).toEqual([
      expect.objectContaining({ kind: 'officer-warning', dueDate }),
    ]);
    // The assignee alone: not the commune's other officers, nor the leaders yet.
    const recipients = await t.database.db
      .selectFrom('staffNotices as n')
      .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
      .innerJoin('staffAccounts as s', 's.id', 'n.staffId')
      .select('s.username')
      .where('d.code', '=', code)
      .execute();
    expect(recipients).toEqual([{ username: 'chuyenvien.xa' }]);
    expect((await notices('lanhdao.xa')).items.filter((n) => n.dossierCode === code)).toEqual([]);

    // The due day: the leaders, concurrently twice, written once.
    const due = await Promise.all([run(dueDate), run(dueDate)]);
    expect(due.map((r) => r.warnings).sort()).toEqual([0, 1]);
    expect((await run(dueDate)).warnings).toBe(0);
    expect((await notices('lanhdao.xa')).items.filter((n) => n.dossierCode === code)).toEqual([
      expect.objectContaining({ kind: 'leader-warning', dueDate }),
    ]);

    const outbox = await outboxOf(code);
    const ids = Object.fromEntries(
      (await t.database.db.selectFrom('staffAccounts').select(['username', 'id']).execute()).map((s) => [
        s.username,
        s.id,
      ]),
    );
    expect(outbox).toEqual([
      {
        topic: 'deadline.officer-warning',
        payload: {
          code,
          procedureName: expect.stringContaining('khai sinh'),
          dueDate,
          staffId: ids['chuyenvien.xa'],
          staffName: expect.any(String),
          email: 'chuyenvien.xa@example.vn',
        },
      },
      {
        topic: 'deadline.leader-warning',
        payload: expect.objectContaining({ code, dueDate, staffId: ids['lanhdao.xa'], email: null }),
      },
    ]);

    // The queue shows the badge of the latest warning.
    now = at(dueDate);
    const queue = await t.app.inject({
      url: '/api/dossiers?queue=due-soon&pageSize=100',
      headers: { cookie: await t.as('lanhdao.xa') },
    });
    expect(queue.json().items.find((i: { code: string }) => i.code === code)).toMatchObject({
      dueSoon: true,
      deadlineWarning: 'leader-warning',
    });
    // The day after the due date: overdue, no more warnings.
    expect((await run('2025-03-07')).warnings).toBe(0);
  });

  it('does not warn about a dossier waiting for the applicant', async () => {
    const { code, dueDate } = await assigned();
    const asked = await t.act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy tờ',
      data: { missing: [{ name: 'Tờ khai' }] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    await run(previousWorkingDay(await t.app.ctx.calendar.calendar(), dueDate));
    await run(dueDate);
    expect(await outboxOf(code)).toEqual([]);
    const warned = await t.database.db
      .selectFrom('deadlineWarnings as w')
      .innerJoin('dossiers as d', 'd.id', 'w.dossierId')
      .select('w.kind')
      .where('d.code', '=', code)
      .execute();
    expect(warned).toEqual([]);
  });

  it('lets officers mark their own notices read, and answers another’s like an unknown one', async () => {
    const mine = await notices('chuyenvien.xa');
    const id = mine.items[0]?.id as number;
    const read = (username: string, noticeId: number | string) =>
      t
        .as(username)
        .then((cookie) =>
          t.app.inject({ method: 'POST', url: `/api/notices/${noticeId}/read`, headers: { cookie } }),
        );
    expect((await read('lanhdao.xa', id)).statusCode).toBe(404);
    expect((await read('chuyenvien.xa', id)).statusCode).toBe(204);
    expect((await read('chuyenvien.xa', id)).statusCode).toBe(204);
    expect((await notices('chuyenvien.xa')).unread).toBe(mine.unread - 1);
    const bad = await read('chuyenvien.xa', 'abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('id');
    expect((await t.app.inject({ url: '/api/notices' })).statusCode).toBe(401);
  });
});
