/** The counters a procedure's dossier can be handed in at, with what a citizen needs to get there. */
import { receivingCounters } from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import { type CentreOfficeHours, officeHoursFrom, presentOfficeHours } from '../calendar/office-hours.ts';

export async function findReceivingCounters(
  db: Db,
  procedure: { level: 'commune' | 'province'; agencyKind: string },
) {
  const rows = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'nameEn', 'kind', 'unitCode', 'address', 'phone', 'officeHours'])
    .where('effectiveTo', 'is', null)
    .orderBy('name')
    .execute();
  const counters = receivingCounters(
    procedure,
    rows.map((r) => ({ ...r, isCurrent: true })),
  );
  return counters.map((c) => {
    const { sessions, saturdayCounter } = presentOfficeHours(
      c.code,
      officeHoursFrom(c.officeHours as Partial<CentreOfficeHours> | null),
    );
    return {
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      address: c.address,
      phone: c.phone,
      sessions,
      saturdayCounter,
    };
  });
}
