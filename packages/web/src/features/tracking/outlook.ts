/**
 * What the tracking page says of the countdown and the forecast the server counted with core's rules (issue
 * 11, item 5): a translation key and its values, so the wording is tested without rendering.
 */
import type { PublicDossier } from '@motcua/core';

export interface Phrase {
  key: string;
  values?: Record<string, string | number>;
}

/** "còn 3 ngày làm việc", "đến hạn hôm nay", "quá hạn 2 ngày làm việc", or why the clock stands still. */
export function countdownPhrase(countdown: PublicDossier['countdown']): Phrase | null {
  if (!countdown) return null;
  switch (countdown.kind) {
    case 'remaining':
      return { key: 'tracking.countdownRemaining', values: { count: countdown.workingDays } };
    case 'due-today':
      return { key: 'tracking.countdownDueToday' };
    case 'overdue':
      return countdown.workingDays > 0
        ? { key: 'tracking.countdownOverdue', values: { count: countdown.workingDays } }
        : { key: 'tracking.countdownOverdueToday' };
    case 'paused':
      return { key: 'tracking.countdownPaused' };
  }
}

/** The tone of the countdown: overdue and due today stand out. */
export const countdownTone = (countdown: PublicDossier['countdown']): 'late' | 'soon' | 'calm' =>
  countdown?.kind === 'overdue'
    ? 'late'
    : countdown?.kind === 'due-today' || (countdown?.kind === 'remaining' && countdown.workingDays <= 1)
      ? 'soon'
      : 'calm';

/** The forecast: its dates (formatted by the caller) or that there is not enough data yet. */
export function forecastPhrase(
  forecast: PublicDossier['forecast'],
  formatDate: (iso: string) => string,
): { main: Phrase; note: Phrase } | null {
  if (!forecast) return null;
  if (forecast.kind === 'insufficient' || !forecast.date || !forecast.earliest || !forecast.latest) {
    return {
      main: { key: 'tracking.forecastInsufficient' },
      note: { key: 'tracking.forecastInsufficientNote', values: { n: forecast.needed ?? 0 } },
    };
  }
  const date = formatDate(forecast.date);
  const main: Phrase =
    forecast.earliest === forecast.latest
      ? { key: 'tracking.forecastDate', values: { date } }
      : {
          key: 'tracking.forecastBand',
          values: { date, earliest: formatDate(forecast.earliest), latest: formatDate(forecast.latest) },
        };
  return { main, note: { key: 'tracking.forecastNote', values: { n: forecast.samples ?? 0 } } };
}
