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
import { localAt as at } from '../testing.ts';
import { factLevels, handlersOf, NINE_INDICATORS, scoreNine } from './nine-indicators.ts';

const days5: TimeLimit = { value: 5, unit: 'working-days' };
const { counter: COUNTER, clerical: CLERICAL, leader: LEADER, specialist: SPECIALIST } = SCRIPT_ACTORS;
const finishedOn = (when: string) =>
  DossierScript.receive(scriptContext(days5), scriptSubject(days5), at('2025-07-01 09:00'), COUNTER)
    .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' })
    .act(when, CLERICAL, { action: 'issue-result', data: { number: '1' } });

describe('the nine indicators of one dossier, by hand', () => {
  it('scores an early dossier from its log and the citizen’s opinions from the rating', () => {
    // Due 8/7 (5 working days from 1/7); finished on 4/7: early overall. But the agency's assignment step had
    // 3 working hours and the dossier sat there three days: indicator 2 (each agency's time) scores 0.
    const d = finishedOn(at('2025-07-04 10:00'));
    const scores = scoreNine(d.state, d.log, { 7: 'very-satisfied', 5: 'satisfied' }, at('2025-07-05 00:00'));
    const points = Object.fromEntries(scores.map((s) => [s.n, s.points]));
    expect(points).toEqual({ 1: 2, 2: 0, 3: 2, 4: 2, 5: 1, 6: null, 7: 2, 8: null, 9: null });
  });

  it('gives each agency’s time 1 point when every step ended in time (2 only when every one ended a day early)', () => {
    const d = DossierScript.receive(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      COUNTER,
    )
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' })
      .act(
        at('2025-07-01 11:00'),
        LEADER,
        { action: 'assign', data: { assignee: 'chuyenvien' } },
        { assignee: SCRIPT_ASSIGNEE },
      )
      .act(at('2025-07-02 09:00'), SPECIALIST, { action: 'submit-for-approval' })
      .act(at('2025-07-02 10:00'), LEADER, { action: 'approve' })
      .act(at('2025-07-02 11:00'), CLERICAL, { action: 'issue-result', data: { number: '1' } });
    expect(factLevels(d.state, d.log, at('2025-07-03 00:00'))).toEqual({
      1: 'good',
      2: 'fair',
      3: 'good',
      4: 'good',
    });
  });

  it('gives a late dossier 0 for time, and a configured scale its own points', () => {
    const d = finishedOn(at('2025-07-09 10:00'));
    const scale = { good: 10, fair: 5, bad: 1 };
    const [one, , three] = scoreNine(d.state, d.log, {}, at('2025-07-10 00:00'), scale);
    expect(one).toEqual({ n: 1, level: 'bad', points: 1 });
    expect(three).toEqual({ n: 3, level: 'good', points: 10 });
  });

  it('cannot judge the time of a dossier still running', () => {
    const d = DossierScript.receive(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      COUNTER,
    );
    expect(factLevels(d.state, d.log, at('2025-07-02 09:00'))).toMatchObject({ 1: null, 2: null });
  });
});

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
    startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 1) }),
    online: fc.boolean(),
  })
  .map(({ moves, startMs, online }) => walkDossier(moves, days5, startMs, online));

describe('properties of the nine indicators', () => {
  const END = '2027-01-01T00:00:00+07:00';
  it('score every fact within the scale, judging time only once processing ended', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        const scores = scoreNine(d.state, d.log, {}, END);
        expect(scores.map((s) => s.n)).toEqual(NINE_INDICATORS.map((i) => i.n));
        for (const s of scores) if (s.points !== null) expect([0, 1, 2]).toContain(s.points);
        expect(scores[0]?.level === null).toBe(d.state.processingEndedAt === undefined);
        const requests =
          d.state.receptionSupplementRequests +
          Object.values(d.state.supplementRequests).reduce((a, b) => a + b, 0);
        expect(scores[2]?.level === 'bad').toBe(requests >= 2);
        // Opinions come only from a rating.
        for (const s of scores.slice(4)) expect(s.points).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('credit every officer who acted on the dossier, and never the citizen', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        const { officers, agencies } = handlersOf(d.log);
        const ids = new Set(d.log.filter((e) => e.actor.role !== 'citizen').map((e) => e.actor.id));
        expect(new Set(officers.map((o) => o.id))).toEqual(ids);
        for (const o of officers) expect(agencies).toContain(o.agencyCode);
      }),
      { numRuns: 100 },
    );
  });
});
