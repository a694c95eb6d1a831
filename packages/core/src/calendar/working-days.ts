/**
 * Working-day and working-hour arithmetic for processing deadlines (thời hạn giải quyết).
 *
 * A working day is Monday–Friday unless the year's schedule marks it off, or a Saturday/Sunday the
 * schedule marks as a make-up working day. Saturday counter sessions at some Centres do not make the
 * Saturday a working day, so they never advance a deadline.
 */
import {
  type CalendarDay,
  defaultYearSchedule,
  withStatutoryHolidays,
  type YearSchedule,
} from './holidays.ts';
import {
  addDays,
  isWeekend,
  type LocalDateTime,
  MINUTES_PER_DAY,
  type PlainDate,
  toParts,
} from './plain-date.ts';
import { validateYearSchedule } from './schedule-validation.ts';
import type { StatutoryHoliday } from './statutory-holidays.ts';

export interface WorkingCalendar {
  isWorkingDay(d: PlainDate): boolean;
  dayInfo(d: PlainDate): CalendarDay | undefined;
  /**
   * The schedule in force for a year: the last one given for it, else the law-derived default, completed
   * with the statutory holidays added by later laws in force that year.
   */
  schedule(year: number): YearSchedule;
}

/**
 * `schedules` are applied in order, later entries replacing earlier ones for the same year, so pass
 * OFFICIAL_SCHEDULES first and admin-entered schedules after. `statutory` are holidays a later law added,
 * counted from their effective date. Throws RangeError on an invalid schedule.
 */
export const createWorkingCalendar = (
  schedules: readonly YearSchedule[],
  statutory: readonly StatutoryHoliday[] = [],
): WorkingCalendar => {
  const given = new Map<number, YearSchedule>();
  for (const s of schedules) {
    const checked = validateYearSchedule(s);
    if (!checked.ok) {
      const first = checked.errors[0];
      throw new RangeError(`Invalid schedule for ${s.year}: ${first?.path} ${first?.messageEn}`);
    }
    given.set(s.year, checked.value);
  }

  // Schedules are immutable once built, so per-year memoization is safe.
  const years = new Map<number, { schedule: YearSchedule; days: Map<PlainDate, CalendarDay> }>();
  const yearData = (year: number) => {
    let data = years.get(year);
    if (!data) {
      const decided = given.get(year);
      const schedule = decided
        ? withStatutoryHolidays(decided, statutory)
        : defaultYearSchedule(year, statutory);
      data = { schedule, days: new Map(schedule.days.map((day) => [day.date, day])) };
      years.set(year, data);
    }
    return data;
  };

  const dayInfo = (d: PlainDate): CalendarDay | undefined => yearData(toParts(d).year).days.get(d);
  const isWorkingDay = (d: PlainDate): boolean => {
    const info = dayInfo(d);
    if (info) return info.kind === 'swap-work';
    return !isWeekend(d);
  };
  return { isWorkingDay, dayInfo, schedule: (year) => yearData(year).schedule };
};

export const MAX_WORKING_DAYS = 3650;

// No real schedule has a month without a working day; this only stops a runaway loop on absurd input.
const MAX_GAP_DAYS = 366;

const nextWorkingDay = (cal: WorkingCalendar, d: PlainDate): PlainDate => {
  let c = addDays(d, 1);
  for (let i = 0; !cal.isWorkingDay(c); i++) {
    if (i > MAX_GAP_DAYS) throw new RangeError(`No working day within a year after ${d}`);
    c = addDays(c, 1);
  }
  return c;
};

/** The last working day before `d`. */
export const previousWorkingDay = (cal: WorkingCalendar, d: PlainDate): PlainDate => {
  let c = addDays(d, -1);
  for (let i = 0; !cal.isWorkingDay(c); i++) {
    if (i > MAX_GAP_DAYS) throw new RangeError(`No working day within a year before ${d}`);
    c = addDays(c, -1);
  }
  return c;
};

/**
 * The date `n` working days after `from` (`from` itself is not counted). For n = 0 the result is
 * `from` if it is a working day, else the next working day: a deadline never lands on a day off.
 * n must be an integer from 0 to MAX_WORKING_DAYS.
 */
export const addWorkingDays = (cal: WorkingCalendar, from: PlainDate, n: number): PlainDate => {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working days must be an integer from 0 to ${MAX_WORKING_DAYS}: ${n}`);
  }
  if (n === 0) return cal.isWorkingDay(from) ? from : nextWorkingDay(cal, from);
  let d = from;
  for (let i = 0; i < n; i++) d = nextWorkingDay(cal, d);
  return d;
};

/**
 * Working days in (from, to]. Antisymmetric: if `to` is before `from` the result is minus the count in
 * (to, from], which reads as "overdue by" when `to` is today and `from` the due date.
 */
export const workingDaysBetween = (cal: WorkingCalendar, from: PlainDate, to: PlainDate): number => {
  if (to < from) {
    const n = workingDaysBetween(cal, to, from);
    return n === 0 ? 0 : -n; // no -0
  }
  let count = 0;
  for (let d = from; d < to; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) count++;
  }
  return count;
};

// ---------------------------------------------------------------------------------------------
// Working hours.

export interface OfficeSession {
  /** Minutes since midnight. */
  start: number;
  end: number;
}

export interface OfficeHours {
  /** Sorted, non-overlapping sessions within one day. */
  sessions: OfficeSession[];
  /** A dossier received at or before this minute of a working day is due the same day. */
  sameDayCutoff: number;
}

/** 07:30–11:30 and 13:30–17:30: 8 hours, which the national systems count as one working day. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  sessions: Object.freeze([
    Object.freeze({ start: 7 * 60 + 30, end: 11 * 60 + 30 }),
    Object.freeze({ start: 13 * 60 + 30, end: 17 * 60 + 30 }),
  ]) as OfficeSession[],
  sameDayCutoff: 15 * 60,
});

/** Throws RangeError unless the sessions are non-empty, sorted, non-overlapping and inside one day. */
export const assertOfficeHours = (office: OfficeHours): void => {
  if (office.sessions.length === 0) throw new RangeError('Office hours need at least one session');
  let previousEnd = 0;
  for (const s of office.sessions) {
    if (!(Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= previousEnd && s.start < s.end)) {
      throw new RangeError('Office sessions must be sorted, non-empty and non-overlapping');
    }
    previousEnd = s.end;
  }
  if (previousEnd > MINUTES_PER_DAY) throw new RangeError('Office sessions must end by midnight');
  if (!(office.sameDayCutoff >= 0 && office.sameDayCutoff <= MINUTES_PER_DAY)) {
    throw new RangeError('The same-day cut-off must be a time of day');
  }
};

interface WorkPoint extends LocalDateTime {
  session: number;
}

/** The first moment at or after (date, minutes) that lies inside a session of a working day. */
const nextWorkPoint = (
  cal: WorkingCalendar,
  office: OfficeHours,
  date: PlainDate,
  minutes: number,
): WorkPoint => {
  let d = date;
  let m = minutes;
  for (let i = 0; i <= MAX_GAP_DAYS; i++) {
    if (cal.isWorkingDay(d)) {
      for (const [session, s] of office.sessions.entries()) {
        if (m < s.end) return { date: d, minutes: Math.max(m, s.start), session };
      }
    }
    d = addDays(d, 1);
    m = 0;
  }
  throw new RangeError(`No working session within a year after ${date}`);
};

export const MAX_WORKING_HOURS = MAX_WORKING_DAYS * 24;

/**
 * The wall-clock time after `hours` of office time counted from `start`. Only time inside sessions on
 * working days counts; a start outside a session begins at the next session start.
 * The result is always a moment at which work can continue: time that runs out exactly at a session's
 * end is reported as the start of the next session (same point of office time), so 8 hours from 07:30
 * is 07:30 on the next working day and additions compose. `hours` must amount to whole minutes.
 */
export const addWorkingHours = (
  cal: WorkingCalendar,
  start: LocalDateTime,
  hours: number,
  office: OfficeHours = DEFAULT_OFFICE_HOURS,
): LocalDateTime => {
  assertOfficeHours(office);
  const total = hours * 60;
  let remaining = Math.round(total);
  if (!(hours >= 0 && hours <= MAX_WORKING_HOURS) || Math.abs(total - remaining) > 1e-6) {
    throw new RangeError(`Working hours must be whole minutes from 0 to ${MAX_WORKING_HOURS}: ${hours}`);
  }
  let p = nextWorkPoint(cal, office, start.date, start.minutes);
  for (;;) {
    if (remaining === 0) return { date: p.date, minutes: p.minutes };
    const session = office.sessions[p.session];
    if (!session) throw new RangeError('Unreachable: session index out of range');
    const available = session.end - p.minutes;
    if (remaining < available) return { date: p.date, minutes: p.minutes + remaining };
    remaining -= available;
    p = nextWorkPoint(cal, office, p.date, session.end);
  }
};

/**
 * Due date of a same-day procedure: received on a working day at or before the cut-off, that day;
 * otherwise (after the cut-off, or on a day off such as a Saturday counter session) the next working day.
 */
export const sameDayDue = (
  cal: WorkingCalendar,
  receivedAt: LocalDateTime,
  office: OfficeHours = DEFAULT_OFFICE_HOURS,
): PlainDate =>
  cal.isWorkingDay(receivedAt.date) && receivedAt.minutes <= office.sameDayCutoff
    ? receivedAt.date
    : addWorkingDays(cal, receivedAt.date, 1);
