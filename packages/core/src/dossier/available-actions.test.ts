import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../access/roles.ts';
import type { PlainDate } from '../calendar/index.ts';
import type { Fee, TimeLimit } from '../catalogue/procedure.ts';
import { localAt as at, thrown } from '../testing.ts';
import { isHandOverAction } from '../workflow/workflow.ts';
import {
  ACTIONS_WHEN_OVERDUE,
  type ActionContext,
  actionRefusal,
  assertActionAvailable,
  availableActions,
} from './available-actions.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  SCRIPT_ASSIGNEE,
  scriptContext,
  scriptSubject,
  walkBody,
  walkDossier,
} from './dossier-script.ts';
import { dueSoon, requiresApology } from './timeliness.ts';
import { canPerform } from './transitions.ts';

const { counter: COUNTER, leader: LEADER, specialist: SPECIALIST } = SCRIPT_ACTORS;
const days5: TimeLimit = { value: 5, unit: 'working-days' };
const officer = (roles: Role[], agencyCode: string): Actor => ({ id: 'x', username: 'x', roles, agencyCode });
const counterOfficer = officer(['counter-officer'], 'counter');
const leader = officer(['leader'], 'agency');
const specialist = officer(['specialist'], 'agency');
const clerical = officer(['clerical'], 'agency');
const otherLeader = officer(['leader'], 'other');

const received = () =>
  DossierScript.receive(scriptContext(days5), scriptSubject(days5), at('2025-07-01 09:00'), COUNTER).act(
    at('2025-07-01 10:00'),
    COUNTER,
    { action: 'transfer' },
  );
const context = (d: DossierScript, actor: Actor, today: string): ActionContext => ({
  actor,
  tree: d.ctx.tree,
  dossier: { receivingAgencyCode: 'counter', competentAgencyCode: 'agency' },
  steps: d.ctx.steps,
  today: today as PlainDate,
  calendar: d.ctx.calendar,
});

describe('what may be done now', () => {
  it('offers each officer the hand-over of the current step only, with its role', () => {
    const d = received();
    expect(availableActions(d.state, context(d, leader, '2025-07-02'))).toEqual([
      'assign',
      'apologize-extend',
    ]);
    // Not assigned yet: the specialist has no appraisal to record.
    expect(availableActions(d.state, context(d, specialist, '2025-07-02'))).toEqual([
      'request-supplement',
      'consult',
      'request-payment',
    ]);
    expect(availableActions(d.state, context(d, counterOfficer, '2025-07-02'))).toEqual([
      'send-paper',
      'stop',
      'withdraw',
    ]);
    expect(availableActions(d.state, context(d, clerical, '2025-07-02'))).toEqual([]);
  });

  it('answers a hand-over that is not the current step’s with the one expected', () => {
    const d = received();
    const e = thrown(() => assertActionAvailable(d.state, 'approve', context(d, leader, '2025-07-02')));
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.details).toMatchObject({ rule: 'step', step: 'phan-cong', expectedAction: 'assign' });
    expect(e.details?.allowedActions).toEqual(['assign', 'apologize-extend']);
  });

  it('forbids an action of another role, or of an agency out of the officer’s scope', () => {
    const d = received();
    expect(actionRefusal(d.state, 'assign', context(d, specialist, '2025-07-02'))).toBe('role');
    expect(actionRefusal(d.state, 'assign', context(d, otherLeader, '2025-07-02'))).toBe('scope');
    expect(
      thrown(() => assertActionAvailable(d.state, 'assign', context(d, otherLeader, '2025-07-02'))).code,
    ).toBe('FORBIDDEN');
    // The counter acts for its own counter only, whoever holds the dossier.
    expect(
      actionRefusal(d.state, 'withdraw', context(d, officer(['counter-officer'], 'other'), '2025-07-02')),
    ).toBe('scope');
  });

  it('locks an overdue dossier: the apology, a stop or a withdrawal, and the console sees the same', () => {
    // Due Tue 8/7: on Wednesday 9/7 it is overdue.
    const d = received();
    expect(availableActions(d.state, context(d, leader, '2025-07-09'))).toEqual(['apologize-extend']);
    expect(availableActions(d.state, context(d, counterOfficer, '2025-07-09'))).toEqual([
      'send-paper',
      'stop',
      'withdraw',
    ]);
    expect(availableActions(d.state, context(d, specialist, '2025-07-09'))).toEqual([]);
    const e = thrown(() => assertActionAvailable(d.state, 'assign', context(d, leader, '2025-07-09')));
    expect(e.details).toMatchObject({ rule: 'overdue', allowedActions: ['apologize-extend'] });
    const extended = d.act(at('2025-07-09 08:00'), LEADER, {
      action: 'apologize-extend',
      reason: 'Chờ xác minh',
      data: { newDueDate: '2025-07-15' },
    });
    expect(availableActions(extended.state, context(extended, leader, '2025-07-09'))).toContain('assign');
  });

  it('gives the counter the stop, on the applicant’s request, until the result is issued', () => {
    const d = received();
    expect(actionRefusal(d.state, 'stop', context(d, leader, '2025-07-02'))).toBe('role');
    expect(actionRefusal(d.state, 'stop', context(d, counterOfficer, '2025-07-02'))).toBeNull();
    // The counter of another centre may not stop this one's dossier.
    expect(
      actionRefusal(d.state, 'stop', context(d, officer(['counter-officer'], 'other'), '2025-07-02')),
    ).toBe('scope');
  });

  it('has the counter send a paper dossier’s files once, after the transfer; never an online one’s', () => {
    const d = received();
    const sent = d.act(at('2025-07-01 14:00'), COUNTER, { action: 'send-paper' });
    expect(availableActions(sent.state, context(sent, counterOfficer, '2025-07-01'))).not.toContain(
      'send-paper',
    );
    const portal = { id: 'portal', name: 'Cổng', role: 'citizen', agencyCode: 'counter' };
    const online = DossierScript.submit(d.ctx, scriptSubject(days5), at('2025-07-01 08:00'), portal)
      .act(at('2025-07-01 09:00'), COUNTER, { action: 'receive' })
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' });
    expect(availableActions(online.state, context(online, counterOfficer, '2025-07-01'))).not.toContain(
      'send-paper',
    );
  });

  it('after one supplement request, offers another only to the leader, as a breach', () => {
    const d = received()
      .act(
        at('2025-07-01 11:00'),
        LEADER,
        { action: 'assign', data: { assignee: 'specialist' } },
        {
          assignee: SCRIPT_ASSIGNEE,
        },
      )
      .act(at('2025-07-01 14:00'), SPECIALIST, {
        action: 'request-supplement',
        reason: 'Thiếu',
        data: { missing: [{ name: 'Tờ khai' }] },
      })
      .act(at('2025-07-02 09:00'), COUNTER, { action: 'supplement' });
    expect(availableActions(d.state, context(d, specialist, '2025-07-02'))).not.toContain(
      'request-supplement',
    );
    expect(availableActions(d.state, context(d, leader, '2025-07-02'))).toContain('request-supplement');
  });

  it('offers no appraisal once the specialist submitted it for approval, until it comes back', () => {
    const assigned = received().act(
      at('2025-07-01 11:00'),
      LEADER,
      { action: 'assign', data: { assignee: 'specialist' } },
      { assignee: SCRIPT_ASSIGNEE },
    );
    expect(availableActions(assigned.state, context(assigned, specialist, '2025-07-02'))).toContain(
      'appraise',
    );
    const submitted = assigned
      .act(at('2025-07-02 09:00'), SPECIALIST, { action: 'appraise' })
      .act(at('2025-07-02 10:00'), SPECIALIST, { action: 'submit-for-approval' });
    expect(availableActions(submitted.state, context(submitted, specialist, '2025-07-02'))).not.toContain(
      'appraise',
    );
    const e = thrown(() =>
      assertActionAvailable(submitted.state, 'appraise', context(submitted, specialist, '2025-07-02')),
    );
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.details).toMatchObject({ rule: 'pointless' });
    const back = submitted.act(at('2025-07-02 11:00'), LEADER, {
      action: 'return-for-rework',
      reason: 'Xem lại',
    });
    expect(availableActions(back.state, context(back, specialist, '2025-07-02'))).toContain('appraise');
  });

  it('offers no payment on a case the catalogue publishes as free, but asks when it lists no fee', () => {
    const withFees = (fees: { name: string; amount: number }[]) =>
      DossierScript.receive(scriptContext(days5), scriptSubject(days5, fees), at('2025-07-01 09:00'), COUNTER)
        .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' })
        .act(
          at('2025-07-01 11:00'),
          LEADER,
          { action: 'assign', data: { assignee: 'specialist' } },
          { assignee: SCRIPT_ASSIGNEE },
        );
    const free = withFees([{ name: 'Lệ phí', amount: 0 }]);
    expect(availableActions(free.state, context(free, specialist, '2025-07-02'))).not.toContain(
      'request-payment',
    );
    expect(actionRefusal(free.state, 'request-payment', context(free, specialist, '2025-07-02'))).toBe(
      'pointless',
    );
    // No fee listed: the obligation comes from another body's notice, the specialist states the amount.
    const unlisted = withFees([]);
    expect(availableActions(unlisted.state, context(unlisted, specialist, '2025-07-02'))).toContain(
      'request-payment',
    );
    const copies = withFees([
      { name: 'Lệ phí', amount: 0 },
      { name: 'Bản sao', amount: 8000 },
    ]);
    expect(availableActions(copies.state, context(copies, specialist, '2025-07-02'))).toContain(
      'request-payment',
    );
  });

  it('offers the apology at the counter only once the dossier is due soon or overdue', () => {
    // Received Tue 1/7, due Tue 8/7: due soon from Mon 7/7 (the last day for an apology in time).
    const atCounter = DossierScript.receive(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 09:00'),
      COUNTER,
    );
    expect(availableActions(atCounter.state, context(atCounter, leader, '2025-07-01'))).not.toContain(
      'apologize-extend',
    );
    expect(actionRefusal(atCounter.state, 'apologize-extend', context(atCounter, leader, '2025-07-04'))).toBe(
      'pointless',
    );
    expect(availableActions(atCounter.state, context(atCounter, leader, '2025-07-07'))).toContain(
      'apologize-extend',
    );
    expect(availableActions(atCounter.state, context(atCounter, leader, '2025-07-09'))).toEqual([
      'apologize-extend',
    ]);
    // Once transferred, the agency may foresee a delay at any time.
    const transferred = received();
    expect(availableActions(transferred.state, context(transferred, leader, '2025-07-01'))).toContain(
      'apologize-extend',
    );
  });

  it('never offers what makes no sense now, over random walks', () => {
    const moves = fc.array(
      fc.record({
        choice: fc.nat(),
        gapMinutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
        extendBy: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 25 },
    );
    const feeLists = fc.constantFrom<Fee[]>(
      [{ name: 'Lệ phí', amount: 0 }],
      [{ name: 'Lệ phí', amount: 8000 }],
      [],
    );
    fc.assert(
      fc.property(moves, feeLists, fc.integer({ min: 0, max: 12 }), (walk, fees, dayOffset) => {
        const d = walkDossier(walk, days5, Date.parse(at('2025-07-01 09:00')), false, fees);
        const t = Date.parse(d.log.at(-1)?.at ?? at('2025-07-01 09:00')) + dayOffset * 86_400_000;
        const today = new Date(t + 7 * 3600_000).toISOString().slice(0, 10) as PlainDate;
        const step = d.state.stepIndex === undefined ? undefined : d.ctx.steps[d.state.stepIndex];
        for (const o of [counterOfficer, leader, specialist, clerical]) {
          const offered = availableActions(d.state, context(d, o, today));
          if (step?.role !== 'specialist') expect(offered).not.toContain('appraise');
          if (fees.length > 0 && fees.every((f) => f.amount === 0)) {
            expect(offered).not.toContain('request-payment');
            expect(offered).not.toContain('record-payment');
          }
          if (
            d.state.status === 'received' &&
            !requiresApology(d.state, today) &&
            !dueSoon(d.state, today, d.ctx.calendar)
          )
            expect(offered).not.toContain('apologize-extend');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('offers only what the table, the step and the lock allow, and the deciders accept every offer', () => {
    const officers = [
      counterOfficer,
      leader,
      specialist,
      clerical,
      otherLeader,
      officer(['supervisor'], 'province'),
    ];
    const moves = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 * 24 * 60 })), { maxLength: 25 });
    fc.assert(
      fc.property(moves, fc.integer({ min: 0, max: 30 }), (steps, lateDays) => {
        let d = received();
        let t = Date.parse(at('2025-07-01 10:00'));
        for (const [choice, gap] of steps) {
          t += gap * 60_000;
          const today = new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
          const options = officers.flatMap((o) =>
            availableActions(d.state, context(d, o, today)).map((a) => [o, a] as const),
          );
          // Every offer passes the table; nothing overdue is offered but the three.
          for (const [, a] of options) {
            expect(canPerform(d.state.status, a)).toBe(true);
            if (requiresApology(d.state, today as PlainDate)) expect(ACTIONS_WHEN_OVERDUE).toContain(a);
          }
          const pick = options[choice % Math.max(1, options.length)];
          if (!pick) break;
          const [o, action] = pick;
          const actor = { id: 'x', name: 'X', role: o.roles[0] ?? '', agencyCode: o.agencyCode };
          const at = new Date(t).toISOString();
          const body = walkBody(action, d.state, at, 3, d.ctx.calendar);
          d = d.act(at, actor, body, {
            assignee: SCRIPT_ASSIGNEE,
            signer: { name: 'X', title: '' },
          });
        }
        // Whenever a hand-over is offered it is the current step's, to an officer with the step's role.
        const today = new Date(t + lateDays * 86_400_000).toISOString().slice(0, 10);
        const step = d.state.stepIndex === undefined ? undefined : d.ctx.steps[d.state.stepIndex];
        for (const o of officers) {
          for (const a of availableActions(d.state, context(d, o, today))) {
            if (!isHandOverAction(a)) continue;
            expect(a).toBe(step?.handOver);
            expect(o.roles).toContain(step?.role);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
