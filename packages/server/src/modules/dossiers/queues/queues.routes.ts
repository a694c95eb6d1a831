/** Reading dossiers: the officers' work queues, one dossier with its timeline, and the public status by code. */
import {
  CHECK_CODE_PARAM,
  DossierListSchema,
  DossierViewSchema,
  type PublicDossier,
  PublicDossierSchema,
  QueueQuerySchema,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../../http/auth.ts';
import { lookupLimit } from '../../../http/lookup-limit.ts';
import type { AppInstance } from '../../../http/server.ts';
import { CodeParams } from '../dossier.params.ts';
import { listDossierFiles } from '../files/dossier-files.ts';
import { loadVisibleDossier } from '../load-dossier.ts';
import { dossierView, viewTag } from '../present-dossier.ts';
import { listQueue } from './list-queue.ts';
import { findPublicDossier, type LookupDeps } from './public-dossier.ts';
import { StepStatsCache } from './public-forecast.ts';

export function queueRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Work queues of the signed-in officer, within their scope',
        querystring: QueueQuerySchema,
        response: withErrors({ 200: DossierListSchema }),
      },
    },
    async (request) => listQueue(db, await requireActor(db, request), request.query, app.ctx.clock()),
  );

  app.get(
    '/api/dossiers/:code',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'A dossier with its timeline (hash-chained log) and the actions this officer may take now',
        params: CodeParams,
        response: withErrors({ 200: DossierViewSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const dossier = await loadVisibleDossier(db, reference, actor, request.params.code);
      const now = app.ctx.clock();
      const files = await listDossierFiles(db, dossier.row.id);
      // The console polls: it revalidates (no-cache) and is told 304 until a colleague acts.
      const etag = viewTag(dossier, actor, now, files);
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(undefined as never);
      return dossierView(db, { reference, calendar: await calendar.calendar() }, dossier, actor, now, files);
    },
  );

  const countLookup = lookupLimit(app.ctx.env);
  const stats = new StepStatsCache(db);
  const lookupDeps = async (): Promise<LookupDeps> => ({
    pool: app.ctx.pool,
    reference,
    now: app.ctx.clock(),
    calendar: await calendar.calendar(),
    stats,
  });
  app.get(
    '/api/public/dossiers/:code',
    {
      config: { rateLimit: { max: app.ctx.env.lookupPerAddressPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary:
          'Public status of a dossier (QR target); no personal data. With the check code printed on the ' +
          'receipt, also when it was received, its due date, its current step, the countdown in working days ' +
          'and the predicted completion from finished dossiers of the same case and agency',
        params: CodeParams,
        querystring: Type.Object(
          {
            [CHECK_CODE_PARAM]: Type.Optional(
              Type.String({
                maxLength: 32,
                description:
                  'The check code on Form 01 (6 characters; case, spaces and hyphens ignored, O read as 0, I and L as 1)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: PublicDossierSchema }),
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const check = request.query[CHECK_CODE_PARAM]?.trim() || undefined;
      // Without a check code the lookup is counted against its code's prefix before the database is asked.
      if (check === undefined) {
        countLookup(code, reply);
        return findPublicDossier(db, await lookupDeps(), code);
      }
      // With one, only a lookup that does not unlock the details counts (a wrong code, an unknown dossier).
      let found: PublicDossier;
      try {
        found = await findPublicDossier(db, await lookupDeps(), code, check);
      } catch (error) {
        countLookup(code, reply);
        throw error;
      }
      if (found.details !== 'shown') countLookup(code, reply);
      return found;
    },
  );
}
