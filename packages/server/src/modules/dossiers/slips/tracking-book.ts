/**
 * Form 07, the tracking book (Sổ theo dõi hồ sơ) of a counter for a period: every dossier it received, with
 * its reception, due, transfer, finish and return times taken from the log, the lead agency and how the
 * result was (or is to be) collected; numbered as in the counter's yearly book. A book may be kept for one
 * field or a group of fields (`field`, comma-separated), as BM.06 allows.
 */
import {
  buildTrackingBook,
  fieldError,
  forbidden,
  instantFromLocalDateTime,
  isInScope,
  localDateTimeFromInstant,
  notFound,
  parsePlainDate,
  RESULT_METHOD_LABELS,
  type StatusKey,
  statusByKey,
  type TrackingBookView,
  validationError,
  vietnamInstant,
} from '@motcua/core';
import type { StaffUser } from '../../auth/staff.ts';
import { loadAgencyTree } from '../../reference/agency-tree.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { issuingBody } from './slip-context.ts';
import { type BookPlace, bookNumbers } from './tracking-book-numbers.ts';

const MAX_ROWS = 5000;
const TIMES = ['transfer', 'issue-result', 'return-result'] as const;

export interface TrackingBookQuery {
  from: string;
  to: string;
  /** The receiving counter; default: the officer's. */
  agency?: string | undefined;
  /** The field or fields (lĩnh vực) of a book kept per field, comma-separated; default: every field. */
  field?: string | undefined;
}

type ReturnMethod = keyof typeof RESULT_METHOD_LABELS;

/** How the result was collected; before that, how it is to be (a home return scheduled, a postal dossier). */
const resultMethod = (channel: string, returned?: ReturnMethod, scheduledHome?: boolean): string =>
  RESULT_METHOD_LABELS[returned ?? (scheduledHome ? 'home' : channel === 'postal' ? 'post' : 'counter')];

export async function gatherTrackingBook(
  db: Executor,
  reference: ReferenceCache,
  actor: StaffUser,
  query: TrackingBookQuery,
  now: Date,
): Promise<TrackingBookView> {
  const from = parsePlainDate(query.from);
  const to = parsePlainDate(query.to);
  const bad = fieldError('from', 'Ngày không hợp lệ (YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).');
  const fields = [
    ...(from ? [] : [bad]),
    ...(to ? [] : [{ ...bad, path: 'to' }]),
    ...(from && to && to < from
      ? [fieldError('to', 'Phải sau ngày bắt đầu.', 'Must not be before `from`.')]
      : []),
  ];
  const wanted = [...new Set((query.field ?? '').split(',').map((f) => f.trim()))].filter((f) => f !== '');
  if (wanted.length > 0) {
    const known = await db
      .selectFrom('procedures')
      .select('field')
      .distinct()
      .where('field', 'in', wanted)
      .execute();
    const unknown = wanted.filter((f) => !known.some((k) => k.field === f));
    if (unknown.length > 0) {
      fields.push(
        fieldError(
          'field',
          `Không có lĩnh vực: ${unknown.join(', ')}.`,
          `No procedure is in the field: ${unknown.join(', ')}.`,
        ),
      );
    }
  }
  if (fields.length > 0 || !from || !to) throw validationError(fields);
  const agencyCode = query.agency ?? actor.agencyCode;
  const agencies = await reference.agencies();
  const agency = agencies.get(agencyCode);
  if (!agency) throw notFound('cơ quan này', 'Agency');
  if (!isInScope(actor, await loadAgencyTree(db), agencyCode)) throw forbidden();
  let select = db
    .selectFrom('dossiers as d')
    .select([
      'd.id',
      'd.code',
      'd.procedureName',
      'd.applicant',
      'd.receivedAt',
      'd.dueDate',
      'd.status',
      'd.channel',
      'd.competentAgencyCode',
    ])
    .where('d.receivingAgencyCode', '=', agencyCode)
    .where('d.receivedAt', '>=', new Date(instantFromLocalDateTime({ date: from, minutes: 0 })))
    .where('d.receivedAt', '<=', new Date(instantFromLocalDateTime({ date: to, minutes: 24 * 60 - 1 })))
    .orderBy('d.receivedAt')
    .limit(MAX_ROWS);
  if (wanted.length > 0) {
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('procedures as p')
          .select('p.code')
          .whereRef('p.code', '=', 'd.procedureCode')
          .where('p.field', 'in', wanted),
      ),
    );
  }
  const rows = await select.execute();
  const events = rows.length
    ? await db
        .selectFrom('dossierActions')
        .select(['dossierId', 'action', 'at', 'data'])
        .where(
          'dossierId',
          'in',
          rows.map((r) => r.id),
        )
        .where('action', 'in', [...TIMES, 'schedule-return'])
        .orderBy('seq')
        .execute()
    : [];
  const event = (id: string, action: string) => events.find((e) => e.dossierId === id && e.action === action);
  const first = (id: string, action: (typeof TIMES)[number]) => event(id, action)?.at.toISOString();
  // Numbered as in each year's book (Form 01 prints the same number).
  const books = new Map<number, Map<string, BookPlace>>();
  const yearOf = (at: Date) => Number(localDateTimeFromInstant(at.toISOString()).date.slice(0, 4));
  for (const year of new Set(rows.flatMap((r) => (r.receivedAt ? [yearOf(r.receivedAt)] : [])))) {
    books.set(year, await bookNumbers(db, agencyCode, year));
  }
  return buildTrackingBook(
    {
      issuingBody: await issuingBody(db, agencyCode),
      issuedAt: vietnamInstant(now.getTime()),
    },
    {
      period: { from, to },
      agencyName: agency.name,
      ...(wanted.length > 0 ? { fields: wanted } : {}),
      rows: rows.map((r, i) => {
        const [transferredAt, finishedAt, returnedAt] = TIMES.map((a) => first(r.id, a));
        const returned = event(r.id, 'return-result')?.data?.method as ReturnMethod | undefined;
        const scheduled = event(r.id, 'schedule-return')?.data?.place === 'home';
        const place = r.receivedAt ? books.get(yearOf(r.receivedAt))?.get(r.id) : undefined;
        return {
          no: place?.no ?? i + 1,
          code: r.code,
          procedureName: r.procedureName,
          applicant: r.applicant.fullName,
          phone: r.applicant.phone,
          ...(r.applicant.address ? { address: r.applicant.address } : {}),
          leadAgency: agencies.get(r.competentAgencyCode)?.name ?? r.competentAgencyCode,
          resultMethod: resultMethod(r.channel, returned, scheduled),
          receivedAt: r.receivedAt?.toISOString() ?? '',
          dueDate: r.dueDate ?? '',
          ...(transferredAt ? { transferredAt } : {}),
          ...(finishedAt ? { finishedAt } : {}),
          ...(returnedAt ? { returnedAt } : {}),
          status: statusByKey(r.status as StatusKey).label,
        };
      }),
    },
  );
}
