/**
 * Slips the counter issues without receiving a dossier: the written guidance when it is incomplete
 * (Form 02) and the refusal (Form 03). Numbered in the counter's yearly register and kept.
 */
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
