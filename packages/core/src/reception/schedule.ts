/**
 * An agency's published reception schedule (lịch tiếp công dân) and the check of the Law's minimum
 * frequency against it. A schedule is a list of entries: who receives (the chairman or head, a deputy,
 * or the agency's reception officer), on which days (a weekday every week, a day of every month, or given
 * dates), which session, where. Expanding it over a period gives the dated sessions; the checker says which
 * weeks or months lack a session the head holds in person.
 *
 * Our readings (docs/domain/citizen-reception.md#our-readings):
 * - only sessions of the head (chairman/director) count toward the minimum; a deputy's do not;
 * - a session that falls on a day the WorkingCalendar says is not a working day is not held (not moved);
 * - a week with no working day at all (a Tết week) has no weekly minimum; a week with one working day does;
 * - a week runs Monday to Sunday; a period is checked against the rule in force on its first day.
 */
import {
  addDays,
  dayOfWeek,
  isPlainDate,
  type PlainDate,
  plainDate,
  toParts,
  type WorkingCalendar,
} from '../calendar/index.ts';
import { type FieldError, fieldError } from '../errors.ts';
import {
  type FrequencyPeriod,
  type FrequencyRule,
  frequencyRuleInForce,
  type ReceptionDuty,
} from './rules.ts';

export const RECEIVER_ROLES = ['head', 'deputy', 'officer'] as const;
/** head: the chairman (Chủ tịch) or the agency's head; deputy: a vice-chairman or deputy head. */
export type ReceiverRole = (typeof RECEIVER_ROLES)[number];
export const SESSIONS = ['morning', 'afternoon'] as const;
export type Session = (typeof SESSIONS)[number];

export type Recurrence =
  /** Every week on this weekday (1 = Monday … 7 = Sunday). */
  | { kind: 'weekly'; weekday: number }
  /** Every month on this day of the month (1–31; a month without that day has none). */
  | { kind: 'monthly'; day: number }
  /** On these dates only. */
  | { kind: 'dates'; dates: PlainDate[] };

export interface ScheduleEntry {
  id: string;
  receiverRole: ReceiverRole;
  /** The person, as published ("Ông Đỗ Quang Hải, Chủ tịch UBND xã"). */
  receiverName: string;
  recurrence: Recurrence;
  session: Session;
  place: string;
  /** How many registrations a session takes. */
  capacity: number;
  /** The entry applies from this day, and until `validTo` if given (inclusive). */
  validFrom: PlainDate;
  validTo?: PlainDate | null;
}

export interface DatedSession {
  entryId: string;
  date: PlainDate;
  session: Session;
  receiverRole: ReceiverRole;
  receiverName: string;
  place: string;
  capacity: number;
}

export const MAX_CAPACITY = 200;
export const MAX_SCHEDULE_DAYS = 800;

const text = (s: unknown): s is string => typeof s === 'string' && s.trim().length > 0;

/** What is wrong with a schedule entry (empty: nothing). */
export function scheduleEntryErrors(e: ScheduleEntry, path = 'entry'): FieldError[] {
  const errors: FieldError[] = [];
  const err = (p: string, vi: string, en: string) => errors.push(fieldError(`${path}.${p}`, vi, en));
  if (!RECEIVER_ROLES.includes(e.receiverRole))
    err('receiverRole', 'Chọn người tiếp công dân.', 'Choose who receives.');
  if (!text(e.receiverName)) err('receiverName', 'Ghi tên người tiếp.', 'Name the receiving person.');
  if (!SESSIONS.includes(e.session))
    err('session', 'Chọn buổi sáng hoặc chiều.', 'Choose morning or afternoon.');
  if (!text(e.place)) err('place', 'Ghi địa điểm tiếp công dân.', 'Give the place.');
  if (!Number.isInteger(e.capacity) || e.capacity < 1 || e.capacity > MAX_CAPACITY)
    err('capacity', `Số lượt đăng ký từ 1 đến ${MAX_CAPACITY}.`, `Capacity from 1 to ${MAX_CAPACITY}.`);
  if (!isPlainDate(e.validFrom)) err('validFrom', 'Ngày áp dụng không hợp lệ.', 'Not a valid date.');
  if (e.validTo != null && (!isPlainDate(e.validTo) || e.validTo < e.validFrom))
    err('validTo', 'Ngày kết thúc phải sau ngày áp dụng.', 'The end must be on or after the start.');
  const r = e.recurrence;
  if (r.kind === 'weekly') {
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7)
      err('recurrence.weekday', 'Chọn thứ trong tuần.', 'Choose a weekday.');
  } else if (r.kind === 'monthly') {
    if (!Number.isInteger(r.day) || r.day < 1 || r.day > 31)
      err('recurrence.day', 'Ngày trong tháng từ 1 đến 31.', 'Day of the month from 1 to 31.');
  } else if (r.kind === 'dates') {
    if (!Array.isArray(r.dates) || r.dates.length === 0 || r.dates.length > 400)
      err('recurrence.dates', 'Ghi ít nhất một ngày.', 'Give at least one date.');
    else
      r.dates.forEach((x, i) => {
        if (!isPlainDate(x)) err(`recurrence.dates[${i}]`, 'Ngày không hợp lệ.', 'Not a valid date.');
      });
  } else {
    err('recurrence.kind', 'Chọn cách lặp lại.', 'Choose how the entry repeats.');
  }
  return errors;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (d: PlainDate): number => dayOfWeek(d) || 7;

const occursOn = (e: ScheduleEntry, d: PlainDate): boolean => {
  if (d < e.validFrom || (e.validTo != null && d > e.validTo)) return false;
  const r = e.recurrence;
  if (r.kind === 'weekly') return isoWeekday(d) === r.weekday;
  if (r.kind === 'monthly') return toParts(d).day === r.day;
  return r.dates.includes(d);
};

/**
 * The sessions a schedule holds in [from, to], in date then session order. A session on a day that is not a
 * working day is left out (our reading: not held, not moved). Throws on a span over MAX_SCHEDULE_DAYS.
 */
export function expandSchedule(
  entries: readonly ScheduleEntry[],
  from: PlainDate,
  to: PlainDate,
  cal: WorkingCalendar,
): DatedSession[] {
  const out: DatedSession[] = [];
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (++n > MAX_SCHEDULE_DAYS) throw new RangeError(`A schedule spans at most ${MAX_SCHEDULE_DAYS} days`);
    if (!cal.isWorkingDay(d)) continue;
    for (const e of entries) {
      if (!occursOn(e, d)) continue;
      const { id: entryId, session, receiverRole, receiverName, place, capacity } = e;
      out.push({ entryId, date: d, session, receiverRole, receiverName, place, capacity });
    }
  }
  return out.sort((a, b) =>
    a.date === b.date ? SESSIONS.indexOf(a.session) - SESSIONS.indexOf(b.session) : a.date < b.date ? -1 : 1,
  );
}

/** The Monday that starts the week of a date. */
export const weekStart = (d: PlainDate): PlainDate => addDays(d, 1 - isoWeekday(d));

const periodOf = (period: FrequencyPeriod, d: PlainDate): { start: PlainDate; end: PlainDate } => {
  if (period === 'week') {
    const start = weekStart(d);
    return { start, end: addDays(start, 6) };
  }
  const { year, month } = toParts(d);
  const start = plainDate(year, month, 1);
  const next = month === 12 ? plainDate(year + 1, 1, 1) : plainDate(year, month + 1, 1);
  return { start, end: addDays(next, -1) };
};

export interface FrequencyGap {
  period: FrequencyPeriod;
  start: PlainDate;
  end: PlainDate;
  /** Days in the period with a session the head holds in person. */
  heldDays: number;
  required: number;
  basis: string;
  confirmed: boolean;
}

/**
 * The weeks or months touching [from, to] where the head holds fewer days of reception than the rule in
 * force on the period's first day requires. Each period is taken whole (a week that starts before `from`
 * is checked over its seven days). `sessions` are dated sessions (expandSchedule, plus any ad-hoc session
 * held); only the head's count, once per day. A period with no working day has no minimum.
 */
export function frequencyGaps(input: {
  duty: ReceptionDuty;
  sessions: readonly Pick<DatedSession, 'date' | 'receiverRole'>[];
  from: PlainDate;
  to: PlainDate;
  cal: WorkingCalendar;
  rules?: readonly FrequencyRule[];
}): FrequencyGap[] {
  const { duty, sessions, from, to, cal, rules } = input;
  const headDays = new Set(
    sessions.filter((s) => s.receiverRole === 'head' && cal.isWorkingDay(s.date)).map((s) => s.date),
  );
  const gaps: FrequencyGap[] = [];
  let cursor = from;
  let guard = 0;
  while (cursor <= to) {
    if (++guard > MAX_SCHEDULE_DAYS)
      throw new RangeError(`A check spans at most ${MAX_SCHEDULE_DAYS} periods`);
    // The period is decided by the rule in force on the first day of the cursor's week or month.
    const probe = frequencyRuleInForce(duty, cursor, rules);
    const kind: FrequencyPeriod = probe?.period ?? 'week';
    const { start, end } = periodOf(kind, cursor);
    const rule = frequencyRuleInForce(duty, start, rules);
    if (rule && rule.period === kind) {
      let working = 0;
      let held = 0;
      for (let d = start; d <= end; d = addDays(d, 1)) {
        if (cal.isWorkingDay(d)) working++;
        if (headDays.has(d)) held++;
      }
      if (working > 0 && held < rule.minDays) {
        gaps.push({
          period: kind,
          start,
          end,
          heldDays: held,
          required: rule.minDays,
          basis: rule.basis,
          confirmed: rule.confirmed,
        });
      }
    }
    cursor = addDays(end, 1);
  }
  return gaps;
}
