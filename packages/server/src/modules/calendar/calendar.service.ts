/**
 * The working calendar in force: the schedules shipped in core (2024–2026 official decisions), overridden by
 * years that admins entered from later Government decisions; any other year falls back to the law-derived
 * provisional default. Cached in memory and rebuilt after an admin saves a year.
 */
import {
  type CalendarDay,
  createWorkingCalendar,
  OFFICIAL_SCHEDULES,
  type WorkingCalendar,
  type YearSchedule,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';

export class CalendarService {
  readonly #db: Db;
  #calendar: Promise<WorkingCalendar> | undefined;

  constructor(db: Db) {
    this.#db = db;
  }

  calendar(): Promise<WorkingCalendar> {
    this.#calendar ??= this.#load().catch((error: unknown) => {
      this.#calendar = undefined;
      throw error;
    });
    return this.#calendar;
  }

  invalidate(): void {
    this.#calendar = undefined;
  }

  async #load(): Promise<WorkingCalendar> {
    const rows = await this.#db.selectFrom('calendarYears').selectAll().orderBy('year').execute();
    const entered: YearSchedule[] = rows.map((row) => ({
      year: row.year,
      status: 'official',
      source: row.source,
      days: row.days as CalendarDay[],
    }));
    return createWorkingCalendar([...OFFICIAL_SCHEDULES, ...entered]);
  }

  async save(schedule: YearSchedule, updatedBy: string): Promise<void> {
    const days = JSON.stringify(schedule.days);
    await this.#db
      .insertInto('calendarYears')
      .values({ year: schedule.year, source: schedule.source, days, updatedBy })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet({ source: schedule.source, days, updatedBy, updatedAt: new Date() }),
      )
      .execute();
    this.invalidate();
  }
}
