import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, AgencyTree } from '../access/roles.ts';
import {
  addDays,
  createWorkingCalendar,
  fromEpochDay,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  toEpochDay,
} from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import { allowedCaseActions, maySeeDenouncer } from './access.ts';
import {
  actionsInState,
  type CaseActionInput,
  type CaseEntry,
  clockStatus,
  decideCaseAction,
  deriveCase,
  type ReceiveInput,
  receiveCase,
  transferredReceipt,
} from './case.ts';
import { DENUNCIATION_EXTENSIONS, LIMIT_KEYS, LIMIT_RULES, type LimitRule, ruleInForce } from './rules.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const D = (s: string) => s as PlainDate;
const officer = { id: 'u1', name: 'Lãnh đạo', role: 'leader', agencyCode: 'xa' };
const moment = (on: string, rules?: readonly LimitRule[]) => ({
  at: `${on}T09:00:00+07:00`,
  on: D(on),
  actor: officer,
  cal,
  ...(rules ? { rules } : {}),
});
const complaint = (extra: Partial<ReceiveInput> = {}): ReceiveInput => ({
  kind: 'complaint',
  channel: 'letter',
  agencyCode: 'xa',
  instance: 1,
  subject: 'Khiếu nại quyết định thu hồi đất',
  ...extra,
});
const denunciation = (extra: Partial<ReceiveInput> = {}): ReceiveInput => ({
  kind: 'denunciation',
  channel: 'in-person',
  agencyCode: 'xa',
  subject: 'Tố cáo cán bộ địa chính nhận tiền',
  ...extra,
});
const act = (log: CaseEntry[], input: CaseActionInput, on: string) => [
  ...log,
  decideCaseAction(log, input, moment(on)),
];

describe('the rule rows', () => {
  it('has a row for every limit key, and the acceptance rule changes on 1/7/2026 (unconfirmed)', () => {
    for (const key of LIMIT_KEYS) expect(() => ruleInForce(key, D('2025-01-01'))).not.toThrow();
    expect(ruleInForce('complaint.acceptance', D('2026-06-30')).days).toBe(10);
    const later = ruleInForce('complaint.acceptance', D('2026-07-01'));
    expect(later).toMatchObject({ days: 7, unit: 'working', confirmed: false });
  });
  it('refuses a day before any law', () => {
    expect(() => ruleInForce('denunciation.initial', D('2018-12-31'))).toThrow(RangeError);
  });
});

describe('complaint clocks', () => {
  it('acceptance: 10 working days from receipt before 1/7/2026, 7 from it', () => {
    // Mon 2 March 2026 + 10 working days = Mon 16 March.
    expect(receiveCase(complaint(), moment('2026-03-02')).acceptance).toMatchObject({
      due: '2026-03-16',
      days: 10,
    });
    // Wed 1 July 2026 + 7 working days = Fri 10 July.
    expect(receiveCase(complaint(), moment('2026-07-01')).acceptance).toMatchObject({
      due: '2026-07-10',
      days: 7,
    });
  });
  it('the 90-day limitation counts calendar days from when the complainant learnt of the decision', () => {
    const r = receiveCase(complaint({ knownOn: D('2026-01-05') }), moment('2026-03-02'));
    expect(r.limitation).toMatchObject({ days: 90, unit: 'calendar', due: '2026-04-06' }); // 5/4 is a Sunday
    expect(deriveCase([r]).limitationExpired).toBe(false);
    const late = receiveCase(complaint({ knownOn: D('2025-11-01') }), moment('2026-03-02'));
    expect(deriveCase([late]).limitationExpired).toBe(true);
  });
  it.each([
    [1, false, false, 30, '2026-04-01'],
    [1, true, false, 45, '2026-04-16'],
    [1, false, true, 45, '2026-04-16'],
    [1, true, true, 60, '2026-05-04'], // 1/5 holiday, 2–3/5 weekend
    [2, false, false, 45, '2026-04-16'],
    [2, true, false, 60, '2026-05-04'],
    [2, false, true, 60, '2026-05-04'],
    [2, true, true, 70, '2026-05-11'],
  ] as const)(
    'instance %i, complex %s, remote %s: %i days from acceptance',
    (instance, complex, remote, days, due) => {
      const log = [receiveCase(complaint({ instance, remote }), moment('2026-02-27'))];
      const accepted = decideCaseAction(log, { action: 'accept', complex }, moment('2026-03-02'));
      expect(accepted).toMatchObject({ type: 'accepted', settlement: { days, unit: 'calendar', due } });
    },
  );
  it('a complaint is never extended', () => {
    let log: CaseEntry[] = [receiveCase(complaint(), moment('2026-03-02'))];
    log = act(log, { action: 'accept' }, '2026-03-03');
    expect(actionsInState(deriveCase(log))).not.toContain('extend');
    expect(() =>
      decideCaseAction(log, { action: 'extend', complexity: 'complex', reason: 'x' }, moment('2026-03-04')),
    ).toThrow(DomainError);
  });
});

describe('denunciation clocks', () => {
  it('initial handling 7 working days (10 with verification), transfer 5', () => {
    const r = receiveCase(denunciation(), moment('2026-03-02'));
    expect(r.acceptance).toMatchObject({ days: 7, unit: 'working', due: '2026-03-11' });
    expect(r.transfer).toMatchObject({ days: 5, unit: 'working', due: '2026-03-09' });
    expect(receiveCase(denunciation({ verification: true }), moment('2026-03-02')).acceptance.due).toBe(
      '2026-03-16',
    );
  });
  it('settlement 30 days from acceptance; complex once, very complex twice, by up to 30 days', () => {
    let log: CaseEntry[] = [receiveCase(denunciation(), moment('2026-03-02'))];
    log = act(log, { action: 'accept' }, '2026-03-05');
    expect(deriveCase(log).clock).toMatchObject({ due: '2026-04-06' }); // 4/4 is a Saturday
    expect(() =>
      decideCaseAction(log, { action: 'extend', complexity: 'normal', reason: 'x' }, moment('2026-03-20')),
    ).toThrow(/0 time/);
    log = act(log, { action: 'extend', complexity: 'complex', reason: 'Cần xác minh thêm' }, '2026-04-01');
    expect(deriveCase(log)).toMatchObject({
      extensions: 1,
      allowedExtensions: 1,
      clock: { due: '2026-05-06' },
    });
    expect(() =>
      decideCaseAction(log, { action: 'extend', complexity: 'complex', reason: 'x' }, moment('2026-05-01')),
    ).toThrow(/1 time/);
    log = act(
      log,
      { action: 'extend', complexity: 'very-complex', days: 20, reason: 'Nhiều nội dung' },
      '2026-05-04',
    );
    expect(deriveCase(log)).toMatchObject({ extensions: 2, clock: { due: '2026-05-26' } });
    expect(actionsInState(deriveCase(log))).not.toContain('extend');
    expect(() =>
      decideCaseAction(
        log,
        { action: 'extend', complexity: 'very-complex', days: 31, reason: 'x' },
        moment('2026-05-05'),
      ),
    ).toThrow();
  });
  it('the clock runs overdue after its due date, and stops once settled', () => {
    let log: CaseEntry[] = [receiveCase(denunciation(), moment('2026-03-02'))];
    expect(clockStatus(cal, deriveCase(log), D('2026-03-10'))).toMatchObject({ daysLeft: 1, overdue: false });
    expect(clockStatus(cal, deriveCase(log), D('2026-03-12'))).toMatchObject({ daysLeft: -1, overdue: true });
    log = act(log, { action: 'accept' }, '2026-03-05');
    log = act(log, { action: 'settle', outcome: 'upheld', decisionNumber: '12/KL-UBND' }, '2026-03-20');
    expect(deriveCase(log).state).toBe('settled');
    expect(clockStatus(cal, deriveCase(log), D('2026-03-21'))).toBeNull();
    expect(actionsInState(deriveCase(log))).toEqual([]);
  });
});

describe('the state machine', () => {
  it('refuses actions its state does not allow', () => {
    const log = [receiveCase(denunciation(), moment('2026-03-02'))];
    expect(() =>
      decideCaseAction(
        log,
        { action: 'settle', outcome: 'upheld', decisionNumber: '1' },
        moment('2026-03-03'),
      ),
    ).toThrow(DomainError);
    const refused = act(log, { action: 'refuse', reason: 'not-competent' }, '2026-03-03');
    expect(deriveCase(refused).state).toBe('refused');
    expect(() => decideCaseAction(refused, { action: 'accept' }, moment('2026-03-04'))).toThrow(DomainError);
  });
  it('names the field at fault', () => {
    try {
      receiveCase(complaint({ instance: undefined, subject: ' ' }), moment('2026-03-02'));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).fields?.map((f) => f.path)).toEqual(['subject', 'instance']);
    }
  });
});

describe('a transfer', () => {
  it('opens the same case at the competent agency, received there by transfer with its own clocks', () => {
    let log: CaseEntry[] = [receiveCase(complaint({ instance: 2, remote: true }), moment('2026-06-30'))];
    log = act(log, { action: 'transfer', toAgency: 'xa2' }, '2026-07-02');
    const there = transferredReceipt(log, 'xa2', 'UBND xã A', moment('2026-07-02'));
    expect(there).toMatchObject({
      kind: 'complaint',
      instance: 2,
      remote: true,
      channel: 'transfer',
      agencyCode: 'xa2',
      references: { fromAgency: 'UBND xã A' },
      // Received there on 2/7/2026: the rule in force that day (7 working days, unconfirmed).
      acceptance: { days: 7, confirmed: false },
    });
    expect(() => decideCaseAction(log, { action: 'transfer', toAgency: 'xa' }, moment('2026-07-03'))).toThrow(
      DomainError,
    );
  });
});

describe('access', () => {
  const tree: AgencyTree = new Map([
    ['tinh', { parentCode: null, kind: 'province' }],
    ['xa', { parentCode: 'tinh', kind: 'commune' }],
    ['xa.motcua', { parentCode: 'xa', kind: 'one-stop-section' }],
    ['xa2', { parentCode: 'tinh', kind: 'commune' }],
  ]);
  const who = (id: string, role: Actor['roles'][number], agencyCode: string): Actor => ({
    id,
    username: id,
    roles: [role],
    agencyCode,
  });
  let log: CaseEntry[] = [receiveCase(denunciation(), moment('2026-03-02'))];
  log = act(log, { action: 'assign', assignee: { id: 'cv', name: 'Chuyên viên' } }, '2026-03-02');
  const view = deriveCase(log);
  it('the identity: the handler and their leader, not the supervisor, the administrator, another commune', () => {
    expect(maySeeDenouncer(who('cv', 'specialist', 'xa'), tree, view)).toBe(true);
    expect(maySeeDenouncer(who('ld', 'leader', 'xa'), tree, view)).toBe(true);
    expect(maySeeDenouncer(who('cv2', 'specialist', 'xa'), tree, view)).toBe(false);
    expect(maySeeDenouncer(who('gs', 'supervisor', 'tinh'), tree, view)).toBe(false);
    expect(maySeeDenouncer(who('ad', 'system-admin', 'tinh'), tree, view)).toBe(false);
    expect(maySeeDenouncer(who('ld2', 'leader', 'xa2'), tree, view)).toBe(false);
    expect(maySeeDenouncer(who('tn', 'counter-officer', 'xa.motcua'), tree, view)).toBe(false);
  });
  it('actions: the leader decides, the handler may record a withdrawal, the supervisor only reads', () => {
    expect(allowedCaseActions(who('ld', 'leader', 'xa'), tree, view)).toEqual(actionsInState(view));
    expect(allowedCaseActions(who('cv', 'specialist', 'xa'), tree, view)).toEqual(['withdraw']);
    expect(allowedCaseActions(who('gs', 'supervisor', 'tinh'), tree, view)).toEqual([]);
  });
});

describe('properties of the clocks', () => {
  const day = fc
    .integer({ min: toEpochDay(D('2019-01-01')), max: toEpochDay(D('2030-12-31')) })
    .map(fromEpochDay);
  const laterDay = fc
    .integer({ min: toEpochDay(D('2019-03-01')), max: toEpochDay(D('2030-12-31')) })
    .map(fromEpochDay);
  const kind = fc.constantFrom('complaint', 'denunciation' as const);
  it('no due date is ever before receipt, nor on a day off', () => {
    fc.assert(
      fc.property(
        day,
        kind,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 40 }),
        (on, k, remote, flag, wait) => {
          const r = receiveCase(
            k === 'complaint'
              ? complaint({ remote, instance: flag ? 1 : 2 })
              : denunciation({ verification: flag }),
            moment(on),
          );
          expect(r.acceptance.due > on).toBe(true);
          expect(cal.isWorkingDay(r.acceptance.due)).toBe(true);
          const accepted = decideCaseAction(
            [r],
            { action: 'accept', complex: flag },
            moment(addDays(on, wait)),
          );
          if (accepted.type !== 'accepted') throw new Error('accepted');
          expect(accepted.settlement.due > addDays(on, wait)).toBe(true);
          expect(cal.isWorkingDay(accepted.settlement.due)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('extensions never exceed the allowed count, and each moves the due date later', () => {
    const step = fc.record({
      complexity: fc.constantFrom('normal', 'complex', 'very-complex' as const),
      days: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(day, fc.array(step, { maxLength: 5 }), (on, steps) => {
        let log: CaseEntry[] = [receiveCase(denunciation(), moment(on))];
        log = act(log, { action: 'accept' }, on);
        for (const s of steps) {
          const before = deriveCase(log);
          try {
            log = act(
              log,
              { action: 'extend', complexity: s.complexity, days: s.days, reason: 'Gia hạn' },
              on,
            );
            expect(deriveCase(log).clock!.due > before.clock!.due).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect(deriveCase(log)).toEqual(before);
          }
          const v = deriveCase(log);
          expect(v.extensions).toBeLessThanOrEqual(DENUNCIATION_EXTENSIONS[v.complexity]);
          expect(v.extensions).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('the rule of the receipt day applies, whenever the case is accepted', () => {
    // A made-up change on a random day: cases received before it keep the old limit even if accepted after.
    fc.assert(
      fc.property(
        laterDay,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        (change, offset, wait) => {
          const rules: LimitRule[] = [
            ...LIMIT_RULES,
            {
              key: 'denunciation.settlement',
              effectiveFrom: change,
              days: 15,
              unit: 'working',
              basis: 'test',
              confirmed: false,
            },
          ];
          const on = addDays(change, offset);
          const r = receiveCase(denunciation(), moment(on, rules));
          const accepted = decideCaseAction([r], { action: 'accept' }, moment(addDays(on, wait), rules));
          if (accepted.type !== 'accepted') throw new Error('accepted');
          expect(accepted.settlement.days).toBe(on >= change ? 15 : 30);
        },
      ),
      { numRuns: 300 },
    );
  });
});
