/**
 * Open311 GeoReport v2 at /open311/v2/ (issue 12, item 6), outside the staff session. Every answer, success or
 * failure, is the spec's: arrays of objects, errors `[{"code", "description"}]` with the HTTP status as the
 * code — never our own error shape and never a 500 for a malformed id. POST takes the spec's form encoding
 * (application/x-www-form-urlencoded) or JSON. The routes are left out of /api/openapi.json (their shapes are
 * the spec's, not this API's).
 */
import { DomainError, open311Error, vietnamInstant } from '@motcua/core';
import type { FastifyError } from 'fastify';
import type { AppInstance } from '../../http/server.ts';
import {
  byToken,
  createRequest,
  jsonName,
  listRequests,
  Open311Failure,
  oneRequest,
  serviceDefinition,
  services,
} from './open311.ts';

const STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

export async function open311Routes(app: AppInstance): Promise<void> {
  await app.register(
    async (scope: AppInstance) => {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => {
          try {
            done(null, Object.fromEntries(new URLSearchParams(String(body))));
          } catch (error) {
            done(error as Error, undefined);
          }
        },
      );
      scope.setErrorHandler((error: FastifyError | DomainError | Open311Failure, request, reply) => {
        let status = 500;
        let description = 'Internal error';
        if (error instanceof Open311Failure) {
          status = error.status;
          description = error.description;
        } else if (error instanceof DomainError) {
          status = STATUS[error.code] ?? 400;
          description =
            error.messageEn + (error.fields?.length ? `: ${error.fields.map((f) => f.path).join(', ')}` : '');
        } else if (
          typeof (error as FastifyError).statusCode === 'number' &&
          (error as FastifyError).statusCode! < 500
        ) {
          status = (error as FastifyError).statusCode as number;
          description = error.message;
        } else {
          request.log.error({ err: error }, 'open311 error');
        }
        return reply
          .status(status)
          .type('application/json; charset=utf-8')
          .send(open311Error(status, description));
      });
      scope.setNotFoundHandler((_request, reply) =>
        reply.status(404).type('application/json; charset=utf-8').send(open311Error(404, 'Not found')),
      );
      const hide = { schema: { hide: true } };
      const deps = async () => ({
        db: app.ctx.db,
        cal: await app.ctx.calendar.calendar(),
        now: app.ctx.clock(),
        recordedAt: vietnamInstant(app.ctx.serverClock().getTime()),
      });
      const q = (request: { query: unknown }) => (request.query ?? {}) as Record<string, unknown>;

      scope.get('/services.json', hide, async () => services());
      scope.get('/services/:file', hide, async (request) =>
        serviceDefinition(jsonName((request.params as { file?: string }).file)),
      );
      scope.get('/requests.json', hide, async (request) =>
        listRequests(app.ctx.db, app.ctx.clock(), q(request)),
      );
      scope.post('/requests.json', hide, async (request, reply) => {
        const body =
          request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
        return reply.status(201).send(await createRequest(await deps(), body));
      });
      scope.get('/requests/:file', hide, async (request) =>
        oneRequest(app.ctx.db, jsonName((request.params as { file?: string }).file)),
      );
      scope.get('/tokens/:file', hide, async (request) =>
        byToken(app.ctx.db, jsonName((request.params as { file?: string }).file)),
      );
    },
    { prefix: '/open311/v2' },
  );
}
