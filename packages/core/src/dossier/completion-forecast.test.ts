import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar, OFFICIAL_SCHEDULES, type PlainDate } from '../calendar/index.ts';
import {
  type DurationSummary,
  FORECAST_MIN_SAMPLES,
  forecastCompletion,
  quantile,
  summariseDurations,
  visitWorkingDays,
} from './completion-forecast.ts';
import { countdown } from './countdown.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const p = (s: string) => s as PlainDate;
const durationsArb = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 200 });

describe('duration statistics', () => {
  it('median and quantiles as PERCENTILE.INC computes them', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([3], 0.9)).toBe(3);
    expect(summariseDurations([5, 1, 3, 2, 4, 6, 7, 8, 9, 10])).toEqual({
      samples: 10,
      median: 5.5,
      low: 1.9,
      high: 9.1,
    });
    expect(summariseDurations([])).toBeUndefined();
  });

  it('property: the band holds the median, every value lies within min..max, order does not matter', () => {
    fc.assert(
      fc.property(durationsArb, (xs) => {
        const s = summariseDurations(xs) as DurationSummary;
        expect(s.low).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.high);
        expect(s.low).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(s.high).toBeLessThanOrEqual(Math.max(...xs));
        expect(summariseDurations([...xs].reverse())).toEqual(s);
      }),
    );
  });

  it('property: at least half the values are ≤ the median and at least half ≥; about 80 % inside the band', () => {
    fc.assert(
      fc.property(durationsArb, (xs) => {
        const s = summariseDurations(xs) as DurationSummary;
        expect(xs.filter((x) => x <= s.median).length * 2).toBeGreaterThanOrEqual(xs.length);
        expect(xs.filter((x) => x >= s.median).length * 2).toBeGreaterThanOrEqual(xs.length);
        // Type-7 quantiles: at least 80 % of the values minus the two interpolated ends.
        const inside = xs.filter((x) => x >= s.low && x <= s.high).length;
        expect(inside).toBeGreaterThanOrEqual(Math.floor(0.8 * (xs.length - 1)) - 1);
      }),
    );
  });

  it('takes the waits for the applicant out of a step’s duration', () => {
    const visit = {
      stepIndex: 1,
      stepKey: 'xu-ly',
      startedAt: '2025-07-01T10:00:00+07:00',
      endedAt: '2025-07-08T10:00:00+07:00',
      givenBy: 'A',
      dueAt: '2025-07-08T17:00:00+07:00',
      pausedWorkingDays: 2,
    };
    expect(visitWorkingDays(visit, cal)).toBe(3);
    expect(visitWorkingDays({ ...visit, endedAt: undefined }, cal)).toBeUndefined();
  });
});

describe('completion forecast', () => {
  const enough = (median: number, low = median, high = median): DurationSummary => ({
    samples: FORECAST_MIN_SAMPLES,
    median,
    low,
    high,
  });

  it('counts the remaining steps in working days from today, the current one less its time so far', () => {
    // Friday 11/7/2025: 2 − 1 left of the current step + 3 = 4 working days → Thursday 17/7; the band
    // 0 + 2 → Tuesday 15/7 and 4 + 6 → Friday 25/7.
    const f = forecastCompletion([enough(2, 1, 5), enough(3, 2, 6)], 1, p('2025-07-11'), cal);
    expect(f).toEqual({
      kind: 'forecast',
      date: '2025-07-17',
      earliest: '2025-07-15',
      latest: '2025-07-25',
      samples: 20,
    });
  });

  it('says there is not enough data when a step has too few durations', () => {
    const few = { ...enough(2), samples: FORECAST_MIN_SAMPLES - 1 };
    expect(forecastCompletion([enough(2), few], 0, p('2025-07-11'), cal)).toEqual({
      kind: 'insufficient',
      needed: FORECAST_MIN_SAMPLES,
    });
    expect(forecastCompletion([enough(2), undefined], 0, p('2025-07-11'), cal).kind).toBe('insufficient');
  });

  it('property: earliest ≤ date ≤ latest, all working days on or after today', () => {
    const summaryArb = durationsArb.map((xs) => ({
      ...(summariseDurations(xs) as DurationSummary),
      samples: 25,
    }));
    fc.assert(
      fc.property(
        fc.array(summaryArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 700 }).map((n) => addDays(p('2025-01-01'), n)),
        (steps, elapsed, today) => {
          const f = forecastCompletion(steps, elapsed, today, cal);
          if (f.kind !== 'forecast') throw new Error('expected a forecast');
          expect(f.earliest <= f.date && f.date <= f.latest).toBe(true);
          expect(f.earliest >= today).toBe(true);
          for (const d of [f.earliest, f.date, f.latest]) expect(cal.isWorkingDay(d)).toBe(true);
        },
      ),
    );
  });
});

describe('countdown in working days', () => {
  const open = (dueDate: string, pausedAt?: string) => ({
    status: 'processing' as const,
    dueDate: p(dueDate),
    pausedAt,
  });

  it.each([
    ['2025-07-09', '2025-07-14', { kind: 'remaining', workingDays: 3 }],
    ['2025-07-11', '2025-07-14', { kind: 'remaining', workingDays: 1 }],
    ['2025-07-14', '2025-07-14', { kind: 'due-today', workingDays: 0 }],
    ['2025-07-16', '2025-07-14', { kind: 'overdue', workingDays: 2 }],
    ['2025-07-12', '2025-07-11', { kind: 'overdue', workingDays: 0 }],
  ])('on %s, due %s: %o', (today, due, expected) => {
    expect(countdown(open(due), p(today), cal)).toEqual(expected);
  });

  it('stands still while waiting for the applicant, and counts nothing for an ended dossier', () => {
    expect(countdown(open('2025-07-14', '2025-07-10T09:00:00+07:00'), p('2025-07-20'), cal)).toEqual({
      kind: 'paused',
      workingDays: 0,
    });
    expect(countdown({ status: 'finished', dueDate: p('2025-07-14') }, p('2025-07-10'), cal)).toBeUndefined();
  });

  it('property: remaining n working days today is n − 1 tomorrow (a working day), never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }).map((n) => addDays(p('2025-01-01'), n)),
        fc.integer({ min: 0, max: 40 }),
        (today, ahead) => {
          const due = addDays(today, ahead);
          const c = countdown(open(due), today, cal);
          expect(c?.workingDays).toBeGreaterThanOrEqual(0);
          const tomorrow = addDays(today, 1);
          if (c?.kind === 'remaining' && cal.isWorkingDay(tomorrow)) {
            const next = countdown(open(due), tomorrow, cal);
            expect(next?.kind === 'remaining' ? next.workingDays : 0).toBe(c.workingDays - 1);
          }
        },
      ),
    );
  });
});
