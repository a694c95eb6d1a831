/** POST /api/dossiers/{code}/actions: an action, typed per action (ActionBodySchema), answered with the dossier. */
import { ActionBodySchema, DossierViewSchema, vietnamInstant, withErrors } from '@motcua/core';
import { requireActor } from '../../../http/auth.ts';
import type { AppInstance } from '../../../http/server.ts';
import { CodeParams } from '../dossier.params.ts';
import { dossierView } from '../present-dossier.ts';
import { performAction } from './perform-action.ts';

export function actionRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;
  app.post(
    '/api/dossiers/:code/actions',
    {
      // Authenticate before validating the body: an anonymous caller learns nothing about it.
      preValidation: async (request) => void (await requireActor(db, request)),
      schema: {
        tags: ['dossiers'],
        summary: 'Perform an action the dossier allows now (its data typed per action); answers the dossier',
        params: CodeParams,
        body: ActionBodySchema,
        response: withErrors({ 200: DossierViewSchema }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      const deps = { reference, calendar: await calendar.calendar() };
      const now = app.ctx.clock();
      const clock = { now, recordedAt: vietnamInstant(app.ctx.serverClock().getTime()) };
      const dossier = await db
        .transaction()
        .execute((trx) => performAction(trx, deps, actor, request.params.code, request.body, clock));
      return dossierView(db, deps, dossier, actor, now);
    },
  );
}
