/**
 * Validation of a year's schedule as an administrator enters it, every problem reported with its path
 * (days[2].source.reference). The status is not entered: it follows from the days' sources.
 */
import {
  type CalendarDay,
  DAY_KINDS,
  type DayKind,
  type DaySource,
  SOURCE_BASES,
  type SourceBasis,
  scheduleStatus,
  type YearSchedule,
} from './holidays.ts';
import { comparePlainDate, dayOfWeek, MAX_YEAR, MIN_YEAR, parsePlainDate, toParts } from './plain-date.ts';

/** Same shape as FieldError in core/src/errors.ts. */
export interface ScheduleError {
  path: string;
  message: string;
  messageEn: string;
}

export type ValidationResult = { ok: true; value: YearSchedule } | { ok: false; errors: ScheduleError[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Fail = (path: string, message: string, messageEn: string) => void;

const checkSource = (raw: unknown, at: string, fail: Fail): DaySource | null => {
  if (!isRecord(raw)) {
    fail(at, 'Mỗi ngày phải ghi căn cứ (luật, quyết định hoặc tạm tính).', 'Each day needs its source.');
    return null;
  }
  const { basis, reference, referenceEn } = raw;
  let ok = true;
  if (typeof basis !== 'string' || !(SOURCE_BASES as readonly string[]).includes(basis)) {
    fail(
      `${at}.basis`,
      'Căn cứ phải là statute (luật định), decision (quyết định) hoặc estimate (tạm tính).',
      'Basis must be statute, decision or estimate.',
    );
    ok = false;
  }
  if (!isNonEmptyString(reference)) {
    fail(
      `${at}.reference`,
      'Cần ghi số, ngày của văn bản làm căn cứ.',
      'The document reference must not be empty.',
    );
    ok = false;
  }
  if (!isNonEmptyString(referenceEn)) {
    fail(
      `${at}.referenceEn`,
      'Trích dẫn tiếng Anh không được để trống.',
      'The English citation must not be empty.',
    );
    ok = false;
  }
  return ok
    ? {
        basis: basis as SourceBasis,
        reference: (reference as string).trim(),
        referenceEn: (referenceEn as string).trim(),
      }
    : null;
};

export const validateYearSchedule = (input: unknown): ValidationResult => {
  const errors: ScheduleError[] = [];
  const fail: Fail = (path, message, messageEn) => {
    errors.push({ path, message, messageEn });
  };
  if (!isRecord(input)) {
    fail('', 'Lịch năm phải là một đối tượng.', 'The year schedule must be an object.');
    return { ok: false, errors };
  }
  const { year, source, days } = input;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  if (!yearOk) {
    fail(
      'year',
      `Năm phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}.`,
      `Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}.`,
    );
  }
  if (typeof source !== 'string') {
    fail(
      'source',
      'Nguồn (số văn bản) phải là chuỗi ký tự.',
      'Source (document reference) must be a string.',
    );
  }
  if (!Array.isArray(days)) {
    fail('days', 'Danh sách ngày phải là một mảng.', 'Days must be an array.');
    return { ok: false, errors };
  }

  const out: CalendarDay[] = [];
  const seen = new Set<string>();
  days.forEach((raw: unknown, i: number) => {
    const at = `days[${i}]`;
    if (!isRecord(raw)) {
      fail(at, 'Mỗi ngày phải là một đối tượng.', 'Each day must be an object.');
      return;
    }
    const before = errors.length;
    const date = typeof raw.date === 'string' ? parsePlainDate(raw.date) : null;
    if (date === null) {
      fail(
        `${at}.date`,
        'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
        'Invalid date (expected an existing date as YYYY-MM-DD).',
      );
    } else if (yearOk && toParts(date).year !== year) {
      fail(`${at}.date`, `Ngày ${date} không thuộc năm ${year}.`, `Date ${date} is not in year ${year}.`);
    } else if (seen.has(date)) {
      fail(`${at}.date`, `Ngày ${date} bị khai báo trùng.`, `Date ${date} is listed more than once.`);
    }
    const kind = raw.kind;
    const kindOk = typeof kind === 'string' && (DAY_KINDS as readonly string[]).includes(kind);
    if (!kindOk) {
      fail(
        `${at}.kind`,
        'Loại ngày phải là holiday, compensatory, swap-off hoặc swap-work.',
        'Kind must be holiday, compensatory, swap-off or swap-work.',
      );
    }
    if (date !== null && kindOk) {
      const w = dayOfWeek(date);
      const weekend = w === 0 || w === 6;
      if (kind === 'swap-work' && !weekend) {
        fail(
          `${at}.kind`,
          `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${date} là ${WEEKDAY_VI[w]}.`,
          `A make-up working day must be a Saturday or Sunday; ${date} is a ${WEEKDAY_EN[w]}.`,
        );
      }
      if ((kind === 'swap-off' || kind === 'compensatory') && weekend) {
        fail(
          `${at}.kind`,
          `Ngày nghỉ bù hoặc hoán đổi phải từ thứ Hai đến thứ Sáu; ${date} là ${WEEKDAY_VI[w]}.`,
          `A compensatory or swapped day off must be Monday to Friday; ${date} is a ${WEEKDAY_EN[w]}.`,
        );
      }
    }
    if (!isNonEmptyString(raw.name)) {
      fail(
        `${at}.name`,
        'Tên ngày (tiếng Việt) không được để trống.',
        'The Vietnamese name must not be empty.',
      );
    }
    if (!isNonEmptyString(raw.nameEn)) {
      fail(
        `${at}.nameEn`,
        'Tên ngày (tiếng Anh) không được để trống.',
        'The English name must not be empty.',
      );
    }
    const daySource = checkSource(raw.source, `${at}.source`, fail);
    if (date !== null) seen.add(date);
    if (errors.length === before && date !== null && daySource !== null) {
      out.push({
        date,
        name: String(raw.name).trim(),
        nameEn: String(raw.nameEn).trim(),
        kind: kind as DayKind,
        source: daySource,
      });
    }
  });

  if (errors.length > 0) return { ok: false, errors };
  out.sort((a, b) => comparePlainDate(a.date, b.date));
  return {
    ok: true,
    value: { year: year as number, status: scheduleStatus(out), source: source as string, days: out },
  };
};
