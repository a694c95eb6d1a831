/**
 * The public tracking page's countdown in working days (issue 11, item 5): "còn 3 ngày làm việc", "đến hạn
 * hôm nay", "quá hạn 2 ngày làm việc". One rule, counted on the working calendar, for every reader.
 */
import { type PlainDate, type WorkingCalendar, workingDaysBetween } from '../calendar/index.ts';
import { isOpenStatus, type StatusKey } from './statuses.ts';

export const COUNTDOWN_KINDS = ['remaining', 'due-today', 'overdue', 'paused'] as const;
export type CountdownKind = (typeof COUNTDOWN_KINDS)[number];

export interface Countdown {
  kind: CountdownKind;
  /** Working days left (remaining) or past the due date (overdue); 0 otherwise. */
  workingDays: number;
}

/**
 * Where an open dossier stands against its due date on `today`: the working days after today up to the due
 * date; due today when none is left; overdue by the working days after the due date up to today (0 on a
 * weekend right after it: overdue all the same). Waiting for the applicant, the clock stands still
 * ('paused'). Undefined when there is nothing to count (not received, or ended).
 */
export function countdown(
  dossier: {
    status: StatusKey;
    dueDate?: PlainDate | null | undefined;
    pausedAt?: string | null | undefined;
  },
  today: PlainDate,
  cal: WorkingCalendar,
): Countdown | undefined {
  const { dueDate } = dossier;
  if (!dueDate || !isOpenStatus(dossier.status)) return undefined;
  if (dossier.pausedAt) return { kind: 'paused', workingDays: 0 };
  if (today > dueDate) return { kind: 'overdue', workingDays: workingDaysBetween(cal, dueDate, today) };
  const left = workingDaysBetween(cal, today, dueDate);
  return left === 0 ? { kind: 'due-today', workingDays: 0 } : { kind: 'remaining', workingDays: left };
}
