import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, AgencyTree } from '../access/roles.ts';
import {
  addDays,
  addWorkingDays,
  createWorkingCalendar,
  fromEpochDay,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  toEpochDay,
  workingDaysBetween,
} from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import { allowedFeedbackActions } from './access.ts';
import {
  decideFeedbackAction,
  deriveFeedback,
  FEEDBACK_ACTIONS,
  FEEDBACK_FINAL_STATES,
  type FeedbackAction,
  type FeedbackActionInput,
  type FeedbackEntry,
  feedbackActionsInState,
  feedbackClockStatus,
  receiveFeedback,
  transferredFeedback,
} from './case.ts';
import { FEEDBACK_LIMIT_KEYS, FEEDBACK_LIMIT_RULES, feedbackRuleInForce } from './rules.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const D = (s: string) => s as PlainDate;
const officer = { id: 'u1', name: 'Chuyên viên', role: 'specialist', agencyCode: 'xa' };
const moment = (on: string) => ({ at: `${on}T09:00:00+07:00`, on: D(on), actor: officer, cal });
const receive = (on = '2026-03-02') =>
  receiveFeedback(
    { kind: 'regulation', channel: 'web', agencyCode: 'xa', title: 'Thủ tục rườm rà' },
    moment(on),
  );
const act = (log: FeedbackEntry[], input: FeedbackActionInput, on: string) => [
  ...log,
  decideFeedbackAction(log, input, moment(on)),
];
const INPUTS: Record<FeedbackAction, FeedbackActionInput> = {
  assign: { action: 'assign', assignee: { id: 'u2', name: 'Cán bộ' } },
  reject: { action: 'reject', reason: 'not-feedback' },
  'request-info': { action: 'request-info', question: 'Xin cho biết địa chỉ' },
  'receive-info': { action: 'receive-info' },
  transfer: { action: 'transfer', toAgency: 'tinh' },
  merge: { action: 'merge', intoCode: 'PA-2026-000001' },
  draft: { action: 'draft', text: 'Trả lời' },
  approve: { action: 'approve' },
  publish: { action: 'publish' },
  rate: { action: 'rate', rating: 'dislike' },
  reopen: { action: 'reopen', reason: 'Chưa thoả đáng' },
};
// Working days from 2026-01-05 to 2027-12-01 (the official schedules cover them).
const dayArb = fc
  .integer({ min: toEpochDay(D('2026-01-05')), max: toEpochDay(D('2027-10-01')) })
  .map(fromEpochDay);

describe('the rule rows', () => {
  it('has a row for every key, the portal’s 2/5/15/2 working days and the transfer’s 5', () => {
    const on = D('2026-03-02');
    for (const key of FEEDBACK_LIMIT_KEYS) expect(() => feedbackRuleInForce(key, on)).not.toThrow();
    expect(feedbackRuleInForce('feedback.reject', on)).toMatchObject({ days: 2, unit: 'working' });
    expect(feedbackRuleInForce('feedback.info-request', on)).toMatchObject({ days: 5, unit: 'working' });
    expect(feedbackRuleInForce('feedback.answer', on)).toMatchObject({ days: 15, unit: 'working' });
    expect(feedbackRuleInForce('feedback.publish', on)).toMatchObject({ days: 2, unit: 'working' });
    expect(feedbackRuleInForce('feedback.transfer', on)).toMatchObject({ days: 5, unit: 'working' });
    expect(feedbackRuleInForce('feedback.reopen', on)).toMatchObject({ days: 10, unit: 'calendar' });
  });
});

describe('the clocks (property)', () => {
  it('each clock of a receipt ends on a working day, exactly its working days after the receipt', () => {
    fc.assert(
      fc.property(dayArb, (on) => {
        const r = receive(on);
        for (const [limit, n] of [
          [r.reject, 2],
          [r.infoRequest, 5],
          [r.answer, 15],
          [r.transfer, 5],
        ] as const) {
          expect(cal.isWorkingDay(limit.due)).toBe(true);
          expect(limit.due).toBe(addWorkingDays(cal, on, n));
          expect(limit.due > on).toBe(true);
        }
        expect(r.reject.due <= r.infoRequest.due && r.infoRequest.due < r.answer.due).toBe(true);
      }),
    );
  });

  it('a rule row added later changes no case received before it, and every case from it on', () => {
    const later = [
      ...FEEDBACK_LIMIT_RULES,
      {
        ...FEEDBACK_LIMIT_RULES[2],
        effectiveFrom: D('2027-01-01'),
        days: 10,
      } as (typeof FEEDBACK_LIMIT_RULES)[number],
    ];
    fc.assert(
      fc.property(dayArb, (on) => {
        const r = receiveFeedback(
          { kind: 'other', channel: 'hotline', agencyCode: 'xa', title: 'T' },
          { ...moment(on), rules: later },
        );
        expect(r.answer.days).toBe(on >= '2027-01-01' ? 10 : 15);
      }),
    );
  });

  it('a transfer opens at the new agency with fresh clocks counted from the transfer', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 20 }), (on, wait) => {
        const log = [receive(on)];
        const later = addWorkingDays(cal, on, wait);
        const t = decideFeedbackAction(log, INPUTS.transfer, moment(later));
        expect(t).toMatchObject({ type: 'transferred', late: wait > 5 });
        const opened = transferredFeedback(log, 'tinh', 'PA-1', 'Xã', moment(later));
        expect(opened.agencyCode).toBe('tinh');
        expect(workingDaysBetween(cal, later, opened.answer.due)).toBe(15);
        expect(opened.references).toMatchObject({ fromCode: 'PA-1', fromAgency: 'Xã' });
      }),
    );
  });
});

describe('the state machine (property)', () => {
  const step = fc.record({
    action: fc.constantFrom(...FEEDBACK_ACTIONS),
    gap: fc.integer({ min: 0, max: 8 }),
  });
  it('only the state’s actions apply; finals allow only rate/reopen; info is asked once; reopen once within 10 days', () => {
    fc.assert(
      fc.property(dayArb, fc.array(step, { maxLength: 25 }), (start, steps) => {
        let log: FeedbackEntry[] = [receive(start)];
        let on = start;
        for (const s of steps) {
          on = addDays(on, s.gap);
          const before = deriveFeedback(log);
          const allowed = feedbackActionsInState(before, on);
          let entry: FeedbackEntry | undefined;
          try {
            entry = decideFeedbackAction(log, INPUTS[s.action], moment(on));
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
          }
          expect(entry !== undefined).toBe(allowed.includes(s.action));
          if (FEEDBACK_FINAL_STATES.includes(before.state)) {
            for (const a of allowed) expect(['rate', 'reopen']).toContain(a);
            if (before.state !== 'answered') expect(allowed).toEqual([]);
          }
          if (s.action === 'request-info' && before.infoRequests > 0) expect(entry).toBeUndefined();
          if (s.action === 'reopen' && before.state === 'answered') {
            const published = [...log].reverse().find((e) => e.type === 'published');
            const within = published?.type === 'published' && on <= published.reopen.due;
            expect(entry !== undefined).toBe(within && !before.reopened);
          }
          if (entry) log = [...log, entry];
          const after = deriveFeedback(log);
          expect(after.infoRequests).toBeLessThanOrEqual(1);
          if (entry?.type === 'reopened') {
            expect(after.state).toBe('received');
            expect(after.clock?.due).toBe(addWorkingDays(cal, on, 15));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a past decision is frozen: the log reads the same whatever the rules say today', () => {
    const log = act(act([receive('2026-03-02')], INPUTS.draft, '2026-03-03'), INPUTS.approve, '2026-03-04');
    const frozen = deriveFeedback(log).clock;
    const rewritten = FEEDBACK_LIMIT_RULES.map((r) => ({ ...r, days: r.days * 3 }));
    const next = decideFeedbackAction(log, INPUTS.publish, { ...moment('2026-03-05'), rules: rewritten });
    expect(frozen).toEqual({ key: 'feedback.publish', due: '2026-03-06', unit: 'working' });
    expect(next).toMatchObject({ type: 'published', late: false });
  });
});

describe('a case from receipt to reopen', () => {
  it('answers, publishes, rates, reopens once and restarts the answer clock', () => {
    let log: FeedbackEntry[] = [receive('2026-03-02')];
    expect(deriveFeedback(log).clock).toMatchObject({ due: '2026-03-23' });
    log = act(log, INPUTS['request-info'], '2026-03-03');
    expect(deriveFeedback(log).clock).toBeNull();
    log = act(log, INPUTS['receive-info'], '2026-03-05');
    expect(() => act(log, INPUTS['request-info'], '2026-03-05')).toThrow(/once/);
    log = act(log, INPUTS.draft, '2026-03-09');
    log = act(log, INPUTS.approve, '2026-03-10');
    log = act(log, INPUTS.publish, '2026-03-11');
    const v = deriveFeedback(log);
    expect(v).toMatchObject({ state: 'answered', reopenUntil: '2026-03-23', answer: { public: true } });
    log = act(log, INPUTS.rate, '2026-03-12');
    expect(deriveFeedback(log).rating).toBe('dislike');
    expect(() => act(log, INPUTS.reopen, '2026-03-24')).toThrow(/passed/);
    log = act(log, INPUTS.reopen, '2026-03-20');
    expect(deriveFeedback(log)).toMatchObject({ state: 'received', clock: { due: '2026-04-10' } });
    expect(feedbackClockStatus(cal, deriveFeedback(log), D('2026-04-09'))).toMatchObject({
      daysLeft: 1,
      dueSoon: true,
      overdue: false,
    });
  });

  it('a Facebook or Zalo message needs its link; a letter its opening', () => {
    expect(() =>
      receiveFeedback({ kind: 'other', channel: 'zalo', agencyCode: 'xa', title: 'T' }, moment('2026-03-02')),
    ).toThrow();
    expect(() =>
      receiveFeedback(
        { kind: 'other', channel: 'suggestion-box', agencyCode: 'xa', title: 'T' },
        moment('2026-03-02'),
      ),
    ).toThrow();
  });
});

describe('who may act', () => {
  const tree: AgencyTree = new Map([
    ['tinh', { parentCode: null, kind: 'province' }],
    ['xa', { parentCode: 'tinh', kind: 'commune' }],
  ]);
  const actor = (roles: Actor['roles'], agencyCode = 'xa'): Actor => ({
    id: 'a',
    username: 'a',
    roles,
    agencyCode,
  });
  it('only a leader approves; a counter officer handles nothing; another agency nothing', () => {
    let log: FeedbackEntry[] = [receive()];
    log = act(log, INPUTS.draft, '2026-03-03');
    const v = deriveFeedback(log);
    expect(allowedFeedbackActions(actor(['leader']), tree, v, D('2026-03-03'))).toContain('approve');
    expect(allowedFeedbackActions(actor(['specialist']), tree, v, D('2026-03-03'))).not.toContain('approve');
    expect(allowedFeedbackActions(actor(['counter-officer']), tree, v, D('2026-03-03'))).toEqual([]);
    expect(allowedFeedbackActions(actor(['supervisor'], 'tinh'), tree, v, D('2026-03-03'))).toEqual([]);
  });
});

describe('Open311 mapping', () => {
  it('one service per kind; open until a final state, closed after', async () => {
    const { OPEN311_SERVICES, open311Status, statesOfOpen311Status } = await import('./open311.ts');
    expect(OPEN311_SERVICES.map((s) => s.service_code)).toEqual(['regulation', 'conduct', 'other']);
    for (const state of FEEDBACK_FINAL_STATES) expect(open311Status(state)).toBe('closed');
    for (const state of statesOfOpen311Status('open')) expect(open311Status(state)).toBe('open');
  });
});
