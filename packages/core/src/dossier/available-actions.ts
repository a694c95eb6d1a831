/**
 * What may be done to a dossier now, and by whom: the one place for the transition table, the workflow
 * step's hand-over and role, the agency scope and the overdue lock. The server answers 403/409 from it and
 * sends its list with every dossier, so the console shows exactly the buttons the server will accept.
 */

import { type Actor, type AgencyTree, hasRole, isInScope, type Role } from '../access/roles.ts';
import type { PlainDate, WorkingCalendar } from '../calendar/index.ts';
import { isFreeOfCharge } from '../catalogue/procedure.ts';
import { DomainError, forbidden } from '../errors.ts';
import { isHandOverAction, type ResolvedStep } from '../workflow/workflow.ts';
import { STAFF_ACTION_TYPES, type StaffActionType } from './action-input.ts';
import { ACTION_LABELS, type ActionType, rolesForAction } from './actions.ts';
import { type DossierState, overrideRequired } from './derive-state.ts';
import { dueSoon, requiresApology } from './timeliness.ts';
import { canPerform } from './transitions.ts';

/**
 * Done by the counter that received the dossier, whoever holds it. A stop is the counter's on the
 * applicant's request (Decree 118 Art. 21, Circular 03 Art. 7), like a withdrawal.
 */
export const COUNTER_ACTIONS: readonly ActionType[] = [
  'receive',
  'refuse',
  'supplement',
  'withdraw',
  'stop',
  'send-paper',
  'record-payment',
  'schedule-return',
  'return-result',
];

/**
 * Decided by a leader of the agency holding the dossier or of the competent agency: the extension, and a
 * supplement request after the first (a breach the leader answers for).
 */
const LEADER_DECISIONS: readonly ActionType[] = ['apologize-extend'];

/**
 * Only for a dossier that was received: there is no due date to extend, nor processing to stop, while an
 * online dossier waits for its guidance before reception (the table's status alone cannot tell).
 */
const NEEDS_RECEPTION: readonly ActionType[] = ['apologize-extend', 'stop'];

/** Past the due date, only these may happen until the apology with a new date is issued. */
// Sending the paper files moves no decision, so it is not held up either.
export const ACTIONS_WHEN_OVERDUE: readonly ActionType[] = [
  'apologize-extend',
  'withdraw',
  'stop',
  'send-paper',
];

export interface ActionContext {
  actor: Actor;
  tree: AgencyTree;
  dossier: { receivingAgencyCode: string; competentAgencyCode: string };
  /** The dossier's own workflow (the immutable version it was received under). */
  steps: readonly ResolvedStep[];
  today: PlainDate;
  /** The working calendar, to tell a dossier at risk (due soon) from one on time. */
  calendar: WorkingCalendar;
}

/**
 * Why an action is not available: the status, the workflow step, the actor's role or scope, the lock, or
 * 'pointless': the table allows it but it makes no sense for this dossier now (see pointlessness).
 */
export type Refusal = 'status' | 'step' | 'role' | 'scope' | 'overdue' | 'pointless';

/**
 * Actions the table allows in the status that would make no sense for this dossier now, so they are neither
 * offered nor accepted (issue 10): with the reason, in Vietnamese and English.
 * - appraising is the specialist's work at their own step: once they submitted it for approval (or before a
 *   leader assigned it) the dossier is at another role's step, and a further opinion would land on nobody's
 *   desk; a leader's return-for-rework brings the step back, and with it the appraisal;
 * - a payment on a case the catalogue publishes as free (every fee 0 đ, isFreeOfCharge) has nothing to pay;
 * - an apology with a new date (Form 04) is due when the dossier is expected to be late, no later than the
 *   working day before the due date (Decree 118 as restated in 2025 provincial rules,
 *   docs/domain/deadlines.md#apology-and-extension): while it is still at the counter (not transferred) and
 *   neither due soon nor overdue, nothing has been processed that could make it late.
 */
export function pointlessness(
  state: DossierState,
  action: ActionType,
  ctx: Pick<ActionContext, 'steps' | 'today' | 'calendar'>,
): { vi: string; en: string } | null {
  if (action === 'appraise' && currentStep(state, ctx.steps)?.role !== 'specialist') {
    return {
      vi: 'Hồ sơ không ở bước thẩm định của chuyên viên (đã trình phê duyệt hoặc chưa được phân công): không ghi thêm ý kiến thẩm định.',
      en: 'The dossier is not at the specialist’s appraisal step (already submitted for approval, or not assigned yet): no further appraisal.',
    };
  }
  if ((action === 'request-payment' || action === 'record-payment') && isFreeOfCharge(state.subject.case)) {
    return {
      vi: 'Thủ tục này không thu phí, lệ phí: không có nghĩa vụ tài chính để yêu cầu hay xác nhận.',
      en: 'This procedure is free of charge: there is no payment to request or record.',
    };
  }
  if (
    action === 'apologize-extend' &&
    state.status === 'received' &&
    !requiresApology(state, ctx.today) &&
    !dueSoon(state, ctx.today, ctx.calendar)
  ) {
    return {
      vi: 'Hồ sơ còn ở Bộ phận Một cửa và chưa đến hạn: chưa có căn cứ xin lỗi, gia hạn (chỉ khi dự kiến trễ hạn, chậm nhất 01 ngày trước ngày hẹn trả).',
      en: 'The dossier is still at the counter and on time: no apology is due (only when it is expected to be late, at least a day before the due date).',
    };
  }
  return null;
}

/** The step the dossier is at, if any. */
export const currentStep = (
  state: Pick<DossierState, 'stepIndex'>,
  steps: readonly ResolvedStep[],
): ResolvedStep | undefined => (state.stepIndex === undefined ? undefined : steps[state.stepIndex]);

/** The agencies whose staff may perform `action` now. */
export function actionAgencies(
  action: ActionType,
  state: Pick<DossierState, 'stepIndex'>,
  ctx: Pick<ActionContext, 'dossier' | 'steps'>,
): string[] {
  const { receivingAgencyCode, competentAgencyCode } = ctx.dossier;
  if (COUNTER_ACTIONS.includes(action)) return [receivingAgencyCode];
  const holder = currentStep(state, ctx.steps)?.agencyCode ?? competentAgencyCode;
  return LEADER_DECISIONS.includes(action) ? [holder, competentAgencyCode] : [holder];
}

/** The roles that may perform `action` now: a hand-over or sending back is the current step's role. */
export function actionRoles(
  action: ActionType,
  state: Pick<
    DossierState,
    | 'status'
    | 'stepIndex'
    | 'receivedAt'
    | 'receptionSupplementRequests'
    | 'supplementRequests'
    | 'extensions'
  >,
  steps: readonly ResolvedStep[],
): readonly Role[] {
  const step = currentStep(state, steps);
  if (step && (isHandOverAction(action) || action === 'return-for-rework')) return [step.role];
  if (action === 'request-supplement' && state.receivedAt !== undefined && overrideRequired(state, action))
    return ['leader'];
  return rolesForAction(action, state.status);
}

/** Whether the workflow allows the action here: a hand-over must be the current step's. */
const fitsStep = (action: ActionType, step: ResolvedStep | undefined, stepIndex: number | undefined) => {
  if (action === 'return-for-rework') return step?.mayReturn === true && (stepIndex ?? 0) > 0;
  if (isHandOverAction(action)) return step !== undefined && step.handOver === action;
  return true;
};

/** Why `action` is not available to this actor now, or null when it is. */
export function actionRefusal(state: DossierState, action: ActionType, ctx: ActionContext): Refusal | null {
  if (action === 'submit-online' || !canPerform(state.status, action)) return 'status';
  if (NEEDS_RECEPTION.includes(action) && state.receivedAt === undefined) return 'status';
  // A reply answers a consultation: none is awaited, nothing to record.
  if (action === 'consult-reply' && state.pendingConsultations.length === 0) return 'status';
  // Paper files are sent once, for a dossier given on paper.
  if (action === 'send-paper' && (state.paperDueAt === undefined || state.paperSentAt !== undefined))
    return 'status';
  if (!fitsStep(action, currentStep(state, ctx.steps), state.stepIndex)) return 'step';
  if (!hasRole(ctx.actor, ...actionRoles(action, state, ctx.steps))) return 'role';
  if (!actionAgencies(action, state, ctx).some((code) => isInScope(ctx.actor, ctx.tree, code)))
    return 'scope';
  if (requiresApology(state, ctx.today) && !ACTIONS_WHEN_OVERDUE.includes(action)) return 'overdue';
  if (pointlessness(state, action, ctx) !== null) return 'pointless';
  return null;
}

/** The actions this actor may perform now, in the order of ACTION_TYPES (the console's buttons). */
export const availableActions = (state: DossierState, ctx: ActionContext): StaffActionType[] =>
  STAFF_ACTION_TYPES.filter((a) => actionRefusal(state, a, ctx) === null);

/** The role the actor acts in for `action` (recorded in the log entry). */
export const actingRole = (state: DossierState, action: ActionType, ctx: ActionContext): Role | undefined => {
  const roles = actionRoles(action, state, ctx.steps);
  return ctx.actor.roles.find((r) => roles.includes(r));
};

/**
 * Throws unless the actor may perform `action` now: FORBIDDEN for a role or scope the action does not
 * belong to, INVALID_TRANSITION (with `allowedActions`) when the dossier's status, its workflow step or the
 * overdue lock does not allow it.
 */
export function assertActionAvailable(state: DossierState, action: ActionType, ctx: ActionContext): void {
  const refusal = actionRefusal(state, action, ctx);
  if (refusal === null) return;
  if (refusal === 'role' || refusal === 'scope') {
    throw forbidden();
  }
  const label = ACTION_LABELS[action];
  const step = currentStep(state, ctx.steps);
  const pointless = refusal === 'pointless' ? pointlessness(state, action, ctx) : null;
  const [vi, en] = pointless
    ? [pointless.vi, pointless.en]
    : refusal === 'overdue'
      ? [
          'Hồ sơ đã quá hạn: cần lập văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi xử lý tiếp.',
          'The dossier is past its due date: issue the apology with a new date (Form 04) before going on.',
        ]
      : refusal === 'step' && step
        ? [
            `Hồ sơ đang ở bước "${step.name}": bước này kết thúc bằng "${ACTION_LABELS[step.handOver].vi}"${action === 'return-for-rework' ? ' và không được trả lại bước trước' : ''}.`,
            `The dossier is at step "${step.nameEn}", which ends with "${ACTION_LABELS[step.handOver].en}"${action === 'return-for-rework' ? ' and may not send it back' : ''}.`,
          ]
        : refusal === 'step'
          ? ['Hồ sơ không ở bước nào của quy trình.', 'The dossier is not at any step of its workflow.']
          : [
              `Không thể "${label.vi}" khi hồ sơ ở trạng thái hiện tại.`,
              `Cannot "${label.en}" in the dossier's current status.`,
            ];
  throw new DomainError('INVALID_TRANSITION', vi, en, {
    details: {
      status: state.status,
      rule: refusal,
      ...(refusal === 'step' ? { step: step?.key ?? null, expectedAction: step?.handOver ?? null } : {}),
      allowedActions: availableActions(state, ctx),
    },
  });
}
