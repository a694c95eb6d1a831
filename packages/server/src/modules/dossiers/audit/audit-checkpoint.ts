/**
 * Signed checkpoints of every dossier's chain head. A hash chain alone shows an edited entry, but not a log
 * cut short, deleted, or rewritten from the start with recomputed hashes: the checkpoint remembers each
 * dossier's last seq and hash (and its files' digests) at a moment, signed with an HMAC whose key is not in
 * the database, so a later state that no longer extends it is seen (verify-audit-chains.ts).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../adapters/db/database.ts';
import type { Executor } from '../dossier.repo.ts';
import { canonicalJson } from './audit-chain.ts';

/** One dossier at a checkpoint: its id and code, its log's last seq and hash, its files as [id, sha256]. */
export interface ChainHead {
  id: string;
  code: string;
  seq: number;
  hash: string | null;
  files: [string, string][];
}

export interface Checkpoint {
  seq: number;
  at: string;
  heads: ChainHead[];
  prevHmac: string | null;
}

export function checkpointHmac(key: string, checkpoint: Checkpoint): string {
  const content = {
    v: 1,
    seq: checkpoint.seq,
    at: new Date(checkpoint.at).toISOString(),
    prevHmac: checkpoint.prevHmac,
    heads: checkpoint.heads,
  };
  return createHmac('sha256', key).update(canonicalJson(content)).digest('hex');
}

export function hmacHolds(key: string, checkpoint: Checkpoint, hmac: string): boolean {
  const expected = Buffer.from(checkpointHmac(key, checkpoint), 'hex');
  const given = Buffer.from(hmac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Every dossier's head now, in id order, read in one statement (a consistent snapshot). */
export async function readChainHeads(db: Executor): Promise<ChainHead[]> {
  const rows = await sql<{
    id: string;
    code: string;
    seq: number | null;
    hash: string | null;
    files: unknown;
  }>`
    SELECT d.id, d.code, a.seq, a.hash,
      COALESCE((SELECT jsonb_agg(jsonb_build_array(f.id, f.sha256) ORDER BY f.id)
        FROM dossier_files f WHERE f.dossier_id = d.id), '[]'::jsonb) AS files
    FROM dossiers d
    LEFT JOIN LATERAL (SELECT seq, hash FROM dossier_actions WHERE dossier_id = d.id ORDER BY seq DESC LIMIT 1) a
      ON true
    ORDER BY d.id`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    code: r.code,
    seq: r.seq ?? 0,
    hash: r.hash,
    files: r.files as [string, string][],
  }));
}

export interface StoredCheckpoint extends Checkpoint {
  hmac: string;
}

export async function loadCheckpoints(db: Executor): Promise<StoredCheckpoint[]> {
  const rows = await db.selectFrom('auditCheckpoints').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.createdAt.toISOString(),
    heads: r.heads,
    prevHmac: r.prevHmac,
    hmac: r.hmac,
  }));
}

/** Signs and stores a checkpoint of every head now, chained onto the last checkpoint. */
export async function writeCheckpoint(db: Db, key: string, now: Date): Promise<StoredCheckpoint> {
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('auditCheckpoints')
      .select(['seq', 'hmac'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const checkpoint: Checkpoint = {
      seq: (last?.seq ?? 0) + 1,
      at: now.toISOString(),
      heads: await readChainHeads(trx),
      prevHmac: last?.hmac ?? null,
    };
    const hmac = checkpointHmac(key, checkpoint);
    // Two writers at once: the second fails on the primary key instead of forking the checkpoints.
    await trx
      .insertInto('auditCheckpoints')
      .values({
        seq: checkpoint.seq,
        createdAt: now,
        heads: JSON.stringify(checkpoint.heads),
        prevHmac: checkpoint.prevHmac,
        hmac,
      })
      .execute();
    return { ...checkpoint, hmac };
  });
}

export type CheckpointProblem = { seq: number; reason: 'signature' | 'missing-before' };

/**
 * The checkpoints whose HMAC holds, and the problems of the others: a bad signature, or a checkpoint gone
 * from between two (its successor names an HMAC no stored checkpoint has, or the numbers skip).
 */
export function checkCheckpoints(key: string, stored: readonly StoredCheckpoint[]) {
  const problems: CheckpointProblem[] = [];
  const valid: StoredCheckpoint[] = [];
  let previous: StoredCheckpoint | undefined;
  for (const c of stored) {
    if (!hmacHolds(key, c, c.hmac)) problems.push({ seq: c.seq, reason: 'signature' });
    else {
      valid.push(c);
      const expectedPrev = previous?.hmac ?? null;
      if (c.seq !== (previous?.seq ?? 0) + 1 || c.prevHmac !== expectedPrev) {
        problems.push({ seq: c.seq, reason: 'missing-before' });
      }
    }
    previous = c;
  }
  return { valid, problems };
}
