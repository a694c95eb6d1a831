import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATING_LEVELS } from './nine-indicators.ts';
import { type RatingRecord, summariseRatings } from './summary.ts';

const A = { id: 'a', name: 'Cán bộ A', agencyCode: 'xa' };
const B = { id: 'b', name: 'Cán bộ B', agencyCode: 'xa' };
const score = (points: (number | null)[]) => points.map((p, i) => ({ n: i + 1, points: p }));

describe('ratings per officer and agency', () => {
  it('counts each rating for every officer and agency it names, by hand', () => {
    const records: RatingRecord[] = [
      {
        satisfaction: 'very-satisfied',
        scores: score([2, 2, 2, 2, null, null, 2]),
        officers: [A, B],
        agencies: ['xa'],
      },
      {
        satisfaction: 'dissatisfied',
        scores: score([0, 0, 1, 2, null, null, 0]),
        officers: [A],
        agencies: ['xa'],
      },
    ];
    const { officers, agencies } = summariseRatings(records);
    const a = officers.find((o) => o.id === 'a');
    expect(a).toMatchObject({ n: 2, satisfiedShare: 0.5 });
    expect(a?.indicators).toMatchObject({ 1: 1, 3: 1.5, 5: null, 7: 1, 9: null });
    expect(officers.find((o) => o.id === 'b')).toMatchObject({ n: 1, satisfiedShare: 1 });
    expect(agencies).toEqual([expect.objectContaining({ agencyCode: 'xa', n: 2 })]);
  });

  it('keeps every count and mean within bounds, the levels summing to n', () => {
    const recordArb = fc.record({
      satisfaction: fc.constantFrom(...RATING_LEVELS),
      scores: fc
        .array(fc.option(fc.constantFrom(0, 1, 2), { nil: null }), { minLength: 9, maxLength: 9 })
        .map(score),
      officers: fc.subarray([A, B]),
      agencies: fc.subarray(['xa', 'tinh']),
    });
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), (records) => {
        const { officers, agencies } = summariseRatings(records);
        for (const s of [...officers, ...agencies]) {
          expect(RATING_LEVELS.reduce((sum, l) => sum + s.levels[l], 0)).toBe(s.n);
          for (const v of Object.values(s.indicators)) if (v !== null) expect(v >= 0 && v <= 2).toBe(true);
        }
        for (const o of officers)
          expect(o.n).toBe(records.filter((r) => r.officers.some((x) => x.id === o.id)).length);
      }),
    );
  });
});
