/**
 * Anonymous reports: the public intake and lookup, and the inspectorate's list, record and handling steps.
 * Plain functions of the database and their arguments; the routes check who calls (core/src/reports/access.ts).
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import {
  decideReportAction,
  deriveReportState,
  fieldError,
  isPlainDate,
  normalizeReceipt,
  notFound,
  type PublicReport,
  publicReportStatus,
  RECEIPT_ALPHABET,
  RECEIPT_LENGTH,
  REPORT_ALLOWED_ACTIONS,
  type ReportActionInput,
  type ReportBody,
  type ReportDetail,
  type ReportEntry,
  type ReportKind,
  type ReportList,
  type ReportOutcome,
  type ReportStatus,
  receiptFromIndices,
  validationError,
  vietnamDateOf,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { reportEntryHash } from './report-chain.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A new receipt from the cryptographic generator (core formats it). */
export const newReceipt = (): string =>
  receiptFromIndices(Array.from({ length: RECEIPT_LENGTH }, () => randomInt(RECEIPT_ALPHABET.length)));

/** The stored form of a receipt: the SHA-256 of its canonical form (79 random bits: no salt needed). */
export const receiptHash = (receipt: string): string => createHash('sha256').update(receipt).digest('hex');

const EARLIEST_OCCURRENCE = '2000-01-01';

/** Receives a report: one row and its first log entry, in one transaction. Returns the receipt, once. */
export async function submitReport(
  db: Db,
  reference: ReferenceCache,
  body: ReportBody,
  now: Date,
): Promise<{ receipt: string }> {
  const today = vietnamDateOf(now);
  const fields = [];
  const agencyCode = body.agencyCode?.trim() || null;
  const procedureCode = body.procedureCode?.trim() || null;
  if (agencyCode !== null && !(await reference.agencies()).has(agencyCode)) {
    fields.push(fieldError('agencyCode', 'Không có cơ quan này.', 'No such agency.'));
  }
  if (procedureCode !== null && !(await reference.procedure(procedureCode))) {
    fields.push(fieldError('procedureCode', 'Không có thủ tục này.', 'No such procedure.'));
  }
  const occurredOn = body.occurredOn ?? null;
  if (
    occurredOn !== null &&
    (!isPlainDate(occurredOn) || occurredOn > today || occurredOn < EARLIEST_OCCURRENCE)
  ) {
    fields.push(
      fieldError('occurredOn', 'Ngày xảy ra không hợp lệ hoặc ở tương lai.', 'Not a valid past date.'),
    );
  }
  const content = body.content.trim();
  if (content.length < 20) {
    fields.push(
      fieldError(
        'content',
        'Vui lòng mô tả sự việc (ít nhất 20 ký tự).',
        'Describe what happened (20 characters or more).',
      ),
    );
  }
  if (fields.length) throw validationError(fields);

  const receipt = newReceipt();
  const id = randomUUID();
  const first = {
    reportId: id,
    seq: 1,
    onDate: today,
    at: null,
    actor: null,
    action: 'receive',
    text: null,
    agencyCode: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('anonymousReports')
      .values({
        id,
        receiptHash: receiptHash(receipt),
        receivedOn: today,
        kind: body.kind ?? 'other',
        agencyCode,
        procedureCode,
        occurredOn,
        counterText: body.counter?.trim() || null,
        content,
        status: 'received',
        outcome: 'pending',
      })
      .execute();
    await trx
      .insertInto('anonymousReportActions')
      .values({ ...first, hash: reportEntryHash(first, null), prevHash: null })
      .execute();
  });
  return { receipt };
}

const notAReport = () => notFound('phản ánh với mã này', 'A report with this receipt');

async function names(
  reference: ReferenceCache,
  agencyCode: string | null,
  procedureCode: string | null,
  executor?: Executor,
) {
  const agencies = await reference.agencies(executor);
  const agency = agencyCode ? agencies.get(agencyCode) : undefined;
  const procedure = procedureCode ? await reference.procedure(procedureCode, executor) : undefined;
  return {
    agency: agencyCode ? { code: agencyCode, name: agency?.name ?? agencyCode } : null,
    procedure: procedureCode ? { code: procedureCode, name: procedure?.name ?? procedureCode } : null,
  };
}

/** What the reporter reads by the receipt (an unknown or malformed receipt: 404 alike). */
export async function findPublicReport(
  db: Db,
  reference: ReferenceCache,
  typed: string,
): Promise<PublicReport> {
  const receipt = normalizeReceipt(typed);
  if (receipt === null) throw notAReport();
  const row = await db
    .selectFrom('anonymousReports')
    .select(['status', 'kind', 'receivedOn', 'agencyCode', 'procedureCode', 'answerText', 'answerOn'])
    .where('receiptHash', '=', receiptHash(receipt))
    .executeTakeFirst();
  if (!row) throw notAReport();
  return {
    status: publicReportStatus(row.status as ReportStatus),
    kind: row.kind as ReportKind,
    receivedOn: row.receivedOn,
    ...(await names(reference, row.agencyCode, row.procedureCode)),
    answer:
      row.answerText !== null && row.answerOn !== null ? { text: row.answerText, on: row.answerOn } : null,
  };
}

const PAGE_SIZE = 50;

export async function listReports(
  db: Db,
  reference: ReferenceCache,
  query: { status?: ReportStatus | undefined; agency?: string | undefined; page?: number | undefined },
): Promise<ReportList> {
  let base = db.selectFrom('anonymousReports');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.agency) base = base.where('agencyCode', '=', query.agency);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  // Newest day first; within a day by the random id, so the order says nothing of the order of arrival.
  const rows = await base
    .select(['id', 'receivedOn', 'kind', 'status', 'outcome', 'agencyCode', 'procedureCode', 'content'])
    .orderBy('receivedOn', 'desc')
    .orderBy('id')
    .limit(PAGE_SIZE)
    .offset(((query.page ?? 1) - 1) * PAGE_SIZE)
    .execute();
  const items = [];
  for (const r of rows) {
    items.push({
      id: r.id,
      receivedOn: r.receivedOn,
      kind: r.kind as ReportKind,
      status: r.status as ReportStatus,
      outcome: r.outcome as ReportOutcome,
      ...(await names(reference, r.agencyCode, r.procedureCode)),
      excerpt: r.content.slice(0, 160),
    });
  }
  return { items, total: Number(total), pageSize: PAGE_SIZE };
}

async function loadLog(db: Executor, id: string) {
  return db
    .selectFrom('anonymousReportActions')
    .selectAll()
    .where('reportId', '=', id)
    .orderBy('seq')
    .execute();
}

const toEntry = (e: { action: string; text: string | null; onDate: string }): ReportEntry =>
  ({ action: e.action, on: e.onDate, ...(e.text !== null ? { text: e.text } : {}) }) as ReportEntry;

export async function getReport(db: Executor, reference: ReferenceCache, id: string): Promise<ReportDetail> {
  const row = await db.selectFrom('anonymousReports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('phản ánh', 'Report');
  const log = await loadLog(db, id);
  const agencies = await reference.agencies(db);
  const agencyRef = (code: string | null) => (code ? { code, name: agencies.get(code)?.name ?? code } : null);
  const status = row.status as ReportStatus;
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    kind: row.kind as ReportKind,
    status,
    outcome: row.outcome as ReportOutcome,
    ...(await names(reference, row.agencyCode, row.procedureCode, db)),
    excerpt: row.content.slice(0, 160),
    content: row.content,
    occurredOn: row.occurredOn,
    counter: row.counterText,
    answer:
      row.answerText !== null && row.answerOn !== null ? { text: row.answerText, on: row.answerOn } : null,
    transferredTo: agencyRef(row.transferredTo),
    allowedActions: [...REPORT_ALLOWED_ACTIONS[status]],
    log: log.map((e) => ({
      seq: e.seq,
      action: e.action as ReportDetail['log'][number]['action'],
      on: e.onDate,
      at: e.at?.toISOString() ?? null,
      actor: e.actor ? { name: e.actor.name } : null,
      text: e.text,
      agency: agencyRef(e.agencyCode),
      hash: e.hash,
      prevHash: e.prevHash,
    })),
  };
}

/**
 * One handling step, in one transaction: the report's row is locked, core decides, the entry is chained to
 * the last one, and the row takes the log's new reduction.
 */
export async function actOnReport(
  db: Db,
  reference: ReferenceCache,
  actor: { id: string; name: string },
  id: string,
  input: ReportActionInput,
  now: Date,
): Promise<ReportDetail> {
  const agencies = await reference.agencies();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('anonymousReports')
      .select(['status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('phản ánh', 'Report');
    const decision = decideReportAction(row.status as ReportStatus, input, (code) => agencies.has(code));
    const log = await loadLog(trx, id);
    const last = log.at(-1);
    const entry = {
      reportId: id,
      seq: log.length + 1,
      onDate: vietnamDateOf(now),
      at: now.toISOString(),
      actor,
      action: input.action,
      text: decision.text,
      agencyCode: decision.agencyCode,
    };
    const hash = reportEntryHash(entry, last?.hash ?? null);
    await trx
      .insertInto('anonymousReportActions')
      .values({ ...entry, actor: JSON.stringify(actor), hash, prevHash: last?.hash ?? null })
      .execute();
    const state = deriveReportState([...log.map(toEntry), toEntry(entry)]);
    await trx
      .updateTable('anonymousReports')
      .set({
        status: state.status,
        outcome: state.outcome,
        answerText: state.answer?.text ?? null,
        answerOn: state.answer?.on ?? null,
        ...(decision.agencyCode !== null ? { transferredTo: decision.agencyCode } : {}),
      })
      .where('id', '=', id)
      .execute();
    return getReport(trx, reference, id);
  });
}
