/**
 * Use case: an online submission, from the national public service portal or from a citizen's own account
 * (issue 11: the first entry records who and how their login was vouched for). Recorded as submitted
 * (status 1) in the queue of the counter the applicant chose; its clock starts only when the counter
 * receives it.
 * Missing components do not stop it (the counter guides the applicant once, in writing, if need be): the
 * answer lists them.
 */
import {
  type CitizenLogin,
  decideSubmission,
  fieldError,
  type IntakeBody,
  isCounterUnit,
  type MissingComponent,
  validationError,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { checkIntake } from './check-intake.ts';
import { routeDossier } from './dossier-route.ts';
import { drawCheckCode } from './draw-check-code.ts';
import { insertDossier } from './insert-dossier.ts';

export interface Submission {
  outcome: 'submitted';
  code: string;
  submittedAt: string;
  missing: MissingComponent[];
}

export async function submitOnline(
  db: Executor,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  input: IntakeBody,
  clock: { now: Date; recordedAt: string },
  /** Submitted from a citizen account (else by the portal): the login as its session recorded it. */
  citizen?: { login: CitizenLogin; fullName: string },
): Promise<Submission> {
  const receivingCode = input.receivingAgencyCode ?? '';
  const counter = (await deps.reference.agencies(db)).get(receivingCode);
  if (!counter?.isCurrent || !isCounterUnit(counter.kind)) {
    throw validationError([
      fieldError(
        'receivingAgencyCode',
        'Chọn Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) nhận hồ sơ.',
        'Choose the one-stop counter (public administrative service centre) to receive the dossier.',
      ),
    ]);
  }
  const checked = await checkIntake(db, deps.reference, input, clock.now);
  const route = await routeDossier(
    db,
    deps.reference,
    checked.procedure,
    checked.procedureCase,
    receivingCode,
  );
  const at = vietnamInstant(checked.at);
  const first = decideSubmission({
    subject: checked.subject,
    at,
    actor: citizen
      ? {
          id: `citizen:${citizen.login.idNumber}`,
          name: citizen.fullName,
          role: 'citizen',
          agencyCode: receivingCode,
        }
      : { id: 'portal', name: 'Cổng Dịch vụ công quốc gia', role: 'citizen', agencyCode: receivingCode },
    ...(input.portalReference ? { portalReference: input.portalReference } : {}),
    ...(citizen ? { account: citizen.login } : {}),
    checkCode: drawCheckCode(),
  });
  const code = await insertDossier(
    db,
    deps.reference,
    deps.calendar,
    { route, first, checked, input, topic: 'dossier.submitted' },
    clock.recordedAt,
  );
  return { outcome: 'submitted', code, submittedAt: at, missing: checked.missing };
}
