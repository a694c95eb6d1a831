import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  instantFromLocalDateTime,
  localDateTimeFromInstant,
  OFFICIAL_SCHEDULES,
  type PlainDate,
} from '../calendar/index.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { DomainError } from '../errors.ts';
import type { ActionType } from './actions.ts';
import {
  assessTimeliness,
  computeDueDate,
  type DeriveContext,
  type DossierAction,
  type DossierState,
  deriveState,
  dueSoon,
  isOverdue,
  requiresApology,
} from './dossier-log.ts';
import type { StatusKey } from './statuses.ts';
import { allowedActions, nextStatus } from './transitions.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const p = (s: string): PlainDate => s as PlainDate;
const ctx = (timeLimit: TimeLimit): DeriveContext => ({
  calendar: cal,
  office: DEFAULT_OFFICE_HOURS,
  timeLimit,
});
const days5 = ctx({ value: 5, unit: 'working-days' });

const COUNTER = { id: 'u1', name: 'Nguyễn Văn A', role: 'counter-officer', agencyCode: 'hoa-lu.centre' };
const SPECIALIST = { id: 'u2', name: 'Trần Thị B', role: 'specialist', agencyCode: 'so-tu-phap' };

/** Builds a log from [local time 'YYYY-MM-DD HH:MM', action, extra fields] rows, numbering seq from 1. */
const log = (
  ...rows: [string, ActionType, Partial<Omit<DossierAction, 'seq' | 'at' | 'action'>>?][]
): DossierAction[] =>
  rows.map(([when, action, extra], i) => ({
    seq: i + 1,
    at: `${when.replace(' ', 'T')}:00+07:00`,
    actor: action === 'request-supplement' || action === 'consult' ? SPECIALIST : COUNTER,
    action,
    ...extra,
  }));

const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

// Expected dates below are counted by hand on the 2025 schedule: July 2025 has no holiday
// (Tue 1/7, Sat 5/7, Mon 7/7); 30/8–2/9 is the National Day break.
describe('due date at reception', () => {
  it.each<[string, TimeLimit, string, string?]>([
    ['2025-07-01T09:00:00+07:00', { value: 5, unit: 'working-days' }, '2025-07-08'],
    ['2025-08-29T09:00:00+07:00', { value: 2, unit: 'working-days' }, '2025-09-04'],
    ['2025-07-05T09:00:00+07:00', { value: 1, unit: 'working-days' }, '2025-07-07'],
    // Same-day: by the 15:00 cut-off on a working day, else the next working day.
    ['2025-07-01T15:00:00+07:00', { value: 0, unit: 'same-day' }, '2025-07-01'],
    ['2025-07-01T15:01:00+07:00', { value: 0, unit: 'same-day' }, '2025-07-02'],
    ['2025-07-05T08:00:00+07:00', { value: 0, unit: 'same-day' }, '2025-07-07'],
    // The instant's offset is honoured: 08:30 UTC is 15:30 in Vietnam, after the cut-off.
    ['2025-07-01T08:30:00Z', { value: 0, unit: 'same-day' }, '2025-07-02'],
    // Working hours: due at the end of office time used, not the next session's start.
    [
      '2025-07-01T07:30:00+07:00',
      { value: 8, unit: 'working-hours' },
      '2025-07-01',
      '2025-07-01T17:30:00+07:00',
    ],
    [
      '2025-07-01T10:00:00+07:00',
      { value: 4, unit: 'working-hours' },
      '2025-07-01',
      '2025-07-01T16:00:00+07:00',
    ],
    [
      '2025-07-01T10:00:00+07:00',
      { value: 8, unit: 'working-hours' },
      '2025-07-02',
      '2025-07-02T10:00:00+07:00',
    ],
    [
      '2025-07-01T10:00:00+07:00',
      { value: 2, unit: 'working-hours' },
      '2025-07-01',
      '2025-07-01T14:00:00+07:00',
    ],
    [
      '2025-07-01T18:00:00+07:00',
      { value: 4, unit: 'working-hours' },
      '2025-07-02',
      '2025-07-02T11:30:00+07:00',
    ],
    [
      '2025-07-01T10:00:00+07:00',
      { value: 0, unit: 'working-hours' },
      '2025-07-01',
      '2025-07-01T10:00:00+07:00',
    ],
    // Calendar days, moved off a day off.
    ['2025-07-01T09:00:00+07:00', { value: 3, unit: 'calendar-days' }, '2025-07-04'],
    ['2025-07-01T09:00:00+07:00', { value: 4, unit: 'calendar-days' }, '2025-07-07'],
    ['2025-07-01T09:00:00+07:00', { value: 5, unit: 'calendar-days' }, '2025-07-07'],
    ['2025-08-25T09:00:00+07:00', { value: 7, unit: 'calendar-days' }, '2025-09-03'],
  ])('received %s, %j → %s %s', (receivedAt, limit, dueDate, dueAt) => {
    expect(computeDueDate(receivedAt, ctx(limit))).toEqual(
      dueAt === undefined ? { dueDate } : { dueDate, dueAt },
    );
    const state = deriveState(log([receivedAt.slice(0, 16).replace('T', ' '), 'receive']), ctx(limit));
    if (!receivedAt.endsWith('Z')) expect(state.dueDate).toBe(dueDate);
  });
});

describe('deriveState', () => {
  it('follows a counter dossier from intake to the returned result', () => {
    const state = deriveState(
      log(
        ['2025-07-01 09:00', 'receive'],
        ['2025-07-01 10:00', 'transfer'],
        ['2025-07-02 08:00', 'assign', { data: { assignee: 'u2' } }],
        ['2025-07-03 08:00', 'appraise'],
        ['2025-07-03 09:00', 'submit-for-approval'],
        ['2025-07-03 10:00', 'return-for-rework', { reason: 'Thiếu căn cứ' }],
        ['2025-07-03 11:00', 'submit-for-approval'],
        ['2025-07-04 08:00', 'approve'],
        ['2025-07-04 09:00', 'issue-result', { data: { resultCode: '000.00.31.H42-250701-0001-KQ1' } }],
        ['2025-07-07 09:00', 'return-result'],
      ),
      days5,
    );
    expect(state).toEqual({
      status: 'returned',
      statusCode: 10,
      lastSeq: 10,
      receivedAt: '2025-07-01T09:00:00+07:00',
      dueDate: p('2025-07-08'),
      originalDueDate: p('2025-07-08'),
      pausedWorkingDays: 0,
      isPaused: false,
      supplementRequests: {},
      receptionSupplementRequests: 0,
      hasRepeatedSupplement: false,
      extensions: [],
      assignee: 'u2',
      pendingConsultations: [],
      resultCodes: ['000.00.31.H42-250701-0001-KQ1'],
      finishedAt: '2025-07-04T09:00:00+07:00',
      processingEndedAt: '2025-07-04T09:00:00+07:00',
      returnedAt: '2025-07-07T09:00:00+07:00',
    } satisfies DossierState);
    expect(assessTimeliness(state, '2025-07-10T00:00:00+07:00')).toBe('early');
  });

  it('accepts an online dossier, with one written guidance before reception that does not stop any clock', () => {
    const state = deriveState(
      log(
        ['2025-06-30 20:00', 'submit-online'],
        ['2025-07-01 08:00', 'request-supplement', { reason: 'Thiếu bản sao giấy khai sinh' }],
        ['2025-07-02 21:00', 'supplement'],
        ['2025-07-03 08:00', 'receive'],
      ),
      days5,
    );
    expect(state).toMatchObject({
      status: 'received',
      submittedAt: '2025-06-30T20:00:00+07:00',
      receivedAt: '2025-07-03T08:00:00+07:00',
      dueDate: '2025-07-10',
      pausedWorkingDays: 0,
      receptionSupplementRequests: 1,
      supplementRequests: {},
      hasRepeatedSupplement: false,
    });
  });

  it('stops the clock while waiting for a supplement after reception', () => {
    const rows = log(
      ['2025-07-01 09:00', 'receive'],
      ['2025-07-01 10:00', 'transfer'],
      ['2025-07-03 10:00', 'request-supplement', { reason: 'Thiếu bản vẽ' }],
    );
    const paused = deriveState(rows, days5);
    expect(paused).toMatchObject({
      status: 'supplement-requested',
      isPaused: true,
      pausedAt: '2025-07-03T10:00:00+07:00',
      statusBeforePause: 'processing',
      dueDate: '2025-07-08',
      supplementRequests: { 'so-tu-phap': 1 },
    });
    // Waited Fri 4, Mon 7, Tue 8: three working days, so 8/7 becomes 11/7.
    const resumed = deriveState(
      [...rows, { ...rows[0]!, seq: 4, at: '2025-07-08T14:00:00+07:00', action: 'supplement' }],
      days5,
    );
    expect(resumed).toMatchObject({
      status: 'processing',
      isPaused: false,
      dueDate: '2025-07-11',
      originalDueDate: '2025-07-08',
      pausedWorkingDays: 3,
    });
    expect(resumed.pausedAt).toBeUndefined();
    expect(resumed.statusBeforePause).toBeUndefined();
  });

  it('stops the clock while waiting for payment, and moves an hour-based due instant by whole working days', () => {
    const state = deriveState(
      log(
        ['2025-07-01 10:00', 'receive'],
        ['2025-07-01 10:05', 'transfer'],
        ['2025-07-01 11:00', 'request-payment', { data: { amount: 50000 } }],
        [
          '2025-07-03 09:00',
          'record-payment',
          { data: { amount: 50000, method: 'cash', reference: 'BL-1' } },
        ],
      ),
      ctx({ value: 8, unit: 'working-hours' }),
    );
    expect(state).toMatchObject({
      status: 'processing',
      pausedWorkingDays: 2,
      dueDate: '2025-07-04',
      dueAt: '2025-07-04T10:00:00+07:00',
    });
  });

  it('lets each agency request a supplement once; a second needs an override and makes the dossier late', () => {
    const rows = log(
      ['2025-07-01 09:00', 'receive'],
      ['2025-07-01 10:00', 'transfer'],
      ['2025-07-02 09:00', 'request-supplement', { reason: 'Thiếu giấy tờ' }],
      ['2025-07-02 15:00', 'supplement'],
      ['2025-07-03 09:00', 'request-supplement', { reason: 'Thiếu giấy tờ khác' }],
    );
    const e = thrown(() => deriveState(rows, days5));
    expect(e.code).toBe('CONFLICT');
    expect(e.messageVi).toContain('chỉ được yêu cầu bổ sung hồ sơ một lần');
    expect(e.messageEn).toContain('only once');
    expect(e.details).toEqual({ rule: 'supplement-once', agencyCode: 'so-tu-phap', previousRequests: 1 });

    // An override without a reason is not enough.
    const noReason = rows.map((r) => (r.seq === 5 ? { ...r, reason: ' ', data: { override: true } } : r));
    expect(thrown(() => deriveState(noReason, days5)).code).toBe('CONFLICT');

    const overridden = rows.map((r) => (r.seq === 5 ? { ...r, data: { override: true } } : r));
    const state = deriveState(overridden, days5);
    expect(state.supplementRequests).toEqual({ 'so-tu-phap': 2 });
    expect(state.hasRepeatedSupplement).toBe(true);
    expect(assessTimeliness(state, '2025-07-03T10:00:00+07:00')).toBe('late');
  });

  it('counts supplement requests per agency: two agencies asking once each is not a repeat', () => {
    const state = deriveState(
      log(
        ['2025-07-01 09:00', 'receive'],
        ['2025-07-01 10:00', 'transfer'],
        ['2025-07-02 09:00', 'request-supplement', { reason: 'a' }],
        ['2025-07-02 15:00', 'supplement'],
        ['2025-07-03 09:00', 'request-supplement', { reason: 'b', agencyCode: 'cong-an-tinh' }],
      ),
      days5,
    );
    expect(state.supplementRequests).toEqual({ 'so-tu-phap': 1, 'cong-an-tinh': 1 });
    expect(state.hasRepeatedSupplement).toBe(false);
  });

  it('applies the once rule to written guidance before reception too', () => {
    const rows = log(
      ['2025-07-01 08:00', 'submit-online'],
      ['2025-07-01 09:00', 'request-supplement', { reason: 'a' }],
      ['2025-07-01 10:00', 'supplement'],
      ['2025-07-01 11:00', 'request-supplement', { reason: 'b' }],
    );
    expect(thrown(() => deriveState(rows, days5)).code).toBe('CONFLICT');
  });

  describe('apology and extension (Form 04)', () => {
    const base = log(['2025-07-01 09:00', 'receive'], ['2025-07-01 10:00', 'transfer']);
    const extendTo = (newDueDate: unknown, reason = 'Chờ ý kiến cơ quan phối hợp'): DossierAction[] => [
      ...base,
      {
        seq: 3,
        at: '2025-07-07T09:00:00+07:00',
        actor: COUNTER,
        action: 'apologize-extend',
        reason,
        data: { newDueDate },
      },
    ];

    it('sets a later due date and records it', () => {
      const state = deriveState(extendTo('2025-07-15'), days5);
      expect(state.dueDate).toBe('2025-07-15');
      expect(state.originalDueDate).toBe('2025-07-08');
      expect(state.extensions).toEqual([
        { at: '2025-07-07T09:00:00+07:00', newDueDate: '2025-07-15', reason: 'Chờ ý kiến cơ quan phối hợp' },
      ]);
    });

    it.each([
      ['2025-07-08', 'not after the current due date'],
      ['2025-07-07', 'earlier'],
      ['2025-07-12', 'a Saturday'],
      ['15/07/2025', 'not a plain date'],
      [undefined, 'missing'],
    ])('refuses %s (%s)', (date, _why) => {
      const e = thrown(() => deriveState(extendTo(date), days5));
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.fields?.[0]?.path).toBe('log[2].data.newDueDate');
    });

    it('needs a reason', () => {
      const e = thrown(() => deriveState(extendTo('2025-07-15', ''), days5));
      expect(e.fields?.[0]?.path).toBe('log[2].reason');
    });

    it('sets an hour-based deadline to the close of office hours on the new date', () => {
      const state = deriveState(extendTo('2025-07-15'), ctx({ value: 8, unit: 'working-hours' }));
      expect(state.dueAt).toBe('2025-07-15T17:30:00+07:00');
    });
  });

  it('rejects an action the state machine does not allow, with the allowed ones', () => {
    const e = thrown(() =>
      deriveState(log(['2025-07-01 09:00', 'receive'], ['2025-07-01 10:00', 'issue-result']), days5),
    );
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.details?.allowedActions).toEqual(['transfer', 'apologize-extend', 'withdraw']);
  });

  it('rejects a malformed log', () => {
    expect(thrown(() => deriveState([], days5)).code).toBe('VALIDATION_FAILED');
    const rows = log(['2025-07-01 09:00', 'receive'], ['2025-07-01 10:00', 'transfer']);
    const repeated = rows.map((r) => ({ ...r, seq: 1 }));
    expect(thrown(() => deriveState(repeated, days5)).fields?.[0]?.path).toBe('log[1].seq');
    const badTime = rows.map((r) => (r.seq === 2 ? { ...r, at: '2025-07-01 10:00' } : r));
    expect(thrown(() => deriveState(badTime, days5)).fields?.[0]?.path).toBe('log[1].at');
  });

  it('tracks consultations until each agency replies', () => {
    const state = deriveState(
      log(
        ['2025-07-01 09:00', 'receive'],
        ['2025-07-01 10:00', 'transfer'],
        ['2025-07-02 09:00', 'consult', { agencyCode: 'thue' }],
        ['2025-07-02 09:05', 'consult', { agencyCode: 'cong-an-tinh' }],
        ['2025-07-03 09:00', 'consult-reply', { agencyCode: 'thue' }],
      ),
      days5,
    );
    expect(state.pendingConsultations).toEqual(['cong-an-tinh']);
  });

  it('keeps the return appointment, at home with an address for those who cannot travel', () => {
    const finished: [string, ActionType, Partial<DossierAction>?][] = [
      ['2025-07-01 09:00', 'receive'],
      ['2025-07-01 10:00', 'transfer'],
      ['2025-07-03 09:00', 'issue-result'],
    ];
    const home = {
      data: { appointmentAt: '2025-07-04T14:00:00+07:00', place: 'home', address: 'Xóm 3, phường Hoa Lư' },
    };
    const state = deriveState(log(...finished, ['2025-07-03 10:00', 'schedule-return', home]), days5);
    expect(state.returnAppointment).toEqual({
      at: '2025-07-04T14:00:00+07:00',
      place: 'home',
      address: 'Xóm 3, phường Hoa Lư',
    });
    expect(state.status).toBe('finished');
    const noAddress = { data: { appointmentAt: '2025-07-04T14:00:00+07:00', place: 'home' } };
    expect(
      thrown(() => deriveState(log(...finished, ['2025-07-03 10:00', 'schedule-return', noAddress]), days5))
        .fields?.[0]?.path,
    ).toBe('log[3].data.address');
    const localTime = { data: { appointmentAt: '2025-07-04 14:00', place: 'counter' } };
    expect(
      thrown(() => deriveState(log(...finished, ['2025-07-03 10:00', 'schedule-return', localTime]), days5))
        .fields?.[0]?.path,
    ).toBe('log[3].data.appointmentAt');
  });

  it('ends processing at the start of the wait when a waiting dossier is stopped', () => {
    const state = deriveState(
      log(
        ['2025-07-01 09:00', 'receive'],
        ['2025-07-01 10:00', 'transfer'],
        ['2025-07-04 09:00', 'request-supplement', { reason: 'a' }],
        ['2025-07-31 09:00', 'stop', { reason: 'Quá hạn bổ sung' }],
      ),
      days5,
    );
    expect(state).toMatchObject({
      status: 'stopped',
      stoppedAt: '2025-07-31T09:00:00+07:00',
      isPaused: false,
    });
    expect(state.processingEndedAt).toBe('2025-07-04T09:00:00+07:00');
    expect(assessTimeliness(state, '2025-08-01T00:00:00+07:00')).toBe('early');
  });
});

describe('timeliness', () => {
  const received = log(['2025-07-01 09:00', 'receive'], ['2025-07-01 10:00', 'transfer']);
  const finishedOn = (when: string) =>
    deriveState(
      [...received, { seq: 3, at: `${when}+07:00`, actor: COUNTER, action: 'issue-result' }],
      days5,
    );

  it.each([
    ['2025-07-07T16:00:00', 'early'],
    ['2025-07-08T00:00:00', 'on-time'],
    ['2025-07-08T23:59:00', 'on-time'],
    ['2025-07-09T07:00:00', 'late'],
  ])('finished %s with due 8/7: %s', (when, expected) => {
    expect(assessTimeliness(finishedOn(when), '2025-12-31T00:00:00+07:00')).toBe(expected);
  });

  it('compares the instant for hour-based limits', () => {
    const hours = ctx({ value: 4, unit: 'working-hours' });
    const rows = (when: string) =>
      deriveState(
        [...received, { seq: 3, at: `2025-07-01T${when}:00+07:00`, actor: COUNTER, action: 'issue-result' }],
        hours,
      );
    // 4 h from 09:00: 09:00–11:30 and 13:30–15:00.
    expect(rows('15:00').dueAt).toBe('2025-07-01T15:00:00+07:00');
    expect(assessTimeliness(rows('15:00'), '2025-07-02T00:00:00+07:00')).toBe('on-time');
    expect(assessTimeliness(rows('15:01'), '2025-07-02T00:00:00+07:00')).toBe('late');
  });

  it('calls an open dossier late only once past the due date', () => {
    const state = deriveState(received, days5);
    expect(assessTimeliness(state, '2025-07-08T23:00:00+07:00')).toBe('not-due');
    expect(assessTimeliness(state, '2025-07-09T00:00:00+07:00')).toBe('late');
    expect(assessTimeliness(state, '2025-07-08T17:00:00Z')).toBe('late');
  });

  it('holds the clock for a waiting dossier', () => {
    const state = deriveState(
      [
        ...received,
        {
          seq: 3,
          at: '2025-07-07T09:00:00+07:00',
          actor: SPECIALIST,
          action: 'request-supplement',
          reason: 'a',
        },
      ],
      days5,
    );
    expect(assessTimeliness(state, '2025-08-30T00:00:00+07:00')).toBe('not-due');
    expect(isOverdue(state, p('2025-08-30'))).toBe(false);
    expect(requiresApology(state, p('2025-08-30'), cal)).toBe(false);
    expect(dueSoon(state, p('2025-07-07'), cal)).toBe(false);
  });

  it('has nothing to say about a dossier never received', () => {
    const state = deriveState(
      log(['2025-07-01 09:00', 'submit-online'], ['2025-07-01 10:00', 'refuse']),
      days5,
    );
    expect(assessTimeliness(state, '2026-01-01T00:00:00+07:00')).toBe('not-due');
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
    const state = deriveState(received, days5);
    expect(dueSoon(state, p(today), cal)).toBe(soon);
    expect(isOverdue(state, p(today))).toBe(overdue);
    expect(requiresApology(state, p(today), cal)).toBe(overdue);
  });

  it('needs no apology once an extension covers today, nor once processing is finished', () => {
    const extended = deriveState(
      [
        ...received,
        {
          seq: 3,
          at: '2025-07-09T08:00:00+07:00',
          actor: COUNTER,
          action: 'apologize-extend',
          reason: 'r',
          data: { newDueDate: '2025-07-15' },
        },
      ],
      days5,
    );
    expect(requiresApology(extended, p('2025-07-15'), cal)).toBe(false);
    expect(requiresApology(extended, p('2025-07-16'), cal)).toBe(true);
    expect(requiresApology(finishedOn('2025-07-10T08:00:00'), p('2025-07-16'), cal)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random valid logs built from allowedActions.

const LIMITS: TimeLimit[] = [
  { value: 0, unit: 'same-day' },
  { value: 3, unit: 'working-days' },
  { value: 15, unit: 'working-days' },
  { value: 4, unit: 'working-hours' },
  { value: 40, unit: 'working-hours' },
  { value: 10, unit: 'calendar-days' },
];

// Favour the actions that move the deadline or test the once rule.
const WEIGHTS: Partial<Record<ActionType, number>> = {
  'request-supplement': 4,
  transfer: 3,
  receive: 3,
  'request-payment': 2,
};

const stepArb = fc.record({
  choice: fc.nat(),
  gapMinutes: fc.integer({ min: 0, max: 5 * 24 * 60 }),
  agency: fc.constantFrom('so-tu-phap', 'cong-an-tinh'),
  extendBy: fc.integer({ min: 1, max: 10 }),
});

/** A valid log: each step picks one of the allowed actions, with the data it needs. */
const buildLog = (
  steps: { choice: number; gapMinutes: number; agency: string; extendBy: number }[],
  c: DeriveContext,
  startMs: number,
): DossierAction[] => {
  const out: DossierAction[] = [];
  let t = startMs;
  let state: DossierState | undefined;
  for (const step of steps) {
    const options = allowedActions(state?.status ?? 'none').filter(
      (a) => a !== 'apologize-extend' || state?.dueDate !== undefined,
    );
    if (options.length === 0) break;
    // Ending actions are picked rarely, so that logs reach pauses, extensions and results.
    const going = options.filter((a) => a !== 'refuse' && a !== 'withdraw' && a !== 'stop');
    const pool = step.choice % 12 === 0 || going.length === 0 ? options : going;
    const weighted = pool.flatMap((a) => Array<ActionType>(WEIGHTS[a] ?? 1).fill(a));
    const action = weighted[Math.floor(step.choice / 12) % weighted.length]!;
    t += step.gapMinutes * 60_000;
    const entry: DossierAction = {
      seq: out.length + 1,
      at: instantFromLocalDateTime(localDateTimeFromInstant(t)),
      actor: COUNTER,
      action,
    };
    if (action === 'request-supplement') {
      entry.agencyCode = step.agency;
      entry.reason = 'Thiếu giấy tờ';
      const count =
        state?.receivedAt === undefined
          ? state?.receptionSupplementRequests
          : state.supplementRequests[step.agency];
      if ((count ?? 0) >= 1) entry.data = { override: true };
    }
    if (action === 'apologize-extend' && state?.dueDate !== undefined) {
      entry.reason = 'Chậm do phối hợp';
      entry.data = { newDueDate: addWorkingDays(cal, state.dueDate, step.extendBy) };
    }
    if (action === 'schedule-return') {
      entry.data = {
        appointmentAt: instantFromLocalDateTime(localDateTimeFromInstant(t + 86_400_000)),
        place: 'counter',
      };
    }
    out.push(entry);
    state = deriveState(out, c);
  }
  return out;
};

const logArb = fc
  .record({
    steps: fc.array(stepArb, { minLength: 1, maxLength: 40 }),
    limit: fc.constantFrom(...LIMITS),
    // Anywhere in 2025–2026, the years with official schedules.
    startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 1) }),
  })
  .map(({ steps, limit, startMs }) => {
    const c = ctx(limit);
    return { c, rows: buildLog(steps, c, startMs) };
  });

describe('properties of derived state', () => {
  it('derived status equals a replay of the transition table', () => {
    fc.assert(
      fc.property(logArb, ({ c, rows }) => {
        let status: StatusKey | 'none' = 'none';
        let before: StatusKey | undefined;
        for (const [i, a] of rows.entries()) {
          const to = nextStatus(status, a.action, before);
          if (to === 'supplement-requested' || to === 'payment-requested') {
            if (to !== status) before = status as StatusKey;
          } else before = undefined;
          status = to;
          const derived = deriveState(rows.slice(0, i + 1), c);
          expect(derived.status).toBe(status);
          expect(derived.statusBeforePause).toBe(before);
          expect(derived.lastSeq).toBe(a.seq);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never has a due date before the reception date, and only ever moves it later', () => {
    fc.assert(
      fc.property(logArb, ({ c, rows }) => {
        let previous: PlainDate | undefined;
        for (const [i, a] of rows.entries()) {
          const s = deriveState(rows.slice(0, i + 1), c);
          if (s.receivedAt === undefined) continue;
          const receivedDate = localDateTimeFromInstant(s.receivedAt).date;
          expect(s.dueDate! >= receivedDate).toBe(true);
          expect(s.originalDueDate! <= s.dueDate!).toBe(true);
          if (previous !== undefined) {
            expect(s.dueDate! >= previous).toBe(true);
            if (a.action === 'apologize-extend') expect(s.dueDate! > previous).toBe(true);
          }
          previous = s.dueDate;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves a working-day deadline by exactly the working days paused when there is no extension', () => {
    fc.assert(
      fc.property(logArb, ({ c, rows }) => {
        const s = deriveState(rows, c);
        if (s.originalDueDate === undefined || s.extensions.length > 0 || s.dueAt !== undefined) return;
        expect(s.dueDate).toBe(addWorkingDays(cal, s.originalDueDate, s.pausedWorkingDays));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a repeated supplement request as late, whenever assessed', () => {
    fc.assert(
      fc.property(
        logArb,
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        ({ c, rows }, ms) => {
          const s = deriveState(rows, c);
          const repeated = Object.values(s.supplementRequests).some((n) => n > 1);
          expect(s.hasRepeatedSupplement).toBe(repeated);
          if (repeated)
            expect(assessTimeliness(s, instantFromLocalDateTime(localDateTimeFromInstant(ms)))).toBe('late');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('derives the same state from the same log (a pure replay)', () => {
    fc.assert(
      fc.property(logArb, ({ c, rows }) => {
        expect(deriveState(rows, c)).toEqual(
          deriveState(JSON.parse(JSON.stringify(rows)) as DossierAction[], c),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('rejects any action outside the table appended to a valid log', () => {
    fc.assert(
      fc.property(
        logArb,
        fc.constantFrom(...(['approve', 'receive', 'return-result', 'supplement', 'transfer'] as const)),
        ({ c, rows }, action) => {
          const s = deriveState(rows, c);
          if (allowedActions(s.status).includes(action)) return;
          const next = { ...rows.at(-1)!, seq: s.lastSeq + 1, action };
          expect(thrown(() => deriveState([...rows, next], c)).code).toBe('INVALID_TRANSITION');
        },
      ),
      { numRuns: 100 },
    );
  });
});
