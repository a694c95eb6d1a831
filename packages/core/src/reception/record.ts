/**
 * The record of one reception (sổ tiếp công dân): who came, who received them, what they raised, and how it
 * was handled. A record is written once; its follow-up (a complaint case opened through the complaints
 * module, or a PAKN) is referenced by kind and code.
 */
import { isPlainDate, type PlainDate } from '../calendar/index.ts';
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { REFUSAL_GROUNDS, type RefusalGround } from './rules.ts';
import { RECEIVER_ROLES, type ReceiverRole, SESSIONS, type Session } from './schedule.ts';

/**
 * answered: answered on the spot; guided: told where and how to take it (another agency, a procedure);
 * complaint: accepted as a complaint (a complaint case opens); feedback: accepted as a PAKN;
 * refused: refused on one of the Law's grounds (Art. 9).
 */
export const RECEPTION_OUTCOMES = ['answered', 'guided', 'complaint', 'feedback', 'refused'] as const;
export type ReceptionOutcome = (typeof RECEPTION_OUTCOMES)[number];

export interface FollowUp {
  kind: 'complaint' | 'feedback';
  /** The complaint case's code; null for a PAKN until the feedback module is wired (TODO at merge). */
  code: string | null;
}

export interface Visitor {
  fullName: string;
  idNumber?: string;
  address?: string;
}

export interface ReceptionRecordInput {
  date: string;
  session: string;
  /** The agency's head, a deputy, or its reception officer. */
  receiverRole: string;
  receiverName: string;
  visitors: Visitor[];
  content: string;
  outcome: string;
  /** answered: the answer; guided: the guidance; other outcomes: a note. */
  note?: string;
  refusalGround?: string;
  /** The registration this reception follows, if any. */
  registrationCode?: string;
}

export interface ReceptionRecord {
  date: PlainDate;
  session: Session;
  receiverRole: ReceiverRole;
  receiverName: string;
  visitors: Visitor[];
  content: string;
  outcome: ReceptionOutcome;
  note: string;
  refusalGround?: RefusalGround;
  registrationCode?: string;
}

export const MAX_VISITORS = 50;
export const MAX_CONTENT = 10000;

/** Checks a reception record; throws VALIDATION_FAILED naming the fields. A record cannot be in the future. */
export function checkReceptionRecord(input: ReceptionRecordInput, today: PlainDate): ReceptionRecord {
  const errors: FieldError[] = [];
  const err = (p: string, vi: string, en: string) => errors.push(fieldError(p, vi, en));
  if (!isPlainDate(input.date) || input.date > today)
    err('date', 'Ngày tiếp không hợp lệ (không được sau hôm nay).', 'Not a valid date (not after today).');
  if (!SESSIONS.includes(input.session as Session))
    err('session', 'Chọn buổi sáng hoặc chiều.', 'Choose morning or afternoon.');
  if (!RECEIVER_ROLES.includes(input.receiverRole as ReceiverRole))
    err('receiverRole', 'Chọn người tiếp công dân.', 'Choose who received.');
  if (!input.receiverName.trim()) err('receiverName', 'Ghi tên người tiếp.', 'Name who received.');
  if (input.visitors.length === 0 || input.visitors.length > MAX_VISITORS)
    err('visitors', 'Ghi ít nhất một người đến.', 'Name at least one visitor.');
  input.visitors.forEach((v, i) => {
    if (!v.fullName.trim()) err(`visitors[${i}].fullName`, 'Ghi họ và tên.', 'Give the full name.');
  });
  const content = input.content.trim();
  if (!content || content.length > MAX_CONTENT)
    err('content', 'Ghi nội dung công dân trình bày.', 'Write what was raised.');
  const outcome = input.outcome as ReceptionOutcome;
  if (!RECEPTION_OUTCOMES.includes(outcome)) err('outcome', 'Chọn cách xử lý.', 'Choose how it was handled.');
  const note = (input.note ?? '').trim();
  if ((outcome === 'answered' || outcome === 'guided') && !note)
    err('note', 'Ghi nội dung trả lời hoặc hướng dẫn.', 'Write the answer or guidance given.');
  let refusalGround: RefusalGround | undefined;
  if (outcome === 'refused') {
    if (!REFUSAL_GROUNDS.includes(input.refusalGround as RefusalGround))
      err('refusalGround', 'Chọn căn cứ từ chối tiếp (Điều 9).', 'Choose the ground for refusing (Art. 9).');
    else refusalGround = input.refusalGround as RefusalGround;
  }
  if (errors.length) throw validationError(errors);
  const visitors = input.visitors.map((v) => ({
    fullName: v.fullName.trim(),
    ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim() } : {}),
    ...(v.address?.trim() ? { address: v.address.trim() } : {}),
  }));
  return {
    date: input.date as PlainDate,
    session: input.session as Session,
    receiverRole: input.receiverRole as ReceiverRole,
    receiverName: input.receiverName.trim(),
    visitors,
    content,
    outcome,
    note,
    ...(refusalGround ? { refusalGround } : {}),
    ...(input.registrationCode?.trim() ? { registrationCode: input.registrationCode.trim() } : {}),
  };
}

/** The follow-up a record's outcome calls for, before the case exists (the server fills the code). */
export const followUpKind = (outcome: ReceptionOutcome): FollowUp['kind'] | null =>
  outcome === 'complaint' ? 'complaint' : outcome === 'feedback' ? 'feedback' : null;
