/**
 * The reception module's stored forms: the per-agency hash-chained log of every action (like a complaint's
 * entries: each entry's SHA-256 over its content and the previous entry's hash), the schedule entries, and
 * the row mappers. Appending takes the agency's row lock, which also serialises a session's registrations.
 */
import { createHash } from 'node:crypto';
import type { PlainDate, ScheduleEntry } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { canonicalJson } from '../dossiers/audit/audit-chain.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface ReceptionLogEntry {
  agencyCode: string;
  seq: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  data: Record<string, unknown>;
}

export function receptionLogHash(e: ReceptionLogEntry, prevHash: string | null): string {
  const content = {
    agencyCode: e.agencyCode,
    seq: e.seq,
    at: new Date(e.at).toISOString(),
    actor: e.actor,
    action: e.action,
    data: e.data,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Locks the agency's row for the rest of the transaction (the log's and a session's count's order). */
export async function lockAgency(trx: Transaction<Database>, agencyCode: string): Promise<void> {
  await trx
    .selectFrom('agencies')
    .select('code')
    .where('code', '=', agencyCode)
    .forUpdate()
    .executeTakeFirst();
}

/** Appends an action to the agency's chain in the caller's transaction (the agency must be locked). */
export async function appendLog(
  trx: Transaction<Database>,
  agencyCode: string,
  actor: { id: string; name: string } | null,
  action: string,
  data: Record<string, unknown>,
  at: Date,
): Promise<void> {
  const last = await trx
    .selectFrom('receptionLog')
    .select(['seq', 'hash'])
    .where('agencyCode', '=', agencyCode)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Round-trip through JSON so the hash is over what the database gives back.
  const stored = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  const entry: ReceptionLogEntry = {
    agencyCode,
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor,
    action,
    data: stored,
  };
  const prevHash = last?.hash ?? null;
  await trx
    .insertInto('receptionLog')
    .values({
      agencyCode,
      seq: entry.seq,
      at: entry.at,
      actor: actor ? JSON.stringify(actor) : null,
      action,
      data: JSON.stringify(stored),
      hash: receptionLogHash(entry, prevHash),
      prevHash,
    })
    .execute();
}

/** The agency's log in order, and the seq of its first broken link (null when it holds). */
export async function loadLog(db: Q, agencyCode: string) {
  const rows = await db
    .selectFrom('receptionLog')
    .selectAll()
    .where('agencyCode', '=', agencyCode)
    .orderBy('seq')
    .execute();
  let previous: string | null = null;
  let brokenAt: number | null = null;
  const entries = rows.map((r, i) => {
    const e: ReceptionLogEntry = {
      agencyCode: r.agencyCode,
      seq: r.seq,
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      action: r.action,
      data: r.data,
    };
    if (
      brokenAt === null &&
      (r.seq !== i + 1 || r.prevHash !== previous || receptionLogHash(e, r.prevHash) !== r.hash)
    )
      brokenAt = r.seq;
    previous = r.hash;
    return { ...e, hash: r.hash };
  });
  return { entries, brokenAt };
}

export async function loadSchedule(db: Q, agencyCode: string): Promise<ScheduleEntry[]> {
  const rows = await db
    .selectFrom('receptionScheduleEntries')
    .selectAll()
    .where('agencyCode', '=', agencyCode)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    receiverRole: r.receiverRole as ScheduleEntry['receiverRole'],
    receiverName: r.receiverName,
    recurrence: r.recurrence as unknown as ScheduleEntry['recurrence'],
    session: r.session as ScheduleEntry['session'],
    place: r.place,
    capacity: r.capacity,
    validFrom: r.validFrom as PlainDate,
    validTo: (r.validTo as PlainDate | null) ?? null,
  }));
}

/** Registrations per session key `date|session|entryId` in [from, to]. */
export async function countRegistrations(
  db: Q,
  agencyCode: string,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('receptionRegistrations')
    .select(['onDate', 'session', 'entryId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('agencyCode', '=', agencyCode)
    .where('onDate', '>=', from)
    .where('onDate', '<=', to)
    .groupBy(['onDate', 'session', 'entryId'])
    .execute();
  return new Map(rows.map((r) => [`${r.onDate}|${r.session}|${r.entryId}`, Number(r.n)]));
}

export const sessionKey = (s: { date: string; session: string; entryId: string }) =>
  `${s.date}|${s.session}|${s.entryId}`;

/** Verifies the reception chain of every agency that has one (or of one agency). */
export async function verifyReceptionChains(db: Q, agencyCode?: string) {
  let q = db.selectFrom('receptionLog').select('agencyCode').distinct();
  if (agencyCode) q = q.where('agencyCode', '=', agencyCode);
  const agencies = (await q.execute()).map((r) => r.agencyCode);
  const broken: { agencyCode: string; seq: number }[] = [];
  let entries = 0;
  for (const a of agencies) {
    const log = await loadLog(db, a);
    entries += log.entries.length;
    if (log.brokenAt !== null) broken.push({ agencyCode: a, seq: log.brokenAt });
  }
  return { agencies: agencies.length, entries, broken };
}
