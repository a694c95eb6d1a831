/**
 * The province's current agencies with what a citizen needs to reach them: address, phone and office hours
 * (a centre's own or the default). The procedure page's "where to submit" and the counters' administration
 * both read them here.
 */
import type { Db } from '../../adapters/db/database.ts';
import { type CentreOfficeHours, officeHoursFrom, presentOfficeHours } from './office-hours.ts';

export async function currentAgencyContacts(db: Db) {
  const rows = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'nameEn', 'kind', 'unitCode', 'address', 'phone', 'officeHours'])
    .where('effectiveTo', 'is', null)
    .orderBy('name')
    .execute();
  return rows.map(({ officeHours, ...r }) => {
    const { sessions, sameDayCutoff, saturdayCounter } = presentOfficeHours(
      r.code,
      officeHoursFrom(officeHours as Partial<CentreOfficeHours> | null),
    );
    return { ...r, isCurrent: true, sessions, sameDayCutoff, saturdayCounter };
  });
}
