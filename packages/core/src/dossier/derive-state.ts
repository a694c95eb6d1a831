/**
 * The state of a dossier, replayed from its log (STYLE.md item 2): one source for status, deadline, where it
 * is in its workflow, and audit. The reducer only reads what the entries recorded; it counts no date and
 * consults no catalogue, calendar or office hours, so a dossier reads the same whatever changes around it.
 */
import { epochMsFromLocalDateTime, localDateTimeFromInstant, type OfficeHours } from '../calendar/index.ts';
import type { PlainDate } from '../calendar/plain-date.ts';
import { fieldError, validationError } from '../errors.ts';
import type { ActionType } from './actions.ts';
import {
  type ApologyDelivery,
  type Channel,
  type DossierEntry,
  type DossierSubject,
  type IssuedSlip,
  paymentStopsClock,
  type Resumption,
  type ReturnPlace,
  stepStarted,
} from './entries.ts';
import { type StatusCode, type StatusKey, statusByKey } from './statuses.ts';
import { nextStatus } from './transitions.ts';

/** One pass of the dossier through a workflow step (what Form 06 prints, one row each). */
export interface StepVisit {
  stepIndex: number;
  stepKey: string;
  startedAt: string;
  /** Who handed the dossier to this step (the previous step's actor; the receiver for the first). */
  givenBy: string;
  dueAt: string;
  endedAt?: string;
  /** Who ended the step, and how. */
  endedBy?: string;
  endedWith?: ActionType;
  /** For an assignment: the specialist it went to. */
  handedTo?: string;
  /** Working days the step waited for the applicant. */
  pausedWorkingDays: number;
  pausedAt?: string;
  note?: string;
}

export interface DossierExtension {
  seq: number;
  at: string;
  previousDueDate: PlainDate;
  newDueDate: PlainDate;
  newDueAt?: string;
  delivery?: ApologyDelivery;
  /** Issued on or after the due date it replaced: a breach, reported as late. */
  late?: true;
  /** A second reset, confirmed as a breach. */
  override?: true;
  reason: string;
}

export interface ReturnAppointment {
  /** ISO instant of the appointment. */
  at: string;
  place: ReturnPlace;
  /** Required at home. */
  address?: string;
}

/** A slip issued on the dossier, as recorded (the reprint shows the same number and date). */
export interface SlipRecord extends IssuedSlip {
  seq: number;
  issuedAt: string;
}

export interface DossierState {
  status: StatusKey;
  statusCode: StatusCode;
  lastSeq: number;
  channel: Channel;
  /** The procedure, case, fees and checklist as they were when the dossier came in. */
  subject: DossierSubject;
  /** The public lookup's check code its first entry recorded (absent in logs written before it existed). */
  checkCode?: string;
  /** The office hours its deadlines were counted with at reception. */
  office?: OfficeHours;
  submittedAt?: string;
  receivedAt?: string;
  /** The appointment date (ngày hẹn trả), after waits and extensions. */
  dueDate?: PlainDate;
  /** For hour-based limits, the due instant; its local date is dueDate. */
  dueAt?: string;
  /** The due date printed on Form 01 at reception. */
  originalDueDate?: PlainDate;
  originalDueAt?: string;
  /** Working days the clock stood still while waiting for the applicant after reception. */
  pausedWorkingDays: number;
  /** Waiting for the applicant (supplement or payment). */
  isPaused: boolean;
  /**
   * When the clock stopped for the current wait: a supplement wait, or a payment wait where the procedure's
   * law stops it (absent while waiting for a payment that does not stop the clock).
   */
  pausedAt?: string;
  /** The status to resume to; set only while paused. */
  statusBeforePause?: StatusKey;
  /** Supplement requests after reception, per agency (for information: the rule counts per dossier). */
  supplementRequests: Record<string, number>;
  /** Written guidance requests on an online dossier before reception (Form 02 at the counter). */
  receptionSupplementRequests: number;
  /** A request after the first, confirmed as a breach: counts as late under Decision 766. */
  hasRepeatedSupplement: boolean;
  extensions: DossierExtension[];
  assignee?: string;
  assigneeName?: string;
  /** The leader who approved the result last: who signs it, unless the clerical officer records another. */
  approvedBy?: string;
  /** Agencies consulted that have not replied yet. */
  pendingConsultations: string[];
  /** A dossier received on paper: when its paper files are due at the agency, and when they were sent. */
  paperDueAt?: string;
  paperSentAt?: string;
  /** Sent after paperDueAt, as the sending entry recorded. */
  paperSentLate?: true;
  /** The amount of the open payment request. */
  paymentRequested?: number;
  resultCodes: string[];
  /** Where and when the result will be handed over (at home for those who cannot travel). */
  returnAppointment?: ReturnAppointment;
  /** Slips 02–05 issued on the dossier, in order. */
  slips: SlipRecord[];
  /** Every pass through a workflow step, in order; the last is open while the dossier is at a step. */
  visits: StepVisit[];
  /** The workflow step the dossier is at; undefined before reception and after the last hand-over or an end. */
  stepIndex?: number;
  refusedAt?: string;
  finishedAt?: string;
  returnedAt?: string;
  stoppedAt?: string;
  withdrawnAt?: string;
  /**
   * End of processing for Decision 766: finished, else stopped or withdrawn after reception (the start of
   * the wait if that happened while waiting for the applicant, whose time is not counted).
   */
  processingEndedAt?: string;
}

/**
 * The supplement requests already made at this stage: after reception every agency's together (the law and
 * Decision 766 count per dossier), before it the counter's written guidance on an online dossier. One or
 * more means another request is a breach the leader must confirm (docs/domain/dossier-lifecycle.md#supplement-once).
 */
export const supplementRequestsSoFar = (
  state: Pick<DossierState, 'receivedAt' | 'receptionSupplementRequests' | 'supplementRequests'>,
): number =>
  state.receivedAt === undefined
    ? state.receptionSupplementRequests
    : Object.values(state.supplementRequests).reduce((a, b) => a + b, 0);

/**
 * Whether taking `action` now would break a once-only rule, so that it needs an explicit override recorded
 * as a breach: a second supplement request, a second reset of the appointment. The deciders refuse it without
 * one, and the console asks for the confirmation.
 */
export const overrideRequired = (
  state: Pick<
    DossierState,
    'receivedAt' | 'receptionSupplementRequests' | 'supplementRequests' | 'extensions'
  >,
  action: 'request-supplement' | 'apologize-extend',
): boolean =>
  action === 'request-supplement' ? supplementRequestsSoFar(state) >= 1 : state.extensions.length >= 1;

/**
 * Whether a paper dossier's files are late at instant `at`: sent late (as the sending entry recorded), or
 * not sent and past their deadline (Decree 118 Art. 18).
 */
export const paperFilesLate = (
  state: Pick<DossierState, 'paperDueAt' | 'paperSentAt' | 'paperSentLate'>,
  at: string,
): boolean =>
  state.paperSentLate === true ||
  (state.paperDueAt !== undefined &&
    state.paperSentAt === undefined &&
    Date.parse(at) > Date.parse(state.paperDueAt));

const invalidLog = (path: string, vi: string, en: string) => validationError([fieldError(path, vi, en)]);

type Draft = Omit<DossierState, 'status' | 'statusCode' | 'channel' | 'subject'> & {
  status: StatusKey | 'none';
  channel?: Channel;
  subject?: DossierSubject;
};

const initial = (): Draft => ({
  status: 'none',
  lastSeq: 0,
  pausedWorkingDays: 0,
  isPaused: false,
  supplementRequests: {},
  receptionSupplementRequests: 0,
  hasRepeatedSupplement: false,
  extensions: [],
  pendingConsultations: [],
  resultCodes: [],
  slips: [],
  visits: [],
});

/**
 * Replays the log. Throws DomainError: VALIDATION_FAILED for a malformed log (empty, a sequence that does not
 * increase, a bad instant, no subject), INVALID_TRANSITION for an action the state machine does not allow.
 */
export const deriveState = (log: readonly DossierEntry[]): DossierState => {
  if (log.length === 0) throw invalidLog('log', 'Nhật ký hồ sơ trống.', 'The dossier log is empty.');
  return finish(log.reduce<Draft>((s, e, i) => evolve(s, e, i), initial()));
};

/** The state after one more entry (what a decider checks its entry against before it is written). */
export const applyEntry = (state: DossierState, entry: DossierEntry): DossierState =>
  finish(evolve(state, entry, state.lastSeq));

function finish(s: Draft): DossierState {
  if (s.status === 'none' || s.channel === undefined || s.subject === undefined) {
    throw invalidLog('log[0].data.subject', 'Nhật ký không ghi nội dung hồ sơ.', 'The log has no subject.');
  }
  return stripUndefined({ ...s, status: s.status, statusCode: statusByKey(s.status).code } as DossierState);
}

/** One entry applied (`i` is its position in the log, for error paths). */
function evolve(state: Draft, e: DossierEntry, i: number): Draft {
  if (!Number.isInteger(e.seq) || e.seq <= state.lastSeq) {
    throw invalidLog(
      `log[${i}].seq`,
      'Số thứ tự trong nhật ký phải tăng dần.',
      'Log sequence numbers must increase.',
    );
  }
  try {
    epochMsFromLocalDateTime(localDateTimeFromInstant(e.at));
  } catch {
    throw invalidLog(`log[${i}].at`, 'Thời điểm không hợp lệ.', 'The time is not a valid instant.');
  }
  const from = state.status;
  const to = nextStatus(from, e.action, state.statusBeforePause);
  const s: Draft = {
    ...state,
    supplementRequests: { ...state.supplementRequests },
    visits: state.visits.map((v) => ({ ...v })),
  };
  const wasReceived = s.receivedAt !== undefined;
  const open = s.stepIndex === undefined ? undefined : s.visits.at(-1);

  switch (e.action) {
    case 'submit-online':
      s.channel = 'online';
      s.subject = e.data.subject;
      s.submittedAt = e.at;
      if (e.data.checkCode) s.checkCode = e.data.checkCode;
      break;
    case 'receive':
      s.channel = e.data.channel;
      s.subject = e.data.subject ?? s.subject;
      if (e.data.checkCode && e.seq === 1) s.checkCode = e.data.checkCode;
      s.office = e.data.office;
      s.receivedAt = e.at;
      s.dueDate = e.data.dueDate;
      s.dueAt = e.data.dueAt;
      s.originalDueDate = e.data.dueDate;
      s.originalDueAt = e.data.dueAt;
      s.paperDueAt = e.data.paperDueAt;
      break;
    case 'refuse':
      s.refusedAt = e.at;
      break;
    case 'request-supplement': {
      const agency = e.actor.agencyCode;
      if (wasReceived) {
        s.supplementRequests[agency] = (s.supplementRequests[agency] ?? 0) + 1;
        // The decider recorded whether this request broke the once-only rule.
        if (e.data.override) s.hasRepeatedSupplement = true;
      } else {
        s.receptionSupplementRequests += 1;
      }
      pause(s, from, e.at, open);
      break;
    }
    case 'request-payment':
      s.paymentRequested = e.data.amount;
      // The clock stops only where the procedure's law says so, as recorded at intake (docs/domain/catalogue.md).
      if (paymentStopsClock(s.subject)) pause(s, from, e.at, open);
      else s.statusBeforePause = from === 'none' ? undefined : from;
      break;
    case 'supplement':
    case 'record-payment':
      if (e.action === 'record-payment') s.paymentRequested = undefined;
      resume(s, e.data.resumed, open);
      break;
    case 'assign':
      s.assignee = e.data.assignee;
      s.assigneeName = e.data.assigneeName;
      break;
    case 'consult':
      s.pendingConsultations = [
        ...s.pendingConsultations.filter((c) => c !== e.data.agencyCode),
        e.data.agencyCode,
      ];
      break;
    case 'consult-reply':
      s.pendingConsultations = s.pendingConsultations.filter((c) => c !== e.data.agencyCode);
      break;
    case 'apologize-extend':
      s.dueDate = e.data.newDueDate;
      s.dueAt = e.data.newDueAt;
      s.extensions = [
        ...s.extensions,
        {
          seq: e.seq,
          at: e.at,
          previousDueDate: e.data.previousDueDate,
          newDueDate: e.data.newDueDate,
          ...(e.data.newDueAt ? { newDueAt: e.data.newDueAt } : {}),
          ...(e.data.delivery ? { delivery: e.data.delivery } : {}),
          ...(e.data.late ? { late: true as const } : {}),
          ...(e.data.override ? { override: true as const } : {}),
          reason: e.reason ?? '',
        },
      ];
      break;
    case 'stop':
      s.stoppedAt = e.at;
      s.processingEndedAt = s.pausedAt ?? e.at;
      break;
    case 'withdraw':
      s.withdrawnAt = e.at;
      if (wasReceived) s.processingEndedAt = s.pausedAt ?? e.at;
      break;
    case 'forward':
      if (e.data.resultCode !== undefined) s.resultCodes = [...s.resultCodes, e.data.resultCode];
      break;
    case 'issue-result':
      s.finishedAt = e.at;
      s.processingEndedAt = e.at;
      s.resultCodes = [...s.resultCodes, e.data.resultCode];
      break;
    case 'schedule-return':
      s.returnAppointment = {
        at: e.data.appointmentAt,
        place: e.data.place,
        ...(e.data.address ? { address: e.data.address } : {}),
      };
      break;
    case 'return-result':
      s.returnedAt = e.at;
      break;
    case 'send-paper':
      s.paperSentAt = e.at;
      if (e.data.late) s.paperSentLate = true;
      break;
    case 'approve':
      s.approvedBy = e.actor.name;
      break;
    case 'transfer':
    case 'appraise':
    case 'submit-for-approval':
    case 'return-for-rework':
      break;
  }
  if ('slip' in e.data && e.data.slip) {
    s.slips = [...s.slips, { ...e.data.slip, seq: e.seq, issuedAt: e.at }];
  }
  moveSteps(s, e, open);

  // A wait ends with the resume, or with a stop or withdrawal while waiting.
  s.isPaused = to === 'supplement-requested' || to === 'payment-requested';
  if (!s.isPaused) {
    s.pausedAt = undefined;
    s.statusBeforePause = undefined;
  }
  s.lastSeq = e.seq;
  s.status = to;
  return s;
}

function pause(s: Draft, from: StatusKey | 'none', at: string, open: StepVisit | undefined): void {
  s.pausedAt = at;
  s.statusBeforePause = from === 'none' ? undefined : from;
  if (open) open.pausedAt = at;
}

/** A wait after reception ended: the deadlines moved by the working days waited, as decided then. */
function resume(s: Draft, resumed: Resumption | undefined, open: StepVisit | undefined): void {
  if (open) open.pausedAt = undefined;
  if (resumed === undefined) return;
  s.pausedWorkingDays += resumed.waitedWorkingDays;
  s.dueDate = resumed.dueDate;
  s.dueAt = resumed.dueAt;
  if (open && resumed.stepDueAt !== undefined) {
    open.dueAt = resumed.stepDueAt;
    open.pausedWorkingDays += resumed.waitedWorkingDays;
  }
}

/**
 * Step visits: an entry that starts a step ends the open one and opens the next (a hand-over, or sending
 * back); the result's issue ends the last step; a stop or withdrawal ends the open step (when the wait
 * began, if it was waiting for the applicant).
 */
function moveSteps(s: Draft, e: DossierEntry, open: StepVisit | undefined): void {
  const started = stepStarted(e);
  const ends = started !== undefined || ['issue-result', 'stop', 'withdraw'].includes(e.action);
  if (open && ends) {
    const pausedAt = open.pausedAt;
    open.endedAt = (e.action === 'stop' || e.action === 'withdraw') && pausedAt ? pausedAt : e.at;
    open.endedBy = e.actor.name;
    open.endedWith = e.action;
    if (e.action === 'assign') open.handedTo = e.data.assigneeName;
    if (e.reason) open.note = e.reason;
    open.pausedAt = undefined;
    s.stepIndex = undefined;
  }
  if (started) {
    s.visits.push({
      stepIndex: started.index,
      stepKey: started.key,
      startedAt: e.at,
      givenBy: e.actor.name,
      dueAt: started.dueAt,
      pausedWorkingDays: 0,
    });
    s.stepIndex = started.index;
  }
}

// Keeps derived states comparable with toEqual and free of `key: undefined` noise in JSON.
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
