/**
 * The server's daily audit checkpoint (issue 9, finding 5): signed once the newest is a day old, never over
 * a trail that does not hold.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDeps } from '../src/cli/audit-deps.ts';
import { readEnv } from '../src/env.ts';
import { checkpointIfDue, startCheckpointTimer } from '../src/jobs/audit-checkpoints.ts';
import { loadCheckpoints } from '../src/modules/dossiers/audit/audit-checkpoint.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const KEY = 'audit-key-for-the-checkpoint-timer-3c9e1f0a7b';
const DAY = 86_400_000;
const t0 = new Date('2025-03-03T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let t: TestApp;
const deps = () =>
  auditDeps(t.database.db, readEnv({ MOTCUA_DATA_DIR: '.tmp/unused', MOTCUA_AUDIT_KEY: KEY }));
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_AUDIT_KEY: KEY }, clock: () => t0 });
  await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
    fullName: 'Lương Thị Mốc',
    idNumber: '037190008888',
    phone: '0988111222',
  });
});
afterAll(() => t.close());

describe('the daily audit checkpoint', () => {
  it('signs one when there is none, then again only once the newest is a day old', async () => {
    const db = t.database.db;
    const first = await checkpointIfDue(db, await deps(), t0, DAY);
    expect(first.kind).toBe('written');
    const dossiers = await db.selectFrom('dossiers').select('id').execute();
    if (first.kind === 'written') expect(first.checkpoint.heads).toHaveLength(dossiers.length);
    expect((await checkpointIfDue(db, await deps(), at(DAY - 60_000), DAY)).kind).toBe('not-due');
    expect((await checkpointIfDue(db, await deps(), at(DAY), DAY)).kind).toBe('written');
    expect((await loadCheckpoints(db)).map((c) => c.seq)).toEqual([1, 2]);
  });

  it('signs nothing over a tampered trail, and says so', async () => {
    const db = t.database.db;
    await sql`UPDATE dossiers SET status = 'returned' WHERE id = (SELECT id FROM dossiers ORDER BY code LIMIT 1)`.execute(
      db,
    );
    const outcome = await checkpointIfDue(db, await deps(), at(3 * DAY), DAY);
    expect(outcome).toMatchObject({ kind: 'trail-broken' });
    if (outcome.kind === 'trail-broken') expect(outcome.problems).toBeGreaterThan(0);
    expect((await loadCheckpoints(db)).map((c) => c.seq)).toEqual([1, 2]);
  });

  it('reads its age from MOTCUA_AUDIT_CHECKPOINT_HOURS (24 by default, 0 off)', () => {
    const env = (v?: string) =>
      readEnv({
        MOTCUA_DATA_DIR: '.tmp/unused',
        ...(v === undefined ? {} : { MOTCUA_AUDIT_CHECKPOINT_HOURS: v }),
      });
    expect(env().auditCheckpointEveryMs).toBe(DAY);
    expect(env('0').auditCheckpointEveryMs).toBe(0);
    expect(env('6').auditCheckpointEveryMs).toBe(DAY / 4);
    for (const bad of ['-1', '1.5', 'daily']) expect(() => env(bad)).toThrow(/MOTCUA_AUDIT_CHECKPOINT_HOURS/);
  });

  it('runs at once when started, and not at all when turned off', async () => {
    const outcomes: unknown[] = [];
    const off = startCheckpointTimer(t.database.db, { deps, everyMs: 0, report: (o) => outcomes.push(o) });
    await off.stop();
    expect(outcomes).toEqual([]);
    const timer = startCheckpointTimer(t.database.db, {
      deps,
      everyMs: DAY,
      clock: () => at(4 * DAY),
      report: (o) => outcomes.push(o),
    });
    await timer.stop();
    expect(outcomes).toEqual([{ kind: 'trail-broken', problems: expect.any(Number) }]);
  });
});
