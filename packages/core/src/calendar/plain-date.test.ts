import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePlainDate,
  dayOfWeek,
  daysBetween,
  epochMsFromLocalDateTime,
  formatTime,
  fromEpochDay,
  instantFromLocalDateTime,
  isPlainDate,
  isWeekend,
  localDateTimeFromInstant,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  type PlainDate,
  parsePlainDate,
  parseTime,
  plainDate,
  toEpochDay,
  toParts,
} from './plain-date.ts';

const MS_PER_DAY = 86_400_000;
const anyEpochDay = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY });

describe('parsePlainDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '1900-01-01', '2199-12-31', '2025-12-31'])(
    'accepts %s',
    (s) => {
      expect(parsePlainDate(s)).toBe(s);
      expect(isPlainDate(s)).toBe(true);
    },
  );

  it.each([
    '2025-02-30',
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2025-2-3',
    '2025-02-3',
    '25-02-03',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-04-31',
    '1899-12-31',
    '2200-01-01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '2025/01/01',
    '',
  ])('rejects %s', (s) => {
    expect(parsePlainDate(s)).toBeNull();
    expect(isPlainDate(s)).toBe(false);
  });

  it('rejects non-strings in the type guard', () => {
    expect(isPlainDate(20250101)).toBe(false);
    expect(isPlainDate(null)).toBe(false);
  });
});

describe('plainDate', () => {
  it('builds zero-padded dates', () => {
    expect(plainDate(2025, 2, 3)).toBe('2025-02-03');
    expect(toParts(plainDate(2025, 2, 3))).toEqual({ year: 2025, month: 2, day: 3 });
  });

  it.each([
    [2025, 2, 29],
    [2025, 0, 1],
    [2025, 1, 32],
    [1899, 12, 31],
    [2200, 1, 1],
    [2025.5, 1, 1],
  ])('throws RangeError for %i-%i-%i', (y, m, d) => {
    expect(() => plainDate(y, m, d)).toThrow(RangeError);
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-01-01', 20089],
    ['1900-01-01', -25567],
  ])('%s is day %i', (s, n) => {
    expect(toEpochDay(s as PlainDate)).toBe(n);
    expect(fromEpochDay(n)).toBe(s);
  });

  it('throws outside the supported years', () => {
    expect(() => fromEpochDay(MIN_EPOCH_DAY - 1)).toThrow(RangeError);
    expect(() => fromEpochDay(MAX_EPOCH_DAY + 1)).toThrow(RangeError);
    expect(() => fromEpochDay(1.5)).toThrow(RangeError);
  });

  it('agrees with the UTC calendar of Date for every supported day', () => {
    fc.assert(
      fc.property(anyEpochDay, (n) => {
        const d = fromEpochDay(n);
        const utc = new Date(n * MS_PER_DAY);
        expect(d).toBe(utc.toISOString().slice(0, 10));
        expect(dayOfWeek(d)).toBe(utc.getUTCDay());
        expect(toEpochDay(d)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds and subtracts days consistently', () => {
    fc.assert(
      fc.property(anyEpochDay, fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        fc.pre(n + k >= MIN_EPOCH_DAY && n + k <= MAX_EPOCH_DAY);
        const d = fromEpochDay(n);
        const e = addDays(d, k);
        expect(daysBetween(d, e)).toBe(k);
        expect(addDays(e, -k)).toBe(d);
        expect(comparePlainDate(e, d)).toBe(Math.sign(k));
        expect(comparePlainDate(d, e)).toBe(-Math.sign(k) || 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('days of the week', () => {
  it.each([
    ['1970-01-01', 4, false], // Thursday
    ['2025-01-25', 6, true], // Saturday
    ['2025-01-26', 0, true], // Sunday
    ['2025-01-27', 1, false], // Monday
    ['2026-04-26', 0, true], // Hùng Kings 2026, a Sunday
  ])('%s is day %i', (s, w, weekend) => {
    expect(dayOfWeek(s as PlainDate)).toBe(w);
    expect(isWeekend(s as PlainDate)).toBe(weekend);
  });
});

describe('times', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['15:00', 900],
    ['23:59', 1439],
  ])('parses %s', (s, m) => {
    expect(parseTime(s)).toBe(m);
    expect(formatTime(m)).toBe(s);
  });

  it.each(['24:00', '7:30', '07:60', '07:30:00', '', 'noon'])('rejects %s', (s) => {
    expect(parseTime(s)).toBeNull();
  });
});

describe('Vietnam wall-clock time (fixed UTC+7)', () => {
  it.each([
    ['2025-01-01T17:30:00Z', '2025-01-02', 30],
    ['2025-01-01T16:59:59.999Z', '2025-01-01', 1439 + 59.999 / 60],
    ['2025-01-02T08:00:00+07:00', '2025-01-02', 480],
    ['2025-01-02T03:00:00+02:00', '2025-01-02', 480],
    ['2025-01-01T20:00:00-05:00', '2025-01-02', 480],
    ['2024-12-31T23:59+07:00', '2024-12-31', 1439],
  ])('%s is %s at minute %d', (iso, date, minutes) => {
    const ldt = localDateTimeFromInstant(iso);
    expect(ldt.date).toBe(date);
    expect(ldt.minutes).toBeCloseTo(minutes, 9);
  });

  it('accepts epoch milliseconds', () => {
    expect(localDateTimeFromInstant(0)).toEqual({ date: '1970-01-01', minutes: 420 });
  });

  it.each([
    '2025-01-02T08:00:00',
    '2025-01-02 08:00:00Z',
    '2025-02-30T08:00:00Z',
    '2025-01-02T24:00:00Z',
    'x',
  ])('rejects %s (an instant needs a valid date, time and offset)', (iso) => {
    expect(() => localDateTimeFromInstant(iso)).toThrow(RangeError);
  });

  it('formats with +07:00', () => {
    expect(instantFromLocalDateTime({ date: plainDate(2025, 1, 2), minutes: 900 })).toBe(
      '2025-01-02T15:00:00+07:00',
    );
    expect(instantFromLocalDateTime({ date: plainDate(2025, 1, 2), minutes: 900.5 })).toBe(
      '2025-01-02T15:00:30+07:00',
    );
    expect(() => instantFromLocalDateTime({ date: plainDate(2025, 1, 2), minutes: 1440 })).toThrow(
      RangeError,
    );
  });

  it('round-trips instants to the millisecond, whatever the process time zone', () => {
    const ms = fc.integer({ min: (MIN_EPOCH_DAY + 1) * MS_PER_DAY, max: MAX_EPOCH_DAY * MS_PER_DAY });
    fc.assert(
      fc.property(ms, (t) => {
        const ldt = localDateTimeFromInstant(t);
        expect(epochMsFromLocalDateTime(ldt)).toBe(t);
        const iso = instantFromLocalDateTime(ldt);
        expect(iso.endsWith('+07:00')).toBe(true);
        // Date.parse of a string with an explicit offset does not depend on TZ.
        expect(Date.parse(iso)).toBe(t);
        expect(localDateTimeFromInstant(iso)).toEqual(ldt);
        expect(ldt.date).toBe(new Date(t + 7 * 3_600_000).toISOString().slice(0, 10));
      }),
      { numRuns: 1000 },
    );
  });
});
