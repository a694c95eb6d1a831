/**
 * Who is calling: the staff account behind the session cookie, loaded once per request, or the national
 * portal by its bearer token. Routes call `requireActor` / `requireRole`; object-level checks are core's.
 */
import { timingSafeEqual } from 'node:crypto';
import { DomainError, forbidden, hasRole, type Role } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../adapters/db/database.ts';
import { findStaffUser, type StaffUser } from '../modules/auth/staff.ts';

declare module 'fastify' {
  interface Session {
    accountId?: string;
  }
}

export type { StaffUser };

/** One lookup per request: a route's preValidation and its handler both ask. */
const actorOfRequest = new WeakMap<FastifyRequest, Promise<StaffUser | null>>();

export function findActor(db: Db, request: FastifyRequest): Promise<StaffUser | null> {
  let found = actorOfRequest.get(request);
  if (!found) {
    const accountId = request.session?.accountId;
    found = accountId ? findStaffUser(db, accountId) : Promise.resolve(null);
    actorOfRequest.set(request, found);
  }
  return found;
}

export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'Vui lòng đăng nhập.', 'Please sign in.');

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

/**
 * A route's `onRequest` hook: who may call it is checked before its body is read or validated, so that no
 * one without the role costs the parsing and the schema's work or learns the body's shape from a 400. The
 * handler asks again (cached) for the actor.
 */
export const roleFirst =
  (db: Db, ...roles: Role[]) =>
  async (request: FastifyRequest): Promise<void> =>
    void (await requireRole(db, request, ...roles));

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
