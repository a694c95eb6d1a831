import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandShares,
  factorIndex,
  type Likert,
  overallIndex,
  SATISFACTION_BANDS,
  type SurveyFactor,
  type SurveyResponse,
  satisfactionBand,
} from './satisfaction.ts';

const ACCESS: SurveyFactor = { id: 'access', questionIds: ['a1', 'a2'] };
const STAFF: SurveyFactor = { id: 'staff', questionIds: ['s1'] };

describe('survey indices, by hand', () => {
  it('counts the share of 4s and 5s per factor and averages the factors', () => {
    const responses: SurveyResponse[] = [
      { a1: 5, a2: 4, s1: 3 },
      { a1: 2, a2: 4, s1: 5 },
      { a1: 4, s1: 4 },
    ];
    // Access: 4 satisfied of 5 answers = 80 %; staff: 2 of 3 = 66.7 %; overall (80 + 66.7) / 2 = 73.3 %.
    expect(factorIndex(ACCESS, responses)).toMatchObject({ index: 0.8, respondents: 3, answers: 5 });
    const overall = overallIndex([ACCESS, STAFF], responses);
    expect(overall.factors.staff?.index).toBeCloseTo(2 / 3);
    expect(overall.index).toBeCloseTo((0.8 + 2 / 3) / 2);
    expect(overall.ci95?.[0]).toBeLessThan(overall.index!);
  });

  it('says no data for a factor nobody answered, and leaves it out of the overall index', () => {
    const overall = overallIndex([ACCESS, STAFF], [{ a1: 5 }, { a2: 4 }]);
    expect(overall.factors.staff).toMatchObject({ index: null, respondents: 0 });
    expect(overall.index).toBe(1);
    expect(factorIndex(ACCESS, [{ a1: 5 }]).ci95).toBeNull();
  });

  it('bands agencies as Trà Vinh reports them', () => {
    expect([0.79, 0.8, 0.899, 0.9, 0.999, 1].map(satisfactionBand)).toEqual([
      'below80',
      'from80to90',
      'from80to90',
      'from90to100',
      'from90to100',
      'full100',
    ]);
    expect(bandShares([0.85, 0.95, 0.97, 1, null])).toEqual({
      below80: 0,
      from80to90: 0.25,
      from90to100: 0.5,
      full100: 0.25,
    });
    expect(bandShares([null])).toBeNull();
  });
});

const likert = fc.constantFrom<Likert>(1, 2, 3, 4, 5);
const responseArb = fc.record(
  { a1: likert, a2: likert, s1: likert },
  { requiredKeys: [] },
) as fc.Arbitrary<SurveyResponse>;
const sampleArb = fc.array(responseArb, { minLength: 0, maxLength: 60 });

describe('properties of the survey indices', () => {
  it('keep the index in [0, 1] and inside its interval', () => {
    fc.assert(
      fc.property(sampleArb, (sample) => {
        for (const est of [factorIndex(ACCESS, sample), overallIndex([ACCESS, STAFF], sample)]) {
          if (est.index === null) continue;
          expect(est.index).toBeGreaterThanOrEqual(0);
          expect(est.index).toBeLessThanOrEqual(1);
          if (est.ci95) {
            expect(est.ci95[0]).toBeLessThanOrEqual(est.index + 1e-12);
            expect(est.ci95[1]).toBeGreaterThanOrEqual(est.index - 1e-12);
          }
        }
      }),
    );
  });

  it('never fall when one more person answers "very satisfied" to everything', () => {
    fc.assert(
      fc.property(sampleArb, (sample) => {
        const before = overallIndex([ACCESS, STAFF], sample).index ?? 0;
        const after = overallIndex([ACCESS, STAFF], [...sample, { a1: 5, a2: 5, s1: 5 }]).index!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it('narrow the interval when the same answers come from twice as many people', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 3, maxLength: 30 }), (sample) => {
        const one = factorIndex(ACCESS, sample);
        const two = factorIndex(ACCESS, [...sample, ...sample]);
        if (!one.ci95 || !two.ci95) return;
        expect(two.index).toBeCloseTo(one.index!);
        expect(two.ci95[1] - two.ci95[0]).toBeLessThanOrEqual(one.ci95[1] - one.ci95[0] + 1e-12);
      }),
    );
  });

  it('put every agency in exactly one band, the shares summing to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 1 }),
        (xs) => {
          const shares = bandShares(xs);
          expect(shares === null).toBe(xs.every((x) => x === null));
          if (shares) expect(SATISFACTION_BANDS.reduce((s, b) => s + shares[b], 0)).toBeCloseTo(1);
        },
      ),
    );
  });
});
