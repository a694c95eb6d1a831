/**
 * Staff accounts as the use cases see them: who an officer is, their roles, agency and title. Loaded by id
 * and kept for a few seconds (every request needs its officer): a disabled account or a changed role takes
 * effect within that window.
 */
import { type Actor, isRole } from '@motcua/core';
import { TtlCache } from '../../adapters/cache/ttl-cache.ts';
import type { Db } from '../../adapters/db/database.ts';

export interface StaffUser extends Actor {
  fullName: string;
  /** The officer's own title ('Phó Chủ tịch'), printed above their signature. */
  title: string;
  agency: { code: string; name: string; nameEn: string };
}

const caches = new WeakMap<Db, TtlCache<string, StaffUser>>();
const cacheOf = (db: Db): TtlCache<string, StaffUser> => {
  let cache = caches.get(db);
  if (!cache) {
    cache = new TtlCache<string, StaffUser>(5_000);
    caches.set(db, cache);
  }
  return cache;
};

/** The enabled account with this id, or null. */
export async function findStaffUser(db: Db, accountId: string): Promise<StaffUser | null> {
  const accounts = cacheOf(db);
  const cached = accounts.get(accountId);
  if (cached) return cached;
  const row = await db
    .selectFrom('staffAccounts as s')
    .innerJoin('agencies as a', 'a.code', 's.agencyCode')
    .select([
      's.id',
      's.username',
      's.fullName',
      's.title',
      's.roles',
      's.agencyCode',
      's.disabledAt',
      'a.name',
      'a.nameEn',
    ])
    .where('s.id', '=', accountId)
    .executeTakeFirst();
  if (!row || row.disabledAt) return null;
  const user: StaffUser = {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    title: row.title,
    roles: row.roles.filter(isRole),
    agencyCode: row.agencyCode,
    agency: { code: row.agencyCode, name: row.name, nameEn: row.nameEn },
  };
  accounts.set(accountId, user);
  return user;
}
