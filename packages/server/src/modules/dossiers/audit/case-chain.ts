/**
 * The hash-chained log of a case (complaints, feedback), like a dossier's: each entry's hash binds its content
 * to its case, its place in the log and the previous entry's hash.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './audit-chain.ts';

export interface ChainedEntry {
  at: string;
  actor: unknown;
  type: string;
}

export interface StoredLink<E> {
  seq: number;
  at: string;
  recordedAt: string;
  entry: E;
  hash: string;
  prevHash: string | null;
}

/** The hash of an entry's content bound to its case and place in the log. */
export function caseLinkHash(
  caseId: number,
  seq: number,
  recordedAt: string,
  entry: ChainedEntry,
  prevHash: string | null,
): string {
  const { at, ...rest } = entry;
  const content = {
    caseId,
    seq,
    at: new Date(at).toISOString(),
    recordedAt: new Date(recordedAt).toISOString(),
    entry: rest,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The first broken link of a case's log, or null when it holds. */
export function findChainBreak(caseId: number, log: readonly StoredLink<ChainedEntry>[]): number | null {
  let previous: string | null = null;
  for (const [i, e] of log.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== previous) return e.seq;
    if (caseLinkHash(caseId, e.seq, e.recordedAt, e.entry, e.prevHash) !== e.hash) return e.seq;
    previous = e.hash;
  }
  return null;
}

/**
 * The next link: its sequence number, the previous entry's hash, the instant rounded as the database keeps it
 * (milliseconds, so the hash verifies on reading), and the row to insert — the entry's own fields besides
 * `at`, `actor` and `type` kept as its data.
 */
export function nextLink<E extends ChainedEntry>(
  caseId: number,
  log: readonly { hash: string }[],
  entry: E,
  recordedAt: string,
) {
  const seq = log.length + 1;
  const prevHash = log.at(-1)?.hash ?? null;
  const { at, actor, type, ...data } = entry;
  const atIso = new Date(at).toISOString();
  const stored = { ...entry, at: atIso } as E;
  const hash = caseLinkHash(caseId, seq, recordedAt, stored, prevHash);
  const link: StoredLink<E> = { seq, at: atIso, recordedAt, entry: stored, hash, prevHash };
  const row = {
    caseId,
    seq,
    at: atIso,
    recordedAt,
    type,
    actor: JSON.stringify(actor),
    data: JSON.stringify(data),
    hash,
    prevHash,
  };
  return { link, row };
}
