/**
 * A PAKN case: a state machine over a log of typed entries, each carrying what was decided then (the clocks
 * applied and their due dates, the assignee, the answer), so reading a case never re-derives a past decision
 * from rules changed since. The sender's contact is never in an entry (the server keeps it apart).
 *
 * received → rejected | info-requested → received | transferred | merged | drafted → approved → answered;
 * answered → (rated) | reopened → received (once, within the reopen limit, restarting the answer clock).
 */
import type { PlainDate, WorkingCalendar } from '../calendar/index.ts';
import { daysLeft, type LimitUnit } from '../complaints/rules.ts';
import { DomainError, fieldError, validationError } from '../errors.ts';
import {
  applyFeedbackLimit,
  FEEDBACK_LIMIT_RULES,
  type FeedbackChannel,
  type FeedbackKind,
  type FeedbackLimit,
  type FeedbackLimitRule,
  LINKED_CHANNELS,
} from './rules.ts';

export const FEEDBACK_STATES = [
  'received',
  'info-requested',
  'drafted',
  'approved',
  'answered',
  'rejected',
  'transferred',
  'merged',
] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export const FEEDBACK_FINAL_STATES: readonly FeedbackState[] = [
  'answered',
  'rejected',
  'transferred',
  'merged',
];

/** What staff do. */
export const FEEDBACK_STAFF_ACTIONS = [
  'assign',
  'reject',
  'request-info',
  'receive-info',
  'transfer',
  'merge',
  'draft',
  'approve',
  'publish',
] as const;
/** What the sender does (with the follow token). */
export const FEEDBACK_SENDER_ACTIONS = ['rate', 'reopen'] as const;
export const FEEDBACK_ACTIONS = [...FEEDBACK_STAFF_ACTIONS, ...FEEDBACK_SENDER_ACTIONS] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];
export type FeedbackStaffAction = (typeof FEEDBACK_STAFF_ACTIONS)[number];

export const FEEDBACK_REJECT_REASONS = [
  'not-feedback',
  'insulting',
  'duplicate-answered',
  'no-information',
  'other',
] as const;
export type FeedbackRejectReason = (typeof FEEDBACK_REJECT_REASONS)[number];
export const FEEDBACK_RATINGS = ['like', 'dislike'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export interface FeedbackActor {
  id: string;
  name: string;
  role: string;
  agencyCode: string;
}
/** The sender acting by their follow token: no name, no id. */
export const SENDER_ACTOR: FeedbackActor = {
  id: 'sender',
  name: 'Người gửi',
  role: 'sender',
  agencyCode: '',
};

interface Base {
  at: string;
  on: PlainDate;
  actor: FeedbackActor;
}
export interface FeedbackReferences {
  dossierCode?: string;
  /** Facebook or Zalo: the message's link. */
  link?: string;
  /** A suggestion-box letter: the opening it came out of. */
  openingId?: string;
  /** Transferred in: the agency and case it came from. */
  fromAgency?: string;
  fromCode?: string;
  /** Sent through Open311 by this integrator (its key's name). */
  integrator?: string;
}

export type ReceivedEntry = Base & {
  type: 'received';
  kind: FeedbackKind;
  channel: FeedbackChannel;
  agencyCode: string;
  title: string;
  /** Whether the sender allows the answer to be published. */
  publishAnswer: boolean;
  references: FeedbackReferences;
  reject: FeedbackLimit;
  infoRequest: FeedbackLimit;
  answer: FeedbackLimit;
  transfer: FeedbackLimit;
};
export type FeedbackEntry =
  | ReceivedEntry
  | (Base & { type: 'assigned'; assignee: { id: string; name: string } })
  | (Base & { type: 'rejected'; reason: FeedbackRejectReason; note: string })
  | (Base & { type: 'info-requested'; question: string; late: boolean })
  | (Base & { type: 'info-received'; note: string; answer: FeedbackLimit })
  | (Base & {
      type: 'transferred';
      toAgency: string;
      note: string;
      late: boolean;
      toAgencyName?: string;
      newCode?: string;
    })
  | (Base & { type: 'merged'; intoCode: string; note: string })
  | (Base & { type: 'drafted'; text: string })
  | (Base & { type: 'approved'; text: string; publish: FeedbackLimit })
  | (Base & { type: 'published'; text: string; public: boolean; late: boolean; reopen: FeedbackLimit })
  | (Base & { type: 'rated'; rating: FeedbackRating })
  | (Base & { type: 'reopened'; reason: string; answer: FeedbackLimit });
export type FeedbackEntryType = FeedbackEntry['type'];

export interface FeedbackView {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  state: FeedbackState;
  agencyCode: string;
  receivedOn: PlainDate;
  publishAnswer: boolean;
  assignee: { id: string; name: string } | null;
  infoRequests: number;
  reopened: boolean;
  /** The answer as approved or published (null before). */
  answer: { text: string; on: PlainDate; public: boolean } | null;
  draft: string | null;
  rating: FeedbackRating | null;
  /** The clock now running (answer, or publication once approved); null while waiting or once final. */
  clock: { key: string; due: PlainDate; unit: LimitUnit } | null;
  /** The last day the sender may reopen (once answered, if not reopened yet). */
  reopenUntil: PlainDate | null;
  mergedInto: string | null;
  transferredTo: string | null;
}

const invalid = (action: string, state: FeedbackState, why?: { vi: string; en: string }) =>
  new DomainError(
    'INVALID_TRANSITION',
    why?.vi ?? 'Không thể thực hiện thao tác này khi phản ánh, kiến nghị đang ở trạng thái hiện tại.',
    why?.en ?? `"${action}" is not allowed in state "${state}".`,
    { details: { action, state } },
  );

export function deriveFeedback(log: readonly FeedbackEntry[]): FeedbackView {
  const first = log[0];
  if (first?.type !== 'received') throw new RangeError('A feedback log starts with its receipt');
  const v: FeedbackView = {
    kind: first.kind,
    channel: first.channel,
    state: 'received',
    agencyCode: first.agencyCode,
    receivedOn: first.on,
    publishAnswer: first.publishAnswer,
    assignee: null,
    infoRequests: 0,
    reopened: false,
    answer: null,
    draft: null,
    rating: null,
    clock: { key: first.answer.key, due: first.answer.due, unit: first.answer.unit },
    reopenUntil: null,
    mergedInto: null,
    transferredTo: null,
  };
  let answerClock = v.clock;
  for (const e of log.slice(1)) {
    switch (e.type) {
      case 'assigned':
        v.assignee = e.assignee;
        break;
      case 'rejected':
        v.state = 'rejected';
        v.clock = null;
        break;
      case 'info-requested':
        v.state = 'info-requested';
        v.infoRequests += 1;
        v.clock = null;
        break;
      case 'info-received':
      case 'reopened':
        v.state = 'received';
        answerClock = { key: e.answer.key, due: e.answer.due, unit: e.answer.unit };
        v.clock = answerClock;
        if (e.type === 'reopened') {
          v.reopened = true;
          v.reopenUntil = null;
          v.rating = null;
          v.draft = null;
        }
        break;
      case 'transferred':
        v.state = 'transferred';
        v.transferredTo = e.toAgency;
        v.clock = null;
        break;
      case 'merged':
        v.state = 'merged';
        v.mergedInto = e.intoCode;
        v.clock = null;
        break;
      case 'drafted':
        v.state = 'drafted';
        v.draft = e.text;
        v.clock = answerClock;
        break;
      case 'approved':
        v.state = 'approved';
        v.draft = e.text;
        v.clock = { key: e.publish.key, due: e.publish.due, unit: e.publish.unit };
        break;
      case 'published':
        v.state = 'answered';
        v.answer = { text: e.text, on: e.on, public: e.public };
        v.clock = null;
        v.reopenUntil = v.reopened ? null : e.reopen.due;
        break;
      case 'rated':
        v.rating = e.rating;
        break;
      case 'received':
        throw new RangeError('A feedback case is received once');
    }
  }
  return v;
}

/** What the case's state allows on `today` (who may is access.ts's). */
export function feedbackActionsInState(v: FeedbackView, today: PlainDate): FeedbackAction[] {
  switch (v.state) {
    case 'received':
      return [
        'assign',
        'reject',
        ...(v.infoRequests === 0 ? (['request-info'] as const) : []),
        'transfer',
        'merge',
        'draft',
      ];
    case 'info-requested':
      return ['assign', 'receive-info', 'reject'];
    case 'drafted':
      return ['assign', 'draft', 'approve'];
    case 'approved':
      return ['draft', 'publish'];
    case 'answered':
      return ['rate', ...(v.reopenUntil && today <= v.reopenUntil ? (['reopen'] as const) : [])];
    default:
      return [];
  }
}

export interface FeedbackReceiveInput {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  agencyCode: string;
  title: string;
  publishAnswer?: boolean;
  references?: FeedbackReferences;
}

export interface FeedbackMoment {
  at: string;
  on: PlainDate;
  actor: FeedbackActor;
  cal: WorkingCalendar;
  rules?: readonly FeedbackLimitRule[];
}

/** The first entry: the four clocks from the rules in force on the day of receipt. */
export function receiveFeedback(input: FeedbackReceiveInput, m: FeedbackMoment): ReceivedEntry {
  const errors = [];
  if (!input.title.trim()) errors.push(fieldError('title', 'Cần nêu tiêu đề.', 'A title is required.'));
  if (LINKED_CHANNELS.includes(input.channel) && !input.references?.link?.trim()) {
    errors.push(
      fieldError(
        'references.link',
        'Cần ghi đường dẫn tin nhắn Facebook hoặc Zalo.',
        'The Facebook or Zalo message link is required.',
      ),
    );
  }
  if (input.channel === 'suggestion-box' && !input.references?.openingId) {
    errors.push(
      fieldError('references.openingId', 'Thư phải thuộc một lần mở hòm thư.', 'A letter needs its opening.'),
    );
  }
  if (errors.length) throw validationError(errors);
  const rules = m.rules ?? FEEDBACK_LIMIT_RULES;
  const limit = (key: Parameters<typeof applyFeedbackLimit>[1]) =>
    applyFeedbackLimit(m.cal, key, m.on, m.on, rules);
  return {
    at: m.at,
    on: m.on,
    actor: m.actor,
    type: 'received',
    kind: input.kind,
    channel: input.channel,
    agencyCode: input.agencyCode,
    title: input.title.trim(),
    publishAnswer: input.publishAnswer ?? true,
    references: input.references ?? {},
    reject: limit('feedback.reject'),
    infoRequest: limit('feedback.info-request'),
    answer: limit('feedback.answer'),
    transfer: limit('feedback.transfer'),
  };
}

export type FeedbackActionInput =
  | { action: 'assign'; assignee: { id: string; name: string } }
  | { action: 'reject'; reason: FeedbackRejectReason; note?: string }
  | { action: 'request-info'; question: string }
  | { action: 'receive-info'; note?: string }
  | { action: 'transfer'; toAgency: string; note?: string }
  | { action: 'merge'; intoCode: string; note?: string }
  | { action: 'draft'; text: string }
  | { action: 'approve' }
  | { action: 'publish' }
  | { action: 'rate'; rating: FeedbackRating }
  | { action: 'reopen'; reason: string };

const required = (field: string, value: string, vi: string) => {
  if (!value.trim()) throw validationError([fieldError(field, vi, `${field} is required.`)]);
  return value.trim();
};

/** The entry an action appends, with what is decided now; throws when the state does not allow it. */
export function decideFeedbackAction(
  log: readonly FeedbackEntry[],
  input: FeedbackActionInput,
  m: FeedbackMoment,
): FeedbackEntry {
  const v = deriveFeedback(log);
  if (!feedbackActionsInState(v, m.on).includes(input.action)) {
    if (input.action === 'request-info' && v.infoRequests > 0) {
      throw invalid(input.action, v.state, {
        vi: 'Chỉ được đề nghị bổ sung thông tin một lần.',
        en: 'More information may be requested only once.',
      });
    }
    if (input.action === 'reopen' && v.state === 'answered') {
      throw invalid(input.action, v.state, {
        vi: v.reopened
          ? 'Phản ánh, kiến nghị chỉ được mở lại một lần.'
          : 'Đã quá thời hạn mở lại phản ánh, kiến nghị.',
        en: v.reopened ? 'A case may be reopened once.' : 'The time to reopen has passed.',
      });
    }
    throw invalid(input.action, v.state);
  }
  const rules = m.rules ?? FEEDBACK_LIMIT_RULES;
  const base = { at: m.at, on: m.on, actor: m.actor };
  const received = log[0] as ReceivedEntry;
  switch (input.action) {
    case 'assign':
      return { ...base, type: 'assigned', assignee: input.assignee };
    case 'reject':
      return { ...base, type: 'rejected', reason: input.reason, note: (input.note ?? '').trim() };
    case 'request-info':
      return {
        ...base,
        type: 'info-requested',
        question: required('question', input.question, 'Cần nêu thông tin cần bổ sung.'),
        late: m.on > received.infoRequest.due,
      };
    case 'receive-info':
      return {
        ...base,
        type: 'info-received',
        note: (input.note ?? '').trim(),
        answer: applyFeedbackLimit(m.cal, 'feedback.answer', v.receivedOn, m.on, rules),
      };
    case 'transfer':
      if (input.toAgency === v.agencyCode) {
        throw validationError([
          fieldError(
            'toAgency',
            'Không thể chuyển cho chính cơ quan mình.',
            'Cannot transfer to the same agency.',
          ),
        ]);
      }
      return {
        ...base,
        type: 'transferred',
        toAgency: input.toAgency,
        note: (input.note ?? '').trim(),
        late: m.on > received.transfer.due,
      };
    case 'merge':
      return { ...base, type: 'merged', intoCode: input.intoCode, note: (input.note ?? '').trim() };
    case 'draft':
      return { ...base, type: 'drafted', text: required('text', input.text, 'Cần nhập nội dung trả lời.') };
    case 'approve':
      return {
        ...base,
        type: 'approved',
        text: v.draft ?? '',
        publish: applyFeedbackLimit(m.cal, 'feedback.publish', v.receivedOn, m.on, rules),
      };
    case 'publish': {
      const approved = [...log].reverse().find((e) => e.type === 'approved') as
        | Extract<FeedbackEntry, { type: 'approved' }>
        | undefined;
      return {
        ...base,
        type: 'published',
        text: v.draft ?? '',
        public: v.publishAnswer,
        late: approved ? m.on > approved.publish.due : false,
        reopen: applyFeedbackLimit(m.cal, 'feedback.reopen', v.receivedOn, m.on, rules),
      };
    }
    case 'rate':
      return { ...base, type: 'rated', rating: input.rating };
    case 'reopen':
      return {
        ...base,
        type: 'reopened',
        reason: required('reason', input.reason, 'Cần nêu lý do mở lại.'),
        answer: applyFeedbackLimit(m.cal, 'feedback.answer', v.receivedOn, m.on, rules),
      };
  }
}

/** What a transfer opens at the competent agency: the same PAKN, received there today, its own clocks. */
export function transferredFeedback(
  log: readonly FeedbackEntry[],
  toAgency: string,
  fromCode: string,
  fromAgencyName: string,
  m: FeedbackMoment,
): ReceivedEntry {
  const first = log[0] as ReceivedEntry;
  return receiveFeedback(
    {
      kind: first.kind,
      channel: first.channel,
      agencyCode: toAgency,
      title: first.title,
      publishAnswer: first.publishAnswer,
      references: { ...first.references, fromAgency: fromAgencyName, fromCode },
    },
    m,
  );
}

/** How the running clock stands today; `dueSoon` when 0–2 of its days are left. */
export function feedbackClockStatus(cal: WorkingCalendar, v: FeedbackView, today: PlainDate) {
  if (!v.clock) return null;
  const left = daysLeft(cal, today, v.clock.due, v.clock.unit);
  const overdue = today > v.clock.due;
  return {
    key: v.clock.key,
    due: v.clock.due,
    unit: v.clock.unit,
    daysLeft: left,
    overdue,
    dueSoon: !overdue && left <= 2,
  };
}
