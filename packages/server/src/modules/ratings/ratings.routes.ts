/**
 * The rating of a handled dossier (issue 13, item 1; fixed paths in shared/design/API.md): staff enter a
 * paper form for a dossier in their scope; the citizen rates online with the receipt's check code. The public
 * route reads no session and is registered outside the session's scope (http/server.ts).
 */
import { PublicRatingBodySchema, RatingBodySchema, RatingSchema, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { CodeParams } from '../dossiers/dossier.params.ts';
import { findRating, rateDossier } from './ratings.ts';

export function ratingRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  app.post(
    '/api/dossiers/:code/rating',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Enter the citizen’s paper rating of a finished dossier (one per dossier; a second → 409)',
        params: CodeParams,
        body: RatingBodySchema,
        response: withErrors({ 201: RatingSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const rating = await rateDossier(
        db,
        { kind: 'staff', actor },
        request.params.code,
        request.body,
        app.ctx.clock(),
      );
      return reply.code(201).send(rating);
    },
  );

  app.get(
    '/api/dossiers/:code/rating',
    {
      schema: {
        tags: ['ratings'],
        summary: 'The dossier’s rating, if it has one (null otherwise)',
        params: CodeParams,
        response: withErrors({ 200: Type.Union([RatingSchema, Type.Null()]) }),
      },
    },
    async (request) => findRating(db, await requireActor(db, request), request.params.code),
  );
}

export function publicRatingRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  app.post(
    '/api/public/ratings',
    {
      config: { rateLimit: { max: app.ctx.env.lookupPerAddressPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary:
          'Rate a finished dossier with the check code printed on its receipt (one rating per dossier; again → 409). ' +
          'A wrong code answers like an unknown dossier.',
        body: PublicRatingBodySchema,
        response: withErrors({ 201: RatingSchema }),
      },
    },
    async (request, reply) => {
      const { code, token, ...input } = request.body;
      const rating = await rateDossier(db, { kind: 'receipt', token }, code.trim(), input, app.ctx.clock());
      return reply.code(201).send(rating);
    },
  );
}
