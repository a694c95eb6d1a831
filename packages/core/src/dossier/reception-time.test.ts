import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  localDateTimeFromInstant,
  OFFICIAL_SCHEDULES,
  vietnamInstant,
  workingDaysBetween,
} from '../calendar/index.ts';
import {
  earliestBackdatedDay,
  isEarlierDay,
  judgeReceptionTime,
  MAX_BACKDATE_WORKING_DAYS,
} from './reception-time.ts';

const calendar = createWorkingCalendar(OFFICIAL_SCHEDULES);
const office = DEFAULT_OFFICE_HOURS;
const at = (iso: string) => Date.parse(iso);
// Tuesday 4 March 2025, 10:00 in Vietnam.
const now = at('2025-03-04T10:00:00+07:00');
const judge = (claimed: string | undefined, reason?: string, when = now) =>
  judgeReceptionTime({
    ...(claimed === undefined ? {} : { claimed }),
    now: when,
    calendar,
    office,
    ...(reason === undefined ? {} : { reason }),
  });
const fields = (v: ReturnType<typeof judge>) => (v.kind === 'refused' ? v.errors.map((e) => e.path) : []);

describe('judgeReceptionTime', () => {
  it('accepts now, and earlier today within office hours', () => {
    expect(judge(undefined).kind).toBe('accepted');
    expect(judge('2025-03-04T10:00:00+07:00')).toEqual({ kind: 'accepted', at: '2025-03-04T10:00:00+07:00' });
    expect(judge('2025-03-04T07:30:00+07:00').kind).toBe('accepted');
  });

  it('holds a claim earlier today but before the office opened, as for an earlier day', () => {
    expect(fields(judge('2025-03-04T06:00:00+07:00'))).toEqual(['receivedAt', 'backdateReason']);
    expect(judge('2025-03-04T06:00:00+07:00', 'Nhận ngoài giờ').kind).toBe('needs-approval');
    // An officer at the counter before opening receives now: that is no back-dating.
    expect(judge(undefined, undefined, at('2025-03-04T07:00:00+07:00')).kind).toBe('accepted');
  });

  it('refuses the future', () => {
    expect(fields(judge('2025-03-04T10:05:00+07:00'))).toEqual(['receivedAt']);
  });

  it('needs a reason for yesterday, then approval', () => {
    expect(fields(judge('2025-03-03T09:00:00+07:00'))).toEqual(['receivedAt', 'backdateReason']);
    expect(fields(judge('2025-03-03T09:00:00+07:00', '   '))).toEqual(['receivedAt', 'backdateReason']);
    expect(judge('2025-03-03T09:00:00+07:00', ' Mất điện cả ngày ')).toEqual({
      kind: 'needs-approval',
      at: '2025-03-03T09:00:00+07:00',
      reason: 'Mất điện cả ngày',
      workingDaysBack: 1,
    });
  });

  it('refuses 26 years back, with or without a reason, naming the earliest day', () => {
    const v = judge('2000-03-04T09:00:00+07:00', 'Nhập bù');
    expect(v.kind).toBe('refused');
    expect(fields(v)).toEqual(['receivedAt']);
    // Ten working days in (18/2, 4/3]: 19, 20, 21, 24, 25, 26, 27, 28 February, 3 and 4 March.
    expect(earliestBackdatedDay(calendar, '2025-03-04' as never)).toBe('2025-02-18');
    expect(v.kind === 'refused' && v.errors[0]?.message).toContain('18/02/2025');
    expect(judge('2025-02-18T09:00:00+07:00', 'Nhập bù').kind).toBe('needs-approval');
    expect(judge('2025-02-17T17:00:00+07:00', 'Nhập bù').kind).toBe('refused');
  });

  it('counts working days across Tết (the window is longer in calendar days)', () => {
    // Monday 10 February 2025, after the Tết break of 25 January – 2 February.
    const earliest = earliestBackdatedDay(calendar, '2025-02-10' as never);
    expect(workingDaysBetween(calendar, earliest, '2025-02-10' as never)).toBe(MAX_BACKDATE_WORKING_DAYS);
    expect(earliest < '2025-01-27').toBe(true);
  });

  it('tells the form when a day is earlier', () => {
    expect(isEarlierDay('2025-03-03T23:59:00+07:00', now)).toBe(true);
    expect(isEarlierDay('2025-03-03T17:30:00Z', now)).toBe(false); // 00:30 on the 4th in Vietnam
    expect(isEarlierDay('not a time', now)).toBe(false);
  });
});

const nowArb = fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2026-12-31T00:00:00Z') });
const backArb = fc.integer({ min: 0, max: 60 * 24 * 3600 * 1000 });
const reasonArb = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });

describe('judgeReceptionTime, properties', () => {
  it('never lets through a reception more than the window of working days back', () => {
    fc.assert(
      fc.property(nowArb, backArb, reasonArb, (n, back, reason) => {
        const claimed = vietnamInstant(n - back);
        const verdict = judge(claimed, reason, n);
        if (verdict.kind === 'refused') return;
        const days = workingDaysBetween(
          calendar,
          localDateTimeFromInstant(claimed).date,
          localDateTimeFromInstant(n).date,
        );
        expect(days).toBeLessThanOrEqual(MAX_BACKDATE_WORKING_DAYS);
        if (verdict.kind === 'needs-approval') expect(verdict.workingDaysBack).toBe(days);
      }),
    );
  });

  it('always accepts now, with or without a reason', () => {
    fc.assert(
      fc.property(nowArb, reasonArb, (n, reason) => {
        expect(judge(undefined, reason, n).kind).toBe('accepted');
        expect(judge(vietnamInstant(n), reason, n).kind).toBe('accepted');
      }),
    );
  });

  it('a reason only turns "give a reason" into "needs approval", never widens the window', () => {
    fc.assert(
      fc.property(nowArb, backArb, fc.string({ minLength: 1, maxLength: 20 }), (n, back, reason) => {
        const claimed = vietnamInstant(n - back);
        const without = judge(claimed, undefined, n);
        const withReason = judge(claimed, reason, n);
        if (without.kind === 'accepted') expect(withReason.kind).toBe('accepted');
        const asksReason = without.kind === 'refused' && fields(without).includes('backdateReason');
        if (without.kind === 'refused' && !asksReason) expect(withReason).toEqual(without);
        if (withReason.kind === 'needs-approval') expect(asksReason).toBe(true);
      }),
    );
  });

  it('accepts directly only the same Vietnam day, never an earlier one', () => {
    fc.assert(
      fc.property(nowArb, backArb, reasonArb, (n, back, reason) => {
        const claimed = vietnamInstant(n - back);
        if (judge(claimed, reason, n).kind === 'accepted') expect(isEarlierDay(claimed, n)).toBe(false);
      }),
    );
  });
});
