/**
 * Leaders' dialogues with the people (đối thoại): a dated meeting on a topic, questions citizens send
 * beforehand, the minutes published afterwards and the commitments made, each followed up to done.
 */
import { isPlainDate, type PlainDate } from '../calendar/index.ts';
import { type FieldError, fieldError, validationError } from '../errors.ts';

export interface DialogueInput {
  date: string;
  /** "08:00" local time, optional. */
  time?: string;
  leaderName: string;
  leaderTitle: string;
  topic: string;
  place: string;
  description?: string;
}

export interface Dialogue {
  date: PlainDate;
  time: string;
  leaderName: string;
  leaderTitle: string;
  topic: string;
  place: string;
  description: string;
}

export const COMMITMENT_STATES = ['open', 'in-progress', 'done'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

export interface CommitmentInput {
  text: string;
  responsible: string;
  dueDate: string;
  state?: string;
  doneOn?: string | null;
  progressNote?: string;
}
export interface Commitment {
  text: string;
  responsible: string;
  dueDate: PlainDate;
  state: CommitmentState;
  doneOn: PlainDate | null;
  progressNote: string;
}

export const MAX_QUESTION = 3000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkDialogue(input: DialogueInput): Dialogue {
  const errors: FieldError[] = [];
  const err = (p: string, vi: string, en: string) => errors.push(fieldError(p, vi, en));
  if (!isPlainDate(input.date)) err('date', 'Ngày không hợp lệ.', 'Not a valid date.');
  const time = (input.time ?? '').trim();
  if (time && !TIME.test(time)) err('time', 'Giờ theo dạng 08:00.', 'Time as 08:00.');
  if (!input.leaderName.trim()) err('leaderName', 'Ghi tên lãnh đạo chủ trì.', 'Name the leader.');
  if (!input.leaderTitle.trim()) err('leaderTitle', 'Ghi chức vụ.', 'Give the title.');
  if (!input.topic.trim()) err('topic', 'Ghi chủ đề đối thoại.', 'Give the topic.');
  if (!input.place.trim()) err('place', 'Ghi địa điểm.', 'Give the place.');
  if (errors.length) throw validationError(errors);
  return {
    date: input.date as PlainDate,
    time,
    leaderName: input.leaderName.trim(),
    leaderTitle: input.leaderTitle.trim(),
    topic: input.topic.trim(),
    place: input.place.trim(),
    description: (input.description ?? '').trim(),
  };
}

/** Questions are taken until the day before the dialogue (our reading: so the leader can prepare). */
export const acceptsQuestions = (dialogueDate: PlainDate, today: PlainDate): boolean => today < dialogueDate;

export function checkQuestion(input: { fullName?: string; question: string }): {
  fullName: string;
  question: string;
} {
  const question = input.question.trim();
  if (!question || question.length > MAX_QUESTION)
    throw validationError([
      fieldError(
        'question',
        'Ghi câu hỏi (tối đa 3000 ký tự).',
        'Write the question (at most 3000 characters).',
      ),
    ]);
  return { fullName: (input.fullName ?? '').trim().slice(0, 200), question };
}

export function checkCommitment(input: CommitmentInput, path = 'commitment'): Commitment {
  const errors: FieldError[] = [];
  const err = (p: string, vi: string, en: string) => errors.push(fieldError(`${path}.${p}`, vi, en));
  if (!input.text.trim()) err('text', 'Ghi nội dung cam kết.', 'Write the commitment.');
  if (!input.responsible.trim()) err('responsible', 'Ghi đơn vị hoặc người thực hiện.', 'Name who does it.');
  if (!isPlainDate(input.dueDate)) err('dueDate', 'Hạn không hợp lệ.', 'Not a valid due date.');
  const state = (input.state ?? 'open') as CommitmentState;
  if (!COMMITMENT_STATES.includes(state)) err('state', 'Trạng thái không hợp lệ.', 'Not a valid state.');
  const doneOn = input.doneOn ?? null;
  if (state === 'done' && !isPlainDate(doneOn ?? ''))
    err('doneOn', 'Ghi ngày hoàn thành.', 'Give the day it was done.');
  if (state !== 'done' && doneOn)
    err('doneOn', 'Chỉ ghi ngày hoàn thành khi đã xong.', 'A done date only when done.');
  if (errors.length) throw validationError(errors);
  return {
    text: input.text.trim(),
    responsible: input.responsible.trim(),
    dueDate: input.dueDate as PlainDate,
    state,
    doneOn: state === 'done' ? (doneOn as PlainDate) : null,
    progressNote: (input.progressNote ?? '').trim(),
  };
}

/** How a commitment stands today: done (on time or late), open or in progress, overdue. */
export type CommitmentStatus = 'done-on-time' | 'done-late' | 'open' | 'in-progress' | 'overdue';
export function commitmentStatus(
  c: Pick<Commitment, 'state' | 'dueDate' | 'doneOn'>,
  today: PlainDate,
): CommitmentStatus {
  if (c.state === 'done') return c.doneOn && c.doneOn > c.dueDate ? 'done-late' : 'done-on-time';
  if (today > c.dueDate) return 'overdue';
  return c.state;
}
