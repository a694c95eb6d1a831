/**
 * Due-date arithmetic: when a dossier or a workflow step is due, and how a wait for the applicant moves it
 * (docs/domain/deadlines.md). The deciders call these when they decide; the results are recorded in the
 * log, so a reader never counts them again.
 */
import {
  addDays,
  addWorkingDays,
  addWorkingHours,
  instantFromLocalDateTime,
  type LocalDateTime,
  localDateTimeFromInstant,
  MINUTES_PER_DAY,
  type OfficeHours,
  type PlainDate,
  sameDayDue,
  type WorkingCalendar,
  workingDaysBetween,
} from '../calendar/index.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import { allotmentHours } from '../workflow/workflow-total.ts';

export interface DeadlineContext {
  calendar: WorkingCalendar;
  office: OfficeHours;
}

const lastSessionEnd = (office: OfficeHours): number => office.sessions.at(-1)?.end ?? MINUTES_PER_DAY;

/** A local time as an instant, rolling a session end at midnight over to the next day's 00:00. */
const instantOf = (ldt: LocalDateTime): string =>
  ldt.minutes >= MINUTES_PER_DAY
    ? instantFromLocalDateTime({ date: addDays(ldt.date, 1), minutes: ldt.minutes - MINUTES_PER_DAY })
    : instantFromLocalDateTime(ldt);

/** The close of office hours on `date`, as an instant (what an extended or a day-long deadline means). */
export const closeOfOfficeDay = (date: PlainDate, office: OfficeHours): string =>
  instantOf({ date, minutes: lastSessionEnd(office) });

/**
 * Working days the clock stood still between the start of a wait and its end (never negative: a clock that
 * went backwards between two entries must not shorten a deadline).
 */
export const workingDaysWaited = (cal: WorkingCalendar, pausedAt: string, resumedAt: string): number =>
  Math.max(
    0,
    workingDaysBetween(
      cal,
      localDateTimeFromInstant(pausedAt).date,
      localDateTimeFromInstant(resumedAt).date,
    ),
  );

/** An instant moved later by whole working days, keeping its time of day. */
export const addWorkingDaysToInstant = (cal: WorkingCalendar, instant: string, days: number): string => {
  const local = localDateTimeFromInstant(instant);
  return instantFromLocalDateTime({ date: addWorkingDays(cal, local.date, days), minutes: local.minutes });
};

/** Due date (and instant, for hour-based limits) of a dossier received at `receivedAt`. */
export const computeDueDate = (
  receivedAt: string,
  timeLimit: TimeLimit,
  ctx: DeadlineContext,
): { dueDate: PlainDate; dueAt?: string } => {
  const { calendar: cal, office } = ctx;
  const local = localDateTimeFromInstant(receivedAt);
  switch (timeLimit.unit) {
    case 'working-days':
      return { dueDate: addWorkingDays(cal, local.date, timeLimit.value) };
    case 'same-day':
      return { dueDate: sameDayDue(cal, local, office) };
    case 'working-hours': {
      // addWorkingHours reports time running out at a session's end as the next session's start; for a
      // deadline we want the end itself (8 h from Monday 07:30 is due Monday 17:30, not Tuesday 07:30),
      // so count one minute less and add it back.
      const minutes = Math.round(timeLimit.value * 60);
      if (minutes <= 0) {
        const at = addWorkingHours(cal, local, 0, office);
        return { dueDate: at.date, dueAt: instantOf(at) };
      }
      const before = addWorkingHours(cal, local, (minutes - 1) / 60, office);
      const due = { date: before.date, minutes: before.minutes + 1 };
      return { dueDate: due.date, dueAt: instantOf(due) };
    }
    case 'calendar-days': {
      const d = addDays(local.date, timeLimit.value);
      return { dueDate: addWorkingDays(cal, d, 0) };
    }
  }
};

/**
 * When the counter must have transferred a dossier it received (Decree 118 Art. 18): at once, i.e. within
 * the day, when received by the centre's cut-off on a working day; otherwise by the start of the next working
 * day (docs/domain/deadlines.md#transfer-and-the-1500-cut-off).
 */
export const transferDueAt = (receivedAt: string, ctx: DeadlineContext): string => {
  const local = localDateTimeFromInstant(receivedAt);
  const day = sameDayDue(ctx.calendar, local, ctx.office);
  if (day === local.date) return closeOfOfficeDay(day, ctx.office);
  return instantOf({ date: day, minutes: ctx.office.sessions[0]?.start ?? 0 });
};

/**
 * When the paper files of a dossier received on paper must have reached the agency (Decree 118 Art. 18: "không
 * quá 01 ngày làm việc"): by the close of the working day after the day the electronic transfer is due.
 */
export const paperFilesDueAt = (receivedAt: string, ctx: DeadlineContext): string => {
  const transferDay = localDateTimeFromInstant(transferDueAt(receivedAt, ctx)).date;
  return closeOfOfficeDay(addWorkingDays(ctx.calendar, transferDay, 1), ctx.office);
};

/**
 * A step's deadline: its allotment in working hours from its start; the counter's transfer is due when the
 * law says (transferDueAt), whatever the workflow allots it.
 */
export const stepDueAt = (step: ResolvedStep, startedAt: string, ctx: DeadlineContext): string => {
  if (step.handOver === 'transfer') return transferDueAt(startedAt, ctx);
  const limit: TimeLimit = { unit: 'working-hours', value: allotmentHours(step.allotment) };
  return computeDueDate(startedAt, limit, ctx).dueAt as string;
};
