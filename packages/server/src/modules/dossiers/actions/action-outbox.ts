/**
 * The outbox row announcing an action, in the action's transaction, for staff's actions and the applicant's
 * own alike: what a message may say (core's notificationFacts) is taken from the entry as decided now, with
 * the applicant's contacts as the dossier holds them (docs/adr/0003-job-queue.md).
 */
import { type DossierEntry, type DossierState, notificationFacts } from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../adapters/db/schema.ts';
import type { DossierRow } from '../dossier.repo.ts';

export async function writeActionOutbox(
  trx: Transaction<Database>,
  row: Pick<DossierRow, 'code' | 'procedureName' | 'applicant'>,
  entry: DossierEntry,
  state: DossierState,
  counter: { name: string } | undefined,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const facts = notificationFacts(
    entry,
    {
      code: row.code,
      procedureName: row.procedureName,
      dueDate: state.dueDate ?? null,
      checkCode: state.checkCode,
    },
    counter ? { name: counter.name } : undefined,
  );
  const { phone, email, idNumber } = row.applicant;
  await trx
    .insertInto('outbox')
    .values({
      topic: `dossier.${entry.action}`,
      payload: JSON.stringify({
        code: row.code,
        status: state.status,
        seq: entry.seq,
        to: { phone, email: email ?? null, idNumber },
        facts,
        ...extra,
      }),
    })
    .execute();
}
