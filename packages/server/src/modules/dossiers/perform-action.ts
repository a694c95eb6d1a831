/**
 * Use case: one action on a dossier (transfer, assign, appraise, approve, request supplement or payment,
 * apologise and extend, stop, withdraw, issue and return the result …). Load under a row lock → check role,
 * scope and the state machine (core) → append to the hash-chained log → outbox, in one transaction.
 * Past the due date the system does not let the dossier move on silently: only the apology with a new
 * date (Form 04), withdrawal or stop are allowed until then.
 */
import {
  ACTION_LABELS,
  type ActionType,
  allowedActions,
  assertWorkflowAction,
  DomainError,
  deriveState,
  fieldError,
  instantFromLocalDateTime,
  isActionType,
  isInScope,
  isInstantWithOffset,
  localDateTimeFromInstant,
  requiresApology,
  resultCode,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { forbidden, type StaffUser } from '../../http/auth.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { ACTIONS_WHEN_OVERDUE, actorActions, canPerformAction } from './dossier.policy.ts';
import { findResultFile } from './dossier-files.ts';
import { appendAction, deriveContext, loadLog, progressOf } from './dossiers.repo.ts';
import { paymentData } from './payment.ts';
import { findVisibleDossier } from './visible-dossier.ts';

export interface ActionInput {
  action: string;
  reason?: string;
  data?: Record<string, unknown>;
}

const NEEDS_REASON: readonly ActionType[] = [
  'refuse',
  'request-supplement',
  'apologize-extend',
  'stop',
  'withdraw',
  'return-for-rework',
];

export async function performAction(
  trx: Transaction<Database>,
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  actor: StaffUser,
  code: string,
  input: ActionInput,
  now: Date,
): Promise<string> {
  if (!isActionType(input.action)) {
    throw validationError([
      fieldError('action', `Không có thao tác "${input.action}".`, `Unknown action "${input.action}".`),
    ]);
  }
  const action = input.action;
  const { row, tree } = await findVisibleDossier(trx, actor, code, { forUpdate: true });
  const log = await loadLog(trx, row.id);
  const ctx = await deriveContext(reference, calendar, row, trx);
  const state = deriveState(log, ctx);
  const progress = progressOf(log, ctx);
  const step = progress.current;

  if (!allowedActions(state.status).includes(action)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể "${ACTION_LABELS[action].vi}" khi hồ sơ ở trạng thái hiện tại.`,
      `Cannot "${ACTION_LABELS[action].en}" in the dossier's current status.`,
      {
        details: { status: state.status, allowedActions: actorActions(actor, tree, row, state.status, step) },
      },
    );
  }
  assertWorkflowAction(progress, action);
  if (!canPerformAction(actor, tree, row, state.status, action, step)) throw forbidden();

  const today = localDateTimeFromInstant(now.getTime()).date;
  if (requiresApology(state, today, ctx.calendar) && !ACTIONS_WHEN_OVERDUE.includes(action)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Hồ sơ đã quá hạn: cần lập văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi xử lý tiếp.',
      'The dossier is past its due date: issue the apology with a new date (Form 04) before going on.',
      { details: { status: state.status, allowedActions: ['apologize-extend'] } },
    );
  }

  const reason = input.reason?.trim();
  if (NEEDS_REASON.includes(action) && !reason) {
    throw validationError([fieldError('reason', 'Cần nêu lý do.', 'A reason is required.')]);
  }
  const data: Record<string, unknown> = { ...(input.data ?? {}) };
  const nextStep = step ? ctx.steps[step.index + 1] : undefined;
  if (action === 'assign') {
    // The assignee does the next step: its role, at its agency.
    const username = typeof data.assignee === 'string' ? data.assignee : '';
    const assignee = await trx
      .selectFrom('staffAccounts')
      .select(['username', 'fullName', 'roles', 'agencyCode'])
      .where('username', '=', username)
      .where('disabledAt', 'is', null)
      .executeTakeFirst();
    const role = nextStep?.role ?? 'specialist';
    const fits =
      assignee?.roles.includes(role) &&
      isInScope(
        { ...actor, roles: [role], agencyCode: assignee.agencyCode },
        tree,
        nextStep?.agencyCode ?? row.competentAgencyCode,
      );
    if (!assignee || !fits) {
      throw validationError([
        fieldError(
          'data.assignee',
          'Chọn một chuyên viên của cơ quan giải quyết.',
          'Pick a specialist of the competent agency.',
        ),
      ]);
    }
    data.assignee = assignee.username;
    data.assigneeName = assignee.fullName;
  }
  if (action === 'forward') {
    // Hands the dossier to the next step's agency, with this agency's own result if it issued one.
    const resultName = typeof data.resultName === 'string' ? data.resultName.trim() : '';
    delete data.resultName;
    if (resultName) {
      data.resultName = resultName;
      data.resultCode = resultCode(row.code, state.resultCodes.length + 1);
    }
    if (nextStep) data.toAgencyCode = nextStep.agencyCode;
  }
  if (action === 'issue-result') {
    data.resultCode = resultCode(row.code, state.resultCodes.length + 1);
  }
  if ((action === 'issue-result' || action === 'forward') && data.resultFileId !== undefined) {
    // The signed file's digest goes into the hash-chained log: the result issued cannot be swapped later.
    const file = await findResultFile(trx, row.id, data.resultFileId);
    if (!file) {
      throw validationError([
        fieldError(
          'data.resultFileId',
          'Không có tệp kết quả này trong hồ sơ.',
          'No such result file in the dossier.',
        ),
      ]);
    }
    data.resultFile = { id: file.id, name: file.fileName, sha256: file.sha256 };
    delete data.resultFileId;
  }
  if (action === 'request-payment' || action === 'record-payment') {
    Object.assign(data, await paymentData(reference, row, log, action, data));
  }
  if (action === 'schedule-return') {
    // Its form, place and address are checked by core with the log; only the past depends on now.
    const when = data.appointmentAt;
    if (isInstantWithOffset(when) && Date.parse(when) < now.getTime()) {
      throw validationError([
        fieldError('data.appointmentAt', 'Ngày giờ hẹn đã qua.', 'The appointment time has passed.'),
      ]);
    }
    data.place ??= 'counter';
  }
  if (action === 'return-result') {
    const method = data.method ?? 'counter';
    if (!['counter', 'post', 'online', 'home'].includes(String(method))) {
      throw validationError([
        fieldError('data.method', 'Cách trả kết quả không hợp lệ.', 'Unknown return method.'),
      ]);
    }
    if (method === 'home' && state.returnAppointment?.place !== 'home') {
      throw new DomainError(
        'INVALID_TRANSITION',
        'Trả kết quả tại nhà cần hẹn trước ngày giờ và địa chỉ (thao tác "Hẹn trả kết quả").',
        'A return at home needs an appointment first ("Make the return appointment").',
        { details: { status: state.status, allowedActions: ['schedule-return'] } },
      );
    }
    if (method === 'post' && typeof data.waybill !== 'string') {
      throw validationError([
        fieldError('data.waybill', 'Cần số vận đơn bưu chính.', 'The postal waybill number is required.'),
      ]);
    }
    data.method = method;
  }

  const at = instantFromLocalDateTime(localDateTimeFromInstant(now.getTime()));
  const role =
    actor.roles.find((r) =>
      canPerformAction({ ...actor, roles: [r] }, tree, row, state.status, action, step),
    ) ?? actor.roles[0];
  const { state: next } = await appendAction(
    trx,
    row,
    log,
    {
      at,
      actor: { id: actor.id, name: actor.fullName, role: role ?? 'staff', agencyCode: actor.agencyCode },
      action,
      ...(reason ? { reason } : {}),
      ...(Object.keys(data).length > 0 ? { data } : {}),
    },
    ctx,
  );
  await trx
    .insertInto('outbox')
    .values({ topic: `dossier.${action}`, payload: JSON.stringify({ code: row.code, status: next.status }) })
    .execute();
  return row.code;
}
