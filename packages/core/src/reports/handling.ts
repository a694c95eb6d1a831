/**
 * How the inspectorate handles an anonymous report, as data: the actions allowed in each status (every
 * status must appear), and the status and finding reduced from the report's action log. The log is the
 * record (hash-chained by the server); the status column is only its latest reduction.
 */
import { DomainError, fieldError, validationError } from '../errors.ts';
import type { ReportOutcome } from './kinds.ts';

export const REPORT_STATUSES = [
  'received',
  'verifying',
  'verified',
  'not-substantiated',
  'transferred',
  'closed',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * - start-verification: an inspector takes it up (verifying);
 * - verify: the facts are established (có cơ sở);
 * - reject: not substantiated (không có cơ sở);
 * - transfer: sent to the agency that employs the official, for discipline (data: that agency);
 * - close: handling ends (with or without a finding);
 * - answer: the public answer the reporter reads by the receipt (replaces the previous one);
 * - note: an internal note (never shown publicly).
 */
export const REPORT_ACTIONS = [
  'start-verification',
  'verify',
  'reject',
  'transfer',
  'close',
  'answer',
  'note',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** What may be done in each status. Closed accepts only a corrected public answer. */
export const REPORT_ALLOWED_ACTIONS: { readonly [S in ReportStatus]: readonly ReportAction[] } = {
  received: ['start-verification', 'verify', 'reject', 'transfer', 'close', 'answer', 'note'],
  verifying: ['verify', 'reject', 'transfer', 'close', 'answer', 'note'],
  verified: ['transfer', 'close', 'answer', 'note'],
  'not-substantiated': ['close', 'answer', 'note'],
  transferred: ['close', 'answer', 'note'],
  closed: ['answer'],
};

/** The status each action leads to (null: the status stays). */
const NEXT: { readonly [A in ReportAction]: ReportStatus | null } = {
  'start-verification': 'verifying',
  verify: 'verified',
  reject: 'not-substantiated',
  transfer: 'transferred',
  close: 'closed',
  answer: null,
  note: null,
};

export const isReportActionAllowed = (status: ReportStatus, action: ReportAction): boolean =>
  REPORT_ALLOWED_ACTIONS[status].includes(action);

/** One entry of the log as the reducer needs it. */
export interface ReportEntry {
  action: 'receive' | ReportAction;
  /** The public answer's text (answer). */
  text?: string;
  /** The date the entry was made (YYYY-MM-DD, Vietnamese time). */
  on: string;
}

export interface ReportState {
  status: ReportStatus;
  outcome: ReportOutcome;
  /** The latest public answer and its date, or null. */
  answer: { text: string; on: string } | null;
}

/** The next status after `action` in `status`, or null when the action is not allowed now. */
export function nextReportStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  if (!isReportActionAllowed(status, action)) return null;
  return NEXT[action] ?? status;
}

const OUTCOME_OF: Partial<Record<ReportAction, ReportOutcome>> = {
  verify: 'verified',
  reject: 'not-substantiated',
  transfer: 'transferred',
};

/**
 * The state reduced from the log in order (the first entry is `receive`). An entry not allowed in the
 * state reached so far throws: the log was written through `nextReportStatus`, so it is a broken record.
 */
export function deriveReportState(log: readonly ReportEntry[]): ReportState {
  const [first, ...rest] = log;
  if (first?.action !== 'receive') throw new Error('a report log starts with its receipt');
  let state: ReportState = { status: 'received', outcome: 'pending', answer: null };
  for (const entry of rest) {
    if (entry.action === 'receive') throw new Error('a report is received once');
    const status = nextReportStatus(state.status, entry.action);
    if (status === null) throw new Error(`${entry.action} is not allowed in ${state.status}`);
    state = {
      status,
      outcome: OUTCOME_OF[entry.action] ?? state.outcome,
      answer: entry.action === 'answer' ? { text: entry.text ?? '', on: entry.on } : state.answer,
    };
  }
  return state;
}

/** What the public sees of a status: received, being handled, or handled (closed). */
export const PUBLIC_REPORT_STATUSES = ['received', 'in-progress', 'closed'] as const;
export type PublicReportStatus = (typeof PUBLIC_REPORT_STATUSES)[number];

export const publicReportStatus = (status: ReportStatus): PublicReportStatus =>
  status === 'received' ? 'received' : status === 'closed' ? 'closed' : 'in-progress';

/** One handling step as an inspector asks for it. */
export interface ReportActionInput {
  action: ReportAction;
  text?: string | undefined;
  agencyCode?: string | undefined;
}

/** What the step records: the next status and the entry's text and agency, trimmed. */
export interface ReportDecision {
  status: ReportStatus;
  text: string | null;
  agencyCode: string | null;
}

/**
 * Checks a step against the report's status and its own fields: an answer and a note need their text; a
 * transfer names a known agency (`isAgency`). Throws INVALID_TRANSITION (with the actions allowed now) or
 * VALIDATION_FAILED naming the field.
 */
export function decideReportAction(
  status: ReportStatus,
  input: ReportActionInput,
  isAgency: (code: string) => boolean,
): ReportDecision {
  const next = nextReportStatus(status, input.action);
  if (next === null) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Không thể thực hiện thao tác này ở trạng thái hiện tại của phản ánh.',
      'This step cannot be taken in the report’s current status.',
      { details: { allowedActions: [...REPORT_ALLOWED_ACTIONS[status]] } },
    );
  }
  const text = input.text?.trim() || null;
  if ((input.action === 'answer' || input.action === 'note') && text === null) {
    throw validationError([
      fieldError(
        'text',
        input.action === 'answer' ? 'Nhập nội dung trả lời công khai.' : 'Nhập nội dung ghi chú.',
        input.action === 'answer' ? 'Enter the public answer.' : 'Enter the note.',
      ),
    ]);
  }
  const agencyCode = input.agencyCode?.trim() || null;
  if (input.action === 'transfer' && (agencyCode === null || !isAgency(agencyCode))) {
    throw validationError([
      fieldError(
        'agencyCode',
        'Chọn cơ quan nhận chuyển xử lý kỷ luật.',
        'Choose the agency the report is transferred to.',
      ),
    ]);
  }
  if (input.action !== 'transfer' && agencyCode !== null) {
    throw validationError([
      fieldError('agencyCode', 'Chỉ ghi cơ quan khi chuyển xử lý.', 'An agency is named only by a transfer.'),
    ]);
  }
  return { status: next, text, agencyCode };
}
