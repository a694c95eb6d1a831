/**
 * Who is calling: the staff account behind the session cookie, loaded once per request. Routes call
 * `requireActor` then the policy helpers of @motcua/core (hasRole, isInScope, canActOnAgency) on the object.
 */
import { timingSafeEqual } from 'node:crypto';
import { type Actor, type AgencyTree, DomainError, hasRole, isRole, type Role } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { TtlCache } from '../adapters/cache/ttl-cache.ts';
import type { Db } from '../adapters/db/database.ts';
import type { Database } from '../adapters/db/schema.ts';

declare module 'fastify' {
  interface Session {
    accountId?: string;
  }
  interface FastifyRequest {
    actorCache?: Actor | null;
  }
}

export interface StaffUser extends Actor {
  fullName: string;
  agency: { code: string; name: string; nameEn: string };
}

/** One lookup per request: a route's preValidation and its handler both ask. */
const actorOfRequest = new WeakMap<FastifyRequest, Promise<StaffUser | null>>();

/**
 * Staff accounts by id, for a few seconds: every request needs its actor. A disabled account or a changed
 * role takes effect within the TTL (the same window as the session cache).
 */
const actorCaches = new WeakMap<Db, TtlCache<string, StaffUser>>();
const actorCache = (db: Db): TtlCache<string, StaffUser> => {
  let cache = actorCaches.get(db);
  if (!cache) {
    cache = new TtlCache<string, StaffUser>(5_000);
    actorCaches.set(db, cache);
  }
  return cache;
};

export function findActor(db: Db, request: FastifyRequest): Promise<StaffUser | null> {
  let found = actorOfRequest.get(request);
  if (!found) {
    found = lookUpActor(db, request);
    actorOfRequest.set(request, found);
  }
  return found;
}

async function lookUpActor(db: Db, request: FastifyRequest): Promise<StaffUser | null> {
  const accountId = request.session?.accountId;
  if (!accountId) return null;
  const actors = actorCache(db);
  const cached = actors.get(accountId);
  if (cached) return cached;
  const row = await db
    .selectFrom('staffAccounts as s')
    .innerJoin('agencies as a', 'a.code', 's.agencyCode')
    .select([
      's.id',
      's.username',
      's.fullName',
      's.roles',
      's.agencyCode',
      's.disabledAt',
      'a.name',
      'a.nameEn',
    ])
    .where('s.id', '=', accountId)
    .executeTakeFirst();
  if (!row || row.disabledAt) return null;
  const actor: StaffUser = {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    roles: row.roles.filter(isRole),
    agencyCode: row.agencyCode,
    agency: { code: row.agencyCode, name: row.name, nameEn: row.nameEn },
  };
  actors.set(accountId, actor);
  return actor;
}

export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'Vui lòng đăng nhập.', 'Please sign in.');

export const forbidden = () =>
  new DomainError(
    'FORBIDDEN',
    'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    'Your account is not allowed to do this.',
  );

export async function requireActor(db: Db, request: FastifyRequest): Promise<StaffUser> {
  const actor = await findActor(db, request);
  if (!actor) throw unauthenticated();
  return actor;
}

export async function requireRole(db: Db, request: FastifyRequest, ...roles: Role[]): Promise<StaffUser> {
  const actor = await requireActor(db, request);
  if (!hasRole(actor, ...roles)) throw forbidden();
  return actor;
}

/** The agency tree for scope checks; small (hundreds of rows), read per check for correctness. */
export async function loadAgencyTree(db: Db | Transaction<Database>): Promise<AgencyTree> {
  const rows = await db.selectFrom('agencies').select(['code', 'parentCode', 'kind']).execute();
  return new Map(rows.map((r) => [r.code, { parentCode: r.parentCode, kind: r.kind }]));
}

/**
 * The national public service portal, the citizens' online channel, calls with `Authorization: Bearer
 * <MOTCUA_PORTAL_TOKEN>`. Returns false when the request carries no bearer token; a wrong token (or one sent
 * while online submission is closed) is 401.
 */
export function isPortalCall(request: FastifyRequest, portalToken: string | undefined): boolean {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(portalToken ?? '');
  if (portalToken === undefined || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'Mã truy cập của Cổng Dịch vụ công không hợp lệ.',
      'The public service portal token is not valid.',
    );
  }
  return true;
}
