/**
 * The public lookup's countdown and forecast (issue 11, item 5), both core's rules. The forecast reads the
 * step statistics of the dossier's case and agency (jobs/step-durations.ts) through a small in-memory cache
 * with a time to live, so a lookup costs no query for them once warm and never scans dossiers.
 */
import {
  type CompletionForecast,
  countdown,
  type DurationSummary,
  forecastCompletion,
  localDateTimeFromInstant,
  type PlainDate,
  type PublicDossier,
  type ResolvedStep,
  type StatusKey,
  type WorkingCalendar,
  workingDaysBetween,
} from '@motcua/core';
import { TtlCache } from '../../../adapters/cache/ttl-cache.ts';
import type { Executor } from '../dossier.repo.ts';

/** How long a case's step statistics are reused (the job refreshes them hourly by default). */
export const STEP_STATS_TTL_MS = 5 * 60_000;

type StepSummaries = Map<string, DurationSummary>;

export class StepStatsCache {
  readonly #db: Executor;
  readonly #cache: TtlCache<string, Promise<StepSummaries>>;

  constructor(db: Executor, ttlMs = STEP_STATS_TTL_MS) {
    this.#db = db;
    this.#cache = new TtlCache(ttlMs, 5000);
  }

  /** The summaries of a case's steps at an agency, by step key. */
  get(procedureCode: string, caseCode: string, agencyCode: string): Promise<StepSummaries> {
    const key = `${procedureCode}\u0000${caseCode}\u0000${agencyCode}`;
    const hit = this.#cache.get(key);
    if (hit) return hit;
    const steps = this.#load(procedureCode, caseCode, agencyCode);
    this.#cache.set(key, steps);
    steps.catch(() => this.#cache.delete(key));
    return steps;
  }

  async #load(procedureCode: string, caseCode: string, agencyCode: string): Promise<StepSummaries> {
    const rows = await this.#db
      .selectFrom('stepDurationStats')
      .select(['stepKey', 'samples', 'median', 'low', 'high'])
      .where('procedureCode', '=', procedureCode)
      .where('caseCode', '=', caseCode)
      .where('agencyCode', '=', agencyCode)
      .execute();
    return new Map(
      rows.map((r) => [r.stepKey, { samples: r.samples, median: r.median, low: r.low, high: r.high }]),
    );
  }
}

export interface ForecastInput {
  status: StatusKey;
  dueDate: string | null;
  pausedAt: Date | null;
  procedureCode: string;
  caseCode: string;
  competentAgencyCode: string;
  workflow: readonly ResolvedStep[];
  currentStepKey: string | null;
  /** When the current step started (the latest entry that started a step). */
  stepStartedAt: Date | null;
}

const toForecast = (f: CompletionForecast): NonNullable<PublicDossier['forecast']> =>
  f.kind === 'forecast'
    ? { kind: 'forecast', date: f.date, earliest: f.earliest, latest: f.latest, samples: f.samples }
    : { kind: 'insufficient', needed: f.needed };

/** The countdown and, for a running dossier at a step, the forecast, on the business day of `now`. */
export async function countdownAndForecast(
  d: ForecastInput,
  now: Date,
  cal: WorkingCalendar,
  stats: StepStatsCache,
): Promise<Pick<PublicDossier, 'countdown' | 'forecast'>> {
  const today = localDateTimeFromInstant(now.getTime()).date;
  const left = countdown(
    { status: d.status, dueDate: d.dueDate as PlainDate | null, pausedAt: d.pausedAt?.toISOString() },
    today,
    cal,
  );
  const index = d.workflow.findIndex((s) => s.key === d.currentStepKey);
  if (!left || left.kind === 'paused' || index < 0 || !d.stepStartedAt)
    return { countdown: left ?? null, forecast: null };
  const byStep = await stats.get(d.procedureCode, d.caseCode, d.competentAgencyCode);
  const remaining = d.workflow.slice(index).map((s) => byStep.get(s.key));
  const started = localDateTimeFromInstant(d.stepStartedAt.getTime()).date;
  const elapsed = Math.max(0, workingDaysBetween(cal, started, today));
  return { countdown: left, forecast: toForecast(forecastCompletion(remaining, elapsed, today, cal)) };
}
