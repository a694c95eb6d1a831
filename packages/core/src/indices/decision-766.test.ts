import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  SCRIPT_ASSIGNEE,
  scriptContext,
  scriptSubject,
  walkDossier,
} from '../dossier/dossier-script.ts';
import { assessTimeliness } from '../dossier/timeliness.ts';
import { localAt as at } from '../testing.ts';
import {
  addCounts766,
  type CountKey,
  type Counts766,
  defaultPoints766,
  GROUP_POINTS,
  INDICATORS_766,
  indicator766,
  rate766,
  score766,
} from './decision-766.ts';
import { dossierCounts766, sumDossierCounts766 } from './dossier-766.ts';

const byId = (counts: Counts766) => Object.fromEntries(score766(counts).map((r) => [r.id, r]));
const days5: TimeLimit = { value: 5, unit: 'working-days' };
const { counter: COUNTER, specialist: SPECIALIST, leader: LEADER } = SCRIPT_ACTORS;

describe('Decision 766 indicators, by hand', () => {
  it('scores a period as the spec computes it', () => {
    const r = byId({
      dossiersCounted: 200,
      dossiersWithinDue: 190,
      dossiersLate: 10,
      dossiersComplainedOrDissatisfied: 6,
      dossiersReceived: 200,
      dossiersOnline: 40,
      procedures: 50,
      proceduresOnline: 45,
    });
    // 2.1: 190/200 = 95 % of 20/2 = 10 points.
    expect(r['2.1']).toMatchObject({ rate: 0.95, points: 9.5, maxPoints: 10 });
    // 3.3: 20 % against the 50 % threshold: 0.2/0.5 of 22/4 = 5.5 points.
    expect(r['3.3']?.rate).toBeCloseTo(0.2);
    expect(r['3.3']?.points).toBeCloseTo(2.2);
    // 3.1: 90 % ≥ 80 %: full points.
    expect(r['3.1']?.points).toBeCloseTo(5.5);
    // 5.4: 100 % − (5 % late + 3 % complained) = 92 % ≥ 90 %: full 18/3 = 6 points.
    expect(r['5.4']?.rate).toBeCloseTo(0.92);
    expect(r['5.4']?.points).toBeCloseTo(6);
  });

  it('says "no data" (null), never 0, where a count has no source or nothing was counted', () => {
    const r = byId({ dossiersCounted: 0, dossiersWithinDue: 0 });
    for (const result of Object.values(r)) {
      expect(result.rate).toBeNull();
      expect(result.points).toBeNull();
    }
    // 5.4 needs both its rates: late alone is not enough.
    expect(byId({ dossiersCounted: 10, dossiersLate: 1 })['5.4']?.rate).toBeNull();
  });

  it('gives 5.1 no points (the spec counts it for information)', () => {
    const r = byId({ paknRegulation: 3, paknTotal: 4 });
    expect(r['5.1']).toMatchObject({ rate: 0.75, points: null, maxPoints: null });
  });

  it('splits each group’s points among its scored indicators, the groups summing to their points', () => {
    const points = defaultPoints766();
    for (const [group, total] of Object.entries(GROUP_POINTS)) {
      const sum = INDICATORS_766.filter((i) => i.group === group && !i.unscored).reduce(
        (s, i) => s + (points[i.id] ?? 0),
        0,
      );
      if (group !== 'publicity') expect(sum).toBeCloseTo(total);
    }
  });
});

const countKeys = [
  ...new Set(INDICATORS_766.flatMap((i) => [i.numerator, i.denominator, ...(i.complementOf ?? [])])),
];
const countsArb = fc
  .record(Object.fromEntries(countKeys.map((k) => [k, fc.option(fc.nat(1000), { nil: undefined })])))
  .map((c) => c as Counts766);

describe('properties of the indicators', () => {
  it('keep rates in [0, 1] and points in [0, max] for any counts', () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        for (const r of score766(counts)) {
          if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0);
          if (r.rate !== null) expect(r.rate).toBeLessThanOrEqual(1);
          if (r.points !== null) expect(r.points).toBeGreaterThanOrEqual(0);
          if (r.points !== null) expect(r.points).toBeLessThanOrEqual(r.maxPoints! + 1e-9);
        }
      }),
    );
  });

  it('never lose points when more is done well, nor gain them when more goes wrong', () => {
    fc.assert(
      fc.property(countsArb, fc.constantFrom(...INDICATORS_766), fc.nat(50), (counts, i, more) => {
        const key: CountKey = i.complementOf?.[0] ?? i.numerator;
        const before = rate766(i, counts);
        const after = rate766(i, { ...counts, [key]: (counts[key] ?? 0) + more });
        if (before === null || after === null) return;
        if (i.complementOf) expect(after).toBeLessThanOrEqual(before + 1e-12);
        else expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it('earn full points from the threshold up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS_766.filter((i) => i.fullAt && !i.complementOf)),
        fc.nat(100),
        (i, den) => {
          const d = den + 1;
          const num = Math.ceil(i.fullAt! * d);
          const [r] = score766({ [i.numerator]: num, [i.denominator]: d }).filter((x) => x.id === i.id);
          expect(r?.points).toBeCloseTo(r!.maxPoints!);
        },
      ),
    );
  });

  it('add up like sums (two agencies’ rollups are the province’s)', () => {
    fc.assert(
      fc.property(countsArb, countsArb, countsArb, (a, b, c) => {
        expect(addCounts766(addCounts766(a, b), c)).toEqual(addCounts766(a, addCounts766(b, c)));
        expect(addCounts766(a, b)).toEqual(addCounts766(b, a));
      }),
    );
  });
});

const LIMITS: TimeLimit[] = [days5, { value: 15, unit: 'working-days' }, { value: 8, unit: 'working-hours' }];
const walkArb = fc
  .record({
    moves: fc.array(
      fc.record({
        choice: fc.nat(),
        gapMinutes: fc.integer({ min: 0, max: 5 * 24 * 60 }),
        extendBy: fc.integer({ min: 1, max: 10 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    limit: fc.constantFrom(...LIMITS),
    startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 1) }),
    online: fc.boolean(),
  })
  .map(({ moves, limit, startMs, online }) => walkDossier(moves, limit, startMs, online));

describe('one dossier’s share of the counts', () => {
  const END = '2027-01-01T00:00:00+07:00';

  it('is counted once received, within due or late but not both, as timeliness judges it', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        const c = dossierCounts766(d.state, d.log, END);
        expect(c.dossiersCounted).toBe(d.state.receivedAt === undefined ? 0 : 1);
        expect(c.dossiersWithinDue + c.dossiersLate).toBe(c.dossiersCounted);
        if (c.dossiersCounted) expect(c.dossiersLate).toBe(assessTimeliness(d.state, END) === 'late' ? 1 : 0);
        if (d.state.hasRepeatedSupplement && c.dossiersCounted) expect(c.dossiersLate).toBe(1);
        expect(c.dossiersPaidOnline).toBeLessThanOrEqual(c.dossiersWithFee);
        expect(c.dossiersElectronicResult).toBeLessThanOrEqual(c.dossiersWithResult);
        expect(c.dossiersOnline).toBeLessThanOrEqual(c.dossiersReceived);
      }),
      { numRuns: 150 },
    );
  });

  it('sums to the same figures as counting the dossiers directly', () => {
    fc.assert(
      fc.property(fc.array(walkArb, { maxLength: 12 }), (dossiers) => {
        const sum = sumDossierCounts766(dossiers.map((d) => dossierCounts766(d.state, d.log, END)));
        const received = dossiers.filter((d) => d.state.receivedAt !== undefined);
        expect(sum.dossiersCounted).toBe(received.length);
        expect(sum.dossiersLate).toBe(
          received.filter((d) => assessTimeliness(d.state, END) === 'late').length,
        );
        expect(sum.dossiersOnline).toBe(received.filter((d) => d.state.channel === 'online').length);
      }),
      { numRuns: 40 },
    );
  });

  it('counts a dossier as late once a second supplement request is made, though it is within its due date', () => {
    const ctx = scriptContext(days5);
    const d = DossierScript.receive(ctx, scriptSubject(days5), at('2025-07-01 09:00'), COUNTER)
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' })
      .act(
        at('2025-07-01 14:00'),
        LEADER,
        { action: 'assign', data: { assignee: 'chuyenvien' } },
        { assignee: SCRIPT_ASSIGNEE },
      )
      .act(at('2025-07-02 09:00'), SPECIALIST, {
        action: 'request-supplement',
        reason: 'Thiếu giấy chứng sinh',
        data: { missing: [{ name: 'Giấy chứng sinh' }] },
      })
      .act(at('2025-07-02 15:00'), COUNTER, { action: 'supplement' })
      .act(at('2025-07-03 09:00'), SPECIALIST, {
        action: 'request-supplement',
        reason: 'Thiếu tờ khai',
        data: { missing: [{ name: 'Tờ khai' }], override: true },
      });
    const c = dossierCounts766(d.state, d.log, at('2025-07-03 12:00'));
    expect(c).toMatchObject({ dossiersCounted: 1, dossiersLate: 1, dossiersWithinDue: 0 });
  });

  it('does not count a dossier refused before reception, nor one received after the instant', () => {
    const portal = { ...COUNTER, role: 'citizen' };
    const refused = DossierScript.submit(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      portal,
    ).act(at('2025-07-01 10:00'), COUNTER, { action: 'refuse', reason: 'Không thuộc thẩm quyền' });
    expect(dossierCounts766(refused.state, refused.log, END).dossiersCounted).toBe(0);
    const later = DossierScript.receive(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      COUNTER,
    );
    expect(dossierCounts766(later.state, later.log, at('2025-06-30 09:00')).dossiersCounted).toBe(0);
    expect(indicator766('2.1')?.numerator).toBe('dossiersWithinDue');
  });
});
