/**
 * Public holidays and day swaps for civil servants on the Saturday/Sunday rest regime.
 *
 * The law (Labor Code 2019, Art. 112) fixes which holidays exist, but the Government decides each
 * year's Tết window, the day adjacent to 2 September and any swaps. So a year has either an
 * 'official' schedule (entered from the Government's notice) or a 'provisional' one derived from the
 * law alone, and admins can enter or correct a year without a code change.
 */
import { hungKingsDay, lunarNewYear } from './lunar.ts';
import {
  addDays,
  comparePlainDate,
  dayOfWeek,
  isWeekend,
  MAX_YEAR,
  MIN_YEAR,
  type PlainDate,
  parsePlainDate,
  plainDate,
  toParts,
} from './plain-date.ts';

/**
 * - holiday: a public holiday (may fall on a weekend);
 * - compensatory: a weekday off because a holiday fell on a Saturday or Sunday;
 * - swap-off: a weekday off, paid back by a swap-work day;
 * - swap-work: a Saturday or Sunday that is a working day.
 */
export type DayKind = 'holiday' | 'compensatory' | 'swap-off' | 'swap-work';
export const DAY_KINDS: readonly DayKind[] = ['holiday', 'compensatory', 'swap-off', 'swap-work'];

export interface CalendarDay {
  date: PlainDate;
  /** Vietnamese name, shown first. */
  name: string;
  nameEn: string;
  kind: DayKind;
}

export type ScheduleStatus = 'official' | 'provisional';

export interface YearSchedule {
  year: number;
  status: ScheduleStatus;
  /** Where the days come from (decision or notice number, date, link), for the audit trail. */
  source: string;
  /** Weekdays off and weekend working days; weekends inside a holiday window may be omitted. */
  days: CalendarDay[];
}

const NAMES = {
  newYear: { name: 'Tết Dương lịch', nameEn: "New Year's Day" },
  tet: { name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' },
  hungKings: { name: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings Commemoration Day' },
  victory: { name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
  labour: { name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
  national: { name: 'Quốc khánh', nameEn: 'National Day' },
  compensatory: { name: 'Nghỉ bù', nameEn: 'Compensatory day off' },
  swapOff: { name: 'Hoán đổi ngày nghỉ', nameEn: 'Swapped day off' },
  swapWork: { name: 'Làm bù', nameEn: 'Make-up working day' },
} as const;

type NameKey = keyof typeof NAMES;

const KIND_OF: Record<NameKey, DayKind> = {
  newYear: 'holiday',
  tet: 'holiday',
  hungKings: 'holiday',
  victory: 'holiday',
  labour: 'holiday',
  national: 'holiday',
  compensatory: 'compensatory',
  swapOff: 'swap-off',
  swapWork: 'swap-work',
};

const entry = (date: PlainDate, key: NameKey): CalendarDay => ({ date, ...NAMES[key], kind: KIND_OF[key] });

/** Entries for the weekdays from `first` to `last` inclusive; weekends in a window are rest days anyway. */
const weekdaysFrom = (first: PlainDate, last: PlainDate, key: NameKey): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (!isWeekend(d)) out.push(entry(d, key));
  }
  return out;
};

const d = plainDate;

/**
 * Schedules announced for civil servants (docs/domain/calendar.md#official-schedules-2024-to-2026). Weekends inside the windows are not
 * listed: they are rest days anyway.
 */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = [
  {
    year: 2024,
    status: 'official',
    source:
      'Lịch nghỉ lễ, Tết năm 2024 của công chức (vietnamnet.vn/en/laborers-to-enjoy-17-days-of-holidays-in-2024-2232489.html); ' +
      'Công văn 2450/VPCP-KGVX ngày 12/4/2024: hoán đổi thứ Hai 29/4 với thứ Bảy 4/5. ' +
      '2024 holiday schedule for civil servants; swap approved by Official letter 2450/VPCP-KGVX of 12 April 2024.',
    days: [
      entry(d(2024, 1, 1), 'newYear'),
      ...weekdaysFrom(d(2024, 2, 8), d(2024, 2, 14), 'tet'),
      entry(d(2024, 4, 18), 'hungKings'),
      entry(d(2024, 4, 29), 'swapOff'),
      entry(d(2024, 4, 30), 'victory'),
      entry(d(2024, 5, 1), 'labour'),
      entry(d(2024, 5, 4), 'swapWork'),
      entry(d(2024, 9, 2), 'national'),
      entry(d(2024, 9, 3), 'national'),
    ],
  },
  {
    year: 2025,
    status: 'official',
    source:
      'Thông báo 6150/TB-BLĐTBXH (2024) về lịch nghỉ lễ, Tết năm 2025; Tết nghỉ từ 25/1 đến 2/2/2025 (5 ngày luật định ' +
      '27–31/1); Giỗ Tổ thứ Hai 7/4; hoán đổi thứ Sáu 2/5 với thứ Bảy 26/4; Quốc khánh 1/9 và 2/9. ' +
      'Notice 6150/TB-BLĐTBXH (2024); en.sggp.org.vn (Tết 2025); en.baochinhphu.vn (Hùng Kings 2025).',
    days: [
      entry(d(2025, 1, 1), 'newYear'),
      ...weekdaysFrom(d(2025, 1, 27), d(2025, 1, 31), 'tet'),
      entry(d(2025, 4, 7), 'hungKings'),
      entry(d(2025, 4, 26), 'swapWork'),
      entry(d(2025, 4, 30), 'victory'),
      entry(d(2025, 5, 1), 'labour'),
      entry(d(2025, 5, 2), 'swapOff'),
      entry(d(2025, 9, 1), 'national'),
      entry(d(2025, 9, 2), 'national'),
    ],
  },
  {
    year: 2026,
    status: 'official',
    source:
      'Tết Nguyên đán nghỉ từ thứ Bảy 14/2 đến Chủ nhật 22/2/2026 (5 ngày luật định 16–20/2) (congan.com.vn id=388656; ' +
      'vietnammedia.vnanet.vn); Giỗ Tổ Chủ nhật 26/4, nghỉ bù thứ Hai 27/4; 30/4 và 1/5 là thứ Năm, thứ Sáu. ' +
      'CẦN ĐỐI CHIẾU: Quốc khánh 2/9 (thứ Tư) cùng ngày liền kề, tạm lấy thứ Ba 1/9 theo mặc định; ' +
      'Tết Dương lịch chỉ ghi thứ Năm 1/1 (chưa đối chiếu tin hoán đổi thứ Sáu 2/1 với thứ Bảy 10/1 theo văn bản 12729/VPCP-KGVX). ' +
      'TO CHECK against the decision: the day adjacent to National Day (Tue 1 Sep assumed) and a reported New Year swap ' +
      '(Fri 2 Jan off, Sat 10 Jan worked, letter 12729/VPCP-KGVX) not yet verified.',
    days: [
      entry(d(2026, 1, 1), 'newYear'),
      ...weekdaysFrom(d(2026, 2, 16), d(2026, 2, 20), 'tet'),
      entry(d(2026, 4, 26), 'hungKings'),
      entry(d(2026, 4, 27), 'compensatory'),
      entry(d(2026, 4, 30), 'victory'),
      entry(d(2026, 5, 1), 'labour'),
      entry(d(2026, 9, 1), 'national'),
      entry(d(2026, 9, 2), 'national'),
    ],
  },
];

/**
 * A schedule derived from the Labor Code alone, for years without an official one:
 * - 1 January; 30 April; 1 May; 10/3 lunar (Hùng Kings);
 * - Tết: the last day of the old lunar year and lunar days 1–4 of the new one (5 days). The Government
 *   usually picks a window starting 1–2 days before Tết, so this is only an estimate;
 * - National Day: 2 September and the day before it (the law allows either adjacent day);
 * - every holiday that falls on a Saturday or Sunday gives a compensatory day on the next weekday that is
 *   not already off (Art. 111.3); several such holidays take successive weekdays after the window.
 *   A holiday falling on another holiday (Hùng Kings on 30 April, as in 1947) is compensated the same way.
 */
export const defaultYearSchedule = (year: number): YearSchedule => {
  const tet = lunarNewYear(year);
  const holidays: CalendarDay[] = [
    entry(d(year, 1, 1), 'newYear'),
    ...[-1, 0, 1, 2, 3].map((offset) => entry(addDays(tet, offset), 'tet')),
    entry(hungKingsDay(year), 'hungKings'),
    entry(d(year, 4, 30), 'victory'),
    entry(d(year, 5, 1), 'labour'),
    entry(d(year, 9, 1), 'national'),
    entry(d(year, 9, 2), 'national'),
  ].sort((a, b) => comparePlainDate(a.date, b.date));

  const byDate = new Map<PlainDate, CalendarDay>();
  const lost: PlainDate[] = [];
  for (const h of holidays) {
    const same = byDate.get(h.date);
    if (same) {
      byDate.set(h.date, { ...same, name: `${same.name}, ${h.name}`, nameEn: `${same.nameEn}, ${h.nameEn}` });
      lost.push(h.date);
    } else {
      byDate.set(h.date, h);
      if (isWeekend(h.date)) lost.push(h.date);
    }
  }
  const days = [...byDate.values()];
  const taken = new Set<PlainDate>(byDate.keys());
  for (const date of lost) {
    let c = addDays(date, 1);
    while (isWeekend(c) || taken.has(c)) c = addDays(c, 1);
    taken.add(c);
    days.push(entry(c, 'compensatory'));
  }
  days.sort((a, b) => comparePlainDate(a.date, b.date));
  return {
    year,
    status: 'provisional',
    source:
      'Tạm tính theo Bộ luật Lao động 2019 (Điều 111 khoản 3, Điều 112), chưa có thông báo của Chính phủ. ' +
      'Provisional, derived from the Labor Code 2019 (Art. 111.3, Art. 112); no Government notice entered.',
    days,
  };
};

// ---------------------------------------------------------------------------------------------
// Validation of admin-entered schedules.

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

export const validateYearSchedule = (input: unknown): ValidationResult => {
  const errors: ScheduleError[] = [];
  const fail = (path: string, message: string, messageEn: string): void => {
    errors.push({ path, message, messageEn });
  };
  if (!isRecord(input)) {
    fail('', 'Lịch năm phải là một đối tượng.', 'The year schedule must be an object.');
    return { ok: false, errors };
  }
  const { year, status, source, days } = input;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  if (!yearOk) {
    fail(
      'year',
      `Năm phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}.`,
      `Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}.`,
    );
  }
  if (status !== 'official' && status !== 'provisional') {
    fail(
      'status',
      'Trạng thái phải là "official" (chính thức) hoặc "provisional" (tạm tính).',
      'Status must be "official" or "provisional".',
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
    if (date !== null) seen.add(date);
    if (errors.length === before && date !== null) {
      out.push({
        date,
        name: String(raw.name).trim(),
        nameEn: String(raw.nameEn).trim(),
        kind: kind as DayKind,
      });
    }
  });

  if (errors.length > 0) return { ok: false, errors };
  out.sort((a, b) => comparePlainDate(a.date, b.date));
  return {
    ok: true,
    value: { year: year as number, status: status as ScheduleStatus, source: source as string, days: out },
  };
};
