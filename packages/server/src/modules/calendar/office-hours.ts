/**
 * Office hours per centre (sessions, the same-day cut-off, whether the counter opens on Saturday mornings).
 * A centre without its own setting uses the default (07:30–11:30, 13:30–17:30, cut-off 15:00). Saturday
 * counter sessions never advance deadlines: only the calendar's working days do.
 */
import {
  assertOfficeHours,
  DEFAULT_OFFICE_HOURS,
  DomainError,
  type FieldError,
  fieldError,
  formatTime,
  notFound,
  type OfficeHours,
  parseTime,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';

export interface CentreOfficeHours extends OfficeHours {
  saturdayCounter: boolean;
}

export interface OfficeHoursBody {
  sessions: { start: string; end: string }[];
  sameDayCutoff: string;
  saturdayCounter?: boolean;
}

export async function findOfficeHours(db: Db, agencyCode: string): Promise<CentreOfficeHours> {
  const agency = await db
    .selectFrom('agencies')
    .select(['officeHours'])
    .where('code', '=', agencyCode)
    .executeTakeFirst();
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`, `Agency "${agencyCode}"`);
  return officeHoursFrom(agency.officeHours as Partial<CentreOfficeHours> | null);
}

/** A centre's stored setting completed with the defaults. */
export function officeHoursFrom(stored: Partial<CentreOfficeHours> | null): CentreOfficeHours {
  return {
    sessions: stored?.sessions ?? DEFAULT_OFFICE_HOURS.sessions.map((s) => ({ ...s })),
    sameDayCutoff: stored?.sameDayCutoff ?? DEFAULT_OFFICE_HOURS.sameDayCutoff,
    saturdayCounter: stored?.saturdayCounter ?? false,
  };
}

/** The sessions and cut-off a centre's deadlines are counted with (what a dossier's log records). */
export function deadlineOfficeHours(stored: Partial<CentreOfficeHours> | null): OfficeHours {
  const { sessions, sameDayCutoff } = officeHoursFrom(stored);
  return { sessions, sameDayCutoff };
}

/** Parses "HH:MM" times and checks the sessions; errors name the field (sessions[1].end, sameDayCutoff). */
export function parseOfficeHours(body: OfficeHoursBody): CentreOfficeHours {
  const fields: FieldError[] = [];
  const time = (value: string, path: string) => {
    const minutes = parseTime(value);
    if (minutes === null) fields.push(fieldError(path, 'Giờ phải có dạng HH:MM.', 'Time must be HH:MM.'));
    return minutes ?? 0;
  };
  const sessions = body.sessions.map((s, i) => ({
    start: time(s.start, `sessions[${i}].start`),
    end: time(s.end, `sessions[${i}].end`),
  }));
  const sameDayCutoff = time(body.sameDayCutoff, 'sameDayCutoff');
  if (fields.length === 0) {
    try {
      assertOfficeHours({ sessions, sameDayCutoff });
    } catch (error) {
      fields.push(
        fieldError(
          'sessions',
          'Các buổi làm việc phải theo thứ tự, không chồng lấn và kết thúc sau khi bắt đầu.',
          (error as Error).message,
        ),
      );
    }
  }
  if (fields.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'Giờ làm việc không hợp lệ.', 'Invalid office hours.', {
      fields,
    });
  return { sessions, sameDayCutoff, saturdayCounter: body.saturdayCounter ?? false };
}

export async function saveOfficeHours(db: Db, agencyCode: string, hours: CentreOfficeHours): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ officeHours: JSON.stringify(hours) })
    .where('code', '=', agencyCode)
    .execute();
}

export const presentOfficeHours = (agencyCode: string, hours: CentreOfficeHours) => ({
  agencyCode,
  sessions: hours.sessions.map((s) => ({ start: formatTime(s.start), end: formatTime(s.end) })),
  sameDayCutoff: formatTime(hours.sameDayCutoff),
  saturdayCounter: hours.saturdayCounter,
});
