/**
 * The retention periods and the purge interval from the environment (issue 9, finding 14), with core's
 * defaults: MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS (7), MOTCUA_RETAIN_DELIVERED_OUTBOX_DAYS (30),
 * MOTCUA_PURGE_INTERVAL_MINUTES (60; 0 turns the server's timer off, e.g. when cron runs `npm run purge`).
 * Sessions are purged as soon as they expire (their lifetime is the cookie's). The audit checkpoint's age:
 * MOTCUA_AUDIT_CHECKPOINT_HOURS (24; 0 turns the server's daily checkpoint off, e.g. when cron runs
 * `npm run audit:checkpoint`). The deadline jobs (issue 11): MOTCUA_DEADLINE_WARNINGS_MINUTES (15) for the
 * officers' and leaders' warnings, MOTCUA_FORECAST_REFRESH_MINUTES (60) for the step-duration statistics the
 * tracking page's forecast reads; 0 turns either off.
 */
import { DEFAULT_RETENTION, PURGE_INTERVAL_MS, type RetentionPeriods } from '@motcua/core';

const DAY = 86_400_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface RetentionEnv {
  retention: RetentionPeriods;
  purgeIntervalMs: number;
  /** A new audit checkpoint is signed once the newest is this old (0: never by the server). */
  auditCheckpointEveryMs: number;
  deadlineWarningsEveryMs: number;
  forecastRefreshEveryMs: number;
}

export function readRetentionEnv(
  source: Record<string, string | undefined>,
  fail: (message: string) => Error,
): RetentionEnv {
  const whole = (name: string, fallback: number, min: number) => {
    const raw = source[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > 36_500) {
      throw fail(`${name} must be a whole number from ${min} to 36500, got "${raw}"`);
    }
    return value;
  };
  return {
    retention: {
      sessionGraceMs: DEFAULT_RETENTION.sessionGraceMs,
      idempotencyKeyMs:
        whole('MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS', DEFAULT_RETENTION.idempotencyKeyMs / DAY, 1) * DAY,
      deliveredOutboxMs:
        whole('MOTCUA_RETAIN_DELIVERED_OUTBOX_DAYS', DEFAULT_RETENTION.deliveredOutboxMs / DAY, 1) * DAY,
    },
    purgeIntervalMs: whole('MOTCUA_PURGE_INTERVAL_MINUTES', PURGE_INTERVAL_MS / MINUTE, 0) * MINUTE,
    auditCheckpointEveryMs: whole('MOTCUA_AUDIT_CHECKPOINT_HOURS', 24, 0) * HOUR,
    deadlineWarningsEveryMs: whole('MOTCUA_DEADLINE_WARNINGS_MINUTES', 15, 0) * MINUTE,
    forecastRefreshEveryMs: whole('MOTCUA_FORECAST_REFRESH_MINUTES', 60, 0) * MINUTE,
  };
}
