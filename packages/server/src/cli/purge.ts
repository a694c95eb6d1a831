/**
 * `npm run purge`: deletes what the retention periods no longer keep — expired staff and citizen sessions, idempotency keys
 * older than MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS, outbox rows delivered more than
 * MOTCUA_RETAIN_DELIVERED_OUTBOX_DAYS ago and the demo sinks' copies as old, citizens' expired drafts
 * (docs/security.md#retention-item-14) — and prints the counts. The
 * server does the same every MOTCUA_PURGE_INTERVAL_MINUTES; this is for cron, or a server with the timer off.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { purgeExpired } from '../jobs/purge-expired.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const started = performance.now();
  const counts = await purgeExpired(database.db, new Date(), { periods: env.retention });
  console.log(
    `✓ đã xoá / purged: ${counts.sessions} phiên cán bộ và ${counts.citizenSessions} phiên công dân hết hạn / ` +
      `expired staff and citizen sessions, ` +
      `${counts.idempotencyKeys} Idempotency-Key, ${counts.outbox} thông báo đã gửi / delivered outbox rows, ` +
      `${counts.drafts} bản nháp hết hạn / expired citizens' drafts, ` +
      `${counts.demoSink} bản sao ở hộp thư thử / demo sink copies ` +
      `(${Math.round(performance.now() - started)} ms)`,
  );
} finally {
  await database.close();
}
