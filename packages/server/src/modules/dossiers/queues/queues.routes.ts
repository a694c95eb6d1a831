/** Reading dossiers: the officers' work queues and one dossier with its timeline. */
import { DossierListSchema, DossierViewSchema, QueueQuerySchema, withErrors } from '@motcua/core';
import { requireActor } from '../../../http/auth.ts';
import type { AppInstance } from '../../../http/server.ts';
import { CodeParams } from '../dossier.params.ts';
import { listDossierFiles } from '../files/dossier-files.ts';
import { loadVisibleDossier } from '../load-dossier.ts';
import { dossierView, viewTag } from '../present-dossier.ts';
import { listQueue } from './list-queue.ts';

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
}
