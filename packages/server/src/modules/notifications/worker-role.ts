/** Starts the worker role from the environment: the channels (or demo stand-ins) and the notification worker. */
import type { DatabaseHandle } from '../../adapters/db/database.ts';
import type { Env } from '../../env.ts';
import { channelsFromEnv } from './channels/from-env.ts';
import { startNotificationWorker } from './worker.ts';

/** The server's logger as the worker uses it (pino's shape), so the worker needs no Fastify. */
export interface WorkerLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export async function startWorkerRole(
  env: Env,
  database: DatabaseHandle,
  log: WorkerLog,
): Promise<{ stop(): Promise<void> }> {
  const configured = await channelsFromEnv(env.notify, database.db);
  const worker = await startNotificationWorker({
    db: database.db,
    pool: database.pool,
    kind: database.kind,
    channels: configured.channels,
    options: {
      retryLimit: env.notify.retryLimit,
      maxAgeMs: env.notify.maxAgeHours * 3600_000,
      // Without MOTCUA_PUBLIC_URL (development only), links point at this server's own port.
      publicBaseUrl: env.publicBaseUrl ?? `http://localhost:${env.port}`,
    },
    onError: (error) => log.error({ err: error }, 'notification worker'),
  });
  const where = Object.entries(configured.describe).map(([channel, to]) => `${channel} → ${to}`);
  const off = ['email', 'sms', 'zalo'].filter((c) => !(c in configured.describe));
  console.log(
    `Gửi thông báo / notifications: ${where.join('; ') || 'không kênh nào / no channel'}` +
      (off.length > 0 ? ` (tắt / off: ${off.join(', ')})` : ''),
  );
  if (env.isProduction && off.length > 0) {
    log.warn({ off }, 'notification channels not configured: no message is sent on them');
  }
  return {
    async stop() {
      await worker.stop();
      await configured.close();
    },
  };
}
