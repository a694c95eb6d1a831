/**
 * The statutory time limits of complaints (khiếu nại) and denunciations (tố cáo), as DATA with effective
 * dates: a case uses, for every limit, the row in force on the day it was received (docs/domain/
 * complaints-and-denunciations.md). A later law is a new row, never an if-statement on a date.
 *
 * Each row says whether it counts calendar days or working days, its legal basis, and whether its text was
 * confirmed from the sources we hold (`confirmed: false` marks a reported change not read in the text).
 */
import {
  addDays,
  addWorkingDays,
  daysBetween,
  type PlainDate,
  type WorkingCalendar,
  workingDaysBetween,
} from '../calendar/index.ts';

export const LIMIT_UNITS = ['calendar', 'working'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export const LIMIT_KEYS = [
  /** A first complaint must be lodged within this many days of learning of the decision or act. */
  'complaint.limitation',
  /** Decide whether to accept (thụ lý) a complaint, counted from receipt. */
  'complaint.acceptance',
  'complaint.first',
  'complaint.first.complex',
  'complaint.first.remote',
  'complaint.first.remote-complex',
  'complaint.second',
  'complaint.second.complex',
  'complaint.second.remote',
  'complaint.second.remote-complex',
  /** Initial handling (accept or not) of a denunciation, counted from receipt. */
  'denunciation.initial',
  /** The same when the denunciation needs verification first. */
  'denunciation.initial.verification',
  /** Transfer of a denunciation outside the receiver's competence, counted from receipt. */
  'denunciation.transfer',
  /** Settlement, counted from acceptance. */
  'denunciation.settlement',
  /** One extension's length (the number allowed depends on the complexity, see DENUNCIATION_EXTENSIONS). */
  'denunciation.extension',
] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

export interface LimitRule {
  key: LimitKey;
  /** First day the row applies to cases received on or after it. */
  effectiveFrom: PlainDate;
  days: number;
  unit: LimitUnit;
  basis: string;
  confirmed: boolean;
  /** What is uncertain about the row, in English (the doc says it in full). */
  note?: string;
}

const d = (s: string) => s as PlainDate;
const KN = 'Luật Khiếu nại 02/2011/QH13';
const TC = 'Luật Tố cáo 25/2018/QH14';
const LAW_2011 = d('2012-07-01');
const LAW_2018 = d('2019-01-01');
const SETTLEMENT_NOTE =
  'The Law says "ngày" without "làm việc"; counted as calendar days (Civil Code counting), not verified against Decree 124/2020.';

/** The rows we hold, oldest first within each key. Edit here (or add a row) when the law changes. */
export const LIMIT_RULES: readonly LimitRule[] = [
  {
    key: 'complaint.limitation',
    effectiveFrom: LAW_2011,
    days: 90,
    unit: 'calendar',
    basis: `${KN}, Điều 9`,
    confirmed: true,
  },
  {
    key: 'complaint.acceptance',
    effectiveFrom: LAW_2011,
    days: 10,
    unit: 'working',
    basis: `${KN}, Điều 27; Thông tư 07/2013/TT-TTCP (10 ngày làm việc)`,
    confirmed: true,
    note: 'The Law says 10 days; Circular 07/2013 counts working days; Decree 124/2020 not read.',
  },
  {
    key: 'complaint.acceptance',
    effectiveFrom: d('2026-07-01'),
    days: 7,
    unit: 'working',
    basis: 'Luật 136/2025/QH15 sửa đổi Luật Khiếu nại; Nghị định 155/2026/NĐ-CP (chưa xác minh)',
    confirmed: false,
    note: 'Reported, not read: acceptance within 7 working days from 1/7/2026 (low confidence).',
  },
  {
    key: 'complaint.first',
    effectiveFrom: LAW_2011,
    days: 30,
    unit: 'calendar',
    basis: `${KN}, Điều 28`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.first.complex',
    effectiveFrom: LAW_2011,
    days: 45,
    unit: 'calendar',
    basis: `${KN}, Điều 28`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.first.remote',
    effectiveFrom: LAW_2011,
    days: 45,
    unit: 'calendar',
    basis: `${KN}, Điều 28`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.first.remote-complex',
    effectiveFrom: LAW_2011,
    days: 60,
    unit: 'calendar',
    basis: `${KN}, Điều 28`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.second',
    effectiveFrom: LAW_2011,
    days: 45,
    unit: 'calendar',
    basis: `${KN}, Điều 37`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.second.complex',
    effectiveFrom: LAW_2011,
    days: 60,
    unit: 'calendar',
    basis: `${KN}, Điều 37`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.second.remote',
    effectiveFrom: LAW_2011,
    days: 60,
    unit: 'calendar',
    basis: `${KN}, Điều 37`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'complaint.second.remote-complex',
    effectiveFrom: LAW_2011,
    days: 70,
    unit: 'calendar',
    basis: `${KN}, Điều 37`,
    confirmed: true,
    note: SETTLEMENT_NOTE,
  },
  {
    key: 'denunciation.initial',
    effectiveFrom: LAW_2018,
    days: 7,
    unit: 'working',
    basis: `${TC}, Điều 24.1`,
    confirmed: true,
  },
  {
    key: 'denunciation.initial.verification',
    effectiveFrom: LAW_2018,
    days: 10,
    unit: 'working',
    basis: `${TC}, Điều 24.1`,
    confirmed: true,
  },
  {
    key: 'denunciation.transfer',
    effectiveFrom: LAW_2018,
    days: 5,
    unit: 'working',
    basis: `${TC}, Điều 24.2`,
    confirmed: true,
  },
  {
    key: 'denunciation.settlement',
    effectiveFrom: LAW_2018,
    days: 30,
    unit: 'calendar',
    basis: `${TC}, Điều 30`,
    confirmed: true,
    note: 'The Law says "30 ngày" without "làm việc"; counted as calendar days.',
  },
  {
    key: 'denunciation.extension',
    effectiveFrom: LAW_2018,
    days: 30,
    unit: 'calendar',
    basis: `${TC}, Điều 30`,
    confirmed: true,
    note: 'Up to 30 days each; the extension may be shorter, never longer.',
  },
];

/** Denunciations: how many extensions each complexity allows (Law on Denunciations 2018, Art. 30). */
export const DENUNCIATION_COMPLEXITIES = ['normal', 'complex', 'very-complex'] as const;
export type DenunciationComplexity = (typeof DENUNCIATION_COMPLEXITIES)[number];
export const DENUNCIATION_EXTENSIONS: Record<DenunciationComplexity, number> = {
  normal: 0,
  complex: 1,
  'very-complex': 2,
};

/** The row for a key in force on a day; throws when none is (a case received before the law). */
export const ruleInForce = (
  key: LimitKey,
  receivedOn: PlainDate,
  rules: readonly LimitRule[] = LIMIT_RULES,
): LimitRule => {
  let found: LimitRule | undefined;
  for (const r of rules) {
    if (
      r.key === key &&
      r.effectiveFrom <= receivedOn &&
      (!found || r.effectiveFrom >= found.effectiveFrom)
    ) {
      found = r;
    }
  }
  if (!found) throw new RangeError(`No ${key} rule in force on ${receivedOn}`);
  return found;
};

/**
 * The last day of a limit counted from `from` (the day of the event is not counted). A calendar limit
 * that ends on a day off moves to the next working day (Civil Code 2015, Art. 148.5); a working-day limit
 * always ends on a working day.
 */
export const dueAfter = (cal: WorkingCalendar, from: PlainDate, days: number, unit: LimitUnit): PlainDate =>
  unit === 'working' ? addWorkingDays(cal, from, days) : addWorkingDays(cal, addDays(from, days), 0);

/** Days left until a due date in the limit's own unit (negative when overdue, 0 on the day). */
export const daysLeft = (cal: WorkingCalendar, today: PlainDate, due: PlainDate, unit: LimitUnit): number =>
  unit === 'working' ? workingDaysBetween(cal, today, due) : daysBetween(today, due);

/** A limit as applied to a case: recorded in its log at the moment it was decided. */
export interface AppliedLimit {
  key: LimitKey;
  days: number;
  unit: LimitUnit;
  basis: string;
  confirmed: boolean;
  from: PlainDate;
  due: PlainDate;
}

export const applyLimit = (
  cal: WorkingCalendar,
  key: LimitKey,
  receivedOn: PlainDate,
  from: PlainDate,
  rules: readonly LimitRule[] = LIMIT_RULES,
): AppliedLimit => {
  const r = ruleInForce(key, receivedOn, rules);
  return {
    key,
    days: r.days,
    unit: r.unit,
    basis: r.basis,
    confirmed: r.confirmed,
    from,
    due: dueAfter(cal, from, r.days, r.unit),
  };
};

/** The settlement limit's key of a complaint from its instance and flags. */
export const complaintSettlementKey = (instance: 1 | 2, complex: boolean, remote: boolean): LimitKey => {
  const base = instance === 1 ? 'complaint.first' : 'complaint.second';
  const suffix = remote ? (complex ? '.remote-complex' : '.remote') : complex ? '.complex' : '';
  return `${base}${suffix}` as LimitKey;
};
