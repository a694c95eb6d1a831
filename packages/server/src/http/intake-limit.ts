/**
 * Intakes per credential (issue 9, item 6): each officer's account and the national portal's token may take
 * MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE intakes a minute, counted before the body is read, so no single
 * credential floods a counter's daily numbers (one did 9,999 in 11 s). Refusals and supplement requests
 * count too: they number slips. In each process's memory, like the login limits.
 */
import { DomainError } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WindowLimit } from '../adapters/cache/window-limit.ts';
import { isPortalCall, requireActor } from './auth.ts';
import { beforeBody } from './body-limits.ts';
import type { AppInstance } from './server.ts';

const tooManyIntakes = (perMinute: number) =>
  new DomainError(
    'RATE_LIMITED',
    `Quá nhiều hồ sơ được gửi bằng cùng một tài khoản (tối đa ${perMinute} hồ sơ mỗi phút). Vui lòng thử lại sau.`,
    `Too many intakes with one credential (at most ${perMinute} a minute). Please try again later.`,
  );

/**
 * The onRequest hooks of the intake routes, sharing one count: who calls (the portal's token where the
 * route takes it, else a session), then that credential's count.
 */
export function intakeLimit(app: AppInstance) {
  const { db, env } = app.ctx;
  const perCredential = new WindowLimit(env.intakePerCredentialPerMinute);
  return (options: { portal: boolean }) =>
    beforeBody(async (request: FastifyRequest, reply: FastifyReply) => {
      const credential =
        options.portal && isPortalCall(request, env.portalToken)
          ? 'portal'
          : `staff:${(await requireActor(db, request)).id}`;
      const blocked = perCredential.take(credential);
      if (blocked) {
        reply.header('retry-after', String(blocked.retryAfterSeconds));
        throw tooManyIntakes(env.intakePerCredentialPerMinute);
      }
    });
}
