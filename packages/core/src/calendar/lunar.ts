/**
 * The Vietnamese lunisolar calendar (âm lịch), following the method published by Hồ Ngọc Đức:
 * - a month starts on the local calendar day (UTC+7 for Vietnam) that contains the new moon;
 * - month 11 is the month that contains the December solstice;
 * - a year (from one month 11 to the next) with 13 months repeats, as a leap month, the first month
 *   after month 11 that contains no major solar term (sun longitude a multiple of 30°).
 * New moons use a short Meeus-style series and the sun longitude a low-order series; both are accurate
 * to minutes, which the oracle test in lunar.test.ts checks against a full ephemeris.
 *
 * The time zone matters: with UTC+7 Tết 2030 falls on 2 February, a day before China's (UTC+8).
 */
import {
  epochDayFromParts,
  fromEpochDay,
  MAX_EPOCH_DAY,
  MAX_YEAR,
  MIN_EPOCH_DAY,
  MIN_YEAR,
  type PlainDate,
  toEpochDay,
  toParts,
} from './plain-date.ts';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  isLeapMonth: boolean;
}

export const VIETNAM_TIME_ZONE = 7;

const SYNODIC_MONTH = 29.530588853;
// Julian day number of 1970-01-01 (epoch day 0), and the Julian date of its 00:00 UT.
const JDN_OF_EPOCH_DAY_0 = 2440588;
// Julian date of the mean new moon k = 0 (6 January 1900, around 13:50 UT), the series origin.
const NEW_MOON_0_JD = 2415021.076998695;
const RAD = Math.PI / 180;

/** Julian date (UT) of the k-th new moon after the January 1900 one. */
const newMoonJd = (k: number): number => {
  const t = k / 1236.85; // Julian centuries from 1900
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  const secular = 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  // Periodic corrections from the mean to the true new moon (days).
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // The series runs in dynamical time; subtract an approximate ΔT (days) to get UT.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + secular + correction - deltaT;
};

/** Epoch day of the local calendar day containing the k-th new moon. */
const newMoonDay = (k: number, tz: number): number =>
  Math.floor(newMoonJd(k) + 0.5 + tz / 24) - JDN_OF_EPOCH_DAY_0;

/** Apparent-enough sun longitude (radians, 0..2π) at a Julian date. */
const sunLongitude = (jd: number): number => {
  const t = (jd - 2451545.0) / 36525; // Julian centuries from J2000
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + center) * RAD;
  const turn = 2 * Math.PI;
  return longitude - turn * Math.floor(longitude / turn);
};

/**
 * Index 0..11 of the 30° sector the sun is in at the local midnight that starts the given day.
 * Sector 9 starts at 270°, the December solstice. A month with the same sector at its first day and at
 * the first day of the next month contains no major solar term.
 */
const sunSector = (epochDay: number, tz: number): number =>
  Math.floor(sunLongitude(epochDay + JDN_OF_EPOCH_DAY_0 - 0.5 - tz / 24) / (Math.PI / 6));

const newMoonIndexNear = (epochDay: number): number =>
  Math.round((epochDay + JDN_OF_EPOCH_DAY_0 - NEW_MOON_0_JD) / SYNODIC_MONTH);

/** Epoch day on which month 11 (the one containing the December solstice) of a solar year starts. */
const month11Start = (year: number, tz: number): number => {
  // The last new moon on or shortly before 31 December; if the solstice already passed when it began,
  // month 11 is the one before.
  const dec31 = epochDayFromParts(year, 12, 31);
  const k = Math.floor((dec31 + JDN_OF_EPOCH_DAY_0 - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, tz);
  return sunSector(start, tz) >= 9 ? newMoonDay(k - 1, tz) : start;
};

/** In a 13-month year starting at month 11, the offset (1..12) of the leap month from month 11. */
const leapMonthOffset = (month11: number, tz: number): number => {
  const k = newMoonIndexNear(month11);
  let previous = sunSector(newMoonDay(k + 1, tz), tz);
  for (let i = 1; i < 13; i++) {
    const next = sunSector(newMoonDay(k + i + 1, tz), tz);
    if (next === previous) return i;
    previous = next;
  }
  // Unreachable for real data: 13 lunations cannot each contain one of only 12 major terms.
  return 12;
};

// A lunar "sui" runs from month 11 of one solar year to month 11 of the next. Memoized per year and
// zone because every conversion needs two of them.
interface Sui {
  start: number;
  end: number;
  /** Offset of the leap month from month 11, or 0 in a 12-month sui. */
  leapOffset: number;
}

const suiCache = new Map<string, Sui>();

const suiStartingIn = (year: number, tz: number): Sui => {
  const key = `${year}/${tz}`;
  const cached = suiCache.get(key);
  if (cached) return cached;
  const start = month11Start(year, tz);
  const end = month11Start(year + 1, tz);
  const sui = { start, end, leapOffset: end - start > 365 ? leapMonthOffset(start, tz) : 0 };
  suiCache.set(key, sui);
  return sui;
};

/** Month number 1..12 of the month at a given offset from month 11, ignoring leap months. */
const monthNumberAt = (offset: number): number => ((10 + offset) % 12) + 1;

/** Lunar date of a solar date; `timeZone` in hours east of UTC (7 for Vietnam). */
export const solarToLunar = (d: PlainDate, timeZone: number = VIETNAM_TIME_ZONE): LunarDate => {
  const day = toEpochDay(d);
  // The mean-month estimate can be one lunation off where the true new moon strays from the mean one
  // (e.g. 2062-04-09): step until the month holding `day` is found.
  let k = Math.floor((day + JDN_OF_EPOCH_DAY_0 - NEW_MOON_0_JD) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, timeZone) > day) k -= 1;
  while (newMoonDay(k + 1, timeZone) <= day) k += 1;
  const monthStart = newMoonDay(k, timeZone);

  const { year } = toParts(d);
  const thisSui = suiStartingIn(year, timeZone);
  const suiYear = thisSui.start <= monthStart ? year : year - 1;
  const sui = suiYear === year ? thisSui : suiStartingIn(year - 1, timeZone);

  const offset = Math.round((monthStart - sui.start) / SYNODIC_MONTH);
  let isLeapMonth = false;
  let month = monthNumberAt(offset);
  if (sui.leapOffset > 0 && offset >= sui.leapOffset) {
    month = monthNumberAt(offset - 1);
    isLeapMonth = offset === sui.leapOffset;
  }
  // Months 11 and 12 belong to the lunar year that began in the same solar year as the sui.
  return { day: day - monthStart + 1, month, year: month >= 11 ? suiYear : suiYear + 1, isLeapMonth };
};

/** Solar date of a lunar date, or null when it does not exist (no such leap month, day 30 of a 29-day month, out of range). */
export const lunarToSolar = (l: LunarDate, timeZone: number = VIETNAM_TIME_ZONE): PlainDate | null => {
  const { day, month, year, isLeapMonth } = l;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Lunar year 1899 is needed for January 1900 (its month 12); later months fall out by the range check.
  if (year < MIN_YEAR - 1 || year > MAX_YEAR) return null;

  const suiYear = month >= 11 ? year : year - 1;
  const sui = suiStartingIn(suiYear, timeZone);
  let offset = (month - 11 + 12) % 12;
  if (sui.leapOffset > 0) {
    const leapMonth = monthNumberAt(sui.leapOffset - 1);
    if (isLeapMonth && month !== leapMonth) return null;
    if (isLeapMonth || offset >= sui.leapOffset) offset += 1;
  } else if (isLeapMonth) {
    return null;
  }
  const k = newMoonIndexNear(sui.start) + offset;
  const start = newMoonDay(k, timeZone);
  if (day > newMoonDay(k + 1, timeZone) - start) return null;
  const result = start + day - 1;
  return result >= MIN_EPOCH_DAY && result <= MAX_EPOCH_DAY ? fromEpochDay(result) : null;
};

const mustExist = (d: PlainDate | null, what: string): PlainDate => {
  if (d === null) throw new RangeError(`${what} is outside the supported range`);
  return d;
};

/** Tết Nguyên đán: day 1 of month 1 of the lunar year that starts in this solar year. */
export const lunarNewYear = (year: number): PlainDate =>
  mustExist(lunarToSolar({ day: 1, month: 1, year, isLeapMonth: false }), `Tết ${year}`);

/** Giỗ Tổ Hùng Vương: day 10 of month 3 (never the leap month 3). */
export const hungKingsDay = (year: number): PlainDate =>
  mustExist(lunarToSolar({ day: 10, month: 3, year, isLeapMonth: false }), `Giỗ Tổ Hùng Vương ${year}`);
