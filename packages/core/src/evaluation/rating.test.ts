import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { walkDossier } from '../dossier/dossier-script.ts';
import { decideRating, mayBeRated } from './rating.ts';

const days5: TimeLimit = { value: 5, unit: 'working-days' };
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
    online: fc.boolean(),
  })
  .map(({ moves, startMs, online }) => walkDossier(moves, days5, startMs, online));

describe('rating a dossier', () => {
  it('is offered only once processing has ended, so its time can always be judged', () => {
    let rated = 0;
    fc.assert(
      fc.property(walkArb, (d) => {
        if (!mayBeRated(d.state)) return;
        rated++;
        expect(d.state.processingEndedAt).toBeDefined();
        const at = '2027-01-01T00:00:00+07:00';
        const r = decideRating(d.state, d.log, { satisfaction: 'satisfied', comment: '  ' }, 'online', at);
        expect(r.scores[0]?.points).not.toBeNull();
        expect(r.comment).toBeUndefined();
        // The officer who handed over the result is one of those credited.
        if (r.returnedBy) expect(r.officers.map((o) => o.id)).toContain(r.returnedBy.id);
      }),
      { numRuns: 300 },
    );
    // The walks reach ends often enough for the property to have been tried.
    expect(rated).toBeGreaterThan(10);
  });
});
