/**
 * Citizen sessions, apart from staff's: their own cookie (motcua.citizen) and table, so a citizen cookie
 * opens no staff route and a staff cookie is no citizen. The cookie carries a random token; the table keeps
 * its SHA-256 with the identity provider and assurance level the login came with.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../adapters/db/database.ts';
import type { Citizen } from '../modules/citizen/citizen.ts';

export type { Citizen };

export const CITIZEN_COOKIE = 'motcua.citizen';
export const CITIZEN_SESSION_MS = 2 * 60 * 60 * 1000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const citizenUnauthenticated = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'Vui lòng đăng nhập bằng tài khoản định danh điện tử (VNeID).',
    'Please sign in with your national e-ID (VNeID).',
  );

export async function startCitizenSession(
  db: Db,
  reply: FastifyReply,
  citizen: Pick<Citizen, 'idNumber' | 'identityProvider' | 'assurance' | 'nationalEid'>,
  options: { now: Date; secure: boolean },
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('citizenSessions')
    .values({
      tokenHash: hash(token),
      idNumber: citizen.idNumber,
      identityProvider: citizen.identityProvider,
      assurance: citizen.assurance,
      nationalEid: citizen.nationalEid,
      createdAt: options.now,
      expiresAt: new Date(options.now.getTime() + CITIZEN_SESSION_MS),
    })
    .execute();
  reply.setCookie(CITIZEN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: CITIZEN_SESSION_MS / 1000,
  });
}

/** One lookup per request: a route's onRequest hook (session, rate limit) and its handler both ask. */
const citizenOfRequest = new WeakMap<FastifyRequest, Promise<Citizen | null>>();

/** The signed-in citizen, with the provider and assurance of this session's login; null without one. */
export function findCitizen(db: Db, request: FastifyRequest): Promise<Citizen | null> {
  let found = citizenOfRequest.get(request);
  if (!found) {
    found = lookUpCitizen(db, request);
    citizenOfRequest.set(request, found);
  }
  return found;
}

async function lookUpCitizen(db: Db, request: FastifyRequest): Promise<Citizen | null> {
  const token = request.cookies[CITIZEN_COOKIE];
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('citizenSessions as s')
    .innerJoin('citizenAccounts as a', 'a.idNumber', 's.idNumber')
    .select([
      'a.idNumber',
      'a.fullName',
      'a.birthDate',
      'a.phone',
      's.identityProvider',
      's.assurance',
      's.nationalEid',
      's.expiresAt',
    ])
    .where('s.tokenHash', '=', hash(token))
    .executeTakeFirst();
  if (!row || row.expiresAt.getTime() < Date.now()) return null;
  const { expiresAt: _, ...citizen } = row;
  return citizen;
}

export async function requireCitizen(db: Db, request: FastifyRequest): Promise<Citizen> {
  const citizen = await findCitizen(db, request);
  if (!citizen) throw citizenUnauthenticated();
  return citizen;
}

export async function endCitizenSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[CITIZEN_COOKIE];
  if (token) await db.deleteFrom('citizenSessions').where('tokenHash', '=', hash(token)).execute();
  reply.clearCookie(CITIZEN_COOKIE, { path: '/' });
}
