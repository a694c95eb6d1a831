/**
 * A PAKN as stored: its inbox row, its hash-chained log (each entry's SHA-256 over its content and the
 * previous entry's hash, as complaint_entries), the sender's contact apart, the follow token as a hash.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  deriveFeedback,
  type FeedbackContact,
  type FeedbackEntry,
  type FeedbackView,
  type ReceivedEntry,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { findChainBreak, nextLink } from '../dossiers/audit/case-chain.ts';

type Q = Kysely<Database> | Transaction<Database>;

export interface StoredFeedbackEntry {
  seq: number;
  at: string;
  recordedAt: string;
  entry: FeedbackEntry;
  hash: string;
  prevHash: string | null;
}
export interface LoadedFeedback {
  id: number;
  code: string;
  content: string;
  log: StoredFeedbackEntry[];
  view: FeedbackView;
}

export const newFollowToken = (): string => randomBytes(18).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const tokenMatches = (token: string, hash: string): boolean => {
  const a = Buffer.from(tokenHash(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
};

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

export async function loadFeedbackLogs(db: Q, ids: readonly number[]) {
  const logs = new Map<number, StoredFeedbackEntry[]>();
  if (ids.length === 0) return logs;
  const entries = await db
    .selectFrom('feedbackEntries')
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
      entry: {
        ...(e.data as object),
        type: e.type,
        at: iso(e.at),
        actor: e.actor,
      } as unknown as FeedbackEntry,
      hash: e.hash,
      prevHash: e.prevHash,
    });
    logs.set(id, list);
  }
  return logs;
}

export async function loadFeedback(db: Q, code: string, forUpdate = false) {
  let q = db
    .selectFrom('feedbackCases')
    .select(['id', 'code', 'content', 'followTokenHash'])
    .where('code', '=', code);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const log = (await loadFeedbackLogs(db, [Number(row.id)])).get(Number(row.id)) ?? [];
  const loaded: LoadedFeedback & { tokenHash: string } = {
    id: Number(row.id),
    code: row.code,
    content: row.content,
    log,
    view: deriveFeedback(log.map((l) => l.entry)),
    tokenHash: row.followTokenHash,
  };
  return loaded;
}

/** Appends an entry onto the chain and updates the inbox columns, in the caller's transaction. */
export async function appendFeedbackEntry(
  trx: Transaction<Database>,
  c: { id: number; log: StoredFeedbackEntry[] },
  entry: FeedbackEntry,
  recordedAt: string,
) {
  const { link, row } = nextLink(c.id, c.log, entry, recordedAt);
  await trx.insertInto('feedbackEntries').values(row).execute();
  const log = [...c.log, link];
  const view = deriveFeedback(log.map((l) => l.entry));
  await trx
    .updateTable('feedbackCases')
    .set({
      state: view.state,
      dueOn: view.clock?.due ?? null,
      assigneeId: view.assignee?.id ?? null,
      publicAnswer: view.answer?.public ? view.answer.text : null,
      answeredOn: view.answer?.on ?? null,
      updatedAt: recordedAt,
    })
    .where('id', '=', c.id)
    .execute();
  return { ...c, log, view };
}

/** A new case's row (its code from its id and year), its contact and its receipt; returns the code. */
export async function insertFeedback(
  trx: Transaction<Database>,
  received: ReceivedEntry,
  content: string,
  contact: FeedbackContact | undefined,
  followToken: string,
  recordedAt: string,
  location?: Record<string, unknown>,
): Promise<{ id: number; code: string; view: FeedbackView }> {
  const row = await trx
    .insertInto('feedbackCases')
    .values({
      code: `pending-${recordedAt}-${Math.random()}`,
      kind: received.kind,
      channel: received.channel,
      agencyCode: received.agencyCode,
      state: 'received',
      title: received.title,
      content: content.trim(),
      receivedOn: received.on,
      dueOn: received.answer.due,
      dossierCode: received.references.dossierCode ?? null,
      openingId: received.references.openingId ? Number(received.references.openingId) : null,
      followTokenHash: tokenHash(followToken),
      location: location ? JSON.stringify(location) : null,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  const code = `PA-${received.on.slice(0, 4)}-${String(id).padStart(6, '0')}`;
  await trx.updateTable('feedbackCases').set({ code }).where('id', '=', id).execute();
  if (contact) {
    await trx
      .insertInto('feedbackContacts')
      .values({
        caseId: id,
        fullName: contact.fullName.trim(),
        phone: contact.phone?.trim() || null,
        email: contact.email?.trim() || null,
      })
      .execute();
  }
  const loaded = await appendFeedbackEntry(trx, { id, log: [] }, received, recordedAt);
  return { id, code, view: loaded.view };
}

export async function loadContact(db: Q, caseId: number): Promise<FeedbackContact | null> {
  const p = await db
    .selectFrom('feedbackContacts')
    .selectAll()
    .where('caseId', '=', caseId)
    .executeTakeFirst();
  if (!p) return null;
  return {
    fullName: p.fullName,
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.email ? { email: p.email } : {}),
  };
}

/** The outbox row telling the sender (when they gave a phone or e-mail), in the caller's transaction. */
export async function writeFeedbackOutbox(
  trx: Transaction<Database>,
  caseId: number,
  topic: 'feedback.received' | 'feedback.answered',
  facts: { code: string; dueDate?: string },
) {
  const contact = await loadContact(trx, caseId);
  if (!contact?.phone && !contact?.email) return;
  await trx
    .insertInto('outbox')
    .values({
      topic,
      payload: JSON.stringify({
        code: facts.code,
        to: { phone: contact.phone ?? null, email: contact.email ?? null, idNumber: null },
        facts,
      }),
    })
    .execute();
}

/** Verifies the hash chain of every PAKN (or one): the codes whose log is broken, with the first bad entry. */
export async function verifyFeedbackChains(
  db: Q,
  code?: string,
): Promise<{ checked: number; broken: { code: string; seq: number }[] }> {
  let q = db.selectFrom('feedbackCases').select(['id', 'code']).orderBy('id');
  if (code) q = q.where('code', '=', code);
  const rows = await q.execute();
  const broken: { code: string; seq: number }[] = [];
  // In pages, so years of a province's feedback never sit in memory at once.
  for (let i = 0; i < rows.length; i += 200) {
    const page = rows.slice(i, i + 200);
    const logs = await loadFeedbackLogs(
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
