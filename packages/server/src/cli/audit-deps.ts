/** What the audit CLIs need besides the database: the key from the environment, the calendar, workflows. */
import type { Db } from '../adapters/db/database.ts';
import type { Env } from '../env.ts';
import { CalendarService } from '../modules/calendar/calendar.service.ts';
import type { AuditDeps } from '../modules/dossiers/audit/verify-audit-chains.ts';
import { ReferenceCache } from '../modules/reference/reference-cache.ts';

export async function auditDeps(db: Db, env: Env): Promise<AuditDeps> {
  return {
    key: env.auditKey,
    calendar: await new CalendarService(db).calendar(),
    reference: new ReferenceCache(db),
  };
}
