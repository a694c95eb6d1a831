import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCitizenAction, CITIZEN_ONLINE_ACTIONS, citizenActions } from './citizen-actions.ts';
import { draftExpiry, draftFileRefusal, MAX_DRAFT_BYTES, MAX_FILES_PER_COMPONENT } from './online-draft.ts';
import { STATUS_KEYS } from './statuses.ts';
import { TRANSITIONS } from './transitions.ts';

describe("the applicant's own actions", () => {
  it('are the transition table’s, in every status: the supplement only while one is asked, withdrawal while open', () => {
    for (const status of STATUS_KEYS) {
      const allowed = citizenActions({ status });
      expect(allowed).toEqual(CITIZEN_ONLINE_ACTIONS.filter((a) => TRANSITIONS[status][a] !== undefined));
      for (const action of CITIZEN_ONLINE_ACTIONS) {
        if (allowed.includes(action)) expect(() => assertCitizenAction({ status }, action)).not.toThrow();
        else
          expect(() => assertCitizenAction({ status }, action)).toThrow(
            expect.objectContaining({ code: 'INVALID_TRANSITION' }),
          );
      }
    }
    expect(citizenActions({ status: 'supplement-requested' })).toEqual(['supplement', 'withdraw']);
    expect(citizenActions({ status: 'finished' })).toEqual([]);
  });
});

describe("a draft's files", () => {
  const file = fc.record({
    componentId: fc.constantFrom('a', 'b', 'c'),
    sizeBytes: fc.integer({ min: 1, max: 10 * 1024 * 1024 }),
  });

  it('take one more file only under the per-component count and the draft’s total', () => {
    fc.assert(
      fc.property(
        fc.array(file, { maxLength: 12 }),
        fc.constantFrom('a', 'b', 'c'),
        fc.integer({ min: 1, max: 10 * 1024 * 1024 }),
        (files, componentId, size) => {
          const count = files.filter((f) => f.componentId === componentId).length;
          const total = files.reduce((s, f) => s + f.sizeBytes, 0);
          const refused = draftFileRefusal(files, componentId, size) !== null;
          expect(refused).toBe(count >= MAX_FILES_PER_COMPONENT || total + size > MAX_DRAFT_BYTES);
        },
      ),
    );
  });

  it('expire 30 days after the last change, 7 after the submission', () => {
    const at = new Date('2026-12-03T05:00:00Z');
    expect(draftExpiry(at, false).toISOString()).toBe('2027-01-02T05:00:00.000Z');
    expect(draftExpiry(at, true).toISOString()).toBe('2026-12-10T05:00:00.000Z');
  });
});
