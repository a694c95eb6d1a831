/**
 * Retention (issue 9, finding 14): deletes what core's purge rule says is due — expired staff and citizen
 * sessions (the citizen's under the same grace as staff's), idempotency keys past their period, outbox rows
 * delivered long enough ago, citizens' drafts at their expiry, the demo catcher's and sinks' copies as old as
 * those outbox rows — in batches of PURGE_BATCH_SIZE rows, each
 * its own short statement, so a large backlog never holds a lock (or PGlite's one connection) for long.
 * Run every PURGE_INTERVAL_MS by the server (startPurgeTimer, from main.ts) and by `npm run purge`.
 */
import {
  DEFAULT_RETENTION,
  PURGE_BATCH_SIZE,
  type PurgeCutoffs,
  purgeCutoffs,
  type RetentionPeriods,
} from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../adapters/db/database.ts';

export interface PurgeCounts {
  sessions: number;
  citizenSessions: number;
  idempotencyKeys: number;
  outbox: number;
  drafts: number;
  demoSink: number;
}

type Deleter = (c: PurgeCutoffs, limit: number) => ReturnType<typeof sql>;

// Each statement deletes at most `limit` rows chosen by the cut-off (an index on each column: migrations
// 0001, 0014, 0019 and 0027).
const DELETERS: Record<keyof PurgeCounts, Deleter> = {
  sessions: (c, limit) => sql`DELETE FROM sessions WHERE id IN (
    SELECT id FROM sessions WHERE expires_at < ${c.sessionsExpiredBefore} LIMIT ${limit})`,
  citizenSessions: (c, limit) => sql`DELETE FROM citizen_sessions WHERE token_hash IN (
    SELECT token_hash FROM citizen_sessions WHERE expires_at < ${c.sessionsExpiredBefore} LIMIT ${limit})`,
  idempotencyKeys: (c, limit) => sql`DELETE FROM idempotency_keys WHERE (owner, key) IN (
    SELECT owner, key FROM idempotency_keys WHERE created_at < ${c.idempotencyKeysCreatedBefore} LIMIT ${limit})`,
  outbox: (c, limit) => sql`DELETE FROM outbox WHERE id IN (
    SELECT id FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ${c.outboxDeliveredBefore}
    LIMIT ${limit})`,
  // A citizen's draft at its expiry (its files go with it: ON DELETE CASCADE; migration 0020).
  drafts: (c, limit) => sql`DELETE FROM citizen_drafts WHERE id IN (
    SELECT id FROM citizen_drafts WHERE expires_at < ${c.draftsExpiredBefore} LIMIT ${limit})`,
  demoSink: (c, limit) => sql`DELETE FROM notification_sink WHERE id IN (
    SELECT id FROM notification_sink WHERE received_at < ${c.demoSinkReceivedBefore} LIMIT ${limit})`,
};

export async function purgeExpired(
  db: Db,
  now: Date,
  options: { periods?: RetentionPeriods; batchSize?: number } = {},
): Promise<PurgeCounts> {
  const cutoffs = purgeCutoffs(now, options.periods ?? DEFAULT_RETENTION);
  const batch = options.batchSize ?? PURGE_BATCH_SIZE;
  const counts: PurgeCounts = {
    sessions: 0,
    citizenSessions: 0,
    idempotencyKeys: 0,
    outbox: 0,
    drafts: 0,
    demoSink: 0,
  };
  for (const table of Object.keys(DELETERS) as (keyof PurgeCounts)[]) {
    for (;;) {
      const result = await DELETERS[table](cutoffs, batch).execute(db);
      const deleted = Number(result.numAffectedRows ?? 0n);
      counts[table] += deleted;
      if (deleted < batch) break;
    }
  }
  return counts;
}

/**
 * Purges now and then every `intervalMs` (0: never) until stopped; a run still going when the next is due
 * is not doubled. The timer does not keep the process alive. Failures are reported, not thrown.
 */
export function startPurgeTimer(
  db: Db,
  options: {
    periods: RetentionPeriods;
    intervalMs: number;
    clock?: () => Date;
    report: (outcome: PurgeCounts | Error) => void;
  },
): { stop(): Promise<void> } {
  if (options.intervalMs === 0) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = purgeExpired(db, (options.clock ?? (() => new Date()))(), { periods: options.periods })
      .then(options.report, (error: unknown) => options.report(error as Error))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
