/**
 * What a decision needs that only storage knows: the officer an assignment names, the signed result file a
 * hand-over carries, the next number in the register of the slip the action issues, and the signer's title
 * (from the agency's head title and the officer's own). Looked up in the action's transaction.
 */
import { type ActionInput, type DecisionContext, isRole, SLIP_OF_ACTION, signerTitle } from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../adapters/db/schema.ts';
import type { StaffUser } from '../../auth/staff.ts';
import type { AgencyRef } from '../../reference/reference-cache.ts';
import type { DossierRow } from '../dossier.repo.ts';
import { findResultFile } from '../files/dossier-files.ts';
import { allocateRegisterNumber } from '../slips/registers.repo.ts';

type References = Pick<DecisionContext, 'assignee' | 'resultFile' | 'slipNumber' | 'signer'>;

export async function actionReferences(
  trx: Transaction<Database>,
  input: ActionInput,
  row: Pick<DossierRow, 'id'>,
  actor: StaffUser,
  agencies: ReadonlyMap<string, AgencyRef>,
  at: string,
): Promise<References> {
  const refs: References = {};
  if (input.action === 'assign') {
    const account = await trx
      .selectFrom('staffAccounts')
      .select(['username', 'fullName', 'roles', 'agencyCode'])
      .where('username', '=', input.data.assignee)
      .where('disabledAt', 'is', null)
      .executeTakeFirst();
    refs.assignee = account ? { ...account, roles: account.roles.filter(isRole) } : null;
  }
  if ((input.action === 'issue-result' || input.action === 'forward') && input.data.resultFileId) {
    refs.resultFile = (await findResultFile(trx, row.id, input.data.resultFileId)) ?? null;
  }
  const form = SLIP_OF_ACTION[input.action];
  if (form) {
    refs.slipNumber = (await allocateRegisterNumber(trx, actor.agencyCode, at, form)).number;
  }
  if (input.action === 'apologize-extend') {
    const head = agencies.get(actor.agencyCode)?.headTitle ?? '';
    refs.signer = { name: actor.fullName, title: signerTitle(head || actor.title, actor.title) };
  }
  // The stop notice is the counter's: signed by the officer who received the request, as Form 01 is.
  if (input.action === 'stop') refs.signer = { name: actor.fullName, title: 'NGƯỜI TIẾP NHẬN HỒ SƠ' };
  return refs;
}
