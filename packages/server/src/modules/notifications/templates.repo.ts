/** Templates as administrators left them: a stored row replaces core's default for its (event, channel). */
import {
  defaultTemplate,
  NOTIFICATION_EVENTS,
  type NotificationChannel,
  type NotificationEvent,
  type TemplateText,
  templateChannels,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface StoredTemplate extends TemplateText {
  event: NotificationEvent;
  channel: NotificationChannel;
  /** Whether an administrator changed it (else the default). */
  edited: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type TemplateBook = (event: NotificationEvent, channel: NotificationChannel) => TemplateText;

export async function loadTemplates(db: Executor): Promise<StoredTemplate[]> {
  const rows = await db.selectFrom('notificationTemplates').selectAll().execute();
  const stored = new Map(rows.map((r) => [`${r.event}/${r.channel}`, r]));
  return NOTIFICATION_EVENTS.flatMap((event) =>
    templateChannels(event).map((channel) => {
      const row = stored.get(`${event}/${channel}`);
      const fallback = defaultTemplate(event, channel);
      return {
        event,
        channel,
        ...(row ? { body: row.body, ...(row.subject === null ? {} : { subject: row.subject }) } : fallback),
        edited: row !== undefined,
        updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
        updatedBy: row?.updatedBy ?? null,
      };
    }),
  );
}

export async function templateBook(db: Executor): Promise<TemplateBook> {
  const all = await loadTemplates(db);
  const byKey = new Map(all.map((t) => [`${t.event}/${t.channel}`, t]));
  return (event, channel) => byKey.get(`${event}/${channel}`) ?? defaultTemplate(event, channel);
}
