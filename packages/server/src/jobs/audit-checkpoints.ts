/**
 * The daily audit checkpoint (issue 9, finding 5; docs/security.md#audit-trail): once the newest checkpoint
 * is `everyMs` old (or there is none), the server verifies every chain and, only if the trail holds, signs
 * a checkpoint of all chain heads with MOTCUA_AUDIT_KEY, as `npm run audit:checkpoint` does. A broken trail
 * is reported and gets no checkpoint, so a checkpoint never vouches for a tampered state. Checked every
 * CHECK_EVERY_MS, so a restart neither skips a day nor doubles one.
 */
import type { Db } from '../adapters/db/database.ts';
import { type StoredCheckpoint, writeCheckpoint } from '../modules/dossiers/audit/audit-checkpoint.ts';
import { type AuditDeps, verifyAuditChains } from '../modules/dossiers/audit/verify-audit-chains.ts';

export const CHECK_EVERY_MS = 60 * 60_000;

export type CheckpointOutcome =
  | { kind: 'written'; checkpoint: StoredCheckpoint }
  | { kind: 'not-due' }
  | { kind: 'trail-broken'; problems: number };

/** Whether a checkpoint is due: none yet, or the newest at least `everyMs` old. */
export function checkpointDue(newestAt: Date | undefined, now: Date, everyMs: number): boolean {
  return newestAt === undefined || now.getTime() - newestAt.getTime() >= everyMs;
}

export async function checkpointIfDue(
  db: Db,
  deps: AuditDeps,
  now: Date,
  everyMs: number,
): Promise<CheckpointOutcome> {
  const newest = await db
    .selectFrom('auditCheckpoints')
    .select('createdAt')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!checkpointDue(newest?.createdAt, now, everyMs)) return { kind: 'not-due' };
  const result = await verifyAuditChains(db, deps);
  if (!result.ok) {
    return { kind: 'trail-broken', problems: result.broken.length + result.checkpoints.broken.length };
  }
  return { kind: 'written', checkpoint: await writeCheckpoint(db, deps.key, now) };
}

/** Checks now and then every CHECK_EVERY_MS until stopped (everyMs 0: never); never two runs at once. */
export function startCheckpointTimer(
  db: Db,
  options: {
    deps: () => Promise<AuditDeps>;
    everyMs: number;
    clock?: () => Date;
    report: (outcome: CheckpointOutcome | Error) => void;
  },
): { stop(): Promise<void> } {
  if (options.everyMs === 0) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = options
      .deps()
      .then((deps) => checkpointIfDue(db, deps, (options.clock ?? (() => new Date()))(), options.everyMs))
      .then(options.report, (error: unknown) => options.report(error as Error))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, Math.min(CHECK_EVERY_MS, options.everyMs));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
