/**
 * Administrators' view of notifications: what was sent about a dossier and with what outcome (the dead
 * letters are the 'failed' ones), what the demo catcher and sinks received; the templates, editable by the
 * system administrator. Officers see a dossier's deliveries on its timeline (GET /api/dossiers/{code}/notifications).
 */
import {
  CaughtMessageSchema,
  DeliverySchema,
  fieldError,
  isNotificationEvent,
  NOTIFICATION_CHANNELS,
  NotificationTemplateSchema,
  notFound,
  TEMPLATE_PLACEHOLDERS,
  templateChannels,
  unknownPlaceholders,
  validationError,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireActor, requireRole, roleFirst } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { canSeeDossier } from '../dossiers/dossier.policy.ts';
import { findDossierRow } from '../dossiers/dossier.repo.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { listDeliveries, listSink } from './notifications.repo.ts';
import { loadTemplates } from './templates.repo.ts';

const Status = DeliverySchema.properties.status;
const TemplateParams = Type.Object({
  event: Type.String({ maxLength: 40 }),
  channel: Type.String({ maxLength: 10 }),
});

export function notificationRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  /** Throws 404 unless the actor sees the dossier (the same answer as a dossier that does not exist). */
  const assertSees = async (actor: Parameters<typeof canSeeDossier>[0], code: string) => {
    const row = await findDossierRow(db, code);
    if (!row || !canSeeDossier(actor, await loadAgencyTree(db), row)) {
      throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
    }
  };

  app.get(
    '/api/admin/notifications',
    {
      onRequest: roleFirst(db, 'system-admin', 'supervisor'),
      schema: {
        tags: ['admin'],
        summary:
          'Notifications sent about a dossier (or the latest; status=failed: the dead letters), and what the demo catcher and sinks received',
        querystring: Type.Object({
          dossier: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
          status: Type.Optional(Status),
        }),
        response: withErrors({
          200: Type.Object({ items: Type.Array(DeliverySchema), demo: Type.Array(CaughtMessageSchema) }),
        }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin', 'supervisor');
      const { dossier, status } = request.query;
      if (dossier) await assertSees(actor, dossier);
      const filter = { ...(dossier ? { dossier } : {}), limit: 500 };
      return {
        items: await listDeliveries(db, { ...filter, ...(status ? { status } : {}) }),
        demo: await listSink(db, filter),
      };
    },
  );

  app.get(
    '/api/dossiers/:code/notifications',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'What the applicant was told about this dossier, and whether it was delivered (timeline)',
        params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
        response: withErrors({ 200: Type.Object({ items: Type.Array(DeliverySchema) }) }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      await assertSees(actor, request.params.code);
      return { items: await listDeliveries(db, { dossier: request.params.code, limit: 500 }) };
    },
  );

  app.get(
    '/api/admin/notification-templates',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary: 'The message templates of each event and channel, with the placeholders and the SMS price',
        response: withErrors({
          200: Type.Object({
            items: Type.Array(NotificationTemplateSchema),
            placeholders: Type.Array(Type.String()),
            smsPricePerSegment: Type.Integer({ description: 'đồng' }),
          }),
        }),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      return {
        items: await loadTemplates(db),
        placeholders: [...TEMPLATE_PLACEHOLDERS],
        smsPricePerSegment: app.ctx.env.notify.smsPricePerSegment,
      };
    },
  );

  const checkPair = (event: string, channel: string) => {
    const valid =
      isNotificationEvent(event) &&
      (NOTIFICATION_CHANNELS as readonly string[]).includes(channel) &&
      templateChannels(event).includes(channel as never);
    if (!valid) throw notFound(`mẫu thông báo "${event}/${channel}"`, `Template "${event}/${channel}"`);
  };

  app.put(
    '/api/admin/notification-templates/:event/:channel',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary: 'Replace the wording of an event on a channel (only the listed placeholders)',
        params: TemplateParams,
        body: Type.Object(
          {
            subject: Type.Optional(Type.String({ maxLength: 200 })),
            body: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: NotificationTemplateSchema }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      const { event, channel } = request.params;
      checkPair(event, channel);
      const body = request.body.body.trim();
      const subject = channel === 'email' ? (request.body.subject ?? '').trim() : null;
      const fields = [];
      if (!body) fields.push(fieldError('body', 'Không được để trống.', 'Must not be empty.'));
      for (const [path, text] of [
        ['body', body],
        ['subject', subject ?? ''],
      ] as const) {
        const unknown = unknownPlaceholders(text);
        if (unknown.length > 0) {
          fields.push(
            fieldError(
              path,
              `Không có biến {${unknown.join('}, {')}}; dùng: {${TEMPLATE_PLACEHOLDERS.join('}, {')}}.`,
              `Unknown placeholder {${unknown.join('}, {')}}.`,
            ),
          );
        }
      }
      if (channel === 'email' && !subject)
        fields.push(fieldError('subject', 'Cần có tiêu đề thư.', 'An e-mail needs a subject.'));
      if (fields.length > 0) throw validationError(fields);
      const updatedAt = new Date();
      await db
        .insertInto('notificationTemplates')
        .values({ event, channel, subject, body, updatedAt, updatedBy: actor.username })
        .onConflict((oc) =>
          oc
            .columns(['event', 'channel'])
            .doUpdateSet({ subject, body, updatedAt, updatedBy: actor.username }),
        )
        .execute();
      return {
        event,
        channel,
        ...(subject === null ? {} : { subject }),
        body,
        edited: true,
        updatedAt: updatedAt.toISOString(),
        updatedBy: actor.username,
      };
    },
  );

  app.delete(
    '/api/admin/notification-templates/:event/:channel',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary: 'Go back to the default wording of an event on a channel',
        params: TemplateParams,
        response: withErrors({ 200: Type.Object({ event: Type.String(), channel: Type.String() }) }),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      const { event, channel } = request.params;
      checkPair(event, channel);
      await db
        .deleteFrom('notificationTemplates')
        .where('event', '=', event)
        .where('channel', '=', channel)
        .execute();
      return { event, channel };
    },
  );
}
