/**
 * A dossier's row and its action log: loading them, and appending one entry (hashed onto the chain) with the
 * row's cached columns rewritten from the state core derived, in the same transaction.
 */
import {
  currentStep,
  type DossierEntry,
  type DossierState,
  deadlineMarks,
  localDateTimeFromInstant,
  type ResolvedStep,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { entryHash } from './audit/audit-chain.ts';
import { nextRegisterNumber } from './slips/registers.repo.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

export async function findDossierRow(db: Executor, code: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('dossiers').selectAll().where('code', '=', code);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}
export type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossierRow>>>;

/** An entry as stored: with its hash and the previous entry's. */
export type StoredEntry = DossierEntry & { recordedAt: string; hash: string; prevHash: string | null };

export async function loadLog(db: Executor, dossierId: string): Promise<StoredEntry[]> {
  return (await loadLogs(db, [dossierId])).get(dossierId) ?? [];
}

/** Several dossiers' logs in one query, each in order (for reports over many dossiers). */
export async function loadLogs(
  db: Executor,
  dossierIds: readonly string[],
): Promise<Map<string, StoredEntry[]>> {
  const logs = new Map<string, StoredEntry[]>();
  if (dossierIds.length === 0) return logs;
  const rows = await db
    .selectFrom('dossierActions')
    .selectAll()
    .where('dossierId', 'in', dossierIds)
    .orderBy('dossierId')
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const entry = {
      seq: r.seq,
      at: vietnamInstant(r.at.getTime()),
      recordedAt: vietnamInstant(r.recordedAt.getTime()),
      actor: r.actor,
      action: r.action,
      ...(r.reason !== null ? { reason: r.reason } : {}),
      data: r.data ?? {},
      hash: r.hash,
      prevHash: r.prevHash,
    } as StoredEntry;
    const log = logs.get(r.dossierId) ?? [];
    log.push(entry);
    logs.set(r.dossierId, log);
  }
  return logs;
}

/** An entry with its hash, chained onto `prevHash` and bound to the dossier's id. */
export function chainEntry(
  dossierId: string,
  entry: DossierEntry,
  recordedAt: string,
  prevHash: string | null,
): StoredEntry {
  const hash = entryHash(
    {
      dossierId,
      seq: entry.seq,
      at: entry.at,
      recordedAt,
      actor: entry.actor,
      action: entry.action,
      reason: entry.reason ?? null,
      agencyCode: null,
      data: entry.data,
    },
    prevHash,
  );
  return { ...entry, recordedAt, hash, prevHash } as StoredEntry;
}

/** The cached columns of a dossier (status, deadline and its marks, where it is), from its state. */
export const cachedColumns = (state: DossierState, steps: readonly ResolvedStep[], cal: WorkingCalendar) => {
  const step = currentStep(state, steps);
  const marks = deadlineMarks(state, cal);
  return {
    status: state.status,
    statusCode: state.statusCode,
    receivedAt: state.receivedAt ?? null,
    dueDate: state.dueDate ?? null,
    dueAt: state.dueAt ?? null,
    pausedAt: state.pausedAt ?? null,
    overdueFrom: marks.overdueFrom ?? null,
    dueSoonFrom: marks.dueSoonFrom ?? null,
    currentStepKey: step?.key ?? null,
    currentAgencyCode: step?.agencyCode ?? null,
  };
};

/** Writes one decided entry onto the chain and refreshes the cached columns from the state after it. */
export async function appendEntry(
  trx: Transaction<Database>,
  dossier: {
    row: Pick<DossierRow, 'id' | 'receivingAgencyCode'>;
    log: readonly StoredEntry[];
    steps: readonly ResolvedStep[];
  },
  decided: { entry: DossierEntry; state: DossierState },
  cal: WorkingCalendar,
  recordedAt: string,
): Promise<StoredEntry> {
  const { entry, state } = decided;
  const stored = chainEntry(dossier.row.id, entry, recordedAt, dossier.log.at(-1)?.hash ?? null);
  await trx
    .insertInto('dossierActions')
    .values({
      dossierId: dossier.row.id,
      seq: stored.seq,
      at: stored.at,
      recordedAt,
      actor: JSON.stringify(stored.actor),
      action: stored.action,
      reason: stored.reason ?? null,
      agencyCode: null,
      data: JSON.stringify(stored.data),
      hash: stored.hash,
      prevHash: stored.prevHash,
    })
    .execute();
  // An online dossier takes its place in the counter's tracking book when the counter receives it.
  const book =
    entry.action === 'receive' ? await bookPlace(trx, dossier.row.receivingAgencyCode, entry.at) : {};
  await trx
    .updateTable('dossiers')
    .set({ ...cachedColumns(state, dossier.steps, cal), ...book, updatedAt: new Date(recordedAt) })
    .where('id', '=', dossier.row.id)
    .execute();
  return stored;
}

/**
 * The next place in a counter's tracking book for the year of `at` (Vietnam time): decided when the dossier
 * is received and written on its row, never recounted (slips/tracking-book-numbers.ts reads it).
 */
export async function bookPlace(
  trx: Transaction<Database>,
  agencyCode: string,
  at: string,
): Promise<{ bookYear: number; bookNo: number }> {
  const year = Number(localDateTimeFromInstant(at).date.slice(0, 4));
  return { bookYear: year, bookNo: await nextRegisterNumber(trx, agencyCode, year, '07') };
}
