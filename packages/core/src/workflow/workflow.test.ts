import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { DomainError } from '../errors.ts';
import { assertWorkflow, defaultWorkflow, type WorkflowStep, workflowErrors } from './workflow.ts';
import { allotmentHours, timeLimitHours } from './workflow-total.ts';

const days = (value: number): TimeLimit => ({ value, unit: 'working-days' });
const paths = (steps: WorkflowStep[], limit: TimeLimit = days(20)) =>
  workflowErrors(steps, limit).map((e) => e.path);

/** The 3-in-1 birth + residence + health insurance flow, as the demo seeds it. */
const threeInOne = (): WorkflowStep[] => {
  const [reception, assign, appraise, approve] = defaultWorkflow(days(20));
  return [
    { ...reception!, allotment: { unit: 'working-hours', value: 4 } },
    { ...assign!, allotment: { unit: 'working-hours', value: 4 } },
    { ...appraise!, allotment: { unit: 'working-days', value: 2 } },
    { ...approve!, allotment: { unit: 'working-days', value: 1 } },
    {
      key: 'tra-giay-khai-sinh',
      name: 'Vào sổ, cấp Giấy khai sinh và chuyển Công an',
      nameEn: 'Register the birth and forward to the police',
      agency: 'competent',
      role: 'clerical',
      handOver: 'forward',
      allotment: { unit: 'working-hours', value: 4 },
      mayReturn: false,
    },
    {
      key: 'dang-ky-thuong-tru',
      name: 'Đăng ký thường trú',
      nameEn: 'Register permanent residence',
      agency: 'coordinating',
      agencyKind: 'cong-an-xa',
      role: 'specialist',
      handOver: 'forward',
      allotment: { unit: 'working-days', value: 7 },
      mayReturn: false,
    },
    {
      key: 'cap-the-bhyt',
      name: 'Cấp thẻ bảo hiểm y tế',
      nameEn: 'Issue the health insurance card',
      agency: 'coordinating',
      agencyKind: 'bhxh-tinh',
      role: 'clerical',
      handOver: 'issue-result',
      allotment: { unit: 'working-days', value: 5 },
      mayReturn: false,
    },
  ];
};

describe('workflow validation', () => {
  it('accepts the default workflow and the 3-in-1 flow', () => {
    expect(paths(defaultWorkflow(days(5)), days(5))).toEqual([]);
    expect(paths(threeInOne())).toEqual([]);
  });

  it('fits the default workflow in every legal time limit of at least 2.5 working hours', () => {
    const limit = fc.oneof(
      fc.record({ unit: fc.constant('working-days' as const), value: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ unit: fc.constant('working-hours' as const), value: fc.integer({ min: 3, max: 200 }) }),
      fc.record({ unit: fc.constant('same-day' as const), value: fc.constant(0) }),
      fc.record({ unit: fc.constant('calendar-days' as const), value: fc.integer({ min: 1, max: 90 }) }),
    );
    fc.assert(
      fc.property(limit, (l) => {
        const steps = defaultWorkflow(l);
        expect(workflowErrors(steps, l)).toEqual([]);
        const used = steps.reduce((sum, s) => sum + allotmentHours(s.allotment), 0);
        // Uses the time it has: at most the limit, and no more than 2 hours are left unallotted.
        expect(used).toBeLessThanOrEqual(timeLimitHours(l));
        expect(timeLimitHours(l) - used).toBeLessThan(2);
      }),
    );
  });

  it('names each problem with its path', () => {
    const steps = threeInOne();
    steps[1] = { ...steps[1]!, key: 'tiep-nhan' };
    steps[2] = { ...steps[2]!, role: 'counter-officer' };
    steps[3] = { ...steps[3]!, allotment: { unit: 'working-days', value: 0 } };
    steps[5] = { ...steps[5]!, agencyKind: '' };
    expect(paths(steps)).toEqual([
      'steps[1].key',
      'steps[2].role',
      'steps[3].allotment.value',
      'steps[5].agencyKind',
    ]);
  });

  it('requires reception first, the result last, and a forward wherever the agency changes', () => {
    const wf = threeInOne();
    expect(paths(wf.slice(1))).toContain('steps[0].handOver');
    expect(paths(wf.slice(0, -1))).toContain('steps[5].handOver');
    const noForward = wf.map((s) =>
      s.key === 'tra-giay-khai-sinh' ? { ...s, handOver: 'approve' as const, role: 'leader' as const } : s,
    );
    expect(paths(noForward)).toEqual(['steps[4].handOver']);
    const forwardInPlace = defaultWorkflow(days(5));
    forwardInPlace[2] = { ...forwardInPlace[2]!, handOver: 'forward' };
    expect(paths(forwardInPlace, days(5))).toEqual(['steps[2].handOver']);
  });

  it('lets only a leader after the first step send a dossier back', () => {
    const wf = defaultWorkflow(days(5));
    wf[0] = { ...wf[0]!, mayReturn: true };
    wf[2] = { ...wf[2]!, mayReturn: true };
    expect(paths(wf, days(5))).toEqual(['steps[0].mayReturn', 'steps[2].mayReturn']);
  });

  it('refuses allotments that add up to more than the legal time limit', () => {
    const error = (() => {
      try {
        assertWorkflow(threeInOne(), days(15));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields?.[0]?.message).toContain(
      '(132 giờ làm việc) vượt thời hạn giải quyết (120 giờ)',
    );
    expect(() => assertWorkflow(threeInOne(), days(17))).not.toThrow();
  });
});
