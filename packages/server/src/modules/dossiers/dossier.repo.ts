/**
 * Loading a dossier with its log, and appending to the log: each entry is hashed onto the chain and the
 * cached status columns are rewritten from the derived state in the same transaction.
 */
import {
  type DeriveContext,
  DomainError,
  type DossierAction,
  type DossierState,
  defaultWorkflow,
  deriveState,
  type ResolvedStep,
  type StepProgress,
  trackSteps,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { officeHoursFrom } from '../calendar/office-hours.ts';
import { dossierCase, type ReferenceCache } from '../reference/reference-cache.ts';
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

export interface DossierContext extends DeriveContext {
  /** The dossier's own workflow, resolved to agency codes. */
  steps: ResolvedStep[];
}

/**
 * What deriving a dossier's state needs: its case's time limit, the calendar, the centre's office hours and
 * the dossier's workflow — reference data from the cache, so a transaction does not read them. The calendar
 * is loaded by the caller before its transaction: PGlite has one connection, and loading it inside would
 * wait on the transaction. Dossiers from before workflows get the default one, at their competent agency.
 */
export async function deriveContext(
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  dossier: Pick<DossierRow, 'procedureCode' | 'caseCode' | 'receivingAgencyCode' | 'competentAgencyCode'> & {
    workflowId?: string | null;
    /** At intake, the resolved steps not stored yet. */
    steps?: ResolvedStep[];
  },
  executor?: Executor,
): Promise<DossierContext> {
  const { procedureCase } = await dossierCase(reference, dossier, executor);
  const agency = (await reference.agencies(executor)).get(dossier.receivingAgencyCode);
  const stored = dossier.workflowId
    ? await reference.workflowVersion(dossier.workflowId, executor)
    : undefined;
  const steps =
    dossier.steps ??
    stored ??
    defaultWorkflow(procedureCase.timeLimit).map((s) => ({
      ...s,
      agencyCode: s.agency === 'receiving' ? dossier.receivingAgencyCode : dossier.competentAgencyCode,
    }));
  return {
    calendar,
    office: officeHoursFrom(agency?.officeHours ?? null),
    timeLimit: procedureCase.timeLimit,
    steps,
  };
}

/** The dossier's progress through its workflow. */
export const progressOf = (log: readonly DossierAction[], ctx: DossierContext): StepProgress =>
  trackSteps(ctx.steps, log, ctx);

/** A log entry with its hash, chained onto `prevHash`. */
export function chainEntry(
  dossier: Pick<DossierRow, 'id'>,
  next: DossierAction,
  prevHash: string | null,
): StoredAction {
  const hash = entryHash(
    {
      dossierId: dossier.id,
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
  return { ...next, hash, prevHash };
}

/** Writes one log entry chained onto `prevHash`; returns it with its hash. */
export async function insertAction(
  trx: Transaction<Database>,
  dossier: Pick<DossierRow, 'id'>,
  next: DossierAction,
  prevHash: string | null,
): Promise<StoredAction> {
  const entry = chainEntry(dossier, next, prevHash);
  await trx
    .insertInto('dossierActions')
    .values({
      dossierId: dossier.id,
      seq: entry.seq,
      at: entry.at,
      actor: JSON.stringify(entry.actor),
      action: entry.action,
      reason: entry.reason ?? null,
      agencyCode: entry.agencyCode ?? null,
      data: entry.data ? JSON.stringify(entry.data) : null,
      hash: entry.hash,
      prevHash,
    })
    .execute();
  return entry;
}

/** The cached columns of a dossier (status, deadline, where it is), as derived from its log. */
export const cachedColumns = (state: DossierState, progress: StepProgress) => ({
  status: state.status,
  statusCode: state.statusCode,
  receivedAt: state.receivedAt ?? null,
  dueDate: state.dueDate ?? null,
  dueAt: state.dueAt ?? null,
  pausedAt: state.pausedAt ?? null,
  currentStepKey: progress.current?.key ?? null,
  currentAgencyCode: progress.current?.agencyCode ?? null,
});

/**
 * Derives the state with the appended entry; core names a bad field of that entry by its place in the log
 * (`log[7].data.newDueDate`), the caller knows it as the request's (`data.newDueDate`).
 */
function deriveWithRequestPaths(log: DossierAction[], ctx: DossierContext): DossierState {
  try {
    return deriveState(log, ctx);
  } catch (error) {
    const prefix = `log[${log.length - 1}].`;
    if (error instanceof DomainError && error.code === 'VALIDATION_FAILED' && error.fields) {
      throw validationError(
        error.fields.map((f) =>
          f.path.startsWith(prefix) ? { ...f, path: f.path.slice(prefix.length) } : f,
        ),
      );
    }
    throw error;
  }
}

/**
 * Appends one action: checks it against the state machine by deriving the new state (which throws a
 * DomainError for an action not allowed), chains its hash, and refreshes the cached columns.
 */
export async function appendAction(
  trx: Transaction<Database>,
  dossier: Pick<DossierRow, 'id' | 'code'>,
  log: readonly StoredAction[],
  action: Omit<DossierAction, 'seq'>,
  ctx: DossierContext,
): Promise<{ state: DossierState; entry: StoredAction }> {
  const next: DossierAction = { ...action, seq: log.length + 1 };
  const state = deriveWithRequestPaths([...log, next], ctx);
  const progress = progressOf([...log, next], ctx);
  const entry = await insertAction(trx, dossier, next, log.at(-1)?.hash ?? null);
  await trx
    .updateTable('dossiers')
    .set({ ...cachedColumns(state, progress), updatedAt: new Date() })
    .where('id', '=', dossier.id)
    .execute();
  return { state, entry };
}
