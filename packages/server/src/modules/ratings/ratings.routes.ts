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
import { currentInvitation, inviteToRate, kioskByKey, listKiosks, pairKiosk } from './kiosks.ts';
import { findRating, type Rater, rateDossier, ratingSummary } from './ratings.ts';

/** The header a paired tablet sends its key in (never a cookie: a tablet has no session). */
const KIOSK_KEY_HEADER = 'x-kiosk-key';

const KioskSchema = Type.Object({ id: Type.String(), name: Type.String(), agencyCode: Type.String() });
const KioskInvitationSchema = Type.Object({
  code: Type.String(),
  kioskId: Type.String(),
  expiresAt: Type.String(),
});
const KioskCurrentSchema = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  officerName: Type.String(),
  expiresAt: Type.String(),
});

export function ratingRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  app.post(
    '/api/dossiers/:code/rating',
    {
      schema: {
        tags: ['ratings'],
        summary:
          'Rate a finished dossier: staff in scope enter a paper form, or the counter’s tablet (header ' +
          'x-kiosk-key) rates the dossier its officer invited; one per dossier, a second → 409',
        params: CodeParams,
        body: RatingBodySchema,
        response: withErrors({ 201: RatingSchema }),
      },
    },
    async (request, reply) => {
      // The counter's tablet rates with its key (no session); staff enter a paper form with theirs.
      const key = request.headers[KIOSK_KEY_HEADER];
      const rater: Rater =
        typeof key === 'string'
          ? { kind: 'kiosk', kioskId: (await kioskByKey(db, key)).id }
          : { kind: 'staff', actor: await requireActor(db, request) };
      const rating = await rateDossier(db, rater, request.params.code, request.body, app.ctx.clock());
      return reply.code(201).send(rating);
    },
  );

  app.post(
    '/api/dossiers/:code/rating-invitation',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Invite the citizen at the counter to rate this finished dossier on a tablet of the counter',
        params: CodeParams,
        body: Type.Object({ kioskId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: withErrors({ 201: KioskInvitationSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const invited = await inviteToRate(
        db,
        actor,
        request.params.code,
        request.body.kioskId,
        app.ctx.clock(),
      );
      return reply.code(201).send(invited);
    },
  );

  app.get(
    '/api/ratings/summary',
    {
      schema: {
        tags: ['ratings'],
        summary:
          'Ratings per officer and per agency in a period (at most a year): count, levels, mean points of the nine ' +
          'indicators — leaders for their agency, the supervisor for the province',
        querystring: Type.Object(
          {
            from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
            to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) =>
      ratingSummary(db, await requireActor(db, request), request.query.from, request.query.to),
  );

  app.get(
    '/api/rating-kiosks',
    {
      schema: {
        tags: ['ratings'],
        summary: 'The rating tablets of the officer’s counter',
        response: withErrors({ 200: Type.Object({ items: Type.Array(KioskSchema) }) }),
      },
    },
    async (request) => listKiosks(db, await requireActor(db, request)),
  );

  app.post(
    '/api/rating-kiosks',
    {
      schema: {
        tags: ['ratings'],
        summary: 'Pair a tablet with the officer’s counter; its key is shown once',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
          { additionalProperties: false },
        ),
        response: withErrors({ 201: Type.Intersect([KioskSchema, Type.Object({ key: Type.String() })]) }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      return reply.code(201).send(await pairKiosk(db, actor, request.body.name.trim(), app.ctx.clock()));
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
  app.get(
    '/api/kiosk/invitation',
    {
      schema: {
        tags: ['public'],
        summary:
          'The counter tablet’s current invitation to rate (header x-kiosk-key): the dossier code and procedure, or null',
        response: withErrors({ 200: Type.Union([KioskCurrentSchema, Type.Null()]) }),
      },
    },
    async (request) => {
      const key = request.headers[KIOSK_KEY_HEADER];
      const kiosk = await kioskByKey(db, typeof key === 'string' ? key : undefined);
      return currentInvitation(db, kiosk, app.ctx.clock());
    },
  );

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
