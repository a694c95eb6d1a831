import type { TFunction } from 'i18next';
import type { Lang } from '../i18n';

export type TimeLimitUnit = 'working-days' | 'working-hours' | 'same-day' | 'calendar-days';

export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

export interface TimeLimitSource {
  timeLimit?: TimeLimit | null;
  processingDays?: number | null;
  processingHours?: number | null;
}

/** "5 ngày làm việc", "8 giờ làm việc", "Trong ngày (...)"; falls back to processingDays/Hours. */
export function formatTimeLimit(t: TFunction, source: TimeLimitSource): string {
  const tl = source.timeLimit;
  if (tl) {
    switch (tl.unit) {
      case 'same-day':
        return t('timeLimit.sameDay');
      case 'working-hours':
        return t('timeLimit.workingHours', { count: tl.value });
      case 'calendar-days':
        return t('timeLimit.calendarDays', { count: tl.value });
      case 'working-days':
        return t('timeLimit.workingDays', { count: tl.value });
    }
  }
  if (typeof source.processingHours === 'number') {
    return t('timeLimit.workingHours', { count: source.processingHours });
  }
  if (typeof source.processingDays === 'number') {
    return source.processingDays === 0
      ? t('timeLimit.sameDay')
      : t('timeLimit.workingDays', { count: source.processingDays });
  }
  return t('common.notSpecified');
}

const vndVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const vndEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 8000 → "8.000 đ" (Vietnamese) or "8,000 VND" (English); 0 → "Miễn phí". */
export function formatVnd(t: TFunction, lang: Lang, amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return t('common.notSpecified');
  if (amount === 0) return t('common.free');
  return lang === 'en' ? `${vndEn.format(amount)} VND` : `${vndVi.format(amount)} đ`;
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Plain dates (YYYY-MM-DD) are read as calendar dates in UTC so the day never shifts with the time zone. */
function plainDateToUtc(iso: string): Date | undefined {
  const m = PLAIN_DATE.exec(iso);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function formatPlainDate(iso: string, lang: Lang, withWeekday = true): string {
  const d = plainDateToUtc(iso);
  if (!d) return iso;
  const locale = lang === 'en' ? 'en-GB' : 'vi-VN';
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
  if (!withWeekday) return date;
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }).format(d);
  return `${capitalise(weekday)}, ${date}`;
}

export function isWeekend(iso: string): boolean {
  const d = plainDateToUtc(iso);
  if (!d) return false;
  const day = d.getUTCDay();
  return day === 0 || day === 6;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh) as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
