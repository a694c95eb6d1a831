/**
 * Calendar dates and Vietnam wall-clock times without the JavaScript Date pitfalls.
 *
 * `new Date('2025-01-01')` is UTC midnight, which is still 31 December in some zones, and
 * `new Date(2025, 0, 1)` depends on the process time zone. Deadlines are counted in whole local
 * days, so everything here is integer arithmetic on a day count (days since 1970-01-01) and the
 * result never depends on the machine's time zone.
 */

/** A civil date 'YYYY-MM-DD' (proleptic Gregorian). Build one only through this module. */
export type PlainDate = string & { readonly __brand: 'PlainDate' };

/** Supported years: wide enough for any dossier, narrow enough that the lunar algorithm is validated. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

const isValidParts = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= MIN_YEAR &&
  year <= MAX_YEAR &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const format = (year: number, month: number, day: number): PlainDate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as PlainDate;

/** Strict parse: zero-padded 'YYYY-MM-DD', a real calendar day, year within MIN_YEAR..MAX_YEAR. */
export const parsePlainDate = (s: string): PlainDate | null => {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidParts(year, month, day) ? format(year, month, day) : null;
};

export const isPlainDate = (s: unknown): s is PlainDate => typeof s === 'string' && parsePlainDate(s) === s;

/** Throws RangeError for an impossible date, so literals in code and tests fail loudly. */
export const plainDate = (year: number, month: number, day: number): PlainDate => {
  if (!isValidParts(year, month, day)) {
    throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  }
  return format(year, month, day);
};

export const toParts = (d: PlainDate): DateParts => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
});

// Civil-date <-> day-count conversion after Howard Hinnant's "days_from_civil": eras of 400 years
// starting on 1 March, so the leap day is the last day of the shifted year.
/** Day count of any proleptic Gregorian date, without the supported-range check (internal arithmetic). */
export const epochDayFromParts = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const epochDayToCivil = (n: number): DateParts => {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

/** Days since 1970-01-01 (which is day 0). */
export const toEpochDay = (d: PlainDate): number => {
  const { year, month, day } = toParts(d);
  return epochDayFromParts(year, month, day);
};

/** Inverse of toEpochDay; throws RangeError outside the supported years. */
export const fromEpochDay = (n: number): PlainDate => {
  if (!Number.isInteger(n)) throw new RangeError(`Epoch day must be an integer: ${n}`);
  const { year, month, day } = epochDayToCivil(n);
  return plainDate(year, month, day);
};

export const MIN_EPOCH_DAY = epochDayFromParts(MIN_YEAR, 1, 1);
export const MAX_EPOCH_DAY = epochDayFromParts(MAX_YEAR, 12, 31);

export const addDays = (d: PlainDate, n: number): PlainDate => fromEpochDay(toEpochDay(d) + n);

/** b - a in days. */
export const daysBetween = (a: PlainDate, b: PlainDate): number => toEpochDay(b) - toEpochDay(a);

/** 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export const dayOfWeek = (d: PlainDate): number => (((toEpochDay(d) + 4) % 7) + 7) % 7;

// Zero-padded ISO strings sort chronologically, so string comparison is exact.
export const comparePlainDate = (a: PlainDate, b: PlainDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

export const isWeekend = (d: PlainDate): boolean => {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
};

export const startOfYear = (year: number): PlainDate => plainDate(year, 1, 1);
export const endOfYear = (year: number): PlainDate => plainDate(year, 12, 31);

// ---------------------------------------------------------------------------------------------
// Wall-clock time in Vietnam.

/** Minutes since local midnight, 0 <= t < 1440; may carry a fraction for seconds. */
export type PlainTime = number;

export const MINUTES_PER_DAY = 1440;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Strict 'HH:MM' (24-hour, zero-padded) to minutes since midnight. */
export const parseTime = (s: string): PlainTime | null => {
  const m = TIME_RE.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** 'HH:MM', dropping any seconds. */
export const formatTime = (t: PlainTime): string => {
  const whole = Math.floor(t);
  return `${pad(Math.floor(whole / 60), 2)}:${pad(whole % 60, 2)}`;
};

/** Local wall-clock time in Vietnam (UTC+7 all year: Vietnam has no daylight saving time). */
export interface LocalDateTime {
  date: PlainDate;
  minutes: PlainTime;
}

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// An instant must carry its offset: a bare '2025-01-01T10:00' would mean the reader's zone.
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

const parseInstantMs = (iso: string): number => {
  const m = INSTANT_RE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO 8601 instant with an offset: ${iso}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isValidParts(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Invalid instant: ${iso}`);
  }
  // Milliseconds only; finer digits are truncated.
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) throw new RangeError(`Invalid offset: ${iso}`);
    offsetMinutes = sign * (oh * 60 + om);
  }
  const localMs =
    epochDayFromParts(year, month, day) * MS_PER_DAY +
    (hour * 60 + minute) * MS_PER_MINUTE +
    second * 1000 +
    ms;
  return localMs - offsetMinutes * MS_PER_MINUTE;
};

/** Vietnam wall-clock time of an instant given as an ISO string with offset, or epoch milliseconds. */
export const localDateTimeFromInstant = (isoOrEpochMs: string | number): LocalDateTime => {
  const utcMs = typeof isoOrEpochMs === 'number' ? isoOrEpochMs : parseInstantMs(isoOrEpochMs);
  if (!Number.isFinite(utcMs)) throw new RangeError(`Invalid instant: ${isoOrEpochMs}`);
  const localMs = utcMs + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
  const epochDay = Math.floor(localMs / MS_PER_DAY);
  return { date: fromEpochDay(epochDay), minutes: (localMs - epochDay * MS_PER_DAY) / MS_PER_MINUTE };
};

/** Epoch milliseconds of a Vietnam wall-clock time. */
export const epochMsFromLocalDateTime = (ldt: LocalDateTime): number =>
  Math.round(
    (toEpochDay(ldt.date) * MINUTES_PER_DAY + ldt.minutes - VIETNAM_UTC_OFFSET_MINUTES) * MS_PER_MINUTE,
  );

/** ISO 8601 with the +07:00 offset, e.g. '2025-01-02T15:00:00+07:00' (milliseconds only when non-zero). */
export const instantFromLocalDateTime = (ldt: LocalDateTime): string => {
  if (!(ldt.minutes >= 0 && ldt.minutes < MINUTES_PER_DAY)) {
    throw new RangeError(`Minutes out of range: ${ldt.minutes}`);
  }
  // Go through whole milliseconds so that a fraction rounding up to midnight rolls the date over.
  const localMs = epochMsFromLocalDateTime(ldt) + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
  const epochDay = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - epochDay * MS_PER_DAY;
  const hh = Math.floor(msOfDay / 3_600_000);
  const mm = Math.floor(msOfDay / MS_PER_MINUTE) % 60;
  const ss = Math.floor(msOfDay / 1000) % 60;
  const ms = msOfDay % 1000;
  const frac = ms === 0 ? '' : `.${pad(ms, 3)}`;
  return `${fromEpochDay(epochDay)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}${frac}+07:00`;
};

/** An instant (ISO with offset, or epoch ms) written in Vietnam time: '2025-03-03T09:00:00+07:00'. */
export const vietnamInstant = (isoOrEpochMs: string | number): string =>
  instantFromLocalDateTime(localDateTimeFromInstant(isoOrEpochMs));
