import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../calendar/index.ts';
import { changeInForceOn, inForceOn, type RuleChange, ruleChangeErrors } from './in-force.ts';

const day = (d: string) => d as PlainDate;
const changes: RuleChange<number>[] = [
  { effectiveFrom: day('2026-07-01'), value: 30, basis: 'Luật số 136/2025/QH15' },
  { effectiveFrom: day('2027-01-01'), value: 20, basis: 'Luật giả định' },
];

describe('the version of a rule in force on a day', () => {
  it('is the base before any change, and each change from its own date', () => {
    expect(inForceOn(45, changes, day('2026-06-30'))).toBe(45);
    expect(inForceOn(45, changes, day('2026-07-01'))).toBe(30);
    expect(inForceOn(45, changes, day('2026-12-31'))).toBe(30);
    expect(inForceOn(45, changes, day('2027-01-01'))).toBe(20);
    expect(changeInForceOn(changes, day('2026-08-01'))?.basis).toBe('Luật số 136/2025/QH15');
    expect(changeInForceOn(changes, day('2026-01-01'))).toBeUndefined();
  });

  it('never changes what was in force on an earlier day when a later change is added', () => {
    const date = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(day('2024-01-01'), n));
    fc.assert(
      fc.property(fc.uniqueArray(date, { maxLength: 6 }), date, date, (dates, later, asked) => {
        const sorted = [...dates].sort();
        const list = sorted.map((d, i) => ({ effectiveFrom: d, value: i + 1, basis: 'x' }));
        const withLater = [...list, { effectiveFrom: later, value: 99, basis: 'y' }].sort((a, b) =>
          a.effectiveFrom < b.effectiveFrom ? -1 : 1,
        );
        if (asked < later && !sorted.includes(later)) {
          expect(inForceOn(0, withLater, asked)).toBe(inForceOn(0, list, asked));
        }
        // The version in force on a day is one that had taken effect by then.
        const v = changeInForceOn(list, asked);
        if (v) expect(v.effectiveFrom <= asked).toBe(true);
      }),
    );
  });

  it('refuses changes out of order, twice on a date, or without their law', () => {
    const bad: RuleChange<number>[] = [
      { effectiveFrom: day('2027-01-01'), value: 1, basis: 'a' },
      { effectiveFrom: day('2027-01-01'), value: 2, basis: ' ' },
    ];
    expect(ruleChangeErrors(bad, 'limitChanges').map((e) => e.path)).toEqual([
      'limitChanges[1].effectiveFrom',
      'limitChanges[1].basis',
    ]);
    expect(ruleChangeErrors(changes, 'limitChanges')).toEqual([]);
  });
});
