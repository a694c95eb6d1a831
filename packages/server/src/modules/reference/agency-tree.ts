/** The agency tree for scope checks: small (hundreds of rows), read fresh for each check. */
import type { AgencyTree } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';

export async function loadAgencyTree(db: Kysely<Database> | Transaction<Database>): Promise<AgencyTree> {
  const rows = await db.selectFrom('agencies').select(['code', 'parentCode', 'kind']).execute();
  return new Map(rows.map((r) => [r.code, { parentCode: r.parentCode, kind: r.kind }]));
}
