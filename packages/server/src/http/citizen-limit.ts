/**
 * A citizen's writes per account (issue 11, item 6): submissions, supplement answers and withdrawals
 * (MOTCUA_CITIZEN_SUBMISSIONS_PER_MINUTE, 10) and file uploads (MOTCUA_CITIZEN_UPLOADS_PER_MINUTE, 30), each
 * counted per ID number before the body is read, after the session is checked (401 first), so no account
 * floods a counter's queue or the database. In each process's memory, like the intake limits.
 */
import { DomainError } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WindowLimit } from '../adapters/cache/window-limit.ts';
import { beforeBody } from './body-limits.ts';
import { requireCitizen } from './citizen-session.ts';
import type { AppInstance } from './server.ts';

const tooMany = (kind: 'writes' | 'uploads', perMinute: number) =>
  new DomainError(
    'RATE_LIMITED',
    kind === 'uploads'
      ? `Bạn đã tải lên quá nhiều tệp (tối đa ${perMinute} tệp mỗi phút). Vui lòng thử lại sau ít phút.`
      : `Bạn đã gửi quá nhiều yêu cầu (tối đa ${perMinute} lần mỗi phút). Vui lòng thử lại sau ít phút.`,
    kind === 'uploads'
      ? `Too many uploads (at most ${perMinute} a minute). Please try again in a few minutes.`
      : `Too many submissions (at most ${perMinute} a minute). Please try again in a few minutes.`,
  );

/** The onRequest hooks of the citizen routes: a citizen session, then, for writes, that account's count. */
export function citizenLimits(app: AppInstance) {
  const { db, env } = app.ctx;
  const limits = {
    writes: { window: new WindowLimit(env.citizenWritesPerMinute), max: env.citizenWritesPerMinute },
    uploads: { window: new WindowLimit(env.citizenUploadsPerMinute), max: env.citizenUploadsPerMinute },
  };
  return (kind?: 'writes' | 'uploads') =>
    beforeBody(async (request: FastifyRequest, reply: FastifyReply) => {
      const citizen = await requireCitizen(db, request);
      if (!kind) return;
      const blocked = limits[kind].window.take(citizen.idNumber);
      if (blocked) {
        reply.header('retry-after', String(blocked.retryAfterSeconds));
        throw tooMany(kind, limits[kind].max);
      }
    });
}
