/**
 * The audit chain of a dossier's action log: each entry stores the SHA-256 of its own content together with
 * the previous entry's hash, so editing or deleting any past entry breaks every later link.
 */
import { createHash } from 'node:crypto';

export interface ChainEntry {
  /** The dossier's id (known before its code, which the database allocates in the same statement). */
  dossierId: string;
  seq: number;
  at: string;
  /** When the server wrote the entry; absent only in logs archived from before it was recorded. */
  recordedAt?: string | null;
  actor: unknown;
  action: string;
  reason: string | null;
  agencyCode: string | null;
  data: unknown;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(entry: ChainEntry, prevHash: string | null): string {
  // Only the content fields, named one by one: a row read back carries more (its own hash, ids).
  const content = {
    dossierId: entry.dossierId,
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    // Left out of the content when absent, so an entry hashed before it existed still verifies.
    recordedAt: entry.recordedAt ? new Date(entry.recordedAt).toISOString() : undefined,
    actor: entry.actor,
    action: entry.action,
    reason: entry.reason,
    agencyCode: entry.agencyCode,
    data: entry.data,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap';
}

/** The first broken link of a log in `seq` order, or null when the chain holds. */
export function findChainBreak(
  entries: readonly (ChainEntry & { hash: string; prevHash: string | null })[],
): ChainBreak | null {
  let previous: string | null = null;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return { seq: e.seq, reason: 'sequence-gap' };
    if (e.prevHash !== previous) return { seq: e.seq, reason: 'prev-hash-mismatch' };
    if (entryHash(e, e.prevHash) !== e.hash) return { seq: e.seq, reason: 'hash-mismatch' };
    previous = e.hash;
  }
  return null;
}
