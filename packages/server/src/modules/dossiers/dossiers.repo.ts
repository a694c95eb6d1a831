/**
 * Loading a dossier with its log, and appending to the log: each entry is hashed onto the chain and the
 * cached status columns are rewritten from the derived state in the same transaction.
 */
import {
  type DeriveContext,
  type DossierAction,
  type DossierState,
  deriveState,
  type TimeLimitUnit,
  type WorkingCalendar,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { findOfficeHours } from '../calendar/office-hours.ts';
import { entryHash } from './audit-chain.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function findDossierRow(db: Executor, code: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('dossiers').selectAll().where('code', '=', code);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}
export type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossierRow>>>;

export interface StoredAction extends DossierAction {
  hash: string;
  prevHash: string | null;
}

export async function loadLog(db: Executor, dossierId: string): Promise<StoredAction[]> {
  const rows = await db
    .selectFrom('dossierActions')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action as DossierAction['action'],
    ...(r.reason !== null ? { reason: r.reason } : {}),
    ...(r.agencyCode !== null ? { agencyCode: r.agencyCode } : {}),
    ...(r.data !== null ? { data: r.data } : {}),
    hash: r.hash,
    prevHash: r.prevHash,
  }));
}

/**
 * What deriving a dossier's state needs: its case's time limit, the calendar, the centre's office hours.
 * The calendar is loaded by the caller before its transaction: PGlite has one connection, and loading it
 * inside would wait on the transaction itself.
 */
export async function deriveContext(
  db: Executor,
  calendar: WorkingCalendar,
  dossier: Pick<DossierRow, 'procedureCode' | 'caseCode' | 'receivingAgencyCode'>,
): Promise<DeriveContext> {
  const procedureCase = await db
    .selectFrom('procedureCases')
    .select(['timeLimitValue', 'timeLimitUnit'])
    .where('procedureCode', '=', dossier.procedureCode)
    .where('code', '=', dossier.caseCode)
    .executeTakeFirstOrThrow();
  return {
    calendar,
    office: await findOfficeHours(db as Kysely<Database>, dossier.receivingAgencyCode),
    timeLimit: { value: procedureCase.timeLimitValue, unit: procedureCase.timeLimitUnit as TimeLimitUnit },
  };
}

/** Writes one log entry chained onto `prevHash`; returns it with its hash. */
export async function insertAction(
  trx: Transaction<Database>,
  dossier: Pick<DossierRow, 'id' | 'code'>,
  next: DossierAction,
  prevHash: string | null,
): Promise<StoredAction> {
  const hash = entryHash(
    {
      dossierCode: dossier.code,
      seq: next.seq,
      at: next.at,
      actor: next.actor,
      action: next.action,
      reason: next.reason ?? null,
      agencyCode: next.agencyCode ?? null,
      data: next.data ?? null,
    },
    prevHash,
  );
  await trx
    .insertInto('dossierActions')
    .values({
      dossierId: dossier.id,
      seq: next.seq,
      at: next.at,
      actor: JSON.stringify(next.actor),
      action: next.action,
      reason: next.reason ?? null,
      agencyCode: next.agencyCode ?? null,
      data: next.data ? JSON.stringify(next.data) : null,
      hash,
      prevHash,
    })
    .execute();
  return { ...next, hash, prevHash };
}

/** The cached status columns of a dossier, as derived from its log. */
export const cachedColumns = (state: DossierState) => ({
  status: state.status,
  statusCode: state.statusCode,
  receivedAt: state.receivedAt ?? null,
  dueDate: state.dueDate ?? null,
  dueAt: state.dueAt ?? null,
});

/**
 * Appends one action: checks it against the state machine by deriving the new state (which throws a
 * DomainError for an action not allowed), chains its hash, and refreshes the cached columns.
 */
export async function appendAction(
  trx: Transaction<Database>,
  dossier: Pick<DossierRow, 'id' | 'code'>,
  log: readonly StoredAction[],
  action: Omit<DossierAction, 'seq'>,
  ctx: DeriveContext,
): Promise<{ state: DossierState; entry: StoredAction }> {
  const next: DossierAction = { ...action, seq: log.length + 1 };
  const state = deriveState([...log, next], ctx);
  const entry = await insertAction(trx, dossier, next, log.at(-1)?.hash ?? null);
  await trx
    .updateTable('dossiers')
    .set({ ...cachedColumns(state), updatedAt: new Date() })
    .where('id', '=', dossier.id)
    .execute();
  return { state, entry };
}
