/**
 * A citizen's own choice of channels, keyed by their ID number (the account's key): which of SMS, e-mail and
 * Zalo tell them about their dossiers. Without a choice: SMS to the dossier's phone, e-mail when given.
 */
import { DEFAULT_PREFERENCES, withErrors } from '@motcua/core';
import { Type } from 'typebox';
import { requireCitizen } from '../../http/citizen-session.ts';
import type { AppInstance } from '../../http/server.ts';

const Preferences = Type.Object(
  { sms: Type.Boolean(), email: Type.Boolean(), zalo: Type.Boolean() },
  { additionalProperties: false },
);

export function preferenceRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  app.get(
    '/api/citizen/notification-preferences',
    {
      schema: {
        tags: ['citizen'],
        summary: 'How the signed-in citizen is told about their dossiers (the default until they choose)',
        response: withErrors({ 200: Type.Object({ ...Preferences.properties, chosen: Type.Boolean() }) }),
      },
    },
    async (request) => {
      const citizen = await requireCitizen(db, request);
      const row = await db
        .selectFrom('notificationPreferences')
        .select(['sms', 'email', 'zalo'])
        .where('idNumber', '=', citizen.idNumber)
        .executeTakeFirst();
      return { ...(row ?? DEFAULT_PREFERENCES), chosen: row !== undefined };
    },
  );

  app.put(
    '/api/citizen/notification-preferences',
    {
      schema: {
        tags: ['citizen'],
        summary: 'Choose the channels (SMS, e-mail, Zalo) the citizen is told on',
        body: Preferences,
        response: withErrors({ 200: Type.Object({ ...Preferences.properties, chosen: Type.Boolean() }) }),
      },
    },
    async (request) => {
      const citizen = await requireCitizen(db, request);
      const { sms, email, zalo } = request.body;
      const updatedAt = app.ctx.serverClock();
      await db
        .insertInto('notificationPreferences')
        .values({ idNumber: citizen.idNumber, sms, email, zalo, updatedAt })
        .onConflict((oc) => oc.column('idNumber').doUpdateSet({ sms, email, zalo, updatedAt }))
        .execute();
      return { sms, email, zalo, chosen: true };
    },
  );
}
