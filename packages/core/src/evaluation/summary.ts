/**
 * Ratings summed per officer and per agency for a period (Decree 61 Art. 32: results count toward each
 * officer's and agency's appraisal): how many, the share at each level, and each indicator's mean points
 * where it was scored. Each rating counts once for every officer and agency its log named.
 */
import type { IndicatorNumber, RatingLevel } from './nine-indicators.ts';
import { RATING_LEVELS } from './nine-indicators.ts';

export interface RatingRecord {
  satisfaction: RatingLevel;
  scores: readonly { n: number; points: number | null }[];
  officers: readonly { id: string; name: string; agencyCode: string }[];
  agencies: readonly string[];
}

export interface RatingSummary {
  n: number;
  levels: Record<RatingLevel, number>;
  /** The share rating "satisfied" or "very satisfied"; null without ratings. */
  satisfiedShare: number | null;
  /** Mean points per indicator 1–9; null where no rating scored it. */
  indicators: Record<IndicatorNumber, number | null>;
}

const emptyTally = () => ({
  n: 0,
  levels: Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as Record<RatingLevel, number>,
  sums: new Map<number, { total: number; count: number }>(),
});
type Tally = ReturnType<typeof emptyTally>;

const add = (t: Tally, r: RatingRecord) => {
  t.n++;
  t.levels[r.satisfaction]++;
  for (const s of r.scores) {
    if (s.points === null) continue;
    const sum = t.sums.get(s.n) ?? { total: 0, count: 0 };
    sum.total += s.points;
    sum.count++;
    t.sums.set(s.n, sum);
  }
};

const finish = (t: Tally): RatingSummary => {
  const indicators = {} as Record<IndicatorNumber, number | null>;
  for (let n = 1; n <= 9; n++) {
    const sum = t.sums.get(n);
    indicators[n as IndicatorNumber] = sum ? sum.total / sum.count : null;
  }
  return {
    n: t.n,
    levels: t.levels,
    satisfiedShare: t.n === 0 ? null : (t.levels.satisfied + t.levels['very-satisfied']) / t.n,
    indicators,
  };
};

export const summariseRatings = (
  records: readonly RatingRecord[],
): {
  officers: ({ id: string; name: string; agencyCode: string } & RatingSummary)[];
  agencies: ({ agencyCode: string } & RatingSummary)[];
} => {
  const officers = new Map<string, { who: { id: string; name: string; agencyCode: string }; t: Tally }>();
  const agencies = new Map<string, Tally>();
  for (const r of records) {
    for (const o of new Map(r.officers.map((x) => [x.id, x])).values()) {
      const entry = officers.get(o.id) ?? { who: o, t: emptyTally() };
      add(entry.t, r);
      officers.set(o.id, entry);
    }
    for (const a of new Set(r.agencies)) {
      const t = agencies.get(a) ?? emptyTally();
      add(t, r);
      agencies.set(a, t);
    }
  }
  return {
    officers: [...officers.values()].map(({ who, t }) => ({ ...who, ...finish(t) })),
    agencies: [...agencies].map(([agencyCode, t]) => ({ agencyCode, ...finish(t) })),
  };
};
