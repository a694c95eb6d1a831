/**
 * Use case: counter (or postal) intake. The officer ticks the case's components; a dossier covering every
 * required one is received (status 2, Form 01) with its code and due date, in one statement with its first
 * log entry and an outbox row. Otherwise nothing is received: the one-time written supplement request
 * (Form 02) is numbered in the counter's register and kept.
 */
import {
  type BackdatedReception,
  DomainError,
  decideReception,
  fieldError,
  type IntakeBody,
  judgeReceptionTime,
  type MissingComponent,
  validationError,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { StaffUser } from '../../auth/staff.ts';
import { deadlineOfficeHours } from '../../calendar/office-hours.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { checkIntake } from './check-intake.ts';
import { findReopenableSlip, issueCounterSlip, markSlipReopened } from './counter-slip.ts';
import { routeDossier } from './dossier-route.ts';
import { drawCheckCode } from './draw-check-code.ts';
import { holdIntake } from './held/hold-intake.ts';
import { insertDossier } from './insert-dossier.ts';

export type CounterIntake =
  | { outcome: 'received'; code: string; receivedAt: string; dueDate: string; dueAt?: string }
  | { outcome: 'supplement-requested'; slip: { id: string; number: string; missing: MissingComponent[] } }
  | { outcome: 'held'; id: string; claimedReceivedAt: string; reason: string; heldAt: string };

/** The officer the reception is recorded for (the one who took it at the counter). */
export type CounterOfficer = Pick<StaffUser, 'id' | 'fullName' | 'agencyCode'>;

/**
 * `approval`: a held (back-dated) intake a leader approved; without it, a reception dated to an earlier day
 * is held (core's judgeReceptionTime), not received.
 */
export async function receiveAtCounter(
  db: Executor,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  actor: CounterOfficer,
  input: IntakeBody,
  clock: { now: Date; recordedAt: string },
  approval?: BackdatedReception,
): Promise<CounterIntake> {
  // A returning applicant's intake claims its Form 02 slip: the claim, the dossier and the mark commit together.
  if (input.supplementSlip !== undefined && !db.isTransaction) {
    return db.transaction().execute((trx) => receiveAtCounter(trx, deps, actor, input, clock, approval));
  }
  const checked = await checkIntake(db, deps.reference, input, clock.now);
  const counter = (await deps.reference.agencies(db)).get(actor.agencyCode);
  const verdict = judgeReceptionTime({
    ...(input.receivedAt === undefined ? {} : { claimed: input.receivedAt }),
    now: clock.now.getTime(),
    calendar: deps.calendar,
    office: deadlineOfficeHours(counter?.officeHours ?? null),
    ...(input.backdateReason === undefined ? {} : { reason: input.backdateReason }),
  });
  if (verdict.kind === 'refused') {
    // Held within the window, the claim has since left it: the leader can only reject it now.
    if (approval)
      throw tooLateToApprove(verdict.errors[0]?.message ?? '', verdict.errors[0]?.messageEn ?? '');
    throw validationError(verdict.errors);
  }
  if (verdict.kind === 'needs-approval' && !approval) {
    if (checked.missing.length > 0) {
      throw validationError([
        fieldError(
          'receivedAt',
          'Hồ sơ chưa đủ thành phần: phiếu hướng dẫn bổ sung (Mẫu 02) lập với thời điểm hiện tại, không ghi lùi.',
          'The dossier is incomplete: the supplement request (Form 02) is issued now, never back-dated.',
        ),
      ]);
    }
    return holdIntake(db, actor, input, verdict, clock.recordedAt);
  }
  const at = vietnamInstant(checked.at);
  const reopened =
    input.supplementSlip === undefined
      ? undefined
      : await findReopenableSlip(db, actor, input.supplementSlip, {
          procedureCode: checked.subject.procedure.code,
          caseCode: checked.subject.case.code,
        });
  if (checked.missing.length > 0) {
    if (approval) {
      throw new DomainError(
        'CONFLICT',
        'Hồ sơ không còn đủ thành phần theo thủ tục đang công bố: hãy từ chối và tiếp nhận lại.',
        'The dossier no longer covers the published checklist: reject it and take it in again.',
      );
    }
    const slip = await issueCounterSlip(db, actor, {
      form: '02',
      procedureCode: checked.subject.procedure.code,
      caseCode: checked.subject.case.code,
      applicant: checked.applicant,
      content: {
        missing: checked.missing,
        // What was given, so that the applicant's return prefills the same ticks (counter-slips-of-day.ts).
        given: input.components,
        ...(reopened ? { after: reopened } : {}),
        procedureName: checked.subject.procedure.name,
        caseName: checked.subject.case.name,
      },
      issuedAt: at,
    });
    return { outcome: 'supplement-requested', slip: { ...slip, missing: checked.missing } };
  }
  const route = await routeDossier(
    db,
    deps.reference,
    checked.procedure,
    checked.procedureCase,
    actor.agencyCode,
  );
  const first = decideReception(
    {
      subject: checked.subject,
      at,
      actor: { id: actor.id, name: actor.fullName, role: 'counter-officer', agencyCode: actor.agencyCode },
      channel: input.channel === 'postal' ? 'postal' : 'counter',
      checkCode: drawCheckCode(),
      ...(approval && verdict.kind === 'needs-approval'
        ? { backdated: { reason: verdict.reason, ...approval } }
        : {}),
      ...(reopened ? { supplementSlip: reopened } : {}),
    },
    { calendar: deps.calendar, office: deadlineOfficeHours(route.receiving.officeHours), steps: route.steps },
  );
  const code = await insertDossier(
    db,
    deps.reference,
    deps.calendar,
    { route, first, checked, input, topic: 'dossier.received' },
    clock.recordedAt,
  );
  if (reopened) await markSlipReopened(db, reopened.id, code, new Date(clock.recordedAt));
  const { state } = first;
  return {
    outcome: 'received',
    code,
    receivedAt: at,
    dueDate: state.dueDate as string,
    ...(state.dueAt ? { dueAt: state.dueAt } : {}),
  };
}

const tooLateToApprove = (why: string, whyEn: string) =>
  new DomainError('CONFLICT', `Không thể phê duyệt nữa: ${why}`, `It can no longer be approved: ${whyEn}`);
