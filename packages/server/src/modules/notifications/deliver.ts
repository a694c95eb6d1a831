/**
 * The pg-boss handler: send each delivery of a batch on its channel, then record it. A delivery already
 * 'sent' is not sent again (a job run twice). A failure counts an attempt; pg-boss retries it with
 * backoff, and after the last attempt the delivery is 'failed' (the dead letter administrators see) and
 * the job moves to the dead-letter queue. A crash after sending and before recording sends again with the
 * same message key: at-least-once, made once in effect by a receiver that honours the key (ADR 0003).
 */
import type { NotificationChannel, NotificationEvent } from '@motcua/core';
import { sql } from 'kysely';
import type { Job, JobResult } from 'pg-boss';
import type { Db } from '../../adapters/db/database.ts';
import { type Channels, messageKey, type OutgoingMessage } from './channels/channel.ts';

export interface DeliverHooks {
  /** Tests: called after a batch's rows are read and before anything is sent (a crash point). */
  beforeSend?: (ids: number[]) => Promise<void>;
  /** Tests: called after sending and before recording it (the other crash point). */
  afterSend?: (ids: number[]) => Promise<void>;
}

export async function deliverBatch(
  db: Db,
  channels: Channels,
  jobs: Job<{ deliveryId: number }>[],
  retryLimit: number,
  hooks: DeliverHooks = {},
): Promise<JobResult[]> {
  const ids = jobs.map((j) => j.data.deliveryId);
  const rows = await db.selectFrom('notificationDeliveries').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  await hooks.beforeSend?.(ids);
  // One dossier's messages on one channel go in order (received before stopped); the rest in parallel.
  type Outcome = { job: Job<{ deliveryId: number }>; error?: string; skip?: true };
  const sendOne = async (job: Job<{ deliveryId: number }>): Promise<Outcome> => {
    const row = byId.get(job.data.deliveryId);
    if (!row || row.status === 'sent') return { job, skip: true };
    const channel = channels[row.channel as NotificationChannel];
    const message: OutgoingMessage = {
      key: messageKey(row.outboxId, row.channel as NotificationChannel),
      channel: row.channel as NotificationChannel,
      event: row.event as NotificationEvent,
      dossierCode: row.dossierCode,
      to: row.recipient,
      subject: row.subject,
      text: row.body,
      params: row.params,
    };
    try {
      if (!channel) throw new Error(`channel ${row.channel} is not configured`);
      await channel.send(message);
      return { job };
    } catch (error) {
      return { job, error: (error as Error).message.slice(0, 500) };
    }
  };
  const lanes = new Map<string, Job<{ deliveryId: number }>[]>();
  for (const job of [...jobs].sort((a, b) => a.data.deliveryId - b.data.deliveryId)) {
    const row = byId.get(job.data.deliveryId);
    const key = `${row?.dossierCode ?? job.id}/${row?.channel}`;
    const lane = lanes.get(key);
    if (lane) lane.push(job);
    else lanes.set(key, [job]);
  }
  const outcomes = (
    await Promise.all(
      [...lanes.values()].map(async (lane) => {
        const done: Outcome[] = [];
        for (const job of lane) done.push(await sendOne(job));
        return done;
      }),
    )
  ).flat();
  await hooks.afterSend?.(ids);
  const sent = outcomes.filter((o) => !o.error && !o.skip).map((o) => o.job.data.deliveryId);
  if (sent.length > 0) {
    await db
      .updateTable('notificationDeliveries')
      .set({ status: 'sent', attempts: sql`attempts + 1`, sentAt: sql`now()`, lastError: null })
      .where('id', 'in', sent)
      .execute();
  }
  for (const o of outcomes.filter((x) => x.error)) {
    const final = o.job.retryCount >= retryLimit;
    await db
      .updateTable('notificationDeliveries')
      .set({ status: final ? 'failed' : 'pending', attempts: sql`attempts + 1`, lastError: o.error ?? null })
      .where('id', '=', o.job.data.deliveryId)
      .execute();
  }
  return outcomes.map((o) => ({
    id: o.job.id,
    status: o.error ? 'failed' : 'completed',
    ...(o.error ? { output: { message: o.error } } : {}),
  }));
}
