import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, DEFAULT_OFFICE_HOURS, OFFICIAL_SCHEDULES } from '../calendar/index.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { computeDueDate, stepDueAt } from './deadlines.ts';
import { scriptSteps } from './dossier-script.ts';

const ctx = { calendar: createWorkingCalendar(OFFICIAL_SCHEDULES), office: DEFAULT_OFFICE_HOURS };
const at = (local: string) => `${local.replace(' ', 'T')}:00+07:00`;

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
    expect(computeDueDate(receivedAt, limit, ctx)).toEqual(
      dueAt === undefined ? { dueDate } : { dueDate, dueAt },
    );
  });

  it('counts the same-day cut-off of the centre, not a fixed 15:00', () => {
    const late = { ...ctx, office: { ...DEFAULT_OFFICE_HOURS, sameDayCutoff: 16 * 60 } };
    expect(computeDueDate(at('2025-07-01 15:30'), { value: 0, unit: 'same-day' }, late).dueDate).toBe(
      '2025-07-01',
    );
  });
});

describe('a step’s deadline', () => {
  // 5 working days = 40 h: reception 4 h, assignment 3 h, appraisal 23 h, approval 6 h, issue 4 h.
  const steps = scriptSteps({ value: 5, unit: 'working-days' });

  it('wants the transfer within the day by the cut-off, else by the start of the next working day', () => {
    expect(stepDueAt(steps[0]!, at('2025-07-01 09:00'), ctx)).toBe(at('2025-07-01 17:30'));
    // Friday after 15:00 → Monday's opening (Decree 118 Art. 18), not Monday's close.
    expect(stepDueAt(steps[0]!, at('2025-07-04 15:30'), ctx)).toBe(at('2025-07-07 07:30'));
    // Received at a Saturday session → Monday's opening.
    expect(stepDueAt(steps[0]!, at('2025-07-05 08:00'), ctx)).toBe(at('2025-07-07 07:30'));
  });

  it('counts other steps in working hours from their start', () => {
    // 3 h from 16:00: 1.5 h on Tuesday, 1.5 h on Wednesday morning.
    expect(stepDueAt(steps[1]!, at('2025-07-01 16:00'), ctx)).toBe(at('2025-07-02 09:00'));
    // 23 h from Wed 08:00: 7.5 h Wed, 8 h Thu, 7.5 h Fri → Fri 17:00.
    expect(stepDueAt(steps[2]!, at('2025-07-02 08:00'), ctx)).toBe(at('2025-07-04 17:00'));
  });
});
