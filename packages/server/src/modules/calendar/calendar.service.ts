/**
 * The working calendar in force: the schedules shipped in core (2024–2026 decisions), overridden by years
 * that admins entered from later Government decisions, completed with the statutory holidays admins added
 * when a law made them holidays; any other year falls back to the law-derived provisional default. Cached
 * in memory and rebuilt after an admin saves a year or adds a holiday. Dossiers keep the due dates recorded
 * at reception, so a change here moves only deadlines counted afterwards.
 */
import {
  type CalendarDay,
  createWorkingCalendar,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  type StatutoryHoliday,
  scheduleStatus,
  type WorkingCalendar,
  type YearSchedule,
} from '@motcua/core';
import type { Selectable } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { StatutoryHolidaysTable } from '../../adapters/db/schema.ts';

export interface StoredStatutoryHoliday extends StatutoryHoliday {
  id: number;
  createdBy: string;
}

const fromRow = (row: Selectable<StatutoryHolidaysTable>): StoredStatutoryHoliday => ({
  id: row.id,
  month: row.month,
  day: row.day,
  name: row.name,
  nameEn: row.nameEn,
  effectiveFrom: row.effectiveFrom as PlainDate,
  compensated: row.compensated,
  reference: row.reference,
  referenceEn: row.referenceEn,
  createdBy: row.createdBy,
});

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
    const entered: YearSchedule[] = rows.map((row) => {
      const days = row.days as CalendarDay[];
      return { year: row.year, status: scheduleStatus(days), source: row.source, days };
    });
    return createWorkingCalendar([...OFFICIAL_SCHEDULES, ...entered], await this.statutoryHolidays());
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

  async statutoryHolidays(): Promise<StoredStatutoryHoliday[]> {
    const rows = await this.#db
      .selectFrom('statutoryHolidays')
      .selectAll()
      .orderBy('month')
      .orderBy('day')
      .execute();
    return rows.map(fromRow);
  }

  async addStatutoryHoliday(holiday: StatutoryHoliday, createdBy: string): Promise<StoredStatutoryHoliday> {
    const row = await this.#db
      .insertInto('statutoryHolidays')
      .values({ ...holiday, createdBy })
      .returningAll()
      .executeTakeFirstOrThrow();
    this.invalidate();
    return fromRow(row);
  }
}
