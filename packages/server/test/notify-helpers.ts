/** A notification worker on a test app's database, delivering into the demo sinks and SMTP catcher. */
import type { DatabaseHandle } from '../src/adapters/db/database.ts';
import type { Channels } from '../src/modules/notifications/channels/channel.ts';
import { demoSinkChannel } from '../src/modules/notifications/channels/demo-sink.ts';
import { emailChannel } from '../src/modules/notifications/channels/email.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../src/modules/notifications/channels/smtp-catcher.ts';
import {
  type NotificationWorker,
  startNotificationWorker,
  type WorkerOptions,
} from '../src/modules/notifications/worker.ts';

export interface TestWorker {
  worker: NotificationWorker;
  catcher: SmtpCatcher;
  /** Dispatches until the outbox is empty and waits until no delivery is pending. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestWorker(
  database: DatabaseHandle,
  options: Partial<WorkerOptions> = {},
  override: Channels = {},
): Promise<TestWorker> {
  const catcher = await startSmtpCatcher(database.db);
  const channels: Channels = {
    email: emailChannel({ url: catcher.url, from: 'MotCua <no-reply@motcua.test>', localNoDelay: true }),
    sms: demoSinkChannel(database.db),
    zalo: demoSinkChannel(database.db),
    ...override,
  };
  const worker = await startNotificationWorker({
    db: database.db,
    pool: database.pool,
    kind: database.kind,
    channels,
    options: { pollIntervalMs: 100, retryDelaySeconds: 1, retryDelayMaxSeconds: 1, ...options },
  });
  return {
    worker,
    catcher,
    async settle(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        await worker.dispatchNow();
        const pending = await database.db
          .selectFrom('notificationDeliveries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow();
        const outbox = await database.db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('deliveredAt', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(pending.n) === 0 && Number(outbox.n) === 0) return;
        if (Date.now() > until) throw new Error(`still ${pending.n} pending deliveries`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await worker.stop();
      for (const c of Object.values(channels)) await c?.close?.();
      await catcher.close();
    },
  };
}
