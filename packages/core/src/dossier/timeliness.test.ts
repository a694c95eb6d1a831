import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  createWorkingCalendar,
  localDateTimeFromInstant,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  workingDaysBetween,
} from '../calendar/index.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { localAt as at } from '../testing.ts';
import { deriveState } from './derive-state.ts';
import { DossierScript, SCRIPT_ACTORS, scriptContext, scriptSubject, walkDossier } from './dossier-script.ts';
import type { DossierEntry } from './entries.ts';
import {
  assessTimeliness,
  deadlineMarks,
  dueSoon,
  isDueSoonOn,
  isOverdue,
  isOverdueOn,
  requiresApology,
} from './timeliness.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const p = (s: string) => s as PlainDate;
const { counter: COUNTER, specialist: SPECIALIST, clerical: CLERICAL, leader: LEADER } = SCRIPT_ACTORS;
const days5: TimeLimit = { value: 5, unit: 'working-days' };
const received = (limit: TimeLimit = days5) =>
  DossierScript.receive(scriptContext(limit), scriptSubject(limit), at('2025-07-01 09:00'), COUNTER).act(
    at('2025-07-01 10:00'),
    COUNTER,
    { action: 'transfer' },
  );
const finishedOn = (when: string, limit: TimeLimit = days5) =>
  received(limit).act(when, CLERICAL, { action: 'issue-result', data: { number: '1' } }).state;

describe('timeliness (Decision 766)', () => {
  it.each([
    ['2025-07-07T16:00:00+07:00', 'early'],
    ['2025-07-08T00:00:00+07:00', 'on-time'],
    ['2025-07-08T23:59:00+07:00', 'on-time'],
    ['2025-07-09T07:00:00+07:00', 'late'],
  ])('finished %s with due 8/7: %s', (when, expected) => {
    expect(assessTimeliness(finishedOn(when), '2025-12-31T00:00:00+07:00')).toBe(expected);
  });

  it('compares the instant for hour-based limits', () => {
    const hours: TimeLimit = { value: 4, unit: 'working-hours' };
    // 4 h from 09:00: 09:00–11:30 and 13:30–15:00.
    expect(finishedOn(at('2025-07-01 15:00'), hours).dueAt).toBe(at('2025-07-01 15:00'));
    expect(assessTimeliness(finishedOn(at('2025-07-01 15:00'), hours), at('2025-07-02 00:00'))).toBe(
      'on-time',
    );
    expect(assessTimeliness(finishedOn(at('2025-07-01 15:01'), hours), at('2025-07-02 00:00'))).toBe('late');
  });

  it('calls an open dossier late only once past the due date', () => {
    const { state } = received();
    expect(assessTimeliness(state, at('2025-07-08 23:00'))).toBe('not-due');
    expect(assessTimeliness(state, at('2025-07-09 00:00'))).toBe('late');
    expect(assessTimeliness(state, '2025-07-08T17:00:00Z')).toBe('late');
  });

  it('holds the clock for a waiting dossier', () => {
    const { state } = received().act(at('2025-07-07 09:00'), SPECIALIST, {
      action: 'request-supplement',
      reason: 'a',
      data: { missing: [{ name: 'x' }] },
    });
    expect(assessTimeliness(state, at('2025-08-30 00:00'))).toBe('not-due');
    expect(isOverdue(state, p('2025-08-30'))).toBe(false);
    expect(dueSoon(state, p('2025-07-07'), cal)).toBe(false);
    expect(deadlineMarks(state, cal)).toEqual({ overdueFrom: undefined, dueSoonFrom: undefined });
  });

  it('has nothing to say about a dossier never received', () => {
    const portal = { ...COUNTER, role: 'citizen' };
    const { state } = DossierScript.submit(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      portal,
    ).act(at('2025-07-01 10:00'), COUNTER, { action: 'refuse', reason: 'Không thuộc thẩm quyền' });
    expect(assessTimeliness(state, at('2026-01-01 00:00'))).toBe('not-due');
    expect(isOverdue(state, p('2026-01-01'))).toBe(false);
  });

  it.each([
    ['2025-07-03', false, false],
    ['2025-07-04', false, false],
    // Due Tuesday 8/7: over the weekend it is still two working days away; Monday it is one.
    ['2025-07-05', false, false],
    ['2025-07-06', false, false],
    ['2025-07-07', true, false],
    ['2025-07-08', true, false],
    ['2025-07-09', false, true],
  ])('on %s: due soon %s, overdue %s', (today, soon, overdue) => {
    const { state } = received();
    expect(dueSoon(state, p(today), cal)).toBe(soon);
    expect(isOverdue(state, p(today))).toBe(overdue);
    expect(requiresApology(state, p(today))).toBe(overdue);
  });

  it('needs no apology once an extension covers today, nor once processing is finished', () => {
    const { state } = received().act(at('2025-07-09 08:00'), LEADER, {
      action: 'apologize-extend',
      reason: 'r',
      data: { newDueDate: '2025-07-15' },
    });
    expect(requiresApology(state, p('2025-07-15'))).toBe(false);
    expect(requiresApology(state, p('2025-07-16'))).toBe(true);
    expect(requiresApology(finishedOn(at('2025-07-10 08:00')), p('2025-07-16'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over dossiers walked at random through what their officers are offered.

const LIMITS: TimeLimit[] = [
  { value: 0, unit: 'same-day' },
  { value: 3, unit: 'working-days' },
  { value: 15, unit: 'working-days' },
  { value: 4, unit: 'working-hours' },
  { value: 40, unit: 'working-hours' },
  { value: 10, unit: 'calendar-days' },
];

const walkArb = fc
  .record({
    moves: fc.array(
      fc.record({
        choice: fc.nat(),
        gapMinutes: fc.integer({ min: 0, max: 5 * 24 * 60 }),
        extendBy: fc.integer({ min: 1, max: 10 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    limit: fc.constantFrom(...LIMITS),
    // Anywhere in 2025–2026, the years with official schedules.
    startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 1) }),
    online: fc.boolean(),
  })
  .map(({ moves, limit, startMs, online }) => walkDossier(moves, limit, startMs, online));

const prefixes = (log: readonly DossierEntry[]) => log.map((_, i) => deriveState(log.slice(0, i + 1)));

describe('properties of a dossier’s deadlines', () => {
  it('never has a due date before the reception date, and only ever moves it later', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        let previous: PlainDate | undefined;
        for (const [i, s] of prefixes(d.log).entries()) {
          if (s.receivedAt === undefined) continue;
          const receivedDate = localDateTimeFromInstant(s.receivedAt).date;
          expect(s.dueDate! >= receivedDate).toBe(true);
          expect(s.originalDueDate! <= s.dueDate!).toBe(true);
          if (previous !== undefined) {
            expect(s.dueDate! >= previous).toBe(true);
            if (d.log[i]?.action === 'apologize-extend') expect(s.dueDate! > previous).toBe(true);
          }
          previous = s.dueDate;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves a working-day deadline by exactly the working days waited when there is no extension', () => {
    fc.assert(
      fc.property(walkArb, ({ state: s }) => {
        if (s.originalDueDate === undefined || s.extensions.length > 0 || s.dueAt !== undefined) return;
        expect(s.dueDate).toBe(addWorkingDays(cal, s.originalDueDate, s.pausedWorkingDays));
      }),
      { numRuns: 200 },
    );
  });

  it('counts a repeated supplement request as late, whenever assessed', () => {
    fc.assert(
      fc.property(
        walkArb,
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        ({ state: s }, ms) => {
          const repeated = Object.values(s.supplementRequests).some((n) => n > 1);
          expect(s.hasRepeatedSupplement).toBe(repeated);
          if (repeated) expect(assessTimeliness(s, new Date(ms).toISOString())).toBe('late');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('derives the same state from the same entries read back (a pure replay)', () => {
    fc.assert(
      fc.property(walkArb, (d) => {
        expect(deriveState(JSON.parse(JSON.stringify(d.log)) as DossierEntry[])).toEqual(d.state);
      }),
      { numRuns: 50 },
    );
  });

  it('judges overdue and due soon from the cached marks exactly as from the state, on any later day', () => {
    fc.assert(
      fc.property(walkArb, fc.integer({ min: 0, max: 60 }), (d, later) => {
        const last = localDateTimeFromInstant(d.log.at(-1)!.at).date;
        const marks = deadlineMarks(d.state, cal);
        for (let k = 0; k <= later; k += 3) {
          const today = addDays(last, k);
          expect(isOverdueOn(marks, today)).toBe(isOverdue(d.state, today));
          expect(isDueSoonOn(marks, today)).toBe(dueSoon(d.state, today, cal));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('due soon, defined once', () => {
  it('is "open, running, not overdue, and due today or the next working day"', () => {
    // Any due date and day in 2025–2026: the mark agrees with counting the working days left.
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays(p('2025-01-01'), n));
    fc.assert(
      fc.property(day, day, (dueDate, today) => {
        const state = { status: 'processing' as const, dueDate, pausedAt: undefined };
        const expected = today <= dueDate && workingDaysBetween(cal, today, dueDate) <= 1;
        expect(dueSoon(state, today, cal)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
