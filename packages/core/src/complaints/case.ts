/**
 * A complaint (khiếu nại) or denunciation (tố cáo) case: a state machine over a log of typed entries. Each
 * entry carries what was decided at that moment (the limits applied and their due dates, the assignee, the
 * extension's number), so reading a case never re-derives a past decision from rules that changed since.
 * The server stores the entries hash-chained; the denouncer's identity is never in an entry.
 */

import type { PlainDate, WorkingCalendar } from '../calendar/index.ts';
import { DomainError, fieldError, validationError } from '../errors.ts';
import {
  type AppliedLimit,
  applyLimit,
  complaintSettlementKey,
  DENUNCIATION_EXTENSIONS,
  type DenunciationComplexity,
  daysLeft,
  dueAfter,
  LIMIT_RULES,
  type LimitRule,
  ruleInForce,
} from './rules.ts';

export const CASE_KINDS = ['complaint', 'denunciation'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
/** How the case came in: in person (at a reception), by letter, transferred by another agency. */
export const CASE_CHANNELS = ['in-person', 'letter', 'transfer'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const CASE_STATES = [
  'received',
  'accepted',
  'refused',
  'transferred',
  'settled',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_ACTIONS = [
  'accept',
  'refuse',
  'assign',
  'extend',
  'transfer',
  'settle',
  'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const TERMINAL_STATES: readonly CaseState[] = ['refused', 'transferred', 'settled', 'withdrawn'];

/** Why a case is not accepted (Law on Complaints Art. 11; Law on Denunciations Art. 23), as codes. */
export const REFUSAL_REASONS = [
  'out-of-time',
  'not-competent',
  'already-settled',
  'no-standing',
  'incomplete',
  'other',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Complaint outcomes: upheld, partly upheld, rejected. Denunciation: founded, partly, unfounded. */
export const SETTLEMENT_OUTCOMES = ['upheld', 'partly-upheld', 'rejected'] as const;
export type SettlementOutcome = (typeof SETTLEMENT_OUTCOMES)[number];

export interface CaseActor {
  id: string;
  name: string;
  role: string;
  agencyCode: string;
}

interface Base {
  at: string;
  /** The working day (Vietnam time) the entry happened on. */
  on: PlainDate;
  actor: CaseActor;
}

export type CaseEntry =
  | (Base & {
      type: 'received';
      kind: CaseKind;
      channel: CaseChannel;
      agencyCode: string;
      /** 1 or 2 for a complaint (first or second instance), absent for a denunciation. */
      instance?: 1 | 2;
      remote: boolean;
      verification: boolean;
      subject: string;
      /** A first complaint: when the complainant learnt of the decision or act, and the limitation's end. */
      knownOn?: PlainDate;
      limitation?: AppliedLimit;
      /** When the acceptance (or initial handling) must be decided, and the transfer limit of a denunciation. */
      acceptance: AppliedLimit;
      transfer?: AppliedLimit;
      references: { feedbackCode?: string; dossierCode?: string; fromAgency?: string };
    })
  | (Base & {
      type: 'accepted';
      complex: boolean;
      complexity: DenunciationComplexity;
      settlement: AppliedLimit;
    })
  | (Base & { type: 'refused'; reason: RefusalReason; note: string })
  | (Base & { type: 'assigned'; assignee: { id: string; name: string } })
  | (Base & {
      type: 'extended';
      number: number;
      allowed: number;
      complexity: DenunciationComplexity;
      days: number;
      due: PlainDate;
      reason: string;
    })
  | (Base & {
      type: 'transferred';
      toAgency: string;
      note: string;
      /** The receiving agency's name and the case opened there by the transfer, as they were then. */
      toAgencyName?: string;
      newCode?: string;
    })
  | (Base & {
      type: 'settled';
      outcome: SettlementOutcome;
      decisionNumber: string;
      summary: string;
      instance?: 1 | 2;
    })
  | (Base & { type: 'withdrawn'; note: string });
export type CaseEntryType = CaseEntry['type'];

export interface CaseView {
  kind: CaseKind;
  state: CaseState;
  agencyCode: string;
  instance?: 1 | 2;
  remote: boolean;
  receivedOn: PlainDate;
  assignee: { id: string; name: string } | null;
  complexity: DenunciationComplexity;
  extensions: number;
  allowedExtensions: number;
  /** The clock now running: acceptance before acceptance, settlement after; null once closed. */
  clock: { key: string; due: PlainDate; unit: AppliedLimit['unit'] } | null;
  limitationExpired: boolean;
}

const invalid = (action: string, state: CaseState) =>
  new DomainError(
    'INVALID_TRANSITION',
    `Không thể thực hiện thao tác này khi vụ việc đang ở trạng thái hiện tại.`,
    `"${action}" is not allowed in state "${state}".`,
    { details: { action, state } },
  );

/** The case as its log says (throws on a log that does not start with its receipt). */
export function deriveCase(log: readonly CaseEntry[]): CaseView {
  const first = log[0];
  if (first?.type !== 'received') throw new RangeError('A case log starts with its receipt');
  const view: CaseView = {
    kind: first.kind,
    state: 'received',
    agencyCode: first.agencyCode,
    ...(first.instance ? { instance: first.instance } : {}),
    remote: first.remote,
    receivedOn: first.on,
    assignee: null,
    complexity: 'normal',
    extensions: 0,
    allowedExtensions: 0,
    clock: { key: first.acceptance.key, due: first.acceptance.due, unit: first.acceptance.unit },
    limitationExpired: first.limitation ? first.on > first.limitation.due : false,
  };
  for (const e of log.slice(1)) {
    switch (e.type) {
      case 'accepted':
        view.state = 'accepted';
        view.complexity = e.complexity;
        view.allowedExtensions = view.kind === 'denunciation' ? DENUNCIATION_EXTENSIONS[e.complexity] : 0;
        view.clock = { key: e.settlement.key, due: e.settlement.due, unit: e.settlement.unit };
        break;
      case 'assigned':
        view.assignee = e.assignee;
        break;
      case 'extended':
        view.extensions = e.number;
        view.complexity = e.complexity;
        view.allowedExtensions = e.allowed;
        if (view.clock) view.clock = { ...view.clock, due: e.due };
        break;
      case 'refused':
      case 'transferred':
      case 'settled':
      case 'withdrawn':
        view.state = e.type === 'refused' ? 'refused' : e.type;
        view.clock = null;
        break;
      case 'received':
        throw new RangeError('A case is received once');
    }
  }
  return view;
}

/** What the case's state allows now (before asking who is asking: see complaint-access.ts). */
export function actionsInState(view: CaseView): CaseAction[] {
  if (TERMINAL_STATES.includes(view.state)) return [];
  if (view.state === 'received') return ['accept', 'refuse', 'assign', 'transfer', 'withdraw'];
  const actions: CaseAction[] = ['assign', 'settle', 'withdraw'];
  if (view.kind === 'denunciation' && view.extensions < DENUNCIATION_EXTENSIONS['very-complex']) {
    actions.splice(1, 0, 'extend');
  }
  return actions;
}

export interface ReceiveInput {
  kind: CaseKind;
  channel: CaseChannel;
  agencyCode: string;
  instance?: 1 | 2;
  remote?: boolean;
  verification?: boolean;
  subject: string;
  knownOn?: PlainDate;
  references?: { feedbackCode?: string; dossierCode?: string; fromAgency?: string };
}

interface Moment {
  at: string;
  on: PlainDate;
  actor: CaseActor;
  cal: WorkingCalendar;
  rules?: readonly LimitRule[];
}

/** The first entry of a case: its clocks decided from the rules in force on the day of receipt. */
export function receiveCase(input: ReceiveInput, m: Moment): Extract<CaseEntry, { type: 'received' }> {
  const rules = m.rules ?? LIMIT_RULES;
  const errors = [];
  if (!input.subject.trim())
    errors.push(fieldError('subject', 'Cần nêu nội dung vụ việc.', 'Subject is required.'));
  if (input.kind === 'complaint' && input.instance !== 1 && input.instance !== 2) {
    errors.push(
      fieldError(
        'instance',
        'Cần chọn lần giải quyết (lần đầu hoặc lần hai).',
        'Instance (1 or 2) is required for a complaint.',
      ),
    );
  }
  if (input.knownOn && input.knownOn > m.on) {
    errors.push(
      fieldError(
        'knownOn',
        'Ngày biết được quyết định không thể sau ngày nhận đơn.',
        'knownOn cannot be after the receipt day.',
      ),
    );
  }
  if (input.kind === 'denunciation' && input.knownOn) {
    errors.push(
      fieldError(
        'knownOn',
        'Tố cáo không có thời hiệu khiếu nại.',
        'A denunciation has no limitation period.',
      ),
    );
  }
  if (input.channel === 'transfer' && !input.references?.fromAgency?.trim()) {
    errors.push(
      fieldError(
        'references.fromAgency',
        'Cần ghi cơ quan chuyển đến.',
        'fromAgency is required for a transfer.',
      ),
    );
  }
  if (errors.length) throw validationError(errors);
  const remote = input.remote ?? false;
  const verification = input.verification ?? false;
  const base = { at: m.at, on: m.on, actor: m.actor };
  if (input.kind === 'complaint') {
    const limitation =
      input.instance === 1 && input.knownOn
        ? applyLimit(m.cal, 'complaint.limitation', m.on, input.knownOn, rules)
        : undefined;
    return {
      ...base,
      type: 'received',
      kind: 'complaint',
      channel: input.channel,
      agencyCode: input.agencyCode,
      instance: input.instance as 1 | 2,
      remote,
      verification: false,
      subject: input.subject.trim(),
      ...(input.knownOn ? { knownOn: input.knownOn } : {}),
      ...(limitation ? { limitation } : {}),
      acceptance: applyLimit(m.cal, 'complaint.acceptance', m.on, m.on, rules),
      references: input.references ?? {},
    };
  }
  return {
    ...base,
    type: 'received',
    kind: 'denunciation',
    channel: input.channel,
    agencyCode: input.agencyCode,
    remote,
    verification,
    subject: input.subject.trim(),
    acceptance: applyLimit(
      m.cal,
      verification ? 'denunciation.initial.verification' : 'denunciation.initial',
      m.on,
      m.on,
      rules,
    ),
    transfer: applyLimit(m.cal, 'denunciation.transfer', m.on, m.on, rules),
    references: input.references ?? {},
  };
}

export type CaseActionInput =
  | { action: 'accept'; complex?: boolean; complexity?: DenunciationComplexity }
  | { action: 'refuse'; reason: RefusalReason; note?: string }
  | { action: 'assign'; assignee: { id: string; name: string } }
  | { action: 'extend'; complexity: DenunciationComplexity; days?: number; reason: string }
  | { action: 'transfer'; toAgency: string; note?: string }
  | { action: 'settle'; outcome: SettlementOutcome; decisionNumber: string; summary?: string }
  | { action: 'withdraw'; note?: string };

/** The entry an action appends, with what is decided now; throws when the state does not allow it. */
export function decideCaseAction(log: readonly CaseEntry[], input: CaseActionInput, m: Moment): CaseEntry {
  const view = deriveCase(log);
  if (!actionsInState(view).includes(input.action)) throw invalid(input.action, view.state);
  const rules = m.rules ?? LIMIT_RULES;
  const base = { at: m.at, on: m.on, actor: m.actor };
  const received = log[0] as Extract<CaseEntry, { type: 'received' }>;
  switch (input.action) {
    case 'accept': {
      if (view.kind === 'complaint') {
        const complex = input.complex ?? false;
        const key = complaintSettlementKey(view.instance ?? 1, complex, view.remote);
        return {
          ...base,
          type: 'accepted',
          complex,
          complexity: complex ? 'complex' : 'normal',
          settlement: applyLimit(m.cal, key, view.receivedOn, m.on, rules),
        };
      }
      const complexity = input.complexity ?? 'normal';
      return {
        ...base,
        type: 'accepted',
        complex: complexity !== 'normal',
        complexity,
        settlement: applyLimit(m.cal, 'denunciation.settlement', view.receivedOn, m.on, rules),
      };
    }
    case 'refuse':
      return { ...base, type: 'refused', reason: input.reason, note: (input.note ?? '').trim() };
    case 'assign':
      return { ...base, type: 'assigned', assignee: input.assignee };
    case 'extend': {
      const allowed = DENUNCIATION_EXTENSIONS[input.complexity];
      const number = view.extensions + 1;
      if (number > allowed) {
        throw new DomainError(
          'INVALID_TRANSITION',
          allowed === 0
            ? 'Vụ việc không phức tạp thì không được gia hạn.'
            : `Vụ việc ${input.complexity === 'complex' ? 'phức tạp' : 'đặc biệt phức tạp'} chỉ được gia hạn ${allowed} lần.`,
          `A ${input.complexity} denunciation may be extended ${allowed} time(s).`,
          { details: { action: 'extend', allowed, used: view.extensions } },
        );
      }
      const rule = ruleInForce('denunciation.extension', view.receivedOn, rules);
      const days = input.days ?? rule.days;
      if (!Number.isInteger(days) || days < 1 || days > rule.days) {
        throw validationError([
          fieldError(
            'days',
            `Mỗi lần gia hạn từ 1 đến ${rule.days} ngày.`,
            `An extension is 1 to ${rule.days} days.`,
          ),
        ]);
      }
      if (!input.reason.trim()) {
        throw validationError([fieldError('reason', 'Cần nêu lý do gia hạn.', 'A reason is required.')]);
      }
      const current = view.clock?.due ?? m.on;
      return {
        ...base,
        type: 'extended',
        number,
        allowed,
        complexity: input.complexity,
        days,
        due: dueAfter(m.cal, current, days, rule.unit),
        reason: input.reason.trim(),
      };
    }
    case 'transfer':
      if (input.toAgency === view.agencyCode) {
        throw validationError([
          fieldError(
            'toAgency',
            'Không thể chuyển cho chính cơ quan mình.',
            'Cannot transfer to the same agency.',
          ),
        ]);
      }
      return { ...base, type: 'transferred', toAgency: input.toAgency, note: (input.note ?? '').trim() };
    case 'settle':
      if (!input.decisionNumber.trim()) {
        throw validationError([
          fieldError('decisionNumber', 'Cần ghi số quyết định hoặc kết luận.', 'decisionNumber is required.'),
        ]);
      }
      return {
        ...base,
        type: 'settled',
        outcome: input.outcome,
        decisionNumber: input.decisionNumber.trim(),
        summary: (input.summary ?? '').trim(),
        ...(received.instance ? { instance: received.instance } : {}),
      };
    case 'withdraw':
      return { ...base, type: 'withdrawn', note: (input.note ?? '').trim() };
  }
}

/**
 * What a transfer opens at the competent agency: the same kind, instance and subject, received there today
 * by transfer (its own clocks from the rules in force today), referring to the agency it came from.
 */
export function transferredReceipt(
  log: readonly CaseEntry[],
  toAgency: string,
  fromAgencyName: string,
  m: Moment,
): Extract<CaseEntry, { type: 'received' }> {
  const first = log[0] as Extract<CaseEntry, { type: 'received' }>;
  return receiveCase(
    {
      kind: first.kind,
      channel: 'transfer',
      agencyCode: toAgency,
      ...(first.instance ? { instance: first.instance } : {}),
      remote: first.remote,
      verification: first.verification,
      subject: first.subject,
      ...(first.knownOn ? { knownOn: first.knownOn } : {}),
      references: { ...first.references, fromAgency: fromAgencyName },
    },
    m,
  );
}

/** How the running clock stands today: days left in its own unit, and whether it is overdue. */
export function clockStatus(
  cal: WorkingCalendar,
  view: CaseView,
  today: PlainDate,
): { due: PlainDate; unit: AppliedLimit['unit']; daysLeft: number; overdue: boolean } | null {
  if (!view.clock) return null;
  const left = daysLeft(cal, today, view.clock.due, view.clock.unit);
  return { due: view.clock.due, unit: view.clock.unit, daysLeft: left, overdue: today > view.clock.due };
}
