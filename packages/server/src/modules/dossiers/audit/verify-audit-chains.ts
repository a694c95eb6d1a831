/**
 * Use case: verify the audit trail of one dossier or of all (docs/security.md#audit-trail). For each dossier:
 * its hash chain; that it has a log; that it still extends every signed checkpoint (not cut short, not
 * deleted, not rewritten); that its row's cached columns are what its log derives; that each stored file's
 * bytes still hash to its recorded SHA-256, as the checkpoint and the log recorded it. And that every
 * checkpoint's HMAC holds.
 */
import { deriveState, notFound, type WorkingCalendar } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../../adapters/db/database.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import { cachedColumns, type DossierRow, loadLog, type StoredEntry } from '../dossier.repo.ts';
import { findChainBreak } from './audit-chain.ts';
import { type ChainHead, checkCheckpoints, loadCheckpoints } from './audit-checkpoint.ts';

export type AuditReason =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'sequence-gap'
  | 'empty-log'
  | 'tail-truncated'
  | 'rewritten'
  | 'missing'
  | 'row-mismatch'
  | 'file-mismatch';

export interface AuditProblem {
  code: string;
  /** The entry concerned: the broken link, the checkpointed head, the log's last entry (row), or 0. */
  seq: number;
  reason: AuditReason;
  detail?: string;
}

export interface AuditDeps {
  /** MOTCUA_AUDIT_KEY: the checkpoints' HMAC key. */
  key: string;
  calendar: WorkingCalendar;
  reference: ReferenceCache;
}

/** The cached columns a row must agree with its log on (the deadline marks follow the calendar of today). */
const BOUND_COLUMNS = [
  'status',
  'statusCode',
  'receivedAt',
  'dueDate',
  'dueAt',
  'pausedAt',
  'currentStepKey',
  'currentAgencyCode',
  'checkCode',
] as const;
const INSTANT_COLUMNS = new Set<string>(['receivedAt', 'dueAt', 'pausedAt']);

export async function verifyAuditChains(db: Db, deps: AuditDeps, code?: string) {
  const { valid, problems: checkpointProblems } = checkCheckpoints(deps.key, await loadCheckpoints(db));
  // What the valid checkpoints vouch for, per dossier id: each checkpointed head and file digest.
  const claims = new Map<
    string,
    { code: string; heads: Map<number, string | null>; files: Map<string, string> }
  >();
  for (const checkpoint of valid) {
    for (const head of checkpoint.heads as ChainHead[]) {
      if (code && head.code !== code) continue;
      const claim = claims.get(head.id) ?? { code: head.code, heads: new Map(), files: new Map() };
      claims.set(head.id, claim);
      claim.heads.set(head.seq, head.hash);
      for (const [fileId, sha256] of head.files) claim.files.set(fileId, sha256);
    }
  }

  let query = db.selectFrom('dossiers').selectAll().orderBy('code');
  if (code) query = query.where('code', '=', code);
  const dossiers = await query.execute();
  if (code && dossiers.length === 0 && claims.size === 0) {
    throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  }
  const broken: AuditProblem[] = [];
  for (const row of dossiers) {
    const claim = claims.get(row.id);
    claims.delete(row.id);
    broken.push(...(await verifyDossier(db, deps, row, claim)));
  }
  // A dossier a checkpoint vouched for that is gone, with its log.
  for (const claim of claims.values()) {
    const last = Math.max(...claim.heads.keys());
    broken.push({ code: claim.code, seq: last, reason: 'missing', detail: 'dossier and log deleted' });
  }
  const latest = valid.at(-1);
  return {
    checked: dossiers.length,
    ok: broken.length === 0 && checkpointProblems.length === 0,
    broken,
    checkpoints: {
      checked: valid.length + checkpointProblems.filter((p) => p.reason === 'signature').length,
      latest: latest ? { seq: latest.seq, at: latest.at, hmac: latest.hmac } : null,
      broken: checkpointProblems,
    },
  };
}

async function verifyDossier(
  db: Db,
  deps: AuditDeps,
  row: DossierRow,
  claim: { heads: Map<number, string | null>; files: Map<string, string> } | undefined,
): Promise<AuditProblem[]> {
  const code = row.code;
  const problems: AuditProblem[] = [];
  const log = await loadLog(db, row.id);
  const chainBreak = findChainBreak(
    log.map((e) => ({ ...e, dossierId: row.id, reason: e.reason ?? null, agencyCode: null })),
  );
  if (chainBreak) problems.push({ code, ...chainBreak });
  if (log.length === 0) problems.push({ code, seq: 0, reason: 'empty-log' });

  for (const [seq, hash] of claim?.heads ?? []) {
    if (seq === 0) continue;
    const entry = log.find((e) => e.seq === seq);
    if (log.length === 0) {
      problems.push({ code, seq, reason: 'missing', detail: 'log deleted' });
    } else if (!entry) {
      const last = log.at(-1)?.seq ?? 0;
      problems.push({ code, seq, reason: 'tail-truncated', detail: `the log ends at ${last}` });
    } else if (entry.hash !== hash) {
      problems.push({ code, seq, reason: 'rewritten', detail: 'the checkpointed entry has another hash' });
    }
  }

  if (log.length > 0 && !chainBreak) {
    const differing = await rowDifferences(deps, row, log);
    if (differing.length > 0) {
      problems.push({
        code,
        seq: log.at(-1)?.seq ?? 0,
        reason: 'row-mismatch',
        detail: differing.join(', '),
      });
    }
  }
  problems.push(...(await fileProblems(db, row, log, claim?.files)));
  return problems;
}

/** The bound columns whose stored value is not the one the log derives. */
async function rowDifferences(deps: AuditDeps, row: DossierRow, log: StoredEntry[]): Promise<string[]> {
  const steps = await deps.reference.workflowVersion(row.workflowId);
  if (!steps) return ['workflowId'];
  let expected: ReturnType<typeof cachedColumns> & { checkCode: string | null };
  try {
    const state = deriveState(log);
    // The check code the public lookup compares with is the one the first entry recorded.
    expected = { ...cachedColumns(state, steps, deps.calendar), checkCode: state.checkCode ?? null };
  } catch {
    return ['log'];
  }
  // Instants compare as instants (the row holds a Date, the state an ISO string with its offset).
  const same = (column: (typeof BOUND_COLUMNS)[number]) => {
    const stored = row[column];
    const derived = expected[column];
    if (INSTANT_COLUMNS.has(column) && stored !== null && derived !== null) {
      return new Date(stored as Date | string).getTime() === new Date(derived as string).getTime();
    }
    return (stored ?? null) === (derived ?? null);
  };
  return BOUND_COLUMNS.filter((column) => !same(column));
}

/** Files whose bytes changed, that a checkpoint or the log recorded with another digest, or that are gone. */
async function fileProblems(
  db: Db,
  row: DossierRow,
  log: StoredEntry[],
  claimed: Map<string, string> | undefined,
): Promise<AuditProblem[]> {
  const code = row.code;
  // The digest recomputed in the database, so the bytes are not carried over the wire.
  const files = await sql<{ id: string; sha256: string; actual: string }>`
    SELECT id, sha256, encode(sha256(content), 'hex') AS actual FROM dossier_files WHERE dossier_id = ${row.id}`
    .execute(db)
    .then((r) => new Map(r.rows.map((f) => [f.id, f])));
  const problems: AuditProblem[] = [];
  for (const f of files.values()) {
    if (f.actual !== f.sha256) {
      problems.push({ code, seq: 0, reason: 'file-mismatch', detail: `file ${f.id}: bytes changed` });
    }
  }
  const expect = (fileId: string, sha256: string, seq: number, by: string) => {
    const f = files.get(fileId);
    if (!f) problems.push({ code, seq, reason: 'file-mismatch', detail: `file ${fileId} deleted (${by})` });
    else if (f.sha256 !== sha256) {
      problems.push({ code, seq, reason: 'file-mismatch', detail: `file ${fileId} is not the one ${by}` });
    }
  };
  for (const [fileId, sha256] of claimed ?? []) expect(fileId, sha256, 0, 'a checkpoint recorded');
  for (const e of log) {
    const resultFile = (e.data as { resultFile?: { id?: unknown; sha256?: unknown } } | null)?.resultFile;
    if (typeof resultFile?.id === 'string' && typeof resultFile.sha256 === 'string') {
      expect(resultFile.id, resultFile.sha256, e.seq, 'the log recorded');
    }
  }
  return problems;
}
