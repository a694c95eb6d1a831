/**
 * "Open", "overdue", "due soon" and the Decision 766 judgement, each defined once (docs/domain/deadlines.md).
 * The queues' SQL reads the same definitions through cached columns written from `deadlineMarks`.
 */
import {
  addDays,
  localDateTimeFromInstant,
  type PlainDate,
  previousWorkingDay,
  type WorkingCalendar,
} from '../calendar/index.ts';
import type { DossierState, StepVisit } from './derive-state.ts';
import { isOpenStatus } from './statuses.ts';

export type Timeliness = 'early' | 'on-time' | 'late' | 'not-due';

type Deadline = Pick<DossierState, 'dueDate' | 'dueAt'>;

/** Compares an end-of-processing instant with the deadline (instant for hour-based limits, else date). */
const compareWithDue = (due: Deadline, end: string): 'early' | 'on-time' | 'late' => {
  const dueDate = due.dueDate as PlainDate;
  const endDate = localDateTimeFromInstant(end).date;
  if (due.dueAt !== undefined && Date.parse(end) > Date.parse(due.dueAt)) return 'late';
  if (endDate > dueDate) return 'late';
  return endDate < dueDate ? 'early' : 'on-time';
};

/**
 * An apology issued on or after the due date, or a second reset of the appointment: the law's path was not
 * kept, so the dossier counts as late whatever its new date (docs/domain/deadlines.md#apology-and-extension).
 */
export const hasLateExtension = (state: Pick<DossierState, 'extensions'>): boolean =>
  state.extensions.some((x) => x.late === true || x.override === true);

/**
 * Decision 766 timeliness at instant `at` (docs/domain/deadlines.md#early-on-time-or-late). A repeated supplement request is late whatever the dates.
 * Ended dossiers compare the end of processing with the due date. Open ones are 'late' once `at` (or the
 * start of the current wait for the applicant, whose time is not counted) is past the deadline, else
 * 'not-due'. Dossiers never received have no deadline: 'not-due'.
 */
export const assessTimeliness = (state: DossierState, at: string): Timeliness => {
  if (state.dueDate === undefined) return 'not-due';
  if (state.hasRepeatedSupplement || hasLateExtension(state)) return 'late';
  if (state.processingEndedAt !== undefined) return compareWithDue(state, state.processingEndedAt);
  if (!isOpenStatus(state.status)) return 'not-due';
  return compareWithDue(state, state.pausedAt ?? at) === 'late' ? 'late' : 'not-due';
};

type DeadlineState = Pick<DossierState, 'status' | 'dueDate' | 'pausedAt'>;

/**
 * The first day an open dossier counts as overdue in its current state (undefined: it cannot become overdue
 * until its state changes). Overdue = open and past the due date; while it waits for the applicant its clock
 * is stopped, so it is overdue only if the wait began after the due date.
 */
export const overdueFrom = ({ status, dueDate, pausedAt }: DeadlineState): PlainDate | undefined => {
  if (dueDate === undefined || !isOpenStatus(status)) return undefined;
  if (pausedAt !== undefined && localDateTimeFromInstant(pausedAt).date <= dueDate) return undefined;
  return addDays(dueDate, 1);
};

/**
 * The first day an open dossier counts as due soon ("sắp đến hạn"): open, running (not waiting), due today or
 * on the next working day, i.e. from the working day before the due date. That day is also the last on which
 * an apology with a new date may be issued in time ("chậm nhất 01 ngày trước ngày hết hạn"), so the due-soon
 * queue is the list of dossiers whose holder and leader must decide now whether to apologise.
 */
export const dueSoonFrom = (state: DeadlineState, cal: WorkingCalendar): PlainDate | undefined => {
  const { dueDate } = state;
  if (dueDate === undefined || !isOpenStatus(state.status) || state.pausedAt !== undefined) return undefined;
  // The last working day on or before the due date (a due date is one, but an entry may say otherwise).
  const last = cal.isWorkingDay(dueDate) ? dueDate : previousWorkingDay(cal, dueDate);
  return previousWorkingDay(cal, last);
};

/** The last day to issue Form 04 in time, while the dossier runs (docs/domain/deadlines.md#apology-and-extension). */
export const apologyDueBy = dueSoonFrom;

/** An apology issued on `day` for a dossier due on `dueDate` is late: the law wants it at least a day before. */
export const isApologyLateOn = (dueDate: PlainDate, day: PlainDate): boolean => day >= dueDate;

export interface DeadlineMarks {
  overdueFrom?: PlainDate | undefined;
  dueSoonFrom?: PlainDate | undefined;
}

/** Both marks: what the dossier's cached columns hold, so the queues' SQL needs no rule of its own. */
export const deadlineMarks = (state: DeadlineState, cal: WorkingCalendar): DeadlineMarks => ({
  overdueFrom: overdueFrom(state),
  dueSoonFrom: dueSoonFrom(state, cal),
});

export const isOverdueOn = (marks: DeadlineMarks, today: PlainDate): boolean =>
  marks.overdueFrom !== undefined && today >= marks.overdueFrom;

/** Due soon and not (yet) overdue. */
export const isDueSoonOn = (marks: DeadlineMarks, today: PlainDate): boolean =>
  !isOverdueOn(marks, today) && marks.dueSoonFrom !== undefined && today >= marks.dueSoonFrom;

export const isOverdue = (state: DeadlineState, today: PlainDate): boolean =>
  isOverdueOn({ overdueFrom: overdueFrom(state) }, today);

export const dueSoon = (state: DeadlineState, today: PlainDate, cal: WorkingCalendar): boolean =>
  isDueSoonOn(deadlineMarks(state, cal), today);

/**
 * An open dossier past its due date needs a Form 04 apology with a new due date (an extension moves the due
 * date) before it moves on: until then only the apology, withdrawal or a stop are available
 * (available-actions.ts). Past the due date counts calendar days, since a result is late the day after the
 * appointment whether or not that day is a working day.
 */
export const requiresApology = isOverdue;

export type StepResult = 'early' | 'on-time' | 'late' | 'pending';

/**
 * The on-time judgement of one step visit at instant `now`: an ended step compares its end with its deadline
 * ('early' when it ended on an earlier day); an open one is 'late' once past it (judged at the start of a
 * wait for the applicant), else 'pending'.
 */
export const stepResult = (visit: StepVisit, now: string): StepResult => {
  const due = Date.parse(visit.dueAt);
  if (visit.endedAt !== undefined) {
    if (Date.parse(visit.endedAt) > due) return 'late';
    const endDay = localDateTimeFromInstant(visit.endedAt).date;
    return endDay < localDateTimeFromInstant(visit.dueAt).date ? 'early' : 'on-time';
  }
  return Date.parse(visit.pausedAt ?? now) > due ? 'late' : 'pending';
};
