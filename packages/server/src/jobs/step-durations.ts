/**
 * The forecast's statistics (issue 11, item 5): every MOTCUA_FORECAST_REFRESH_MINUTES, each workflow step's
 * actual durations in the finished dossiers of a case at its competent agency — read from their logs' step
 * visits, in working days, waits for the applicant taken out (core's visitWorkingDays) — summarised by
 * core's summariseDurations into `step_duration_stats`, replaced in one transaction. The public lookup reads
 * those rows (cached), never the dossiers. At scale this becomes incremental (only dossiers finished since
 * the last run); a province's few hundred thousand finished dossiers still take seconds, off the request path.
 */
import {
  type DurationSummary,
  deriveState,
  summariseDurations,
  visitWorkingDays,
  type WorkingCalendar,
} from '@motcua/core';
import type { Db } from '../adapters/db/database.ts';
import { loadLog } from '../modules/dossiers/dossier.repo.ts';

const FINISHED = ['finished', 'returned'];
/** Steps ended by a stop or a withdrawal say nothing about how long the step takes. */
const NOT_DONE = new Set(['stop', 'withdraw']);

export interface StepDurationRun {
  dossiers: number;
  groups: number;
}

export async function refreshStepDurations(
  db: Db,
  deps: { calendar: WorkingCalendar },
  now: Date,
): Promise<StepDurationRun> {
  const finished = await db
    .selectFrom('dossiers')
    .select(['id', 'procedureCode', 'caseCode', 'competentAgencyCode'])
    .where('status', 'in', FINISHED)
    .execute();
  const durations = new Map<string, number[]>();
  for (const d of finished) {
    const state = deriveState(await loadLog(db, d.id));
    for (const visit of state.visits) {
      if (visit.endedWith !== undefined && NOT_DONE.has(visit.endedWith)) continue;
      const days = visitWorkingDays(visit, deps.calendar);
      if (days === undefined) continue;
      const key = JSON.stringify([d.procedureCode, d.caseCode, d.competentAgencyCode, visit.stepKey]);
      const list = durations.get(key) ?? [];
      list.push(days);
      durations.set(key, list);
    }
  }
  const rows = [...durations].map(([key, list]) => {
    const [procedureCode, caseCode, agencyCode, stepKey] = JSON.parse(key) as string[];
    const s = summariseDurations(list) as DurationSummary;
    return {
      procedureCode: procedureCode as string,
      caseCode: caseCode as string,
      agencyCode: agencyCode as string,
      stepKey: stepKey as string,
      ...s,
      refreshedAt: now,
    };
  });
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('stepDurationStats').execute();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('stepDurationStats')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  });
  return { dossiers: finished.length, groups: rows.length };
}
