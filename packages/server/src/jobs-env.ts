/**
 * The intervals of the deadline jobs (issue 11, items 4 and 5), in minutes, 0 turning the server's timer
 * off: MOTCUA_DEADLINE_WARNINGS_MINUTES (15) for the officers' and leaders' warnings,
 * MOTCUA_FORECAST_REFRESH_MINUTES (60) for the step-duration statistics the tracking page's forecast reads.
 */
const MINUTE = 60_000;

export interface JobsEnv {
  deadlineWarningsEveryMs: number;
  forecastRefreshEveryMs: number;
}

export function readJobsEnv(
  source: Record<string, string | undefined>,
  fail: (message: string) => Error,
): JobsEnv {
  const minutes = (name: string, fallback: number) => {
    const raw = source[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 10_080) {
      throw fail(`${name} must be a whole number of minutes from 0 to 10080, got "${raw}"`);
    }
    return value * MINUTE;
  };
  return {
    deadlineWarningsEveryMs: minutes('MOTCUA_DEADLINE_WARNINGS_MINUTES', 15),
    forecastRefreshEveryMs: minutes('MOTCUA_FORECAST_REFRESH_MINUTES', 60),
  };
}
