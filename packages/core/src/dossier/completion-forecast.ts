/**
 * The predicted completion date on the public tracking page (issue 11, item 5): from the finished dossiers of
 * the same case at the same agency, each workflow step's actual duration in working days (from the log's
 * step visits, waits for the applicant taken out), summarised as its median and 80 % band (10th–90th
 * percentile). A prediction is given only when every remaining step has FORECAST_MIN_SAMPLES durations;
 * otherwise the page says there is not enough data. The legal due date stays the commitment.
 */
import {
  addWorkingDays,
  localDateTimeFromInstant,
  MAX_WORKING_DAYS,
  type PlainDate,
  type WorkingCalendar,
  workingDaysBetween,
} from '../calendar/index.ts';
import type { StepVisit } from './derive-state.ts';

/** Durations each remaining step needs before a forecast is shown. */
export const FORECAST_MIN_SAMPLES = 20;
/** The band's quantiles: 80 % of the durations fall inside it. */
export const FORECAST_BAND = [0.1, 0.9] as const;

/**
 * The q-quantile of ascending `sorted` values, interpolated linearly between order statistics (R's type 7,
 * the spreadsheet PERCENTILE.INC): the median of an even count is the mean of the middle two.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

export interface DurationSummary {
  samples: number;
  median: number;
  low: number;
  high: number;
}

/** Median and 80 % band of some durations (undefined for none). */
export function summariseDurations(durations: readonly number[]): DurationSummary | undefined {
  if (durations.length === 0) return undefined;
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: quantile(sorted, 0.5),
    low: quantile(sorted, FORECAST_BAND[0]),
    high: quantile(sorted, FORECAST_BAND[1]),
  };
}

/**
 * Working days a finished step visit took: working days from the day it started to the day it ended, less
 * those it waited for the applicant (0 for a step done within its first day). Undefined while open.
 */
export function visitWorkingDays(visit: StepVisit, cal: WorkingCalendar): number | undefined {
  if (visit.endedAt === undefined) return undefined;
  const from = localDateTimeFromInstant(visit.startedAt).date;
  const to = localDateTimeFromInstant(visit.endedAt).date;
  return Math.max(0, workingDaysBetween(cal, from, to) - visit.pausedWorkingDays);
}

export type CompletionForecast =
  | { kind: 'forecast'; date: PlainDate; earliest: PlainDate; latest: PlainDate; samples: number }
  | { kind: 'insufficient'; needed: number };

/**
 * The completion forecast of a dossier at a step on `today`: the current step's remaining time (its duration
 * less the working days it has already spent there, never below 0) plus each later step's duration, counted
 * in working days from today, at the median and at each end of the band. `remaining[0]` is the current
 * step's summary, the others follow in workflow order; `samples` is the smallest count among them. Summing
 * the steps' quantiles gives a band at least as wide as the quantiles of the sum (a cautious band).
 */
export function forecastCompletion(
  remaining: readonly (DurationSummary | undefined)[],
  elapsedInStep: number,
  today: PlainDate,
  cal: WorkingCalendar,
): CompletionForecast {
  const known = remaining.filter((s): s is DurationSummary => s !== undefined);
  if (
    remaining.length === 0 ||
    known.length < remaining.length ||
    known.some((s) => s.samples < FORECAST_MIN_SAMPLES)
  ) {
    return { kind: 'insufficient', needed: FORECAST_MIN_SAMPLES };
  }
  const total = (pick: (s: DurationSummary) => number) =>
    known.reduce((sum, s, i) => sum + (i === 0 ? Math.max(0, pick(s) - elapsedInStep) : pick(s)), 0);
  const at = (days: number) =>
    addWorkingDays(cal, today, Math.min(MAX_WORKING_DAYS, Math.max(0, Math.ceil(days - 1e-9))));
  return {
    kind: 'forecast',
    date: at(total((s) => s.median)),
    earliest: at(total((s) => s.low)),
    latest: at(total((s) => s.high)),
    samples: Math.min(...known.map((s) => s.samples)),
  };
}
