/**
 * Deadline warnings and escalation (issue 11, item 4; docs/domain/deadlines.md#warnings): who is warned, and
 * when, about a dossier coming due. The officer holding it is warned from the working day before it is due
 * (the day the due-soon queue takes it: the last day an apology is still in time); on the due day the
 * leaders of the agency holding it are warned. A dossier waiting for the applicant is not warned: its clock
 * stands still. The job asks this rule; a warning is written once per (dossier, kind, due date).
 */
import { type AgencyTree, scopeRoot } from '../access/roles.ts';
import { type PlainDate, previousWorkingDay, type WorkingCalendar } from '../calendar/index.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import { canBeAssigned, type StaffRef } from './assignment.ts';
import type { DossierState } from './derive-state.ts';
import type { StatusKey } from './statuses.ts';

export const DEADLINE_WARNING_KINDS = ['officer-warning', 'leader-warning'] as const;
export type DeadlineWarningKind = (typeof DEADLINE_WARNING_KINDS)[number];

/** The statuses in which the officers hold the dossier and its clock runs. */
const RUNNING: readonly StatusKey[] = ['received', 'processing'];

export interface WarnableDossier {
  status: StatusKey;
  dueDate?: PlainDate | undefined;
  pausedAt?: string | undefined;
}

/** The working day a dossier is due on: its due date, or the last working day before it. */
export const dueWorkingDay = (cal: WorkingCalendar, dueDate: PlainDate): PlainDate =>
  cal.isWorkingDay(dueDate) ? dueDate : previousWorkingDay(cal, dueDate);

/**
 * The warnings due on `today` (before the ones already written are taken away): the officer's from the
 * working day before the due day through the due date, the leaders' on the due day through the due date.
 * Nothing for a dossier that is not running (waiting, ended, not yet received) or already past its due date.
 */
export function deadlineWarningsDue(
  dossier: WarnableDossier,
  today: PlainDate,
  cal: WorkingCalendar,
): DeadlineWarningKind[] {
  const { dueDate } = dossier;
  if (dueDate === undefined || !RUNNING.includes(dossier.status) || dossier.pausedAt !== undefined) return [];
  if (today > dueDate) return [];
  const dueDay = dueWorkingDay(cal, dueDate);
  const kinds: DeadlineWarningKind[] = [];
  if (today >= previousWorkingDay(cal, dueDay)) kinds.push('officer-warning');
  if (today >= dueDay) kinds.push('leader-warning');
  return kinds;
}

/**
 * Who holds the dossier now: the assignee when an assignment started the current step (as the "mine" queue
 * reads it), else every account with the step's role within the scope of the step's agency.
 */
export function officersHolding<S extends StaffRef>(
  state: Pick<DossierState, 'visits' | 'stepIndex' | 'assignee'>,
  step: ResolvedStep,
  staff: readonly S[],
  tree: AgencyTree,
): S[] {
  const open = state.visits.at(-1);
  const before = state.visits.at(-2);
  const assigned =
    open !== undefined && open.endedAt === undefined && before?.endedWith === 'assign'
      ? state.assignee
      : undefined;
  // An assignment's test (the server would let them act on the step), among the agency's own accounts: a
  // province-wide scope may act too, but does not hold a commune's dossier.
  const root = scopeRoot(tree, step.agencyCode);
  const able = staff.filter((s) => canBeAssigned(s, step, tree) && scopeRoot(tree, s.agencyCode) === root);
  if (assigned !== undefined) {
    const assignee = able.filter((s) => s.username === assigned);
    if (assignee.length > 0) return assignee;
  }
  return able;
}

/** The leaders of the body the step's agency belongs to (a counter unit's leaders are its commune's). */
export function leadersOf<S extends StaffRef>(
  step: ResolvedStep,
  staff: readonly S[],
  tree: AgencyTree,
): S[] {
  const root = scopeRoot(tree, step.agencyCode);
  return staff.filter((s) => s.roles.includes('leader') && scopeRoot(tree, s.agencyCode) === root);
}

/** The recipients of one warning. */
export const warningRecipients = <S extends StaffRef>(
  kind: DeadlineWarningKind,
  state: Pick<DossierState, 'visits' | 'stepIndex' | 'assignee'>,
  step: ResolvedStep,
  staff: readonly S[],
  tree: AgencyTree,
): S[] =>
  kind === 'officer-warning' ? officersHolding(state, step, staff, tree) : leadersOf(step, staff, tree);
