/** Properties of day swaps: a swap-work Saturday is counted, a swap-off weekday is not, and a whole swap cancels out. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDay, type DaySource, defaultYearSchedule, type YearSchedule } from './holidays.ts';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import {
  addDays,
  dayOfWeek,
  fromEpochDay,
  isWeekend,
  type PlainDate,
  plainDate,
  toEpochDay,
} from './plain-date.ts';
import { addWorkingDays, createWorkingCalendar, workingDaysBetween } from './working-days.ts';

const LETTER: DaySource = { basis: 'decision', reference: 'Công văn thử', referenceEn: 'Test letter' };
const base = createWorkingCalendar(OFFICIAL_SCHEDULES);

interface Swap {
  year: number;
  /** The weekday given off. */
  off: PlainDate;
  /** The Saturday worked instead. */
  work: PlainDate;
}

/** A swap in a year without a decided schedule, on days the law-derived schedule leaves ordinary. */
const swapArb: fc.Arbitrary<Swap> = fc
  .tuple(
    fc.integer({ min: 2027, max: 2030 }),
    fc.integer({ min: 0, max: 364 }),
    fc.integer({ min: 0, max: 51 }),
  )
  .map(([year, offIndex, week]) => {
    const listed = new Set(defaultYearSchedule(year).days.map((d) => d.date));
    const jan1 = toEpochDay(plainDate(year, 1, 1));
    const length = toEpochDay(plainDate(year + 1, 1, 1)) - jan1;
    const ordinary = (d: PlainDate) => !listed.has(d);
    let off = fromEpochDay(jan1 + offIndex);
    for (let i = 1; isWeekend(off) || !ordinary(off); i++)
      off = fromEpochDay(jan1 + ((offIndex + i) % length));
    const saturdays = Array.from({ length: 52 }, (_, k) =>
      fromEpochDay(jan1 + ((6 - dayOfWeek(plainDate(year, 1, 1)) + 7) % 7) + 7 * k),
    );
    let work = saturdays[week] as PlainDate;
    for (let i = 1; !ordinary(work); i++) work = saturdays[(week + i) % 52] as PlainDate;
    return { year, off, work };
  });

const withSwap = ({ year, off, work }: Swap) => {
  const s = defaultYearSchedule(year);
  const days: CalendarDay[] = [
    ...s.days,
    { date: off, name: 'Hoán đổi ngày nghỉ', nameEn: 'Swapped day off', kind: 'swap-off', source: LETTER },
    { date: work, name: 'Làm bù', nameEn: 'Make-up working day', kind: 'swap-work', source: LETTER },
  ];
  const schedule: YearSchedule = { ...s, days };
  return createWorkingCalendar([...OFFICIAL_SCHEDULES, schedule]);
};

const inYear = (year: number) =>
  fc
    .integer({ min: toEpochDay(plainDate(year - 1, 12, 1)), max: toEpochDay(plainDate(year, 12, 31)) })
    .map(fromEpochDay);
const RUNS = { numRuns: 200 };
const inside = (a: PlainDate, x: PlainDate, b: PlainDate) => (a < x && x <= b ? 1 : 0);

describe('day swaps in working-day counting', () => {
  it('makes the swap-work Saturday a working day and the swap-off weekday a day off, nothing else', () => {
    fc.assert(
      fc.property(swapArb, fc.integer({ min: -40, max: 40 }), (swap, k) => {
        const cal = withSwap(swap);
        expect(cal.isWorkingDay(swap.work)).toBe(true);
        expect(cal.isWorkingDay(swap.off)).toBe(false);
        const other = addDays(swap.off, k);
        if (other !== swap.off && other !== swap.work) {
          expect(cal.isWorkingDay(other)).toBe(base.isWorkingDay(other));
        }
      }),
      RUNS,
    );
  });

  it('counts one more working day for the Saturday and one fewer for the weekday inside (a, b]', () => {
    fc.assert(
      fc.property(
        swapArb.chain((swap) => fc.tuple(fc.constant(swap), inYear(swap.year), inYear(swap.year))),
        ([swap, a, b]) => {
          const cal = withSwap(swap);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(workingDaysBetween(cal, lo, hi)).toBe(
            workingDaysBetween(base, lo, hi) + inside(lo, swap.work, hi) - inside(lo, swap.off, hi),
          );
        },
      ),
      RUNS,
    );
  });

  it('moves a deadline: earlier across the Saturday alone, later across the weekday alone, unchanged across both', () => {
    fc.assert(
      fc.property(
        swapArb.chain((swap) =>
          fc.tuple(fc.constant(swap), inYear(swap.year), fc.integer({ min: 1, max: 40 })),
        ),
        ([swap, from, n]) => {
          const cal = withSwap(swap);
          const before = addWorkingDays(base, from, n);
          const after = addWorkingDays(cal, from, n);
          expect(after).not.toBe(swap.off);
          const work = inside(from, swap.work, before);
          const off = inside(from, swap.off, before);
          // Both inside: unchanged, unless the old deadline was the very weekday now given off.
          if (work === 1 && off === 1)
            expect(after === before || (before === swap.off && after < before)).toBe(true);
          if (work === 1 && off === 0) expect(after < before).toBe(true);
          if (work === 0 && off === 1) expect(after > before).toBe(true);
          if (work === 0 && off === 0) expect(after).toBe(before);
          expect(workingDaysBetween(cal, from, after)).toBe(n);
        },
      ),
      RUNS,
    );
  });
});
