/**
 * The public status of a dossier by its code (the receipt's QR), with its details when the check code is
 * given. Registered outside the staff session's scope (http/server.ts): it never reads a session.
 */
import { CHECK_CODE_PARAM, type PublicDossier, PublicDossierSchema, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { lookupLimit } from '../../../http/lookup-limit.ts';
import type { AppInstance } from '../../../http/server.ts';
import { CodeParams } from '../dossier.params.ts';
import { findPublicDossier, type LookupDeps } from './public-dossier.ts';
import { StepStatsCache } from './public-forecast.ts';

export function publicLookupRoutes(app: AppInstance): void {
  const { db, reference, calendar } = app.ctx;
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
