/** Entry point: `node packages/server/src/main.ts` (npm start wraps it with demo data). */

import { DataDirLockedError } from './adapters/db/lock-file.ts';
import { startApp } from './app.ts';
import { auditDeps } from './cli/audit-deps.ts';
import { ConfigError, publicUrlWarning, readEnv } from './env.ts';
import { startCheckpointTimer } from './jobs/audit-checkpoints.ts';
import { warnDeadlines } from './jobs/deadline-warnings.ts';
import { startPurgeTimer } from './jobs/purge-expired.ts';
import { repeatJob } from './jobs/repeat.ts';
import { refreshStepDurations } from './jobs/step-durations.ts';
import { startWorkerRole } from './modules/notifications/worker-role.ts';

const startedAt = performance.now();
try {
  const env = readEnv();
  const started = await startApp(env);
  if (env.roles.web) await started.app.listen({ port: env.port, host: env.host });
  const address = `http://localhost:${env.port}`;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  if (env.roles.web) {
    console.log(
      `MotCua đang chạy tại ${address} (cơ sở dữ liệu: ${started.database.kind === 'embedded' ? `nhúng, ${env.dataDir}` : 'PostgreSQL'}; khởi động ${seconds} s)`,
    );
    console.log(`MotCua is running at ${address} — API docs: ${address}/api/docs`);
  }
  // The worker role (ADR 0003): outbox → pg-boss → e-mail, SMS, Zalo.
  const worker = env.roles.worker ? await startWorkerRole(env, started.database, started.app.log) : undefined;
  const warning = publicUrlWarning(env);
  if (warning) console.warn(warning);
  // Retention (docs/security.md): expired sessions, old idempotency keys and delivered outbox rows.
  const purge = startPurgeTimer(started.database.db, {
    periods: env.retention,
    intervalMs: env.purgeIntervalMs,
    report: (outcome) => {
      if (outcome instanceof Error) started.app.log.error({ err: outcome }, 'purge failed');
      else if (Object.values(outcome).some((n) => n > 0))
        started.app.log.info({ purged: outcome }, 'purged expired rows');
    },
  });
  // The daily signed checkpoint of every chain head (docs/security.md#audit-trail).
  const checkpoints = startCheckpointTimer(started.database.db, {
    deps: () => auditDeps(started.database.db, env),
    everyMs: env.auditCheckpointEveryMs,
    report: (outcome) => {
      if (outcome instanceof Error) started.app.log.error({ err: outcome }, 'audit checkpoint failed');
      else if (outcome.kind === 'trail-broken')
        started.app.log.error(
          { problems: outcome.problems },
          'audit trail does not hold: no checkpoint signed; run npm run audit:verify',
        );
      else if (outcome.kind === 'written')
        started.app.log.info(
          {
            seq: outcome.checkpoint.seq,
            heads: outcome.checkpoint.heads.length,
            hmac: outcome.checkpoint.hmac,
          },
          'audit checkpoint signed',
        );
    },
  });
  // Deadline warnings to the officers and leaders, and the tracking page's forecast statistics (issue 11):
  // the worker role's jobs (docs/ARCHITECTURE.md, runtime roles), so a web-only node serves requests only.
  const { db } = started.database;
  const { calendar, reference } = started.app.ctx;
  const warnings = repeatJob(
    env.roles.worker ? env.deadlineWarningsEveryMs : 0,
    async () =>
      warnDeadlines(db, { calendar: await calendar.calendar(), reference }, started.app.ctx.clock()),
    (outcome) => {
      if (outcome instanceof Error) started.app.log.error({ err: outcome }, 'deadline warnings failed');
      else if (outcome.warnings > 0) started.app.log.info(outcome, 'deadline warnings written');
    },
  );
  const forecasts = repeatJob(
    env.roles.worker ? env.forecastRefreshEveryMs : 0,
    async () => refreshStepDurations(db, { calendar: await calendar.calendar() }, started.app.ctx.clock()),
    (outcome) => {
      if (outcome instanceof Error) started.app.log.error({ err: outcome }, 'forecast statistics failed');
    },
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: đang dừng / shutting down`);
    await worker?.stop();
    await purge.stop();
    await checkpoints.stop();
    await warnings.stop();
    await forecasts.stop();
    await started.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`Không thể khởi động MotCua / cannot start: ${error.message}`);
    process.exit(78);
  }
  throw error;
}
