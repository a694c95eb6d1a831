/**
 * An intake checked against the catalogue as published now: the procedure and case exist (and are not
 * retired), the components given are the case's, the applicant's identity and contact are valid. Returns
 * the dossier's subject, ready to be recorded, and what is missing from it.
 */
import {
  acceptsChannel,
  checkApplicant,
  checkRepresentative,
  DOSSIER_CODE_FIRST_YEAR,
  type DossierSubject,
  type FieldError,
  fieldError,
  type IntakeBody,
  isFutureInstant,
  isInstantWithOffset,
  type LimitChoice,
  limitChoiceErrors,
  localDateTimeFromInstant,
  type MissingComponent,
  missingComponents,
  type Procedure,
  type ProcedureCase,
  subjectOf,
  validationError,
} from '@motcua/core';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';

export interface CheckedIntake {
  procedure: Procedure;
  procedureCase: ProcedureCase;
  subject: DossierSubject;
  missing: MissingComponent[];
  applicant: ReturnType<typeof checkApplicant>;
  representative?: ReturnType<typeof checkRepresentative>;
  /** When it was received (or submitted): the request's own time, else now. */
  at: string;
}

/** Throws VALIDATION_FAILED naming every bad field. */
export async function checkIntake(
  db: Executor,
  reference: ReferenceCache,
  input: IntakeBody,
  now: Date,
): Promise<CheckedIntake> {
  const procedure = await reference.procedure(input.procedureCode, db);
  if (!procedure) {
    throw validationError([fieldError('procedureCode', 'Không có thủ tục này.', 'No such procedure.')]);
  }
  const { cases } = procedure;
  const caseCode = input.caseCode ?? (cases.length === 1 ? cases[0]?.code : undefined);
  const procedureCase = cases.find((c) => c.code === caseCode);
  if (!procedureCase) {
    const list = cases.map((c) => c.code).join(', ');
    throw validationError([
      fieldError(
        'caseCode',
        `Chọn một trường hợp của thủ tục: ${list}.`,
        `Pick one of the procedure's cases: ${list}.`,
      ),
    ]);
  }
  const fields: FieldError[] = [];
  const seen = new Set<string>();
  input.components.forEach((c, i) => {
    if (!procedureCase.components.some((k) => k.id === c.id)) {
      fields.push(
        fieldError(
          `components[${i}].id`,
          'Giấy tờ này không thuộc trường hợp đã chọn.',
          'Not a component of this case.',
        ),
      );
    }
    if (seen.has(c.id)) fields.push(fieldError(`components[${i}].id`, 'Bị trùng.', 'Listed twice.'));
    seen.add(c.id);
  });
  if (input.channel === 'postal' && !input.postalWaybill?.trim()) {
    fields.push(
      fieldError('postalWaybill', 'Cần số vận đơn bưu chính.', 'The postal waybill number is required.'),
    );
  }
  if (!acceptsChannel(procedure, input.channel)) {
    fields.push(
      input.channel === 'postal'
        ? fieldError(
            'channel',
            'Thủ tục này không nhận hồ sơ qua bưu chính.',
            'This procedure does not accept postal dossiers.',
          )
        : fieldError(
            'channel',
            'Thủ tục này chỉ nhận hồ sơ trực tiếp tại Bộ phận Một cửa.',
            'This procedure takes dossiers at the counter only.',
          ),
    );
  }
  const choice: LimitChoice = {
    channel: input.channel,
    ...(input.limitExtensions ? { extensions: input.limitExtensions } : {}),
    ...(input.agreedExtension ? { agreed: input.agreedExtension } : {}),
  };
  fields.push(...limitChoiceErrors(procedureCase, choice));
  if (input.receivedAt !== undefined && !isInstantWithOffset(input.receivedAt)) {
    fields.push(fieldError('receivedAt', 'Thời điểm không hợp lệ.', 'Not a valid instant.'));
  } else if (input.receivedAt !== undefined && isFutureInstant(input.receivedAt, now.getTime())) {
    fields.push(
      fieldError(
        'receivedAt',
        'Thời điểm tiếp nhận không được ở tương lai.',
        'Reception cannot be in the future.',
      ),
    );
  } else if (
    input.channel === 'online' &&
    input.receivedAt !== undefined &&
    Number(localDateTimeFromInstant(input.receivedAt).date.slice(0, 4)) < DOSSIER_CODE_FIRST_YEAR
  ) {
    // The portal's submission time (the counter's is core's judgeReceptionTime): a dossier code cannot say a
    // year before 2000 (was a 500).
    fields.push(
      fieldError(
        'receivedAt',
        `Thời điểm không được trước năm ${DOSSIER_CODE_FIRST_YEAR}.`,
        `The time cannot be before ${DOSSIER_CODE_FIRST_YEAR}.`,
      ),
    );
  }
  if (fields.length > 0) throw validationError(fields);
  const applicant = checkApplicant(input.applicant);
  const representative = input.representative ? checkRepresentative(input.representative) : undefined;
  const at = input.receivedAt ?? now.toISOString();
  // The limit in force on the day it came in (a later law's change applies from its effective date).
  const subject = subjectOf(procedure, procedureCase, input.components, {
    ...choice,
    day: localDateTimeFromInstant(at).date,
  });
  return {
    procedure,
    procedureCase,
    subject,
    missing: missingComponents(subject),
    applicant,
    ...(representative ? { representative } : {}),
    at,
  };
}
