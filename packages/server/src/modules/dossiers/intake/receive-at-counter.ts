/**
 * Use case: counter (or postal) intake. The officer ticks the case's components; a dossier covering every
 * required one is received (status 2, Form 01) with its code and due date, in one statement with its first
 * log entry and an outbox row. Otherwise nothing is received: the one-time written supplement request
 * (Form 02) is numbered in the counter's register and kept.
 */
import {
  decideReception,
  type IntakeBody,
  type MissingComponent,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { StaffUser } from '../../auth/staff.ts';
import { deadlineOfficeHours } from '../../calendar/office-hours.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { checkIntake } from './check-intake.ts';
import { issueCounterSlip } from './counter-slip.ts';
import { routeDossier } from './dossier-route.ts';
import { drawCheckCode } from './draw-check-code.ts';
import { insertDossier } from './insert-dossier.ts';

export type CounterIntake =
  | { outcome: 'received'; code: string; receivedAt: string; dueDate: string; dueAt?: string }
  | { outcome: 'supplement-requested'; slip: { id: string; number: string; missing: MissingComponent[] } };

export async function receiveAtCounter(
  db: Executor,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  actor: StaffUser,
  input: IntakeBody,
  clock: { now: Date; recordedAt: string },
): Promise<CounterIntake> {
  const checked = await checkIntake(db, deps.reference, input, clock.now);
  const at = vietnamInstant(checked.at);
  if (checked.missing.length > 0) {
    const slip = await issueCounterSlip(db, actor, {
      form: '02',
      procedureCode: checked.subject.procedure.code,
      caseCode: checked.subject.case.code,
      applicant: checked.applicant,
      content: {
        missing: checked.missing,
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
  const { state } = first;
  return {
    outcome: 'received',
    code,
    receivedAt: at,
    dueDate: state.dueDate as string,
    ...(state.dueAt ? { dueAt: state.dueAt } : {}),
  };
}
