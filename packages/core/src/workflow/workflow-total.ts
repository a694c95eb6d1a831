/**
 * The steps' time against the case's legal limit: what the editor shows while an admin types and what the
 * server refuses on save (`workflowErrors`). One comparison, so both say the same.
 */
import type { TimeLimit } from '../catalogue/procedure.ts';

export const ALLOTMENT_UNITS = ['working-days', 'working-hours'] as const;
export type AllotmentUnit = (typeof ALLOTMENT_UNITS)[number];

export interface Allotment {
  unit: AllotmentUnit;
  value: number;
}

export const HOURS_PER_WORKING_DAY = 8;

export const allotmentHours = (a: Allotment): number =>
  a.unit === 'working-days' ? a.value * HOURS_PER_WORKING_DAY : a.value;

/** The legal time limit as working hours: the budget the steps' allotments must fit in. */
export const timeLimitHours = (limit: TimeLimit): number => {
  switch (limit.unit) {
    case 'working-days':
      return limit.value * HOURS_PER_WORKING_DAY;
    case 'working-hours':
      return limit.value;
    case 'same-day':
      return HOURS_PER_WORKING_DAY;
    case 'calendar-days':
      // Calendar days include weekends; the working time within them is at most this.
      return limit.value * HOURS_PER_WORKING_DAY;
  }
};

export interface WorkflowTotal {
  /** The allotments added up, in working hours (an allotment not yet a positive number counts 0). */
  usedHours: number;
  /** The same in working days of 8 hours. */
  usedDays: number;
  /** The legal limit as working hours (see timeLimitHours). */
  limitHours: number;
  isOverLimit: boolean;
}

const counted = (a: Allotment | undefined): number =>
  a && Number.isFinite(a.value) && a.value > 0 ? allotmentHours(a) : 0;

export const workflowTotal = (
  steps: readonly { allotment?: Allotment }[],
  limit: TimeLimit,
): WorkflowTotal => {
  const usedHours = steps.reduce((sum, s) => sum + counted(s.allotment), 0);
  const limitHours = timeLimitHours(limit);
  return {
    usedHours,
    usedDays: usedHours / HOURS_PER_WORKING_DAY,
    limitHours,
    isOverLimit: usedHours > limitHours,
  };
};
