/** Use case: a refusal at the counter (Form 03), numbered in the counter's register; no dossier is made. */
import { checkApplicant, fieldError, type RefusalBody, validationError, vietnamInstant } from '@motcua/core';
import type { StaffUser } from '../../auth/staff.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { issueCounterSlip } from './counter-slip.ts';

export async function refuseAtCounter(
  db: Executor,
  reference: ReferenceCache,
  actor: StaffUser,
  input: RefusalBody,
  now: Date,
): Promise<{ id: string; number: string }> {
  const applicant = checkApplicant(input.applicant);
  const procedure = await reference.procedure(input.procedureCode, db);
  if (!procedure) {
    throw validationError([fieldError('procedureCode', 'Không có thủ tục này.', 'No such procedure.')]);
  }
  const reason = input.reason.trim();
  if (reason === '') throw validationError([fieldError('reason', 'Cần nêu lý do.', 'A reason is required.')]);
  return issueCounterSlip(db, actor, {
    form: '03',
    procedureCode: procedure.code,
    caseCode: input.caseCode ?? procedure.cases[0]?.code ?? '',
    applicant,
    content: { reason, procedureName: procedure.name },
    issuedAt: vietnamInstant(now.getTime()),
  });
}
