/**
 * A burst of notification events delivered by the worker (issue 11): N outbox rows committed at once (each
 * a dossier received, with a phone and an e-mail: an SMS into the demo sink and an e-mail through the demo
 * SMTP catcher), on PGlite and on PostgreSQL. Measured from the commit of the burst to the last message
 * recorded as sent; then checked: every (row, channel) in the sinks once, none lost, none doubled.
 *
 *   node_modules/.bin/node bench/notifications-burst.ts --runs 3 --events 10000 [--engine pglite|postgres]
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../packages/server/src/adapters/db/database.ts';
import { migrate } from '../packages/server/src/adapters/db/migrate.ts';
import { channelsFromEnv } from '../packages/server/src/modules/notifications/channels/from-env.ts';
import { startNotificationWorker } from '../packages/server/src/modules/notifications/worker.ts';
import { admin, dbUrl } from './pg-bench.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    events: { type: 'string', default: '10000' },
    engine: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const EVENTS = Number(values.events);
const DB_NAME = `motcua_bench_notify_${process.pid}`;

async function once(engine: 'pglite' | 'postgres') {
  let url: string | undefined;
  if (engine === 'postgres') {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DB_NAME}`);
    url = dbUrl(DB_NAME);
  }
  const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: 'memory://' });
  try {
    await migrate(database.pool);
    const configured = await channelsFromEnv(
      {
        demo: true,
        demoSmtpPort: 0,
        smtpUrl: undefined,
        mailFrom: 'MotCua <no-reply@motcua.local>',
        sms: undefined,
        zalo: undefined,
        smsPricePerSegment: 800,
        retryLimit: 5,
        maxAgeHours: 72,
      },
      database.db,
    );
    const worker = await startNotificationWorker({
      db: database.db,
      pool: database.pool,
      kind: database.kind,
      channels:
        process.env.BENCH_SMS_ONLY === '1'
          ? { sms: configured.channels.sms! }
          : { sms: configured.channels.sms!, email: configured.channels.email! },
      options: { pollIntervalMs: 100 },
    });
    const started = performance.now();
    await database.pool.query(
      `INSERT INTO outbox (topic, payload)
       SELECT 'dossier.received', jsonb_build_object('code', 'B-' || i, 'seq', 1,
         'to', jsonb_build_object('phone', '09' || lpad(i::text, 8, '0'), 'email', 'a' || i || '@example.vn'),
         'facts', jsonb_build_object('code', 'B-' || i, 'procedureName', 'Đăng ký khai sinh', 'dueDate', '2026-03-10'))
       FROM generate_series(1, $1::int) AS i`,
      [EVENTS],
    );
    const expected = EVENTS * (process.env.BENCH_SMS_ONLY === '1' ? 1 : 2);
    for (;;) {
      const { rows } = await database.pool.query(
        `SELECT count(*) FILTER (WHERE status = 'sent') AS sent, count(*) FILTER (WHERE status = 'failed') AS failed
         FROM notification_deliveries`,
      );
      if (Number(rows[0].sent) + Number(rows[0].failed) >= expected) break;
      if (performance.now() - started > 600_000) throw new Error(`stuck at ${rows[0].sent} of ${expected}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    await configured.close();
    const { rows } = await database.pool.query(
      `SELECT channel, count(*) AS n, count(DISTINCT message_key) AS keys, sum(copies) AS copies
       FROM notification_sink GROUP BY channel ORDER BY channel`,
    );
    const sent = await database.pool.query(
      `SELECT count(*) AS n FROM notification_deliveries WHERE status = 'sent'`,
    );
    const byChannel = Object.fromEntries(rows.map((r) => [r.channel, r]));
    const lost = expected - Number(rows.reduce((s, r) => s + Number(r.keys), 0));
    const doubled = rows.reduce((s, r) => s + Number(r.copies) - Number(r.n), 0);
    return {
      seconds,
      perSecond: expected / seconds,
      sent: Number(sent.rows[0].n),
      sms: Number(byChannel.sms?.keys ?? 0),
      email: Number(byChannel.email?.keys ?? 0),
      lost,
      doubled,
    };
  } finally {
    await database.close();
    if (engine === 'postgres') await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  }
}

const engines = values.engine ? [values.engine as 'pglite' | 'postgres'] : (['pglite', 'postgres'] as const);
for (const engine of engines) {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await once(engine);
    results.push(r);
    console.log(
      `${engine} run ${run + 1}: ${EVENTS} events → ${r.sent} messages in ${r.seconds.toFixed(1)} s = ${r.perSecond.toFixed(0)} messages/s ` +
        `(sink: ${r.sms} SMS, ${r.email} e-mails; lost ${r.lost}, doubled ${r.doubled})`,
    );
  }
  const rates = results.map((r) => r.perSecond).sort((a, b) => a - b);
  console.log(
    `${engine}: median ${rates[Math.floor(rates.length / 2)]?.toFixed(0)} messages/s (${rates.map((x) => x.toFixed(0)).join(', ')})`,
  );
}
process.exit(0);
