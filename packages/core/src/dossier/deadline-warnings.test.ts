import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createWorkingCalendar,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  previousWorkingDay,
  workingDaysBetween,
} from '../calendar/index.ts';
import { localAt as at } from '../testing.ts';
import type { StaffRef } from './assignment.ts';
import { deadlineWarningsDue, dueWorkingDay, warningRecipients } from './deadline-warnings.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  SCRIPT_ASSIGNEE,
  scriptContext,
  scriptSubject,
} from './dossier-script.ts';
import { STATUS_KEYS } from './statuses.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const p = (s: string) => s as PlainDate;
const dayArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays(p('2024-01-01'), n));

describe('deadline warnings: when', () => {
  it('warns the officer the working day before and the leaders on the due day (a Monday after a weekend)', () => {
    const d = { status: 'processing' as const, dueDate: p('2025-07-14') };
    expect(deadlineWarningsDue(d, p('2025-07-10'), cal)).toEqual([]);
    expect(deadlineWarningsDue(d, p('2025-07-11'), cal)).toEqual(['officer-warning']);
    expect(deadlineWarningsDue(d, p('2025-07-12'), cal)).toEqual(['officer-warning']);
    expect(deadlineWarningsDue(d, p('2025-07-14'), cal)).toEqual(['officer-warning', 'leader-warning']);
    expect(deadlineWarningsDue(d, p('2025-07-15'), cal)).toEqual([]);
  });

  it('counts the day before across a holiday (2/9/2025 due 3/9: the officer on 29/8)', () => {
    const d = { status: 'received' as const, dueDate: p('2025-09-03') };
    expect(deadlineWarningsDue(d, p('2025-08-28'), cal)).toEqual([]);
    expect(deadlineWarningsDue(d, p('2025-08-29'), cal)).toEqual(['officer-warning']);
  });

  it('warns nobody about a dossier waiting for the applicant, ended or not received', () => {
    const today = p('2025-07-14');
    const paused = { status: 'processing' as const, dueDate: today, pausedAt: at('2025-07-10 09:00') };
    expect(deadlineWarningsDue(paused, today, cal)).toEqual([]);
    for (const status of [
      'supplement-requested',
      'payment-requested',
      'finished',
      'returned',
      'new',
    ] as const) {
      expect(deadlineWarningsDue({ status, dueDate: today }, today, cal)).toEqual([]);
    }
    expect(deadlineWarningsDue({ status: 'processing' }, today, cal)).toEqual([]);
  });

  it('property: the officer exactly on the working days from the day before the due day to the due date; the leaders from the due day', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -10, max: 10 }),
        fc.constantFrom(...STATUS_KEYS),
        (due, offset, status) => {
          const today = addDays(due, offset);
          const kinds = deadlineWarningsDue({ status, dueDate: due }, today, cal);
          const running = status === 'received' || status === 'processing';
          const dueDay = dueWorkingDay(cal, due);
          expect(kinds.includes('officer-warning')).toBe(
            running && today <= due && today >= previousWorkingDay(cal, dueDay),
          );
          expect(kinds.includes('leader-warning')).toBe(running && today <= due && today >= dueDay);
          // Every leader's warning day is an officer's warning day too, and the officer's starts one working day earlier.
          if (kinds.includes('leader-warning')) expect(kinds).toContain('officer-warning');
          if (running && cal.isWorkingDay(due)) {
            expect(workingDaysBetween(cal, previousWorkingDay(cal, dueDay), due)).toBe(1);
          }
        },
      ),
    );
  });
});

describe('deadline warnings: who', () => {
  const days5 = { value: 5, unit: 'working-days' } as const;
  const ctx = scriptContext(days5);
  const staff: StaffRef[] = [
    { username: 'chuyenvien', fullName: 'Trần Thị B', roles: ['specialist'], agencyCode: 'agency' },
    { username: 'cv2', fullName: 'Đỗ Văn E', roles: ['specialist'], agencyCode: 'agency' },
    { username: 'cv.khac', fullName: 'Phạm Văn Khác', roles: ['specialist'], agencyCode: 'other' },
    { username: 'ld', fullName: 'Lê Văn C', roles: ['leader'], agencyCode: 'agency' },
    { username: 'ld.khac', fullName: 'Lãnh đạo khác', roles: ['leader'], agencyCode: 'other' },
    { username: 'ld.tinh', fullName: 'Lãnh đạo tỉnh', roles: ['leader'], agencyCode: 'province' },
    { username: 'tn', fullName: 'Tiếp nhận', roles: ['counter-officer'], agencyCode: 'counter' },
  ];
  const received = DossierScript.receive(
    ctx,
    scriptSubject(days5),
    at('2025-07-01 09:00'),
    SCRIPT_ACTORS.counter,
  );
  const transferred = received.act(at('2025-07-01 10:00'), SCRIPT_ACTORS.counter, { action: 'transfer' });
  const names = (list: StaffRef[]) => list.map((s) => s.username);
  const stepOf = (d: DossierScript) => ctx.steps[d.state.stepIndex as number]!;

  it('the counter officers at the counter, the leaders of the commune it acts for', () => {
    expect(
      names(warningRecipients('officer-warning', received.state, stepOf(received), staff, ctx.tree)),
    ).toEqual(['tn']);
    expect(
      names(warningRecipients('leader-warning', received.state, stepOf(received), staff, ctx.tree)),
    ).toEqual(['ld']);
  });

  it('the agency’s officers at the step until it is assigned, then the assignee alone', () => {
    expect(
      names(warningRecipients('officer-warning', transferred.state, stepOf(transferred), staff, ctx.tree)),
    ).toEqual(['ld']);
    const assigned = transferred.act(
      at('2025-07-01 11:00'),
      SCRIPT_ACTORS.leader,
      { action: 'assign', data: { assignee: 'chuyenvien' } },
      { assignee: SCRIPT_ASSIGNEE },
    );
    expect(
      names(warningRecipients('officer-warning', assigned.state, stepOf(assigned), staff, ctx.tree)),
    ).toEqual(['chuyenvien']);
    // The assignee's account gone: the step's role at the agency instead of nobody.
    const without = staff.filter((s) => s.username !== 'chuyenvien');
    expect(
      names(warningRecipients('officer-warning', assigned.state, stepOf(assigned), without, ctx.tree)),
    ).toEqual(['cv2']);
    expect(
      names(warningRecipients('leader-warning', assigned.state, stepOf(assigned), staff, ctx.tree)),
    ).toEqual(['ld']);
  });
});
