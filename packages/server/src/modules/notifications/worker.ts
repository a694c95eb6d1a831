/**
 * The worker role (ADR 0003): pg-boss on the application's own database (its pool, so PGlite's single
 * connection is shared), a dispatcher that moves committed outbox rows into pg-boss, and a pg-boss worker
 * that sends them. `stop()` is graceful: no new rows are taken, and the batches in flight finish.
 */
import type { NotificationChannel } from '@motcua/core';
import type pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { DatabaseKind, Db } from '../../adapters/db/database.ts';
import type { Channels } from './channels/channel.ts';
import { type DeliverHooks, deliverBatch } from './deliver.ts';
import { DEAD_QUEUE, dispatchOutbox, SEND_QUEUE } from './dispatch-outbox.ts';

export interface WorkerOptions {
  /** Attempts after the first before a delivery is dead-lettered. */
  retryLimit: number;
  /** First retry delay in seconds; doubled each time (pg-boss backoff), capped by retryDelayMax. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** A job active longer than this (its worker died) is retried. */
  expireInSeconds: number;
  /** How often pg-boss's supervisor expires such jobs. */
  superviseIntervalSeconds: number;
  pollIntervalMs: number;
  dispatchBatchSize: number;
  sendBatchSize: number;
  /** The site's public address (MOTCUA_PUBLIC_URL): makes the links messages carry absolute. */
  publicBaseUrl?: string;
  /**
   * Batches in flight at once (pg-boss localConcurrency). One keeps a dossier's messages in their order
   * (a batch is sent and recorded before the next is fetched); its 300 messages are sent in parallel.
   */
  sendConcurrency: number;
  maxAgeMs: number;
  hooks?: DeliverHooks;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 3600,
  expireInSeconds: 120,
  superviseIntervalSeconds: 30,
  pollIntervalMs: 500,
  dispatchBatchSize: 500,
  sendBatchSize: 300,
  sendConcurrency: 1,
  maxAgeMs: 72 * 3600 * 1000,
};

export interface NotificationWorker {
  boss: PgBoss;
  /** Runs the dispatcher now until the outbox is empty (tests, and right after a commit). */
  dispatchNow(): Promise<number>;
  stop(): Promise<void>;
}

export async function startNotificationWorker(deps: {
  db: Db;
  pool: pg.Pool;
  kind: DatabaseKind;
  channels: Channels;
  options?: Partial<WorkerOptions>;
  onError?: (error: Error) => void;
}): Promise<NotificationWorker> {
  const o = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
  const onError = deps.onError ?? ((error: Error) => console.error(`notification worker: ${error.message}`));
  const boss = new PgBoss({
    db: { executeSql: (text, values) => deps.pool.query(text, values as unknown[]) },
    backend: deps.kind === 'embedded' ? 'pglite' : 'postgres',
    schema: 'pgboss',
    schedule: false,
    registerInstance: false,
    superviseIntervalSeconds: o.superviseIntervalSeconds,
    // Expired jobs (a worker that died) are found on the monitor pass: as often as the supervisor.
    monitorIntervalSeconds: o.superviseIntervalSeconds,
    monitorVacuum: false,
    reindex: false,
  });
  boss.on('error', onError);
  await boss.start();
  await boss.createQueue(DEAD_QUEUE, { retentionSeconds: 30 * 86400 });
  const queue = {
    retryLimit: o.retryLimit,
    retryDelay: o.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: o.retryDelayMaxSeconds,
    expireInSeconds: o.expireInSeconds,
    deadLetter: DEAD_QUEUE,
  };
  await boss.createQueue(SEND_QUEUE, queue);
  await boss.updateQueue(SEND_QUEUE, queue);
  const channels = Object.keys(deps.channels) as NotificationChannel[];
  await boss.work<{ deliveryId: number }>(
    SEND_QUEUE,
    {
      batchSize: o.sendBatchSize,
      localConcurrency: o.sendConcurrency,
      perJobResults: true,
      pollingIntervalSeconds: Math.max(0.5, o.pollIntervalMs / 1000),
      burstWhenBatchFull: true,
    },
    (jobs) => deliverBatch(deps.db, deps.channels, jobs, o.retryLimit, o.hooks),
  );

  let stopped = false;
  let running: Promise<number> | null = null;
  const dispatchNow = (): Promise<number> => {
    running ??= (async () => {
      let total = 0;
      try {
        for (;;) {
          const n = await dispatchOutbox(deps.db, boss, {
            batchSize: o.dispatchBatchSize,
            maxAgeMs: o.maxAgeMs,
            channels,
            ...(o.publicBaseUrl ? { publicBaseUrl: o.publicBaseUrl } : {}),
          });
          total += n;
          if (n < o.dispatchBatchSize || stopped) return total;
        }
      } finally {
        running = null;
      }
    })();
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    if (stopped) return;
    dispatchNow()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, o.pollIntervalMs);
      });
  };
  loop();
  return {
    boss,
    dispatchNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => 0);
      await boss.stop({ graceful: true, close: false, timeout: 10_000 });
    },
  };
}
