import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  scriptContext,
  scriptSubject,
  walkDossier,
} from '../dossier/dossier-script.ts';
import { localAt as at } from '../testing.ts';
import { accountsForManyApplicants, DEFAULT_THRESHOLDS, dossierFlags, ratingBursts } from './integrity.ts';

const days5: TimeLimit = { value: 5, unit: 'working-days' };
const { counter: COUNTER, clerical: CLERICAL } = SCRIPT_ACTORS;
const finishedAfter = (when: string) =>
  DossierScript.receive(scriptContext(days5), scriptSubject(days5), at('2025-07-01 09:00'), COUNTER)
    .act(at('2025-07-01 09:10'), COUNTER, { action: 'transfer' })
    .act(when, CLERICAL, { action: 'issue-result', data: { number: '1' } });

describe('integrity flags, by hand', () => {
  it('flags a five-day dossier finished in half an hour, not one finished the next day', () => {
    // 2 % of 5 × 8 h = 48 minutes.
    const fast = finishedAfter(at('2025-07-01 09:30'));
    expect(dossierFlags(fast.state, fast.log).map((f) => f.kind)).toEqual(['finished-too-fast']);
    const normal = finishedAfter(at('2025-07-02 09:30'));
    expect(dossierFlags(normal.state, normal.log)).toEqual([]);
  });

  it('finds an account submitting for many people, and a burst of ratings from one tablet', () => {
    const subs = Array.from({ length: 6 }, (_, i) => ({ account: 'A', applicant: `P${i}`, code: `C${i}` }));
    subs.push({ account: 'B', applicant: 'Q', code: 'D1' }, { account: 'B', applicant: 'Q', code: 'D2' });
    expect(accountsForManyApplicants(subs)).toEqual([
      { account: 'A', applicants: 6, codes: ['C0', 'C1', 'C2', 'C3', 'C4', 'C5'] },
    ]);
    const minute = (m: number) => new Date(Date.UTC(2026, 0, 5, 2, m)).toISOString();
    const ratings = [0, 1, 2, 3, 4].map((m) => ({ source: 'kiosk-1', at: minute(m), code: `K${m}` }));
    ratings.push({ source: 'kiosk-2', at: minute(0), code: 'X' });
    expect(ratingBursts(ratings)).toEqual([
      { source: 'kiosk-1', from: minute(0), to: minute(4), codes: ['K0', 'K1', 'K2', 'K3', 'K4'] },
    ]);
  });
});

const walkArb = fc
  .record({
    moves: fc.array(
      fc.record({
        choice: fc.nat(),
        gapMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
        extendBy: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 1) }),
  })
  .map(({ moves, startMs }) => walkDossier(moves, days5, startMs));

describe('properties of the integrity flags', () => {
  it('flag every dossier whose second supplement request was confirmed as a breach', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        const kinds = dossierFlags(d.state, d.log).map((f) => f.kind);
        if (d.state.hasRepeatedSupplement) expect(kinds).toContain('clock-stopped-repeatedly');
        if (d.state.extensions.some((x) => x.late)) expect(kinds).toContain('extended-at-the-last-moment');
        if (d.state.finishedAt === undefined) expect(kinds).not.toContain('finished-too-fast');
      }),
      { numRuns: 150 },
    );
  });

  it('report only bursts that are bursts, and never one rating twice', () => {
    const ratingArb = fc.array(
      fc.record({
        source: fc.constantFrom('a', 'b'),
        at: fc.integer({ min: 0, max: 120 }).map((m) => new Date(Date.UTC(2026, 0, 5, 0, m)).toISOString()),
        code: fc.uuid(),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(ratingArb, (ratings) => {
        const bursts = ratingBursts(ratings);
        const seen = new Set<string>();
        for (const b of bursts) {
          expect(b.codes.length).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.burstCount);
          expect(Date.parse(b.to) - Date.parse(b.from)).toBeLessThanOrEqual(
            DEFAULT_THRESHOLDS.burstMinutes * 60_000,
          );
          for (const c of b.codes) {
            expect(seen.has(c)).toBe(false);
            seen.add(c);
          }
        }
        // Five ratings from one source within the window are always found.
        const five = Array.from({ length: 5 }, (_, i) => ({
          source: 'z',
          at: new Date(Date.UTC(2026, 0, 6, 0, i)).toISOString(),
          code: `z${i}`,
        }));
        expect(ratingBursts([...ratings, ...five]).some((b) => b.source === 'z')).toBe(true);
      }),
    );
  });
});
