/**
 * Deadline warnings and escalation (issue 11, item 4; docs/domain/deadlines.md#warnings): every
 * MOTCUA_DEADLINE_WARNINGS_MINUTES, the running dossiers core's deadlineWarningsDue names for today get
 * their warning — the officers holding them the working day before the due day, the agency's leaders on
 * it — as in-app notices and outbox rows (`deadline.officer-warning`, `deadline.leader-warning`) that the
 * notifications worker e-mails. The warning's primary key (dossier, kind, due date) is taken in the same
 * transaction as its notices and outbox rows, so runs repeated or racing on two nodes write each once.
 */
import {
  currentStep,
  type DeadlineWarningKind,
  deadlineWarningsDue,
  deriveState,
  isRole,
  localDateTimeFromInstant,
  type PlainDate,
  type Role,
  type StaffRef,
  type StatusKey,
  type WorkingCalendar,
  warningRecipients,
} from '@motcua/core';
import type { Db } from '../adapters/db/database.ts';
import { loadLog } from '../modules/dossiers/dossier.repo.ts';
import { loadAgencyTree } from '../modules/reference/agency-tree.ts';
import type { ReferenceCache } from '../modules/reference/reference-cache.ts';

export interface WarningRun {
  /** Warnings written by this run (one per dossier and kind). */
  warnings: number;
  notices: number;
}

interface Recipient extends StaffRef {
  id: string;
  email: string | null;
}

export const WARNING_TOPICS: Record<DeadlineWarningKind, string> = {
  'officer-warning': 'deadline.officer-warning',
  'leader-warning': 'deadline.leader-warning',
};

async function enabledStaff(db: Db): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('staffAccounts')
    .select(['id', 'username', 'fullName', 'roles', 'agencyCode', 'email'])
    .where('disabledAt', 'is', null)
    .execute();
  return rows.map((r) => ({ ...r, roles: r.roles.filter(isRole) as Role[] }));
}

export async function warnDeadlines(
  db: Db,
  deps: { calendar: WorkingCalendar; reference: ReferenceCache },
  now: Date,
): Promise<WarningRun> {
  const today = localDateTimeFromInstant(now.getTime()).date;
  // The cached due-soon mark is the officer's first warning day (both are core's previous working day
  // before the due day), so this reads only the dossiers that may be due a warning today.
  const candidates = await db
    .selectFrom('dossiers as d')
    .select(['d.id', 'd.code', 'd.procedureName', 'd.status', 'd.dueDate', 'd.pausedAt', 'd.workflowId'])
    .where('d.status', 'in', ['received', 'processing'])
    .where('d.pausedAt', 'is', null)
    .where('d.dueSoonFrom', '<=', today)
    .where('d.dueDate', '>=', today)
    .execute();
  const run: WarningRun = { warnings: 0, notices: 0 };
  if (candidates.length === 0) return run;
  const written = await db
    .selectFrom('deadlineWarnings')
    .select(['dossierId', 'kind', 'dueDate'])
    .where(
      'dossierId',
      'in',
      candidates.map((c) => c.id),
    )
    .execute();
  const done = new Set(written.map((w) => `${w.dossierId} ${w.kind} ${w.dueDate}`));
  const [staff, tree] = await Promise.all([enabledStaff(db), loadAgencyTree(db)]);
  for (const d of candidates) {
    const dueDate = d.dueDate as PlainDate;
    const kinds = deadlineWarningsDue(
      { status: d.status as StatusKey, dueDate, pausedAt: d.pausedAt?.toISOString() },
      today,
      deps.calendar,
    ).filter((kind) => !done.has(`${d.id} ${kind} ${dueDate}`));
    if (kinds.length === 0) continue;
    const state = deriveState(await loadLog(db, d.id));
    const steps = await deps.reference.workflowVersion(d.workflowId, db);
    const step = steps && currentStep(state, steps);
    if (!step) continue;
    for (const kind of kinds) {
      const to = warningRecipients(kind, state, step, staff, tree);
      const notices = await writeWarning(
        db,
        { id: d.id, code: d.code, procedureName: d.procedureName, dueDate },
        kind,
        to,
        now,
      );
      if (notices === undefined) continue;
      run.warnings += 1;
      run.notices += notices;
    }
  }
  return run;
}

/**
 * The warning, its notices and its outbox rows in one transaction; undefined when the warning was already
 * written (by an earlier run, or by another node a moment ago: the insert waits for its commit, then skips).
 */
async function writeWarning(
  db: Db,
  dossier: { id: string; code: string; procedureName: string; dueDate: PlainDate },
  kind: DeadlineWarningKind,
  to: readonly Recipient[],
  now: Date,
): Promise<number | undefined> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .insertInto('deadlineWarnings')
      .values({ dossierId: dossier.id, kind, dueDate: dossier.dueDate, createdAt: now })
      .onConflict((oc) => oc.doNothing())
      .returning('dossierId')
      .executeTakeFirst();
    if (!taken) return undefined;
    if (to.length === 0) return 0;
    await trx
      .insertInto('staffNotices')
      .values(
        to.map((s) => ({
          staffId: s.id,
          dossierId: dossier.id,
          kind,
          dueDate: dossier.dueDate,
          createdAt: now,
        })),
      )
      .execute();
    await trx
      .insertInto('outbox')
      .values(
        to.map((s) => ({
          topic: WARNING_TOPICS[kind],
          payload: JSON.stringify({
            code: dossier.code,
            procedureName: dossier.procedureName,
            dueDate: dossier.dueDate,
            staffId: s.id,
            staffName: s.fullName,
            email: s.email,
          }),
          createdAt: now,
        })),
      )
      .execute();
    return to.length;
  });
}
