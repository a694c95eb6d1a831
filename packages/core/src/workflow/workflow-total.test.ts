import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { defaultWorkflow, workflowErrors } from './workflow.ts';
import { type Allotment, timeLimitHours, workflowTotal } from './workflow-total.ts';

const allotment = fc.record({
  unit: fc.constantFrom('working-days' as const, 'working-hours' as const),
  value: fc.integer({ min: 1, max: 80 }).map((n) => n / 2),
});
const limit: fc.Arbitrary<TimeLimit> = fc.oneof(
  fc.record({ unit: fc.constant('working-days' as const), value: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ unit: fc.constant('working-hours' as const), value: fc.integer({ min: 3, max: 200 }) }),
  fc.record({ unit: fc.constant('same-day' as const), value: fc.constant(0) }),
);

describe('workflowTotal', () => {
  it('adds the steps in working days of 8 hours and compares them with the legal limit', () => {
    const steps: { allotment: Allotment }[] = [
      { allotment: { unit: 'working-hours', value: 4 } },
      { allotment: { unit: 'working-days', value: 4 } },
      { allotment: { unit: 'working-hours', value: 4 } },
    ];
    expect(workflowTotal(steps, { unit: 'working-days', value: 5 })).toEqual({
      usedHours: 40,
      usedDays: 5,
      limitHours: 40,
      isOverLimit: false,
    });
    steps[0] = { allotment: { unit: 'working-hours', value: 4.5 } };
    expect(workflowTotal(steps, { unit: 'working-days', value: 5 })).toMatchObject({
      usedDays: 5.0625,
      isOverLimit: true,
    });
    // A half-typed allotment counts nothing yet (its own field is what is wrong).
    steps[1] = { allotment: { unit: 'working-days', value: Number.NaN } };
    expect(workflowTotal(steps, { unit: 'working-days', value: 5 }).usedHours).toBe(8.5);
  });

  it('is over the limit exactly when the save is refused for the total', () => {
    fc.assert(
      fc.property(limit, fc.array(allotment, { minLength: 1, maxLength: 6 }), (l, extra) => {
        // The default workflow with its appraisal step's allotment replaced: every other rule holds.
        const steps = defaultWorkflow(l);
        const appraisal = steps[2]!;
        const wf = steps.map((s) => (s === appraisal ? { ...s, allotment: extra[0]! } : s));
        const total = workflowTotal(wf, l);
        const refused = workflowErrors(wf, l).some((e) => e.path === 'steps');
        expect(total.isOverLimit).toBe(refused);
        expect(total.isOverLimit).toBe(total.usedHours > timeLimitHours(l));
      }),
    );
  });

  it('never gets back under the limit by adding a step', () => {
    fc.assert(
      fc.property(limit, fc.array(allotment, { maxLength: 10 }), allotment, (l, steps, more) => {
        const before = workflowTotal(
          steps.map((a) => ({ allotment: a })),
          l,
        );
        const after = workflowTotal(
          [...steps, more].map((a) => ({ allotment: a })),
          l,
        );
        expect(after.usedHours).toBeGreaterThan(before.usedHours);
        if (before.isOverLimit) expect(after.isOverLimit).toBe(true);
      }),
    );
  });
});
