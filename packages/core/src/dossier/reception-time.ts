/**
 * How far back a counter officer may date a reception (issue 9, item 9). The time of reception starts the
 * legal clock, so an officer who could pick any past instant could hide a late dossier or make one overdue.
 *
 * - accepted: the same Vietnam-local day as now, not in the future, and not before the office opened that
 *   day (a dossier received this morning and keyed in after the queue); now itself is always accepted;
 * - needs approval: an earlier day (or before today's opening), at most MAX_BACKDATE_WORKING_DAYS working days
 *   back, with a reason: an intake recorded offline, held until a leader approves it;
 * - refused: in the future, older than the window, or earlier without a reason.
 *
 * `now` is the server's own time (the app's clock); the claimed time never moves it.
 */
import {
  addDays,
  localDateTimeFromInstant,
  type OfficeHours,
  type PlainDate,
  type WorkingCalendar,
} from '../calendar/index.ts';
import { type FieldError, fieldError } from '../errors.ts';
import { isFutureInstant, isInstantWithOffset } from './validation.ts';

/** Working days in (claimed day, today] an approved reception may reach back. */
export const MAX_BACKDATE_WORKING_DAYS = 10;
export const MAX_BACKDATE_REASON_LENGTH = 500;

export type ReceptionTime =
  | { kind: 'accepted'; at: string }
  | { kind: 'needs-approval'; at: string; reason: string; workingDaysBack: number }
  | { kind: 'refused'; errors: FieldError[] };

export interface ReceptionTimeInput {
  /** The intake's receivedAt (ISO instant with offset); absent means now. */
  claimed?: string;
  /** The server's time, epoch milliseconds. */
  now: number;
  calendar: WorkingCalendar;
  /** The receiving counter's hours: a claim earlier today but before opening is not "the same office day". */
  office: OfficeHours;
  reason?: string;
}

const dmy = (d: PlainDate) => d.split('-').reverse().join('/');

/**
 * The earliest day a reception may be dated to, today being `today`: the day on which the working days in
 * (day, today] reach MAX_BACKDATE_WORKING_DAYS. Loops over a few weeks at most (Tết is the longest break).
 */
export function earliestBackdatedDay(calendar: WorkingCalendar, today: PlainDate): PlainDate {
  let day = today;
  let count = 0; // working days in (day, today]
  for (;;) {
    const before = addDays(day, -1);
    const next = count + (calendar.isWorkingDay(day) ? 1 : 0); // working days in (before, today]
    if (next > MAX_BACKDATE_WORKING_DAYS) return day;
    day = before;
    count = next;
  }
}

/** Working days in (from, to], to not before from; stops counting past the window. */
const workingDaysBack = (calendar: WorkingCalendar, from: PlainDate, to: PlainDate): number => {
  let count = 0;
  for (let d = to; d > from && count <= MAX_BACKDATE_WORKING_DAYS; d = addDays(d, -1)) {
    if (calendar.isWorkingDay(d)) count++;
  }
  return count;
};

export function judgeReceptionTime(input: ReceptionTimeInput): ReceptionTime {
  const { claimed, now } = input;
  if (claimed === undefined) return { kind: 'accepted', at: new Date(now).toISOString() };
  if (!isInstantWithOffset(claimed)) {
    return {
      kind: 'refused',
      errors: [fieldError('receivedAt', 'Thời điểm không hợp lệ.', 'Not a valid instant.')],
    };
  }
  if (isFutureInstant(claimed, now)) {
    return {
      kind: 'refused',
      errors: [
        fieldError(
          'receivedAt',
          'Thời điểm tiếp nhận không được ở tương lai.',
          'Reception cannot be in the future.',
        ),
      ],
    };
  }
  const current = localDateTimeFromInstant(now);
  const today = current.date;
  const local = localDateTimeFromInstant(claimed);
  // Before opening only if it is now: an officer at the counter early is receiving, not back-dating.
  const opening = Math.min(input.office.sessions[0]?.start ?? 0, current.minutes);
  if (local.date === today && local.minutes >= opening) {
    return { kind: 'accepted', at: claimed };
  }
  const earliest = earliestBackdatedDay(input.calendar, today);
  if (local.date < earliest) {
    return {
      kind: 'refused',
      errors: [
        fieldError(
          'receivedAt',
          `Chỉ được ghi thời điểm tiếp nhận lùi tối đa ${MAX_BACKDATE_WORKING_DAYS} ngày làm việc (sớm nhất ngày ${dmy(earliest)}), có lý do và được lãnh đạo phê duyệt.`,
          `A reception may be dated back at most ${MAX_BACKDATE_WORKING_DAYS} working days (to ${earliest} at the earliest), with a reason and a leader's approval.`,
        ),
      ],
    };
  }
  const reason = input.reason?.trim() ?? '';
  if (reason === '') return { kind: 'refused', errors: backdateReasonErrors() };
  return {
    kind: 'needs-approval',
    at: claimed,
    reason,
    workingDaysBack: workingDaysBack(input.calendar, local.date, today),
  };
}

/** An earlier reception time without its reason: the server's answer, and the form's check before sending. */
export const backdateReasonErrors = (): FieldError[] => [
  fieldError(
    'receivedAt',
    'Thời điểm tiếp nhận trước hôm nay: cần ghi lý do và được lãnh đạo phê duyệt.',
    "A reception dated before today needs a reason and a leader's approval.",
  ),
  fieldError(
    'backdateReason',
    'Nêu lý do ghi lùi thời điểm tiếp nhận.',
    'Give the reason for the earlier time.',
  ),
];

/** Whether a reception time on this day (Vietnam) needs a reason and approval: any day before today. */
export const isEarlierDay = (claimed: string, now: number): boolean =>
  isInstantWithOffset(claimed) && localDateTimeFromInstant(claimed).date < localDateTimeFromInstant(now).date;
