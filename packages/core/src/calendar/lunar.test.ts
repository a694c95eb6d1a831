import { SearchMoonPhase, SearchSunLongitude } from 'astronomy-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hungKingsDay, type LunarDate, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.ts';
import {
  addDays,
  daysBetween,
  fromEpochDay,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  type PlainDate,
  plainDate,
  toEpochDay,
} from './plain-date.ts';

const p = (s: string): PlainDate => s as PlainDate;

describe('Tết and Giỗ Tổ Hùng Vương (docs/domain/calendar.md#lunar-dates-2024-to-2030)', () => {
  // [year, Tết, last day of the old year, Hùng Kings]
  const table: [number, string, string, string][] = [
    [2024, '2024-02-10', '2024-02-09', '2024-04-18'],
    [2025, '2025-01-29', '2025-01-28', '2025-04-07'],
    [2026, '2026-02-17', '2026-02-16', '2026-04-26'],
    [2027, '2027-02-06', '2027-02-05', '2027-04-16'],
    [2028, '2028-01-26', '2028-01-25', '2028-04-04'],
    [2029, '2029-02-13', '2029-02-12', '2029-04-23'],
    // One day before China's 3 February 2030: the new moon falls before midnight in UTC+7 only.
    [2030, '2030-02-02', '2030-02-01', '2030-04-12'],
  ];
  it.each(table)('%i: Tết %s, eve %s, Hùng Kings %s', (year, tet, eve, hung) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hung);
    expect(solarToLunar(p(tet))).toEqual({ day: 1, month: 1, year, isLeapMonth: false });
    const last = solarToLunar(p(eve));
    expect(last.month).toBe(12);
    expect(last.year).toBe(year - 1);
    expect(addDays(p(eve), 1)).toBe(tet);
    expect(solarToLunar(p(hung))).toEqual({ day: 10, month: 3, year, isLeapMonth: false });
  });

  it('differs from China where UTC+7 and UTC+8 put the new moon on different days', () => {
    // Tết 1985: Vietnam 21 January, China 20 February; Tết 2007: Vietnam 17 February, China 18 February.
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarToSolar({ day: 1, month: 1, year: 2030, isLeapMonth: false }, 8)).toBe('2030-02-03');
  });

  it('converts the first and last supported days', () => {
    for (const d of [p('1900-01-01'), p('2199-12-31')]) expect(lunarToSolar(solarToLunar(d))).toBe(d);
    expect(solarToLunar(p('1900-01-31'))).toEqual({ day: 1, month: 1, year: 1900, isLeapMonth: false });
  });

  it('covers the whole supported range', () => {
    expect(lunarNewYear(1900)).toBe('1900-01-31');
    for (let year = 1900; year <= 2199; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-20` && tet <= `${year}-02-20`).toBe(true);
      const hung = hungKingsDay(year);
      expect(hung >= `${year}-03-29` && hung <= `${year}-05-01`).toBe(true);
    }
  });
});

describe('leap months', () => {
  it.each([
    // [year, leap month, its first day]: public Vietnamese almanacs.
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('%i has leap month %i starting %s', (year, month, first) => {
    expect(lunarToSolar({ day: 1, month, year, isLeapMonth: true })).toBe(first);
    expect(solarToLunar(p(first))).toEqual({ day: 1, month, year, isLeapMonth: true });
    // The ordinary month of the same number comes first.
    const ordinary = lunarToSolar({ day: 1, month, year, isLeapMonth: false });
    expect(ordinary).not.toBeNull();
    expect(daysBetween(ordinary as PlainDate, p(first))).toBeGreaterThanOrEqual(29);
  });

  it('places the 2033 leap month after month 11 (the "2033 problem")', () => {
    const leap11 = lunarToSolar({ day: 1, month: 11, year: 2033, isLeapMonth: true });
    expect(leap11).not.toBeNull();
    expect(solarToLunar(leap11 as PlainDate).isLeapMonth).toBe(true);
  });

  it('rejects lunar dates that do not exist', () => {
    expect(lunarToSolar({ day: 1, month: 5, year: 2024, isLeapMonth: true })).toBeNull(); // 2024 has no leap month
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, isLeapMonth: true })).toBeNull(); // 2025's is month 6
    expect(lunarToSolar({ day: 1, month: 13, year: 2025, isLeapMonth: false })).toBeNull();
    expect(lunarToSolar({ day: 0, month: 1, year: 2025, isLeapMonth: false })).toBeNull();
    expect(lunarToSolar({ day: 31, month: 1, year: 2025, isLeapMonth: false })).toBeNull();
    expect(lunarToSolar({ day: 1.5, month: 1, year: 2025, isLeapMonth: false })).toBeNull();
    // Lunar 1899 exists only from its month 12, which straddles 1 January 1900.
    expect(lunarToSolar({ day: 1, month: 1, year: 1899, isLeapMonth: false })).toBeNull();
    expect(lunarToSolar({ day: 30, month: 12, year: 1899, isLeapMonth: false })).toBe('1900-01-30');
    expect(lunarToSolar({ day: 1, month: 1, year: 1898, isLeapMonth: false })).toBeNull();
    // Month 12 of lunar year 2199 ends in solar 2200, outside the supported range.
    expect(lunarToSolar({ day: 20, month: 12, year: 2199, isLeapMonth: false })).toBeNull();
  });

  it('rejects day 30 of a 29-day month', () => {
    // Month 12 of Giáp Thìn (2024) has 29 days: Tết 2025 is 29 January, so 30 Tết does not exist.
    const first = lunarToSolar({ day: 1, month: 12, year: 2024, isLeapMonth: false }) as PlainDate;
    expect(daysBetween(first, p('2025-01-29'))).toBe(29);
    expect(lunarToSolar({ day: 29, month: 12, year: 2024, isLeapMonth: false })).toBe('2025-01-28');
    expect(lunarToSolar({ day: 30, month: 12, year: 2024, isLeapMonth: false })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Golden oracle: the full astronomy-engine ephemeris (VSOP87/ELP-based, arc-second accuracy) against
// Hồ Ngọc Đức's short series, for every lunar month from 1968 to 2053.

const ORACLE_FIRST_YEAR = 1968;
const ORACLE_LAST_YEAR = 2053;
const TZ_HOURS = 7;
// astronomy-engine's `ut` counts days from 2000-01-01 12:00 UT, which is epoch day 10957.5.
const J2000_EPOCH_DAY = 10957.5;
const utOfEpochDay = (day: number): number => day - J2000_EPOCH_DAY;
/** Vietnam calendar day (epoch day) of an instant, and the minutes from the nearest local midnight. */
const localDay = (ut: number): number => Math.floor(ut + J2000_EPOCH_DAY + TZ_HOURS / 24);
const minutesFromMidnight = (ut: number): number => {
  const f = ut + J2000_EPOCH_DAY + TZ_HOURS / 24;
  return Math.round(Math.min(f - Math.floor(f), Math.ceil(f) - f) * 1440);
};

/**
 * Dates where Hồ Ngọc Đức's series and the ephemeris disagree because a new moon is within minutes of
 * local midnight; the algorithm is kept as published. Keyed by the ephemeris's local date, with times.
 * Empty for 1968–2053: the series stays within about 3 minutes of the ephemeris there, and the closest
 * calls are the new moons of 1998-09-21 00:02 and 2031-04-22 00:02 (UTC+7), both on the right day.
 */
const KNOWN_NEW_MOON_EXCEPTIONS: Record<string, string> = {};

interface Oracle {
  newMoons: number[]; // local epoch days of new moons, ascending
  newMoonUt: number[];
  solstices: Map<number, number>; // year -> local epoch day of the December solstice
  majorTerms: number[]; // local epoch days of sun longitude 0°, 30°, ..., ascending
}

const buildOracle = (): Oracle => {
  const newMoons: number[] = [];
  const newMoonUt: number[] = [];
  let t = utOfEpochDay(toEpochDay(plainDate(ORACLE_FIRST_YEAR - 1, 10, 1)));
  const end = utOfEpochDay(toEpochDay(plainDate(ORACLE_LAST_YEAR + 1, 3, 1)));
  while (t < end) {
    const nm = SearchMoonPhase(0, t, 40);
    if (!nm) throw new Error('new moon search failed');
    newMoons.push(localDay(nm.ut));
    newMoonUt.push(nm.ut);
    t = nm.ut + 20;
  }
  const majorTerms: number[] = [];
  t = utOfEpochDay(toEpochDay(plainDate(ORACLE_FIRST_YEAR - 1, 10, 1)));
  const solstices = new Map<number, number>();
  while (t < end) {
    // Next multiple of 30°: search each target in turn from the current time.
    const results = [0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330]
      .map((lon) => ({ lon, time: SearchSunLongitude(lon, t, 40) }))
      .filter((r) => r.time !== null)
      .sort((a, b) => (a.time?.ut ?? 0) - (b.time?.ut ?? 0));
    const next = results[0];
    if (!next?.time) throw new Error('solar term search failed');
    const day = localDay(next.time.ut);
    majorTerms.push(day);
    if (next.lon === 270) solstices.set(Number(fromEpochDay(day).slice(0, 4)), day);
    t = next.time.ut + 1;
  }
  return { newMoons, newMoonUt, solstices, majorTerms };
};

describe('oracle: astronomy-engine, 1968–2053', () => {
  const oracle = buildOracle();
  const { newMoons } = oracle;

  it('finds every new moon in the range', () => {
    // About 12.37 lunations a year.
    expect(newMoons.length).toBeGreaterThan((ORACLE_LAST_YEAR - ORACLE_FIRST_YEAR + 1) * 12.3);
  });

  it('includes new moons within a few minutes of local midnight, so the day check has teeth', () => {
    const close = oracle.newMoonUt.filter((ut) => minutesFromMidnight(ut) <= 3);
    expect(close.length).toBeGreaterThanOrEqual(2);
  });

  it('starts every lunar month on the UTC+7 day of the astronomical new moon', () => {
    const mismatches: string[] = [];
    for (const [i, nm] of newMoons.entries()) {
      const date = fromEpochDay(nm);
      if (KNOWN_NEW_MOON_EXCEPTIONS[date]) continue;
      const onDay = solarToLunar(date);
      const dayBefore = solarToLunar(fromEpochDay(nm - 1));
      if (onDay.day !== 1 || dayBefore.day === 1) {
        const ut = oracle.newMoonUt[i] ?? 0;
        mismatches.push(`${date} (new moon ${minutesFromMidnight(ut)} min from local midnight)`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('numbers every day of the range from the last new moon', () => {
    let m = 0;
    const first = newMoons[0] ?? 0;
    const last = newMoons[newMoons.length - 1] ?? 0;
    for (let day = first; day < last; day++) {
      while ((newMoons[m + 1] ?? Number.POSITIVE_INFINITY) <= day) m++;
      const start = newMoons[m] ?? 0;
      if (KNOWN_NEW_MOON_EXCEPTIONS[fromEpochDay(start)]) continue;
      expect(solarToLunar(fromEpochDay(day)).day).toBe(day - start + 1);
    }
  });

  it('puts the December solstice in month 11', () => {
    for (let year = ORACLE_FIRST_YEAR; year <= ORACLE_LAST_YEAR; year++) {
      const solstice = oracle.solstices.get(year);
      expect(solstice).toBeDefined();
      const l = solarToLunar(fromEpochDay(solstice ?? 0));
      expect({ year, month: l.month, leap: l.isLeapMonth }).toEqual({ year, month: 11, leap: false });
    }
  });

  it('inserts the leap month at the first month without a major solar term in a 13-month year', () => {
    const { majorTerms, solstices } = oracle;
    const month11 = (year: number): number => {
      const s = solstices.get(year) ?? 0;
      return newMoons.filter((nm) => nm <= s).at(-1) ?? 0;
    };
    const hasMajorTerm = (start: number, next: number): boolean =>
      majorTerms.some((term) => term >= start && term < next);
    let leapYears = 0;
    for (let year = ORACLE_FIRST_YEAR; year < ORACLE_LAST_YEAR; year++) {
      const from = newMoons.indexOf(month11(year));
      const to = newMoons.indexOf(month11(year + 1));
      const months = newMoons.slice(from, to + 1);
      let expectedLeap = -1;
      if (months.length - 1 === 13) {
        leapYears++;
        expectedLeap = months.findIndex(
          (start, i) => i > 0 && i < 13 && !hasMajorTerm(start, months[i + 1] ?? 0),
        );
        expect(expectedLeap).toBeGreaterThan(0);
      } else {
        expect(months.length - 1).toBe(12);
      }
      const actualLeaps = months
        .slice(0, -1)
        .map((start, i) => (solarToLunar(fromEpochDay(start)).isLeapMonth ? i : -1))
        .filter((i) => i >= 0);
      expect({ year, leaps: actualLeaps }).toEqual({ year, leaps: expectedLeap > 0 ? [expectedLeap] : [] });
    }
    // 7 leap months every 19 years.
    expect(leapYears).toBeGreaterThanOrEqual(30);
    expect(leapYears).toBeLessThanOrEqual(33);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over the whole supported range.

const anyDate = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY }).map(fromEpochDay);

describe('every day, 1900–2199', () => {
  // Exhaustive: a random sample once missed 2062-04-09, where the mean-month estimate was a lunation off.
  it('round-trips and counts days 1..30 without gaps', () => {
    let previous = solarToLunar(fromEpochDay(MIN_EPOCH_DAY));
    for (let day = MIN_EPOCH_DAY; day <= MAX_EPOCH_DAY; day++) {
      const d = fromEpochDay(day);
      const l = solarToLunar(d);
      if (l.day < 1 || l.day > 30 || lunarToSolar(l) !== d) expect.fail(`${d} → ${JSON.stringify(l)}`);
      if (day > MIN_EPOCH_DAY && l.day !== 1 && l.day !== previous.day + 1)
        expect.fail(`${d}: day ${l.day} after ${previous.day}`);
      previous = l;
    }
  });

  it('gives 2062-04-09 as day 30 of month 2', () => {
    expect(solarToLunar(plainDate(2062, 4, 9))).toEqual({
      day: 30,
      month: 2,
      year: 2062,
      isLeapMonth: false,
    });
  });
});

describe('properties, 1900–2199', () => {
  it('lunarToSolar inverts solarToLunar', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(lunarToSolar(solarToLunar(d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives lunar days 1..30 and months 1..12', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const l = solarToLunar(d);
        expect(l.day).toBeGreaterThanOrEqual(1);
        expect(l.day).toBeLessThanOrEqual(30);
        expect(l.month).toBeGreaterThanOrEqual(1);
        expect(l.month).toBeLessThanOrEqual(12);
      }),
      { numRuns: 2000 },
    );
  });

  it('advances by one lunar day a solar day, or starts a month of 29 or 30 days', () => {
    const notLast = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY - 1 }).map(fromEpochDay);
    fc.assert(
      fc.property(notLast, (d) => {
        const today = solarToLunar(d);
        const tomorrow = solarToLunar(addDays(d, 1));
        if (tomorrow.day === 1) {
          expect([29, 30]).toContain(today.day);
          const expectedMonth = tomorrow.isLeapMonth ? today.month : (today.month % 12) + 1;
          expect(tomorrow.month).toBe(expectedMonth);
          expect(tomorrow.year).toBe(
            tomorrow.month === 1 && !tomorrow.isLeapMonth ? today.year + 1 : today.year,
          );
        } else {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every lunar date that exists', () => {
    const lunar = fc.record<LunarDate>({
      day: fc.integer({ min: 1, max: 30 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 1901, max: 2198 }),
      isLeapMonth: fc.boolean(),
    });
    fc.assert(
      fc.property(lunar, (l) => {
        const d = lunarToSolar(l);
        if (d !== null) expect(solarToLunar(d)).toEqual(l);
      }),
      { numRuns: 2000 },
    );
  });
});
