/**
 * The append-only action log of a dossier and the state derived from it (STYLE.md item 2): one source for
 * status, deadline and audit. Pure: callers pass the working calendar, office hours and time limit.
 *
 * Deadline rules (DOMAIN.md §1.3, §4.1):
 * - The clock starts at reception ('receive'); before that there is no due date.
 * - While the dossier waits for the applicant after reception (supplement-requested, payment-requested)
 *   the clock stops: on resume the due date moves later by the working days waited.
 * - A Form 04 apology ('apologize-extend') sets a later due date.
 * - Supplementation may be requested only once per agency; a second request needs an explicit override and
 *   makes the dossier count as late under Decision 766.
 */
import {
  addDays,
  addWorkingDays,
  addWorkingHours,
  epochMsFromLocalDateTime,
  instantFromLocalDateTime,
  isPlainDate,
  type LocalDateTime,
  localDateTimeFromInstant,
  MINUTES_PER_DAY,
  type OfficeHours,
  type PlainDate,
  sameDayDue,
  type WorkingCalendar,
  workingDaysBetween,
} from '../calendar/index.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { DomainError, fieldError, validationError } from '../errors.ts';
import type { ActionType } from './actions.ts';
import { type StatusCode, type StatusKey, statusByKey } from './statuses.ts';
import { nextStatus } from './transitions.ts';
import { isInstantWithOffset } from './validation.ts';

export interface DossierActor {
  id: string;
  name: string;
  role: string;
  agencyCode: string;
}

export interface DossierAction {
  seq: number;
  /** ISO 8601 instant with an offset. */
  at: string;
  actor: DossierActor;
  action: ActionType;
  reason?: string;
  /** The agency concerned (supplement requested per agency, consultation); defaults to the actor's. */
  agencyCode?: string;
  /**
   * Per action: apologize-extend {newDueDate}; assign {assignee}; issue-result {resultCode} or
   * {resultCodes}; forward {resultCode?, resultName?}; schedule-return {appointmentAt, place, address?}; record-payment {amount, method, reference}; request-supplement {override: true}.
   */
  data?: Record<string, unknown>;
}

export interface DeriveContext {
  calendar: WorkingCalendar;
  office: OfficeHours;
  timeLimit: TimeLimit;
}

export interface DossierExtension {
  at: string;
  newDueDate: PlainDate;
  reason: string;
}

export const RETURN_PLACES = ['counter', 'home'] as const;
export type ReturnPlace = (typeof RETURN_PLACES)[number];

export interface ReturnAppointment {
  /** ISO instant of the appointment. */
  at: string;
  place: ReturnPlace;
  /** Required at home. */
  address?: string;
}

export interface DossierState {
  status: StatusKey;
  statusCode: StatusCode;
  lastSeq: number;
  submittedAt?: string;
  receivedAt?: string;
  /** The appointment date (ngày hẹn trả), after pauses and extensions. */
  dueDate?: PlainDate;
  /** For hour-based limits, the due instant; its local date is dueDate. */
  dueAt?: string;
  /** The due date printed on Form 01 at reception. */
  originalDueDate?: PlainDate;
  /** Working days the clock stood still while waiting for the applicant after reception. */
  pausedWorkingDays: number;
  /** Waiting for the applicant (supplement or payment). */
  isPaused: boolean;
  /** When the current wait began. */
  pausedAt?: string;
  /** The status to resume to; set only while paused. */
  statusBeforePause?: StatusKey;
  /** Supplement requests after reception, per agency (the once-per-agency rule). */
  supplementRequests: Record<string, number>;
  /** Written guidance requests on an online dossier before reception (Form 02 at the counter). */
  receptionSupplementRequests: number;
  /** More than one request at one agency: counts as late under Decision 766. */
  hasRepeatedSupplement: boolean;
  extensions: DossierExtension[];
  assignee?: string;
  /** Agencies consulted (liên thông) that have not replied yet. */
  pendingConsultations: string[];
  resultCodes: string[];
  /** Where and when the result will be handed over (at home for those who cannot travel). */
  returnAppointment?: ReturnAppointment;
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

const invalidLog = (path: string, vi: string, en: string): DomainError =>
  validationError([fieldError(path, vi, en)]);

const epochMs = (iso: string): number => epochMsFromLocalDateTime(localDateTimeFromInstant(iso));

const lastSessionEnd = (office: OfficeHours): number => office.sessions.at(-1)?.end ?? MINUTES_PER_DAY;

/** The close of office hours on `date`, as an instant (what an extended or a day-long deadline means). */
export const closeOfOfficeDay = (date: PlainDate, office: OfficeHours): string =>
  instantOf({ date, minutes: lastSessionEnd(office) });

/**
 * Working days the clock stood still between the start of a wait and its end (never negative: a clock that
 * went backwards between two entries must not shorten a deadline).
 */
export const workingDaysWaited = (cal: WorkingCalendar, pausedAt: string, resumedAt: string): number =>
  Math.max(
    0,
    workingDaysBetween(
      cal,
      localDateTimeFromInstant(pausedAt).date,
      localDateTimeFromInstant(resumedAt).date,
    ),
  );

/** An instant moved later by whole working days, keeping its time of day. */
export const addWorkingDaysToInstant = (cal: WorkingCalendar, instant: string, days: number): string => {
  const local = localDateTimeFromInstant(instant);
  return instantFromLocalDateTime({ date: addWorkingDays(cal, local.date, days), minutes: local.minutes });
};

/** A local time as an instant, rolling a session end at midnight over to the next day's 00:00. */
const instantOf = (ldt: LocalDateTime): string =>
  ldt.minutes >= MINUTES_PER_DAY
    ? instantFromLocalDateTime({ date: addDays(ldt.date, 1), minutes: ldt.minutes - MINUTES_PER_DAY })
    : instantFromLocalDateTime(ldt);

/** Due date (and instant, for hour-based limits) of a dossier received at `receivedAt`. */
export const computeDueDate = (
  receivedAt: string,
  ctx: DeriveContext,
): { dueDate: PlainDate; dueAt?: string } => {
  const { calendar: cal, office, timeLimit } = ctx;
  const local = localDateTimeFromInstant(receivedAt);
  switch (timeLimit.unit) {
    case 'working-days':
      return { dueDate: addWorkingDays(cal, local.date, timeLimit.value) };
    case 'same-day':
      return { dueDate: sameDayDue(cal, local, office) };
    case 'working-hours': {
      // addWorkingHours reports time running out at a session's end as the next session's start; for a
      // deadline we want the end itself (8 h from Monday 07:30 is due Monday 17:30, not Tuesday 07:30),
      // so count one minute less and add it back.
      const minutes = Math.round(timeLimit.value * 60);
      if (minutes <= 0) {
        const at = addWorkingHours(cal, local, 0, office);
        return { dueDate: at.date, dueAt: instantOf(at) };
      }
      const before = addWorkingHours(cal, local, (minutes - 1) / 60, office);
      const due = { date: before.date, minutes: before.minutes + 1 };
      return { dueDate: due.date, dueAt: instantOf(due) };
    }
    case 'calendar-days': {
      const d = addDays(local.date, timeLimit.value);
      return { dueDate: addWorkingDays(cal, d, 0) };
    }
  }
};

const stringData = (action: DossierAction, key: string): string | undefined => {
  const v = action.data?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

const hasReason = (action: DossierAction): boolean => (action.reason ?? '').trim() !== '';

/**
 * Replays the log. Throws DomainError: INVALID_TRANSITION for an action the state machine does not allow,
 * CONFLICT for a second supplement request without override, VALIDATION_FAILED for a malformed entry.
 */
export const deriveState = (log: readonly DossierAction[], ctx: DeriveContext): DossierState => {
  if (log.length === 0) {
    throw invalidLog('log', 'Nhật ký hồ sơ trống.', 'The dossier log is empty.');
  }
  let status: StatusKey | 'none' = 'none';
  const s: Omit<DossierState, 'status' | 'statusCode'> = {
    lastSeq: 0,
    pausedWorkingDays: 0,
    isPaused: false,
    supplementRequests: {},
    receptionSupplementRequests: 0,
    hasRepeatedSupplement: false,
    extensions: [],
    pendingConsultations: [],
    resultCodes: [],
  };
  const cal = ctx.calendar;

  for (const [i, a] of log.entries()) {
    if (!Number.isInteger(a.seq) || a.seq <= s.lastSeq) {
      throw invalidLog(
        `log[${i}].seq`,
        'Số thứ tự trong nhật ký phải tăng dần.',
        'Log sequence numbers must increase.',
      );
    }
    // Parse early so that a malformed instant fails here, with its position.
    try {
      epochMs(a.at);
    } catch {
      throw invalidLog(`log[${i}].at`, 'Thời điểm không hợp lệ.', 'The time is not a valid instant.');
    }
    const from: StatusKey | 'none' = status;
    const wasReceived = s.receivedAt !== undefined;
    const to = nextStatus(from, a.action, s.statusBeforePause);
    const agency = a.agencyCode ?? a.actor.agencyCode;

    switch (a.action) {
      case 'submit-online':
        s.submittedAt = a.at;
        break;
      case 'receive': {
        s.receivedAt = a.at;
        const due = computeDueDate(a.at, ctx);
        s.dueDate = due.dueDate;
        s.dueAt = due.dueAt;
        s.originalDueDate = due.dueDate;
        break;
      }
      case 'refuse':
        s.refusedAt = a.at;
        break;
      case 'request-supplement': {
        const previous = wasReceived ? (s.supplementRequests[agency] ?? 0) : s.receptionSupplementRequests;
        if (previous >= 1 && !(a.data?.override === true && hasReason(a))) {
          throw new DomainError(
            'CONFLICT',
            'Mỗi cơ quan chỉ được yêu cầu bổ sung hồ sơ một lần. Yêu cầu lần nữa phải được xác nhận vượt quy định và ghi rõ lý do; hồ sơ sẽ bị tính là trễ hạn.',
            'An agency may request a supplement only once. Another request needs an explicit override and a reason, and the dossier will count as late.',
            { details: { rule: 'supplement-once', agencyCode: agency, previousRequests: previous } },
          );
        }
        if (wasReceived) {
          s.supplementRequests = { ...s.supplementRequests, [agency]: previous + 1 };
          if (previous >= 1) s.hasRepeatedSupplement = true;
        } else {
          s.receptionSupplementRequests = previous + 1;
        }
        s.pausedAt = a.at;
        s.statusBeforePause = from === 'none' ? undefined : from;
        break;
      }
      case 'request-payment':
        s.pausedAt = a.at;
        s.statusBeforePause = from === 'none' ? undefined : from;
        break;
      case 'supplement':
      case 'record-payment':
        resume(s, a.at, cal);
        break;
      case 'assign': {
        const assignee = stringData(a, 'assignee');
        if (assignee !== undefined) s.assignee = assignee;
        break;
      }
      case 'consult':
        s.pendingConsultations = [...s.pendingConsultations.filter((c) => c !== agency), agency];
        break;
      case 'consult-reply':
        s.pendingConsultations = s.pendingConsultations.filter((c) => c !== agency);
        break;
      case 'apologize-extend':
        extend(s, a, i, ctx);
        break;
      case 'stop':
        s.stoppedAt = a.at;
        s.processingEndedAt = s.pausedAt ?? a.at;
        break;
      case 'withdraw':
        s.withdrawnAt = a.at;
        if (wasReceived) s.processingEndedAt = s.pausedAt ?? a.at;
        break;
      case 'forward': {
        // An agency in an inter-agency flow may hand its own result on with the dossier (e.g. -KQ1).
        const code = stringData(a, 'resultCode');
        if (code !== undefined) s.resultCodes = [...s.resultCodes, code];
        break;
      }
      case 'issue-result': {
        s.finishedAt = a.at;
        s.processingEndedAt = a.at;
        const one = stringData(a, 'resultCode');
        const many = a.data?.resultCodes;
        const codes = Array.isArray(many) ? many.filter((c): c is string => typeof c === 'string') : [];
        s.resultCodes = [...s.resultCodes, ...(one === undefined ? [] : [one]), ...codes];
        break;
      }
      case 'schedule-return':
        s.returnAppointment = appointment(a, i);
        break;
      case 'return-result':
        s.returnedAt = a.at;
        break;
      case 'transfer':
      case 'appraise':
      case 'submit-for-approval':
      case 'approve':
      case 'return-for-rework':
        break;
    }

    // A wait ends with the resume, or with a stop or withdrawal while waiting.
    s.isPaused = to === 'supplement-requested' || to === 'payment-requested';
    if (!s.isPaused) {
      s.pausedAt = undefined;
      s.statusBeforePause = undefined;
    }
    s.lastSeq = a.seq;
    status = to;
  }

  if (status === 'none') throw new RangeError('Unreachable: a non-empty log leaves no dossier');
  return { status, statusCode: statusByKey(status).code, ...stripUndefined(s) };
};

/** On resume after reception, move the deadline later by the working days waited. */
function resume(s: Omit<DossierState, 'status' | 'statusCode'>, at: string, cal: WorkingCalendar): void {
  if (s.receivedAt === undefined || s.pausedAt === undefined || s.dueDate === undefined) return;
  const waited = workingDaysWaited(cal, s.pausedAt, at);
  if (waited === 0) return;
  s.pausedWorkingDays += waited;
  s.dueDate = addWorkingDays(cal, s.dueDate, waited);
  if (s.dueAt !== undefined) {
    s.dueAt = addWorkingDaysToInstant(cal, s.dueAt, waited);
    s.dueDate = localDateTimeFromInstant(s.dueAt).date;
  }
}

function appointment(a: DossierAction, i: number): ReturnAppointment {
  const at = stringData(a, 'appointmentAt');
  const place = a.data?.place ?? 'counter';
  const address = stringData(a, 'address');
  if (!isInstantWithOffset(at)) {
    throw invalidLog(
      `log[${i}].data.appointmentAt`,
      'Thời điểm hẹn không hợp lệ.',
      'The appointment time is not a valid instant.',
    );
  }
  if (!(RETURN_PLACES as readonly unknown[]).includes(place)) {
    throw invalidLog(`log[${i}].data.place`, 'Nơi trả kết quả không hợp lệ.', 'Unknown place of return.');
  }
  if (place === 'home' && address === undefined) {
    throw invalidLog(
      `log[${i}].data.address`,
      'Trả kết quả tại nhà cần địa chỉ.',
      'A return at home needs the address.',
    );
  }
  return { at, place: place as ReturnPlace, ...(address ? { address } : {}) };
}

function extend(
  s: Omit<DossierState, 'status' | 'statusCode'>,
  a: DossierAction,
  i: number,
  ctx: DeriveContext,
): void {
  const newDueDate = a.data?.newDueDate;
  const path = `log[${i}].data.newDueDate`;
  if (s.dueDate === undefined) {
    throw invalidLog(
      path,
      'Hồ sơ chưa có ngày hẹn trả để gia hạn.',
      'The dossier has no due date to extend.',
    );
  }
  if (!isPlainDate(newDueDate)) {
    throw invalidLog(path, 'Ngày hẹn trả mới không hợp lệ.', 'The new due date is not a valid date.');
  }
  if (newDueDate <= s.dueDate) {
    throw invalidLog(
      path,
      `Ngày hẹn trả mới phải sau ngày hẹn hiện tại (${s.dueDate}).`,
      `The new due date must be after the current one (${s.dueDate}).`,
    );
  }
  if (!ctx.calendar.isWorkingDay(newDueDate)) {
    throw invalidLog(
      path,
      'Ngày hẹn trả mới phải là ngày làm việc.',
      'The new due date must be a working day.',
    );
  }
  if (!hasReason(a)) {
    throw invalidLog(
      `log[${i}].reason`,
      'Văn bản xin lỗi phải nêu lý do chậm trễ.',
      'The apology must give the reason for the delay.',
    );
  }
  s.dueDate = newDueDate;
  // An hour-based deadline extended to a date is due at the close of that day's office hours.
  if (s.dueAt !== undefined) s.dueAt = closeOfOfficeDay(newDueDate, ctx.office);
  s.extensions = [...s.extensions, { at: a.at, newDueDate, reason: a.reason ?? '' }];
}

// Keeps derived states comparable with toEqual and free of `key: undefined` noise in JSON.
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Timeliness.

export type Timeliness = 'early' | 'on-time' | 'late' | 'not-due';

const isOpen = (status: StatusKey): boolean =>
  status === 'received' ||
  status === 'processing' ||
  status === 'supplement-requested' ||
  status === 'payment-requested';

/** Compares an end-of-processing instant with the deadline (instant for hour-based limits, else date). */
const compareWithDue = (state: DossierState, end: string): 'early' | 'on-time' | 'late' => {
  const dueDate = state.dueDate as PlainDate;
  const endDate = localDateTimeFromInstant(end).date;
  if (state.dueAt !== undefined && epochMs(end) > epochMs(state.dueAt)) return 'late';
  if (endDate > dueDate) return 'late';
  return endDate < dueDate ? 'early' : 'on-time';
};

/**
 * Decision 766 timeliness at instant `at`. A repeated supplement request is late whatever the dates.
 * Ended dossiers compare the end of processing with the due date. Open ones are 'late' once `at` (or the
 * start of the current wait for the applicant, whose time is not counted) is past the deadline, else
 * 'not-due'. Dossiers never received have no deadline: 'not-due'.
 */
export const assessTimeliness = (state: DossierState, at: string): Timeliness => {
  if (state.dueDate === undefined) return 'not-due';
  if (state.hasRepeatedSupplement) return 'late';
  if (state.processingEndedAt !== undefined) return compareWithDue(state, state.processingEndedAt);
  if (!isOpen(state.status)) return 'not-due';
  return compareWithDue(state, state.pausedAt ?? at) === 'late' ? 'late' : 'not-due';
};

/**
 * Open and past the due date on `today`. While the dossier waits for the applicant the clock is stopped,
 * so the date the wait began is what counts.
 */
export const isOverdue = (state: DossierState, today: PlainDate): boolean => {
  if (state.dueDate === undefined || !isOpen(state.status)) return false;
  const effective = state.pausedAt === undefined ? today : localDateTimeFromInstant(state.pausedAt).date;
  return effective > state.dueDate;
};

/** Open, running, not yet overdue, and due today or on the next working day ("sắp đến hạn"). */
export const dueSoon = (state: DossierState, today: PlainDate, cal: WorkingCalendar): boolean => {
  if (state.dueDate === undefined || !isOpen(state.status) || state.isPaused) return false;
  if (today > state.dueDate) return false;
  return workingDaysBetween(cal, today, state.dueDate) <= 1;
};

/**
 * An open dossier past its due date with no extension covering today needs a Form 04 apology with a new
 * due date (extensions already move dueDate). The server refuses every other action on such a dossier
 * until 'apologize-extend' is recorded. The calendar argument is accepted for call-site symmetry with
 * dueSoon; "past the due date" counts calendar days, since a result is late the day after the appointment
 * whether or not that day is a working day.
 */
export const requiresApology = (state: DossierState, today: PlainDate, _cal?: WorkingCalendar): boolean =>
  isOverdue(state, today);
