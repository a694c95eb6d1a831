/**
 * The next link of a case's hash-chained log (complaints, feedback): its sequence number, the previous
 * entry's hash, the instant rounded as the database keeps it (milliseconds, so the hash verifies on reading),
 * and the row to insert — the entry's own fields besides `at`, `actor` and `type` kept as its data.
 */
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

export function nextLink<E extends ChainedEntry>(
  caseId: number,
  log: readonly { hash: string }[],
  entry: E,
  recordedAt: string,
  hashOf: (caseId: number, seq: number, recordedAt: string, entry: E, prevHash: string | null) => string,
) {
  const seq = log.length + 1;
  const prevHash = log.at(-1)?.hash ?? null;
  const { at, actor, type, ...data } = entry;
  const atIso = new Date(at).toISOString();
  const stored = { ...entry, at: atIso } as E;
  const hash = hashOf(caseId, seq, recordedAt, stored, prevHash);
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
