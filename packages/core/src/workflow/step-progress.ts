/**
 * Where a dossier is in its workflow, replayed from the action log: one record per step visit with its own
 * start, deadline, hand-over and on-time judgement (what Form 06, the process control slip, prints and what
 * Decree 61 indicator 2 scores per agency, coordinating agencies included).
 *
 * - Reception starts the first step. A step's hand-over action ends it and starts the next at that instant.
 * - A step's deadline is its allotment in working hours from its start. The counter's transfer is never
 *   due before the close of the day it is due by the cut-off rule (same day, or the next working day for a
 *   dossier received after the centre's cut-off, 15:00 by default).
 * - Waiting for the applicant stops every clock: the open step's deadline moves by the working days waited.
 * - 'return-for-rework' from a step that may send back ends it and starts the step before it again.
 */
import {
  localDateTimeFromInstant,
  type OfficeHours,
  sameDayDue,
  type WorkingCalendar,
} from '../calendar/index.ts';
import { ACTION_LABELS, type ActionType } from '../dossier/actions.ts';
import {
  addWorkingDaysToInstant,
  closeOfOfficeDay,
  computeDueDate,
  type DossierAction,
  workingDaysWaited,
} from '../dossier/dossier-log.ts';
import { DomainError } from '../errors.ts';
import { allotmentHours, isHandOverAction, type ResolvedStep } from './workflow.ts';

export type StepResult = 'early' | 'on-time' | 'late' | 'pending';

export interface StepVisit {
  stepIndex: number;
  stepKey: string;
  name: string;
  agencyCode: string;
  role: string;
  startedAt: string;
  /** Who handed the dossier to this step (the previous step's actor; the receiver for the first). */
  givenBy: string;
  dueAt: string;
  endedAt?: string;
  /** Who ended the step, and how. */
  endedBy?: string;
  endedWith?: ActionType;
  /** For an assignment: the specialist it went to. */
  handedTo?: string;
  /** Working days the step waited for the applicant. */
  pausedWorkingDays: number;
  pausedAt?: string;
  note?: string;
}

export interface StepProgress {
  visits: StepVisit[];
  /** The step the dossier is at; undefined before reception and after the last hand-over or an end. */
  current?: ResolvedStep & { index: number };
}

export interface StepContext {
  calendar: WorkingCalendar;
  office: OfficeHours;
}

const ms = (iso: string): number => Date.parse(iso);

function stepDue(step: ResolvedStep, startedAt: string, ctx: StepContext): string {
  const byAllotment = computeDueDate(startedAt, {
    ...ctx,
    timeLimit: { unit: 'working-hours', value: allotmentHours(step.allotment) },
  }).dueAt as string;
  if (step.handOver !== 'transfer') return byAllotment;
  const day = sameDayDue(ctx.calendar, localDateTimeFromInstant(startedAt), ctx.office);
  const byCutOff = closeOfOfficeDay(day, ctx.office);
  return ms(byCutOff) > ms(byAllotment) ? byCutOff : byAllotment;
}

const ENDING_ACTIONS: readonly ActionType[] = ['stop', 'withdraw'];

/** Replays the log over the dossier's steps. Actions that do not move the workflow are skipped. */
export const trackSteps = (
  steps: readonly ResolvedStep[],
  log: readonly DossierAction[],
  ctx: StepContext,
): StepProgress => {
  const visits: StepVisit[] = [];
  let index: number | undefined;
  const open = (): StepVisit | undefined => (index === undefined ? undefined : visits.at(-1));
  const start = (i: number, at: string, givenBy: string) => {
    const step = steps[i];
    index = step === undefined ? undefined : i;
    if (step === undefined) return;
    visits.push({
      stepIndex: i,
      stepKey: step.key,
      name: step.name,
      agencyCode: step.agencyCode,
      role: step.role,
      startedAt: at,
      givenBy,
      dueAt: stepDue(step, at, ctx),
      pausedWorkingDays: 0,
    });
  };
  const end = (visit: StepVisit, a: DossierAction) => {
    visit.endedAt = a.at;
    visit.endedBy = a.actor.name;
    visit.endedWith = a.action;
    if (a.reason) visit.note = a.reason;
    visit.pausedAt = undefined;
  };

  for (const a of log) {
    const visit = open();
    if (a.action === 'receive') {
      if (index === undefined && visits.length === 0) start(0, a.at, a.actor.name);
      continue;
    }
    if (visit === undefined || index === undefined) continue;
    const step = steps[index] as ResolvedStep;
    if (a.action === 'request-supplement' || a.action === 'request-payment') {
      visit.pausedAt = a.at;
    } else if ((a.action === 'supplement' || a.action === 'record-payment') && visit.pausedAt) {
      const waited = workingDaysWaited(ctx.calendar, visit.pausedAt, a.at);
      if (waited > 0) visit.dueAt = addWorkingDaysToInstant(ctx.calendar, visit.dueAt, waited);
      visit.pausedWorkingDays += waited;
      visit.pausedAt = undefined;
    } else if (a.action === step.handOver) {
      end(visit, a);
      if (a.action === 'assign' && typeof a.data?.assigneeName === 'string')
        visit.handedTo = a.data.assigneeName;
      start(index + 1, a.at, a.actor.name);
    } else if (a.action === 'return-for-rework' && step.mayReturn && index > 0) {
      end(visit, a);
      start(index - 1, a.at, a.actor.name);
    } else if (ENDING_ACTIONS.includes(a.action)) {
      // A stop or withdrawal during a wait ends the step when the wait began.
      const pausedAt = visit.pausedAt;
      end(visit, a);
      if (pausedAt) visit.endedAt = pausedAt;
      index = undefined;
    }
  }
  const current = index === undefined ? undefined : steps[index];
  return { visits, ...(current && index !== undefined ? { current: { ...current, index } } : {}) };
};

/**
 * The on-time judgement of one visit at instant `now`: an ended step compares its end with its deadline
 * ('early' when it ended on an earlier day); an open one is 'late' once past it (judged at the start of a
 * wait for the applicant), else 'pending'.
 */
export const stepResult = (visit: StepVisit, now: string): StepResult => {
  const due = ms(visit.dueAt);
  if (visit.endedAt !== undefined) {
    if (ms(visit.endedAt) > due) return 'late';
    const endDay = localDateTimeFromInstant(visit.endedAt).date;
    return endDay < localDateTimeFromInstant(visit.dueAt).date ? 'early' : 'on-time';
  }
  return ms(visit.pausedAt ?? now) > due ? 'late' : 'pending';
};

/**
 * Checks that an action fits the workflow: a hand-over must be the current step's, and sending back needs a
 * step that may do it. Throws INVALID_TRANSITION naming the step and what it expects.
 */
export const assertWorkflowAction = (progress: StepProgress, action: ActionType): void => {
  const current = progress.current;
  const moves = isHandOverAction(action) || action === 'return-for-rework';
  if (!moves) return;
  const fits =
    current !== undefined &&
    (action === 'return-for-rework' ? current.mayReturn && current.index > 0 : current.handOver === action);
  if (fits) return;
  const expected = current?.handOver;
  throw new DomainError(
    'INVALID_TRANSITION',
    current
      ? `Hồ sơ đang ở bước "${current.name}": bước này kết thúc bằng "${ACTION_LABELS[current.handOver].vi}"${action === 'return-for-rework' ? ' và không được trả lại bước trước' : ''}.`
      : 'Hồ sơ không ở bước nào của quy trình.',
    current
      ? `The dossier is at step "${current.nameEn}", which ends with "${ACTION_LABELS[current.handOver].en}"${action === 'return-for-rework' ? ' and may not send it back' : ''}.`
      : 'The dossier is not at any step of its workflow.',
    {
      details: {
        step: current?.key ?? null,
        expectedAction: expected ?? null,
        allowedActions: expected ? [expected] : [],
      },
    },
  );
};
