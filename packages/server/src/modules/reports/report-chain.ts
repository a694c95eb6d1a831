/** The anonymous report's log entries and their hashes, chained like a dossier's (dossiers/audit/audit-chain.ts). */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../dossiers/audit/audit-chain.ts';

export interface ReportChainEntry {
  reportId: string;
  seq: number;
  onDate: string;
  /** The instant of a staff action; null for the receipt. */
  at: string | null;
  actor: { id: string; name: string } | null;
  action: string;
  text: string | null;
  agencyCode: string | null;
}

export function reportEntryHash(entry: ReportChainEntry, prevHash: string | null): string {
  const content = {
    reportId: entry.reportId,
    seq: entry.seq,
    onDate: entry.onDate,
    at: entry.at === null ? null : new Date(entry.at).toISOString(),
    actor: entry.actor,
    action: entry.action,
    text: entry.text,
    agencyCode: entry.agencyCode,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The seq of the first broken link of a log in order, or null when it holds. */
export function findReportChainBreak(
  entries: readonly (ReportChainEntry & { hash: string; prevHash: string | null })[],
): number | null {
  let previous: string | null = null;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== previous || reportEntryHash(e, e.prevHash) !== e.hash) return e.seq;
    previous = e.hash;
  }
  return null;
}
