/**
 * Slips the counter issues without receiving a dossier: the written guidance when it is incomplete
 * (Form 02) and the refusal (Form 03). Numbered in the counter's yearly register and kept.
 */
import { DomainError, fieldError, validationError } from '@motcua/core';
import type { Transaction } from 'kysely';
import type { ApplicantJson, Database } from '../../../adapters/db/schema.ts';
import type { StaffUser } from '../../auth/staff.ts';
import type { Executor } from '../dossier.repo.ts';
import { allocateRegisterNumber } from '../slips/registers.repo.ts';

export interface CounterSlipInput {
  form: '02' | '03';
  procedureCode: string;
  caseCode: string;
  applicant: ApplicantJson;
  content: Record<string, unknown>;
  issuedAt: string;
}

/** Numbers and stores the slip, in the caller's transaction or a new one (two statements). */
export async function issueCounterSlip(
  db: Executor,
  actor: Pick<StaffUser, 'id' | 'fullName' | 'agencyCode'>,
  input: CounterSlipInput,
): Promise<{ id: string; number: string }> {
  const write = async (trx: Transaction<Database>) => {
    const { number, year } = await allocateRegisterNumber(trx, actor.agencyCode, input.issuedAt, input.form);
    const slip = await trx
      .insertInto('counterSlips')
      .values({
        number,
        year,
        form: input.form,
        agencyCode: actor.agencyCode,
        procedureCode: input.procedureCode,
        caseCode: input.caseCode,
        applicant: JSON.stringify(input.applicant),
        content: JSON.stringify(input.content),
        officer: JSON.stringify({ id: actor.id, name: actor.fullName }),
        issuedAt: input.issuedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: slip.id, number };
  };
  return db.isTransaction ? write(db as Transaction<Database>) : db.transaction().execute(write);
}

/**
 * The Form 02 slip a returning applicant's intake names, checked before anything is decided: the counter's
 * own (another counter's answers like unknown), a supplement request, for the same procedure and case, not
 * already answered by a dossier. Read under a row lock when `db` is a transaction, so two intakes cannot
 * both take it.
 */
export async function findReopenableSlip(
  db: Executor,
  actor: Pick<StaffUser, 'agencyCode'>,
  id: string,
  subject: { procedureCode: string; caseCode: string },
): Promise<{ id: string; number: string }> {
  let query = db
    .selectFrom('counterSlips')
    .select(['id', 'number', 'form', 'agencyCode', 'procedureCode', 'caseCode', 'reopenedDossierCode'])
    .where('id', '=', id);
  if (db.isTransaction) query = query.forUpdate();
  const slip = await query.executeTakeFirst();
  const field = 'supplementSlip';
  if (!slip || slip.agencyCode !== actor.agencyCode || slip.form !== '02') {
    throw validationError([
      fieldError(
        field,
        'Không có phiếu yêu cầu bổ sung này tại quầy.',
        'No such supplement request at this counter.',
      ),
    ]);
  }
  if (slip.procedureCode !== subject.procedureCode || slip.caseCode !== subject.caseCode) {
    throw validationError([
      fieldError(
        field,
        'Phiếu yêu cầu bổ sung này lập cho thủ tục hoặc trường hợp khác.',
        'This supplement request was issued for another procedure or case.',
      ),
    ]);
  }
  if (slip.reopenedDossierCode !== null) {
    throw new DomainError(
      'CONFLICT',
      `Phiếu này đã được tiếp nhận lại thành hồ sơ ${slip.reopenedDossierCode}.`,
      `This slip was already taken in again as dossier ${slip.reopenedDossierCode}.`,
      { details: { dossierCode: slip.reopenedDossierCode } },
    );
  }
  return { id: slip.id, number: slip.number };
}

/** Marks the slip answered by the dossier received from it (in the intake's transaction). */
export async function markSlipReopened(
  db: Executor,
  id: string,
  dossierCode: string,
  at: Date,
): Promise<void> {
  const marked = await db
    .updateTable('counterSlips')
    .set({ reopenedDossierCode: dossierCode, reopenedAt: at })
    .where('id', '=', id)
    .where('reopenedDossierCode', 'is', null)
    .executeTakeFirst();
  if (marked.numUpdatedRows !== 1n) {
    throw new DomainError(
      'CONFLICT',
      'Phiếu này vừa được tiếp nhận lại thành hồ sơ khác.',
      'This slip was just taken in again as another dossier.',
    );
  }
}
