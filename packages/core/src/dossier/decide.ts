/**
 * The deciders: from a dossier's state and a checked request, the log entry to record — with everything
 * decided now written into it (a new due date, the next step's deadline, a result code, a slip's register
 * number, the signer's title). The server writes exactly this entry, never the request as sent.
 */
import type { AgencyTree } from '../access/roles.ts';
import { addWorkingDays, isPlainDate, localDateTimeFromInstant } from '../calendar/index.ts';
import { DomainError, fieldError, validationError } from '../errors.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import type { ActionData, ActionInput, StaffActionType } from './action-input.ts';
import { assignedStep, canBeAssigned, type StaffRef } from './assignment.ts';
import {
  addWorkingDaysToInstant,
  closeOfOfficeDay,
  computeDueDate,
  type DeadlineContext,
  paperFilesDueAt,
  stepDueAt,
  workingDaysWaited,
} from './deadlines.ts';
import {
  applyEntry,
  type DossierState,
  overrideRequired,
  paperFilesLate,
  supplementRequestsSoFar,
} from './derive-state.ts';
import { resultCode } from './dossier-code.ts';
import type {
  ApologyDelivery,
  Channel,
  DossierActor,
  DossierEntry,
  IssuedSlip,
  MissingItem,
  RecordedData,
  ResultFile,
  Resumption,
  Signer,
  StepStart,
} from './entries.ts';
import { SLIP_OF_ACTION } from './registers.ts';
import { isApologyLateOn } from './timeliness.ts';

export interface DecisionContext extends DeadlineContext {
  /** The entry's time: now. */
  at: string;
  actor: DossierActor;
  dossierCode: string;
  steps: readonly ResolvedStep[];
  tree: AgencyTree;
  /** For 'assign': the account named, or null when there is none. */
  assignee?: StaffRef | null;
  /** For a resultFileId: the dossier's file, or null when it has none by that id. */
  resultFile?: ResultFile | null;
  /** The register number allocated for the slip the action issues (registers.ts). */
  slipNumber?: string;
  /** The actor as signer of a letter (Forms 04, 05): name and printed title. */
  signer?: Signer;
}

/**
 * Form 05's legal ground: the counter stops processing on the applicant's request under these two articles
 * (docs/domain/dossier-lifecycle.md#stopping-processing). Stops an agency decides under a sector law are
 * another document, not modelled.
 */
export const STOP_GROUND =
  'Điều 21 Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ và Điều 7 Thông tư số 03/2025/TT-VPCP';

/** Form 04 goes back the way the dossier came: paper at the counter or by post, SMS for an online one. */
export const defaultApologyDelivery = (channel: Channel): ApologyDelivery =>
  channel === 'online' ? 'sms' : channel === 'postal' ? 'post' : 'paper';

const invalid = (path: string, vi: string, en: string) => validationError([fieldError(path, vi, en)]);

/** The entry for `input` and the state after it. Throws VALIDATION_FAILED, CONFLICT or INVALID_TRANSITION. */
export function decideAction(
  state: DossierState,
  input: ActionInput,
  ctx: DecisionContext,
): { entry: DossierEntry; state: DossierState } {
  const entry = {
    seq: state.lastSeq + 1,
    at: ctx.at,
    actor: ctx.actor,
    action: input.action,
    ...(input.reason ? { reason: input.reason } : {}),
    data: decideData(state, input, ctx),
  } as DossierEntry;
  return { entry, state: applyEntry(state, entry) };
}

function decideData(
  state: DossierState,
  input: ActionInput,
  ctx: DecisionContext,
): RecordedData[StaffActionType] {
  switch (input.action) {
    case 'receive':
      return receptionDecision(state, ctx);
    case 'refuse':
      return { slip: slipOf('refuse', ctx) };
    case 'request-supplement':
      return supplementRequest(state, input, ctx);
    case 'supplement':
      return withResumption(state, ctx, {});
    case 'record-payment': {
      const { method = 'cash', reference, amount } = input.data;
      return withResumption(state, ctx, {
        method,
        amount: amount ?? state.paymentRequested ?? 0,
        ...(reference ? { reference } : {}),
      });
    }
    case 'send-paper':
      return {
        // To the agency holding the dossier now (the paper follows the electronic transfer).
        toAgencyCode: ctx.steps[state.stepIndex ?? 0]?.agencyCode ?? '',
        ...(paperFilesLate(state, ctx.at) ? { late: true as const } : {}),
      };
    case 'transfer':
    case 'submit-for-approval':
    case 'approve':
      return withStep(nextStep(state, ctx, 1));
    case 'return-for-rework':
      return withStep(nextStep(state, ctx, -1));
    case 'assign':
      return { ...assignment(state, ctx), ...withStep(nextStep(state, ctx, 1)) };
    case 'appraise':
    case 'withdraw':
      return {};
    case 'consult':
      if (!ctx.tree.has(input.data.agencyCode)) {
        throw invalid('data.agencyCode', 'Không có cơ quan này.', 'No such agency.');
      }
      return { agencyCode: input.data.agencyCode };
    case 'consult-reply':
      if (!state.pendingConsultations.includes(input.data.agencyCode)) {
        throw invalid(
          'data.agencyCode',
          'Cơ quan này không được hỏi ý kiến hoặc đã trả lời.',
          'This agency was not consulted or has already replied.',
        );
      }
      return { agencyCode: input.data.agencyCode };
    case 'forward':
      return forwarding(state, input.data, ctx);
    case 'request-payment':
      return paymentRequest(state, input.data);
    case 'apologize-extend':
      return extension(state, input.data, ctx);
    case 'stop':
      return {
        legalGround: STOP_GROUND,
        requestedVia: input.data.requestedVia ?? 'in-person',
        slip: slipOf('stop', ctx),
        signer: signerOf(ctx),
      };
    case 'issue-result': {
      // Who signs is the leader who approved, unless the clerical officer records another signature.
      const { number, signer = state.approvedBy } = input.data;
      const file = resultFileOf(input.data.resultFileId, ctx);
      return {
        resultCode: resultCode(ctx.dossierCode, state.resultCodes.length + 1),
        number,
        ...(signer ? { signer } : {}),
        ...(file ? { resultFile: file } : {}),
      };
    }
    case 'schedule-return': {
      const { appointmentAt, place = 'counter', address } = input.data;
      if (Number.isNaN(Date.parse(appointmentAt))) {
        throw invalid('data.appointmentAt', 'Thời điểm hẹn không hợp lệ.', 'Not a valid instant.');
      }
      if (Date.parse(appointmentAt) < Date.parse(ctx.at)) {
        throw invalid('data.appointmentAt', 'Ngày giờ hẹn đã qua.', 'The appointment time has passed.');
      }
      return { appointmentAt, place, ...(place === 'home' && address ? { address } : {}) };
    }
    case 'return-result': {
      const { method = 'counter', waybill } = input.data;
      if (method === 'home' && state.returnAppointment?.place !== 'home') {
        throw new DomainError(
          'INVALID_TRANSITION',
          'Trả kết quả tại nhà cần hẹn trước ngày giờ và địa chỉ (thao tác "Hẹn trả kết quả").',
          'A return at home needs an appointment first ("Make the return appointment").',
          {
            details: { status: state.status, rule: 'home-appointment', allowedActions: ['schedule-return'] },
          },
        );
      }
      // Who took it is written into the entry: the receipt and the timeline read it, never the request.
      const { collector } = input.data;
      return {
        method,
        ...(method === 'post' && waybill ? { waybill } : {}),
        ...(collector && (method === 'counter' || method === 'home') ? { collector } : {}),
      };
    }
  }
}

/** The start of the step `delta` away from the current one (the next, or the one before), if there is one. */
function nextStep(state: DossierState, ctx: DecisionContext, delta: 1 | -1): StepStart | undefined {
  if (state.stepIndex === undefined) return undefined;
  const index = state.stepIndex + delta;
  const step = ctx.steps[index];
  return step ? { index, key: step.key, dueAt: stepDueAt(step, ctx.at, ctx) } : undefined;
}

const withStep = (step: StepStart | undefined) => (step ? { step } : {});

/** The reception of an online dossier at the counter: the clock starts now. */
function receptionDecision(state: DossierState, ctx: DecisionContext): RecordedData['receive'] {
  return receptionData(state.subject.case.timeLimit, state.channel, ctx);
}

/** What reception decides: the due date by the case's time limit and the first step's deadline. */
export function receptionData(
  timeLimit: DossierState['subject']['case']['timeLimit'],
  channel: DossierState['channel'],
  ctx: DeadlineContext & { at: string; steps: readonly ResolvedStep[] },
): RecordedData['receive'] {
  const due = computeDueDate(ctx.at, timeLimit, ctx);
  const first = ctx.steps[0];
  return {
    channel,
    office: ctx.office,
    dueDate: due.dueDate,
    ...(due.dueAt ? { dueAt: due.dueAt } : {}),
    ...(first ? { step: { index: 0, key: first.key, dueAt: stepDueAt(first, ctx.at, ctx) } } : {}),
    // A dossier given on paper also moves on paper, on its own deadline.
    ...(channel !== 'online' ? { paperDueAt: paperFilesDueAt(ctx.at, ctx) } : {}),
  };
}

function slipOf(action: StaffActionType, ctx: DecisionContext): IssuedSlip {
  const form = SLIP_OF_ACTION[action];
  if (form === undefined || ctx.slipNumber === undefined) {
    throw new RangeError(`"${action}" issues a slip: allocate its register number first`);
  }
  return { form, number: ctx.slipNumber, agencyCode: ctx.actor.agencyCode };
}

function signerOf(ctx: DecisionContext): Signer {
  return ctx.signer ?? { name: ctx.actor.name, title: '' };
}

/**
 * Supplementation once per dossier after reception, whichever agency asks (and once as written guidance
 * before it): a second request is the leader's, with an explicit override and a reason, and the dossier then
 * counts as late (Decree 118 Art. 11; Decision 766; docs/domain/dossier-lifecycle.md#supplement-once).
 */
function supplementRequest(
  state: DossierState,
  input: Extract<ActionInput, { action: 'request-supplement' }>,
  ctx: DecisionContext,
): RecordedData['request-supplement'] {
  const again = overrideRequired(state, 'request-supplement');
  if (again && !(input.data.override === true && input.reason)) {
    throw new DomainError(
      'CONFLICT',
      'Hồ sơ chỉ được yêu cầu bổ sung một lần. Yêu cầu lần nữa phải do lãnh đạo xác nhận vượt quy định và ghi rõ lý do; hồ sơ sẽ bị tính là trễ hạn.',
      'A dossier may be sent back for a supplement only once. Another request needs the leader’s override and a reason, and the dossier will count as late.',
      { details: { rule: 'supplement-once', previousRequests: supplementRequestsSoFar(state) } },
    );
  }
  const missing = input.data.missing.map((m, i): MissingItem => {
    if (m.id === undefined) return { name: m.name ?? '', reason: m.reason ?? '' };
    const component = state.subject.checklist.find((c) => c.id === m.id);
    if (!component) {
      throw invalid(
        `data.missing[${i}].id`,
        'Giấy tờ này không thuộc thành phần hồ sơ.',
        'Not a component of this dossier.',
      );
    }
    return {
      id: component.id,
      name: m.name ?? component.name,
      form: component.form,
      quantity: Math.max(1, component.quantity - component.given),
      reason: m.reason ?? '',
    };
  });
  return {
    missing,
    ...(again ? { override: true as const } : {}),
    slip: slipOf('request-supplement', ctx),
  };
}

/** The end of a wait for the applicant: after reception the deadlines move by the working days waited. */
function withResumption<T extends object>(
  state: DossierState,
  ctx: DecisionContext,
  data: T,
): T & { resumed?: Resumption } {
  if (state.receivedAt === undefined || state.pausedAt === undefined || state.dueDate === undefined)
    return data;
  const waited = workingDaysWaited(ctx.calendar, state.pausedAt, ctx.at);
  if (waited === 0) return data;
  const open = state.stepIndex === undefined ? undefined : state.visits.at(-1);
  const dueAt =
    state.dueAt === undefined ? undefined : addWorkingDaysToInstant(ctx.calendar, state.dueAt, waited);
  const dueDate =
    dueAt === undefined
      ? addWorkingDays(ctx.calendar, state.dueDate, waited)
      : localDateTimeFromInstant(dueAt).date;
  return {
    ...data,
    resumed: {
      waitedWorkingDays: waited,
      dueDate,
      ...(dueAt ? { dueAt } : {}),
      ...(open ? { stepDueAt: addWorkingDaysToInstant(ctx.calendar, open.dueAt, waited) } : {}),
    },
  };
}

/** The assignee does the next step: its role, within its agency's scope (assignment.ts). */
function assignment(state: DossierState, ctx: DecisionContext) {
  const a = ctx.assignee;
  if (!a || !canBeAssigned(a, assignedStep(state, ctx.steps), ctx.tree)) {
    throw invalid(
      'data.assignee',
      'Chọn một chuyên viên của cơ quan giải quyết.',
      'Pick a specialist of the competent agency.',
    );
  }
  return { assignee: a.username, assigneeName: a.fullName };
}

function resultFileOf(id: string | undefined, ctx: DecisionContext): ResultFile | undefined {
  if (id === undefined) return undefined;
  if (!ctx.resultFile) {
    throw invalid(
      'data.resultFileId',
      'Không có tệp kết quả này trong hồ sơ.',
      'No such result file in the dossier.',
    );
  }
  return ctx.resultFile;
}

/** Hands the dossier to the next step's agency, with this agency's own result if it issued one (-KQn). */
function forwarding(
  state: DossierState,
  data: ActionData<'forward'>,
  ctx: DecisionContext,
): RecordedData['forward'] {
  const step = nextStep(state, ctx, 1);
  const to = step ? ctx.steps[step.index] : undefined;
  if (!step || !to) throw new RangeError('A forward is always followed by a step of another agency');
  const file = resultFileOf(data.resultFileId, ctx);
  return {
    toAgencyCode: to.agencyCode,
    ...(data.resultName
      ? { resultName: data.resultName, resultCode: resultCode(ctx.dossierCode, state.resultCodes.length + 1) }
      : {}),
    ...(file ? { resultFile: file } : {}),
    step,
  };
}

/** Financial obligations: the case's fees as published at intake, unless the specialist states another sum. */
function paymentRequest(
  state: DossierState,
  data: ActionData<'request-payment'>,
): RecordedData['request-payment'] {
  const fees = state.subject.case.fees.filter((f) => f.amount > 0);
  const amount = data.amount ?? fees.reduce((sum, f) => sum + f.amount, 0);
  if (amount <= 0) {
    throw invalid(
      'data.amount',
      'Trường hợp này không có phí, lệ phí trong danh mục: nhập số tiền của nghĩa vụ tài chính.',
      'The catalogue lists no fee for this case: state the amount due.',
    );
  }
  return { amount, ...(data.amount === undefined ? { fees } : {}) };
}

/** Form 04: a later working day; an hour-based deadline moves to the close of office hours that day. */
function extension(
  state: DossierState,
  data: ActionData<'apologize-extend'>,
  ctx: DecisionContext,
): RecordedData['apologize-extend'] {
  const path = 'data.newDueDate';
  const current = state.dueDate;
  if (current === undefined) {
    throw invalid(path, 'Hồ sơ chưa có ngày hẹn trả để gia hạn.', 'The dossier has no due date to extend.');
  }
  const newDueDate = data.newDueDate;
  if (!isPlainDate(newDueDate)) {
    throw invalid(path, 'Ngày hẹn trả mới không hợp lệ.', 'The new due date is not a valid date.');
  }
  if (newDueDate <= current) {
    throw invalid(
      path,
      `Ngày hẹn trả mới phải sau ngày hẹn hiện tại (${current}).`,
      `The new due date must be after the current one (${current}).`,
    );
  }
  if (!ctx.calendar.isWorkingDay(newDueDate)) {
    throw invalid(path, 'Ngày hẹn trả mới phải là ngày làm việc.', 'The new due date must be a working day.');
  }
  // The appointment may be reset once (docs/domain/deadlines.md#apology-and-extension).
  const again = overrideRequired(state, 'apologize-extend');
  if (again && data.override !== true) {
    throw new DomainError(
      'CONFLICT',
      'Ngày hẹn trả kết quả chỉ được hẹn lại một lần. Hẹn lại lần nữa phải được xác nhận là vi phạm quy định và ghi rõ lý do.',
      'The appointment may be reset only once. Another reset must be confirmed as a breach, with a reason.',
      { details: { rule: 'extend-once', previousExtensions: state.extensions.length } },
    );
  }
  if (!again && data.override === true) {
    throw invalid(
      'data.override',
      'Lần hẹn lại đầu tiên không phải là vi phạm; bỏ xác nhận vượt quy định.',
      'A first reset is not a breach: leave the override out.',
    );
  }
  const late = isApologyLateOn(current, localDateTimeFromInstant(ctx.at).date);
  return {
    previousDueDate: current,
    ...(state.dueAt ? { previousDueAt: state.dueAt } : {}),
    newDueDate,
    ...(state.dueAt ? { newDueAt: closeOfOfficeDay(newDueDate, ctx.office) } : {}),
    delivery: data.delivery ?? defaultApologyDelivery(state.channel),
    ...(late ? { late: true as const } : {}),
    ...(again ? { override: true as const } : {}),
    slip: slipOf('apologize-extend', ctx),
    signer: signerOf(ctx),
  };
}
