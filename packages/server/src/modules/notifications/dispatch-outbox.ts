/**
 * Outbox → pg-boss, in one transaction: take the oldest undelivered rows (SKIP LOCKED, so two workers never
 * take the same row), write one delivery per (row, channel) with its text, queue one pg-boss job per new
 * delivery through the same transaction, and mark the rows handled. Either all of it commits or none: a
 * crash leaves the rows undelivered, to be taken again; a row taken again finds its deliveries already
 * there (unique (outbox_id, channel)) and queues nothing twice.
 */
import {
  type ChannelPreferences,
  eventOfTopic,
  type NotificationChannel,
  type NotificationFacts,
  type Recipient,
  recipientsFor,
} from '@motcua/core';
import { type Insertable, sql } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import type { Db } from '../../adapters/db/database.ts';
import type { NotificationDeliveriesTable } from '../../adapters/db/schema.ts';
import { compose } from './compose.ts';
import { templateBook } from './templates.repo.ts';

export const SEND_QUEUE = 'notify.send';
export const DEAD_QUEUE = 'notify.dead';

export interface DispatchOptions {
  batchSize: number;
  /** Rows older than this are news no more: marked 'skipped', nothing sent (ADR 0003 triage). */
  maxAgeMs: number;
  /** The channels this worker can send on (a channel not configured gets no deliveries). */
  channels: readonly NotificationChannel[];
  /** The site's public address, for the links messages carry (a path alone without it). */
  publicBaseUrl?: string;
}

interface OutboxRow {
  id: number;
  topic: string;
  payload: {
    code?: string;
    phone?: string | null;
    email?: string | null;
    to?: Recipient & { email?: string | null };
    facts?: NotificationFacts;
    // deadline.* rows (written by the deadline jobs)
    procedureName?: string;
    dueDate?: string;
    staffName?: string;
  };
  createdAt: Date;
}

/** Handles one batch; returns how many outbox rows it took (0: nothing to do). */
export async function dispatchOutbox(db: Db, boss: PgBoss, options: DispatchOptions): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<OutboxRow>`
      SELECT id, topic, payload, created_at FROM outbox WHERE delivered_at IS NULL
      ORDER BY id LIMIT ${options.batchSize} FOR UPDATE SKIP LOCKED`.execute(trx);
    if (rows.length === 0) return 0;
    const book = await templateBook(trx);
    const idNumbers = [...new Set(rows.map((r) => r.payload.to?.idNumber).filter((x): x is string => !!x))];
    const preferences = new Map<string, ChannelPreferences>();
    if (idNumbers.length > 0) {
      const found = await trx
        .selectFrom('notificationPreferences')
        .selectAll()
        .where('idNumber', 'in', idNumbers)
        .execute();
      for (const p of found) preferences.set(p.idNumber, { sms: p.sms, email: p.email, zalo: p.zalo });
    }
    const now = Date.now();
    const outcome = new Map<number, 'sent' | 'no-message' | 'skipped'>();
    const deliveries: Insertable<NotificationDeliveriesTable>[] = [];
    for (const row of rows) {
      const event = eventOfTopic(row.topic);
      if (event === null) {
        outcome.set(row.id, 'no-message');
        continue;
      }
      if (now - new Date(row.createdAt).getTime() > options.maxAgeMs) {
        outcome.set(row.id, 'skipped');
        continue;
      }
      const { facts, to } = readPayload(row);
      const targets = recipientsFor(
        event,
        to,
        to.idNumber ? (preferences.get(to.idNumber) ?? null) : null,
      ).filter((t) => options.channels.includes(t.channel));
      outcome.set(row.id, targets.length > 0 ? 'sent' : 'no-message');
      for (const t of targets) {
        const message = compose(event, t.channel, facts, book(event, t.channel), options.publicBaseUrl);
        deliveries.push({
          outboxId: row.id,
          channel: t.channel,
          event,
          dossierCode: facts.code || null,
          recipient: t.address,
          subject: message.subject,
          body: message.body,
          params: message.params ? JSON.stringify(message.params) : null,
        });
      }
    }
    if (deliveries.length > 0) {
      const inserted = await trx
        .insertInto('notificationDeliveries')
        .values(deliveries)
        .onConflict((oc) => oc.columns(['outboxId', 'channel']).doNothing())
        .returning('id')
        .execute();
      if (inserted.length > 0) {
        await boss.insert(
          SEND_QUEUE,
          inserted.map((d) => ({ data: { deliveryId: d.id } })),
          { db: fromKysely(trx.withoutPlugins()) },
        );
      }
    }
    for (const kind of ['sent', 'no-message', 'skipped'] as const) {
      const ids = rows.filter((r) => outcome.get(r.id) === kind).map((r) => r.id);
      if (ids.length === 0) continue;
      await trx
        .updateTable('outbox')
        .set({ deliveredAt: sql<Date>`now()`, outcome: kind })
        .where('id', 'in', ids)
        .execute();
    }
    return rows.length;
  });
}

/**
 * The facts and the addressee of a row. Dossier rows carry {to, facts} since the worker exists (and the
 * older {code, phone, email} shape is still read); deadline.* rows carry {code, procedureName, dueDate,
 * staffName, email} for the staff member warned.
 */
function readPayload(row: OutboxRow): { facts: NotificationFacts; to: Recipient } {
  const p = row.payload;
  if (row.topic.startsWith('deadline.')) {
    return {
      facts: {
        code: p.code ?? '',
        ...(p.procedureName ? { procedureName: p.procedureName } : {}),
        ...(p.dueDate ? { dueDate: p.dueDate } : {}),
        ...(p.staffName ? { staffName: p.staffName } : {}),
      },
      to: { email: p.email ?? null },
    };
  }
  const facts = { ...(p.facts ?? {}), code: p.facts?.code || p.code || '' };
  return { facts, to: p.to ?? { phone: p.phone ?? null, email: p.email ?? null } };
}
