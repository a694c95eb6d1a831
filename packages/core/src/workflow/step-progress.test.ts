import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, DEFAULT_OFFICE_HOURS, OFFICIAL_SCHEDULES } from '../calendar/index.ts';
import type { ActionType } from '../dossier/actions.ts';
import type { DossierAction } from '../dossier/dossier-log.ts';
import { DomainError } from '../errors.ts';
import { assertWorkflowAction, stepResult, trackSteps } from './step-progress.ts';
import { defaultWorkflow, type ResolvedStep } from './workflow.ts';

const ctx = { calendar: createWorkingCalendar(OFFICIAL_SCHEDULES), office: DEFAULT_OFFICE_HOURS };

// 5 working days = 40 h: reception 4 h, assignment 3 h, appraisal 23 h, approval 6 h, issue 4 h.
const steps: ResolvedStep[] = defaultWorkflow({ value: 5, unit: 'working-days' }).map((s) => ({
  ...s,
  agencyCode: s.agency === 'receiving' ? 'counter' : 'agency',
}));

const at = (local: string) => `${local.replace(' ', 'T')}:00+07:00`;
const log = (...rows: [string, ActionType, Partial<DossierAction>?][]): DossierAction[] =>
  rows.map(([when, action, extra], i) => ({
    seq: i + 1,
    at: at(when),
    actor: { id: `u${i}`, name: `Cán bộ ${i + 1}`, role: 'x', agencyCode: 'agency' },
    action,
    ...extra,
  }));

describe('a dossier going through its workflow', () => {
  // July 2025 has no holiday; Tue 1/7 … Fri 4/7 are working days.
  it('starts the first step at reception and hands over step by step, each with its own deadline', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 09:00', 'receive'],
        ['2025-07-01 16:00', 'transfer'],
        ['2025-07-02 08:00', 'assign', { data: { assignee: 'cv', assigneeName: 'Trần Thị B' } }],
        ['2025-07-02 09:00', 'appraise'],
      ),
      ctx,
    );
    expect(p.current?.key).toBe('tham-dinh');
    expect(p.visits.map((v) => [v.stepKey, v.startedAt, v.dueAt, v.endedAt ?? null])).toEqual([
      // The transfer is due by the close of the day (received before the 15:00 cut-off).
      ['tiep-nhan', at('2025-07-01 09:00'), at('2025-07-01 17:30'), at('2025-07-01 16:00')],
      // 3 h from 16:00: 1.5 h on Tuesday, 1.5 h on Wednesday morning.
      ['phan-cong', at('2025-07-01 16:00'), at('2025-07-02 09:00'), at('2025-07-02 08:00')],
      // 23 h from Wed 08:00: 7.5 h Wed, 8 h Thu, 7.5 h Fri → Fri 17:00.
      ['tham-dinh', at('2025-07-02 08:00'), at('2025-07-04 17:00'), null],
    ]);
    expect(p.visits[1]?.handedTo).toBe('Trần Thị B');
    expect(p.visits.map((v) => stepResult(v, at('2025-07-03 10:00')))).toEqual([
      'on-time',
      'on-time',
      'pending',
    ]);
    expect(stepResult(p.visits[2]!, at('2025-07-04 17:01'))).toBe('late');
  });

  it('gives a dossier received after the cut-off until the next working day to be transferred', () => {
    const p = trackSteps(steps, log(['2025-07-04 15:30', 'receive'], ['2025-07-07 10:00', 'transfer']), ctx);
    // Friday after 15:00 → Monday's close.
    expect(p.visits[0]?.dueAt).toBe(at('2025-07-07 17:30'));
    expect(stepResult(p.visits[0]!, at('2025-07-07 10:00'))).toBe('on-time');
    const late = trackSteps(
      steps,
      log(['2025-07-04 14:00', 'receive'], ['2025-07-07 10:00', 'transfer']),
      ctx,
    );
    expect(stepResult(late.visits[0]!, at('2025-07-07 10:00'))).toBe('late');
  });

  it('judges a step ended a day before its deadline as early', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 08:00', 'receive'],
        ['2025-07-01 08:30', 'transfer'],
        ['2025-07-01 09:00', 'assign'],
        ['2025-07-01 10:00', 'submit-for-approval'],
      ),
      ctx,
    );
    expect(stepResult(p.visits[2]!, at('2025-07-09 10:00'))).toBe('early');
  });

  it('sends the dossier back to the step before when the step may do so', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 08:00', 'receive'],
        ['2025-07-01 08:30', 'transfer'],
        ['2025-07-01 09:00', 'assign'],
        ['2025-07-01 10:00', 'submit-for-approval'],
        ['2025-07-01 14:00', 'return-for-rework', { reason: 'Thiếu chữ ký' }],
      ),
      ctx,
    );
    expect(p.visits.map((v) => v.stepKey)).toEqual([
      'tiep-nhan',
      'phan-cong',
      'tham-dinh',
      'phe-duyet',
      'tham-dinh',
    ]);
    expect(p.visits[3]?.note).toBe('Thiếu chữ ký');
    expect(p.current?.key).toBe('tham-dinh');
  });

  it('moves the open step’s deadline by the working days waited for the applicant', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 08:00', 'receive'],
        ['2025-07-01 08:30', 'transfer'],
        ['2025-07-01 09:00', 'assign'],
        ['2025-07-01 10:00', 'request-supplement'],
        ['2025-07-04 10:00', 'supplement'],
      ),
      ctx,
    );
    const appraisal = p.visits[2]!;
    // 23 h from Tue 09:00 is Fri 08:00; three working days waited (Tue → Fri) → Wed 9/7 08:00.
    expect(appraisal.pausedWorkingDays).toBe(3);
    expect(appraisal.dueAt).toBe(at('2025-07-09 08:00'));
  });

  it('does not count a step late while it waits for the applicant', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 08:00', 'receive'],
        ['2025-07-01 08:30', 'transfer'],
        ['2025-07-01 09:00', 'assign'],
        ['2025-07-01 10:00', 'request-payment'],
      ),
      ctx,
    );
    expect(stepResult(p.visits[2]!, at('2025-08-30 10:00'))).toBe('pending');
  });

  it('ends the open step at a stop or withdrawal, at the start of a wait if there was one', () => {
    const p = trackSteps(
      steps,
      log(
        ['2025-07-01 08:00', 'receive'],
        ['2025-07-01 08:30', 'transfer'],
        ['2025-07-01 09:00', 'request-payment'],
        ['2025-07-03 09:00', 'withdraw'],
      ),
      ctx,
    );
    expect(p.current).toBeUndefined();
    expect(p.visits.at(-1)?.endedAt).toBe(at('2025-07-01 09:00'));
  });

  it('refuses a hand-over that is not the current step’s, naming the one expected', () => {
    const p = trackSteps(steps, log(['2025-07-01 08:00', 'receive'], ['2025-07-01 08:30', 'transfer']), ctx);
    expect(() => assertWorkflowAction(p, 'assign')).not.toThrow();
    expect(() => assertWorkflowAction(p, 'appraise')).not.toThrow();
    for (const action of ['approve', 'issue-result', 'forward', 'return-for-rework'] as const) {
      try {
        assertWorkflowAction(p, action);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).details).toMatchObject({ step: 'phan-cong', expectedAction: 'assign' });
      }
    }
  });

  it('keeps visits contiguous and deadlines after starts for any walk through the workflow', () => {
    // A walk: at each step either hand over or (where allowed) send back, minutes apart.
    const walk = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3000 })), { maxLength: 30 });
    fc.assert(
      fc.property(walk, fc.integer({ min: 0, max: 600 }), (moves, startMinute) => {
        let t = Date.parse(at('2025-06-02 07:00')) + startMinute * 60_000;
        const entries: [string, ActionType][] = [];
        const iso = () => new Date(t).toISOString();
        entries.push([iso(), 'receive']);
        let index = 0;
        for (const [back, gap] of moves) {
          if (index >= steps.length) break;
          t += gap * 60_000;
          const step = steps[index]!;
          if (back && step.mayReturn) {
            entries.push([iso(), 'return-for-rework']);
            index -= 1;
          } else {
            entries.push([iso(), step.handOver]);
            index += 1;
          }
        }
        const l: DossierAction[] = entries.map(([when, action], i) => ({
          seq: i + 1,
          at: when,
          actor: { id: 'u', name: 'A', role: 'x', agencyCode: 'a' },
          action,
        }));
        const p = trackSteps(steps, l, ctx);
        expect(p.visits.length).toBe(entries.length - (index >= steps.length ? 1 : 0));
        expect(p.current?.index).toBe(index < steps.length ? index : undefined);
        p.visits.forEach((v, i) => {
          expect(Date.parse(v.dueAt)).toBeGreaterThan(Date.parse(v.startedAt));
          const next = p.visits[i + 1];
          if (next) expect(next.startedAt).toBe(v.endedAt);
        });
      }),
    );
  });
});
