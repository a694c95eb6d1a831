/**
 * A complaint or denunciation case as stored: its register row, its hash-chained log (each entry's SHA-256
 * over its content and the previous entry's hash, as dossier_actions), its party, the identity access log.
 */
import { type CaseEntry, type CaseParty, type CaseView, deriveCase, type PlainDate } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { findChainBreak, nextLink } from '../dossiers/audit/case-chain.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface StoredCaseEntry {
  seq: number;
  at: string;
  recordedAt: string;
  entry: CaseEntry;
  hash: string;
  prevHash: string | null;
}

export interface LoadedCase {
  id: number;
  code: string;
  log: StoredCaseEntry[];
  view: CaseView;
}

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** The logs of some cases, by case id, each in order. */
export async function loadLogs(db: Q, ids: readonly number[]): Promise<Map<number, StoredCaseEntry[]>> {
  const logs = new Map<number, StoredCaseEntry[]>();
  if (ids.length === 0) return logs;
  const entries = await db
    .selectFrom('complaintEntries')
    .selectAll()
    .where('caseId', 'in', ids)
    .orderBy('caseId')
    .orderBy('seq')
    .execute();
  for (const e of entries) {
    const id = Number(e.caseId);
    const list = logs.get(id) ?? [];
    list.push({
      seq: e.seq,
      at: iso(e.at),
      recordedAt: iso(e.recordedAt),
      entry: { ...(e.data as object), type: e.type, at: iso(e.at), actor: e.actor } as unknown as CaseEntry,
      hash: e.hash,
      prevHash: e.prevHash,
    });
    logs.set(id, list);
  }
  return logs;
}

export async function loadCase(db: Q, code: string, forUpdate = false): Promise<LoadedCase | null> {
  let q = db.selectFrom('complaintCases').select(['id', 'code']).where('code', '=', code);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const log = (await loadLogs(db, [Number(row.id)])).get(Number(row.id)) ?? [];
  return { id: Number(row.id), code: row.code, log, view: deriveCase(log.map((l) => l.entry)) };
}

/** Appends an entry onto the chain and updates the register's columns, in the caller's transaction. */
export async function appendEntry(
  trx: Transaction<Database>,
  c: { id: number; log: StoredCaseEntry[] },
  entry: CaseEntry,
  recordedAt: string,
) {
  const { link, row } = nextLink(c.id, c.log, entry, recordedAt);
  await trx.insertInto('complaintEntries').values(row).execute();
  const log = [...c.log, link];
  const view = deriveCase(log.map((l) => l.entry));
  await trx
    .updateTable('complaintCases')
    .set({
      state: view.state,
      dueOn: view.clock?.due ?? null,
      assigneeId: view.assignee?.id ?? null,
      updatedAt: recordedAt,
    })
    .where('id', '=', c.id)
    .execute();
  return { ...c, log, view };
}

/** A new case's row (its code from its id and year) with its party; the received entry is appended after. */
export async function insertCase(
  trx: Transaction<Database>,
  received: Extract<CaseEntry, { type: 'received' }>,
  party: CaseParty,
  recordedAt: string,
): Promise<LoadedCase> {
  const prefix = received.kind === 'complaint' ? 'KN' : 'TC';
  const row = await trx
    .insertInto('complaintCases')
    .values({
      code: `pending-${recordedAt}-${Math.random()}`,
      kind: received.kind,
      agencyCode: received.agencyCode,
      state: 'received',
      subject: received.subject,
      receivedOn: received.on,
      dueOn: received.acceptance.due,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  const code = `${prefix}-${received.on.slice(0, 4)}-${String(id).padStart(6, '0')}`;
  await trx.updateTable('complaintCases').set({ code }).where('id', '=', id).execute();
  await trx
    .insertInto('complaintParties')
    .values({
      caseId: id,
      fullName: party.fullName.trim(),
      idNumber: party.idNumber?.trim() || null,
      address: party.address?.trim() || null,
      phone: party.phone?.trim() || null,
    })
    .execute();
  const loaded = await appendEntry(trx, { id, log: [] }, received, recordedAt);
  return { id, code, log: loaded.log, view: loaded.view };
}

export async function loadParty(db: Q, caseId: number): Promise<CaseParty> {
  const p = await db
    .selectFrom('complaintParties')
    .selectAll()
    .where('caseId', '=', caseId)
    .executeTakeFirstOrThrow();
  return {
    fullName: p.fullName,
    ...(p.idNumber ? { idNumber: p.idNumber } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
  };
}

export async function listCaseRows(
  db: Q,
  agencies: readonly string[],
  filter: { kind?: string; state?: string; today: PlainDate },
) {
  if (agencies.length === 0) return [];
  let q = db
    .selectFrom('complaintCases as c')
    .innerJoin('agencies as a', 'a.code', 'c.agencyCode')
    .leftJoin('staffAccounts as s', 's.id', 'c.assigneeId')
    .select(['c.code', 'c.id', 'a.code as agencyCode', 'a.name as agencyName', 's.fullName as assigneeName'])
    .where('c.agencyCode', 'in', agencies);
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  if (filter.state === 'open') q = q.where('c.state', 'in', ['received', 'accepted']);
  else if (filter.state === 'overdue') q = q.where('c.dueOn', '<', filter.today);
  else if (filter.state) q = q.where('c.state', '=', filter.state);
  return q.orderBy('c.dueOn', 'asc').orderBy('c.id', 'desc').limit(500).execute();
}

/** Verifies the hash chain of every case (or one): the codes whose log is broken, with the first bad entry. */
export async function verifyCaseChains(
  db: Q,
  code?: string,
): Promise<{ checked: number; broken: { code: string; seq: number }[] }> {
  let q = db.selectFrom('complaintCases').select(['id', 'code']).orderBy('id');
  if (code) q = q.where('code', '=', code);
  const rows = await q.execute();
  const broken: { code: string; seq: number }[] = [];
  // In pages, so a province's years of cases never sit in memory at once.
  for (let i = 0; i < rows.length; i += 200) {
    const page = rows.slice(i, i + 200);
    const logs = await loadLogs(
      db,
      page.map((r) => Number(r.id)),
    );
    for (const r of page) {
      const seq = findChainBreak(Number(r.id), logs.get(Number(r.id)) ?? []);
      if (seq !== null) broken.push({ code: r.code, seq });
    }
  }
  return { checked: rows.length, broken };
}
