/**
 * The clocks of feedback and petitions (phản ánh, kiến nghị — PAKN), as DATA with effective dates: a case
 * uses, for every limit, the row in force on the day it was received (docs/domain/feedback.md). The national
 * PAKN system's operational limits (reject 2, request information 5, answer 15, publish 2 working days),
 * Decree 20/2008's transfer within 5 working days, and our own reading of "reopen within 10 days".
 */
import type { PlainDate, WorkingCalendar } from '../calendar/index.ts';
import { dueAfter, type LimitUnit } from '../complaints/rules.ts';

/** Kinds as the national index counts them: on administrative regulations, on officials' conduct, other. */
export const FEEDBACK_KINDS = ['regulation', 'conduct', 'other'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Where a PAKN came from. `web` is the public form; the others are entered by staff. */
export const FEEDBACK_CHANNELS = [
  'web',
  'hotline',
  'suggestion-box',
  'survey',
  'facebook',
  'zalo',
  'in-person',
] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
/** The channels staff enter (the suggestion box through an opening, not one by one). */
export const STAFF_CHANNELS: readonly FeedbackChannel[] = [
  'hotline',
  'survey',
  'facebook',
  'zalo',
  'in-person',
];
/** The channels whose message has a link worth keeping. */
export const LINKED_CHANNELS: readonly FeedbackChannel[] = ['facebook', 'zalo'];

export const FEEDBACK_LIMIT_KEYS = [
  /** Reject (not accepted for handling), from receipt. */
  'feedback.reject',
  /** The one request for more information, from receipt. */
  'feedback.info-request',
  /** The answer, from receipt, from the transfer's arrival, from the information's arrival, or from a reopen. */
  'feedback.answer',
  /** Publication of the approved answer, from its approval. */
  'feedback.publish',
  /** Transfer to the competent agency when outside competence, from receipt. */
  'feedback.transfer',
  /** The sender may reopen within this many days of the answer. */
  'feedback.reopen',
] as const;
export type FeedbackLimitKey = (typeof FEEDBACK_LIMIT_KEYS)[number];

export interface FeedbackLimitRule {
  key: FeedbackLimitKey;
  effectiveFrom: PlainDate;
  days: number;
  unit: LimitUnit;
  basis: string;
  confirmed: boolean;
  note?: string;
}

const d = (s: string) => s as PlainDate;
const PORTAL = 'Hệ thống PAKN trên Cổng Dịch vụ công quốc gia (quy tắc vận hành, đặc tả 766)';
const FROM = d('2008-03-01');

export const FEEDBACK_LIMIT_RULES: readonly FeedbackLimitRule[] = [
  { key: 'feedback.reject', effectiveFrom: FROM, days: 2, unit: 'working', basis: PORTAL, confirmed: true },
  {
    key: 'feedback.info-request',
    effectiveFrom: FROM,
    days: 5,
    unit: 'working',
    basis: PORTAL,
    confirmed: true,
  },
  { key: 'feedback.answer', effectiveFrom: FROM, days: 15, unit: 'working', basis: PORTAL, confirmed: true },
  { key: 'feedback.publish', effectiveFrom: FROM, days: 2, unit: 'working', basis: PORTAL, confirmed: true },
  {
    key: 'feedback.transfer',
    effectiveFrom: FROM,
    days: 5,
    unit: 'working',
    basis: 'Nghị định 20/2008/NĐ-CP, Điều 9.1.d',
    confirmed: true,
  },
  {
    key: 'feedback.reopen',
    effectiveFrom: FROM,
    days: 10,
    unit: 'calendar',
    basis: 'Quy ước của MotCua (cách hiểu của chúng tôi về "mở lại trong 10 ngày")',
    confirmed: false,
    note: 'Our reading: 10 calendar days from the day the answer was given, a last day off moving to the next working day.',
  },
];

export const feedbackRuleInForce = (
  key: FeedbackLimitKey,
  receivedOn: PlainDate,
  rules: readonly FeedbackLimitRule[] = FEEDBACK_LIMIT_RULES,
): FeedbackLimitRule => {
  let found: FeedbackLimitRule | undefined;
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

/** A limit as applied to a case, frozen in the entry that decided it. */
export interface FeedbackLimit {
  key: FeedbackLimitKey;
  days: number;
  unit: LimitUnit;
  basis: string;
  from: PlainDate;
  due: PlainDate;
}

export const applyFeedbackLimit = (
  cal: WorkingCalendar,
  key: FeedbackLimitKey,
  receivedOn: PlainDate,
  from: PlainDate,
  rules: readonly FeedbackLimitRule[] = FEEDBACK_LIMIT_RULES,
): FeedbackLimit => {
  const r = feedbackRuleInForce(key, receivedOn, rules);
  return { key, days: r.days, unit: r.unit, basis: r.basis, from, due: dueAfter(cal, from, r.days, r.unit) };
};
