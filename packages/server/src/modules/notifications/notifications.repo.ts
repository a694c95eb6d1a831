/** What was sent about a dossier (deliveries), and what the demo catcher and sinks received. */
import type { CaughtMessage, Delivery } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';

export async function listDeliveries(
  db: Db,
  filter: { dossier?: string; status?: 'pending' | 'sent' | 'failed'; limit: number },
): Promise<Delivery[]> {
  let q = db
    .selectFrom('notificationDeliveries as d')
    .leftJoin('outbox as o', 'o.id', 'd.outboxId')
    .selectAll('d')
    .select(sql<number | null>`(o.payload->>'seq')::int`.as('seq'))
    .orderBy('d.id', 'desc')
    .limit(filter.limit);
  if (filter.dossier) q = q.where('d.dossierCode', '=', filter.dossier);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  const rows = await q.execute();
  return rows.reverse().map((r) => ({
    id: r.id,
    event: r.event,
    channel: r.channel,
    to: r.recipient,
    status: r.status,
    subject: r.subject,
    text: r.body,
    attempts: r.attempts,
    sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null,
    createdAt: new Date(r.createdAt).toISOString(),
    lastError: r.lastError,
    dossier: r.dossierCode,
    seq: r.seq,
  }));
}

export async function listSink(
  db: Db,
  filter: { dossier?: string; limit: number },
): Promise<CaughtMessage[]> {
  let q = db.selectFrom('notificationSink').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.dossier) q = q.where('dossierCode', '=', filter.dossier);
  const rows = await q.execute();
  return rows.reverse().map((r) => ({
    channel: r.channel,
    key: r.messageKey,
    to: r.recipient,
    subject: r.subject,
    text: r.body,
    receivedAt: new Date(r.receivedAt).toISOString(),
    copies: r.copies,
    dossier: r.dossierCode,
  }));
}
