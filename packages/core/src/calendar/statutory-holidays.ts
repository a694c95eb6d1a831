/**
 * Statutory holidays added by a law after the Labour Code 2019, recurring on a solar date from the law's
 * effective date (for example Vietnam Culture Day, 24/11, once a law or National Assembly resolution makes
 * it a paid day off). An administrator enters one when the law is published; it then counts in every
 * year's schedule from its effective date and never before, so deadlines of earlier dossiers do not move.
 */
import {
  daysInMonth,
  MAX_YEAR,
  MIN_YEAR,
  type PlainDate,
  parsePlainDate,
  plainDate,
  toParts,
} from './plain-date.ts';

export interface StatutoryHoliday {
  /** Solar month and day, the same each year. */
  month: number;
  day: number;
  name: string;
  nameEn: string;
  /** The law's effective date: occurrences before it are ordinary days. */
  effectiveFrom: PlainDate;
  /** Whether a weekend occurrence gives a make-up weekday (Labour Code Art. 111.3 covers Art. 112.1's days). */
  compensated: boolean;
  /** The law that made it a holiday, e.g. 'Nghị quyết số …/QH… (hiệu lực từ …)'. */
  reference: string;
  referenceEn: string;
}

/** The holiday's date in `year`, or null before the law took effect. */
export const statutoryOccurrence = (h: StatutoryHoliday, year: number): PlainDate | null => {
  if (year < toParts(h.effectiveFrom).year) return null;
  const date = plainDate(year, h.month, h.day);
  return date >= h.effectiveFrom ? date : null;
};

/** Fixed solar dates already holidays under Labour Code Art. 112.1 (an addition on them changes nothing). */
const CODE_DATES: readonly [number, number, string][] = [
  [1, 1, 'Tết Dương lịch'],
  [4, 30, 'Ngày Chiến thắng'],
  [5, 1, 'Ngày Quốc tế Lao động'],
  [9, 2, 'Quốc khánh'],
];

export interface StatutoryHolidayError {
  path: string;
  message: string;
  messageEn: string;
}

export type StatutoryHolidayResult =
  | { ok: true; value: StatutoryHoliday }
  | { ok: false; errors: StatutoryHolidayError[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * Checks an administrator's entry against the Code's fixed dates and the holidays already `existing`.
 * 29 February is refused (it does not recur each year); so are 30 and 31 December when compensated, as
 * their make-up day would fall in the next year's schedule. `referenceEn` defaults to `reference`.
 */
export const validateStatutoryHoliday = (
  input: unknown,
  existing: readonly StatutoryHoliday[] = [],
): StatutoryHolidayResult => {
  const errors: StatutoryHolidayError[] = [];
  const fail = (path: string, message: string, messageEn: string) =>
    errors.push({ path, message, messageEn });
  if (!isRecord(input)) {
    fail('', 'Ngày lễ phải là một đối tượng.', 'The holiday must be an object.');
    return { ok: false, errors };
  }
  const { month, day, compensated } = input;
  const monthOk = typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;
  if (!monthOk)
    fail('month', 'Tháng phải là số nguyên từ 1 đến 12.', 'Month must be an integer from 1 to 12.');
  const dayOk =
    typeof day === 'number' &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= (monthOk ? daysInMonth(2001, month) : 31);
  if (!dayOk) {
    const vi =
      month === 2 && day === 29
        ? 'Ngày 29/2 không có hằng năm nên không thể là ngày lễ lặp lại.'
        : 'Ngày không có trong tháng đã chọn.';
    const en =
      month === 2 && day === 29
        ? '29 February does not occur every year, so it cannot be a recurring holiday.'
        : 'The day does not exist in that month.';
    fail('day', vi, en);
  }
  const effectiveFrom = typeof input.effectiveFrom === 'string' ? parsePlainDate(input.effectiveFrom) : null;
  if (effectiveFrom === null) {
    fail(
      'effectiveFrom',
      `Ngày hiệu lực không hợp lệ (YYYY-MM-DD, năm ${MIN_YEAR}–${MAX_YEAR}).`,
      `Invalid effective date (YYYY-MM-DD, years ${MIN_YEAR}–${MAX_YEAR}).`,
    );
  }
  if (compensated !== undefined && typeof compensated !== 'boolean') {
    fail('compensated', 'Nghỉ bù phải là true hoặc false.', 'Compensated must be true or false.');
  }
  const name = text(input.name);
  if (name === null)
    fail('name', 'Tên ngày lễ (tiếng Việt) không được để trống.', 'The Vietnamese name must not be empty.');
  const nameEn = text(input.nameEn);
  if (nameEn === null)
    fail('nameEn', 'Tên ngày lễ (tiếng Anh) không được để trống.', 'The English name must not be empty.');
  const reference = text(input.reference);
  if (reference === null) {
    fail(
      'reference',
      'Cần ghi văn bản luật quy định ngày lễ (số, ngày, hiệu lực).',
      'The law that makes it a holiday (number, date, effective date) is required.',
    );
  }
  const referenceEn = input.referenceEn === undefined ? reference : text(input.referenceEn);
  if (referenceEn === null && reference !== null) {
    fail(
      'referenceEn',
      'Trích dẫn tiếng Anh không được để trống.',
      'The English citation must not be empty.',
    );
  }
  const withMakeUp = compensated !== false;
  if (monthOk && dayOk) {
    const code = CODE_DATES.find(([m, dd]) => m === month && dd === day);
    if (code) {
      fail(
        'day',
        `Ngày ${day}/${month} đã là ngày lễ ${code[2]} theo Điều 112 Bộ luật Lao động.`,
        `${day}/${month} is already a Labour Code holiday.`,
      );
    } else if (existing.some((h) => h.month === month && h.day === day)) {
      fail(
        'day',
        `Ngày ${day}/${month} đã được khai báo là ngày lễ luật định.`,
        `${day}/${month} is already entered as a statutory holiday.`,
      );
    } else if (withMakeUp && month === 12 && day >= 30) {
      fail(
        'day',
        'Ngày nghỉ bù của 30/12 và 31/12 rơi vào năm sau, chưa hỗ trợ; hãy nhập lịch năm theo quyết định.',
        'The make-up day of 30 or 31 December falls in the next year, which is not supported; enter the year schedules instead.',
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      month: month as number,
      day: day as number,
      name: name as string,
      nameEn: nameEn as string,
      effectiveFrom: effectiveFrom as PlainDate,
      compensated: withMakeUp,
      reference: reference as string,
      referenceEn: referenceEn as string,
    },
  };
};
