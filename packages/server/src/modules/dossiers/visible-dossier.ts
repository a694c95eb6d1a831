/** Loading a dossier for an officer: out of scope answers like unknown, so a code reveals nothing. */
import { notFound } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { loadAgencyTree, type StaffUser } from '../../http/auth.ts';
import { canSeeDossier } from './dossier.policy.ts';
import { findDossierRow } from './dossiers.repo.ts';

export async function findVisibleDossier(
  db: Kysely<Database> | Transaction<Database>,
  actor: StaffUser,
  code: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findDossierRow(db, code, options);
  const tree = await loadAgencyTree(db);
  if (!row || !canSeeDossier(actor, tree, row)) throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  return { row, tree };
}
