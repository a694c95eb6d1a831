/** The counters a procedure's dossier can be handed in at, with what a citizen needs to get there. */
import { receivingCounters } from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import { currentAgencyContacts } from '../calendar/counter-contacts.ts';

export async function findReceivingCounters(
  db: Db,
  procedure: { level: 'commune' | 'province'; agencyKind: string },
) {
  return receivingCounters(procedure, await currentAgencyContacts(db)).map((c) => ({
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    address: c.address,
    phone: c.phone,
    sessions: c.sessions,
    saturdayCounter: c.saturdayCounter,
  }));
}
