/**
 * Form 07, the tracking book (Sổ theo dõi hồ sơ) of a counter for a period: every dossier it received, with
 * its reception, due, transfer, finish and return times taken from the log.
 */
import {
  buildTrackingBook,
  fieldError,
  forbidden,
  instantFromLocalDateTime,
  isInScope,
  notFound,
  parsePlainDate,
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

const MAX_ROWS = 5000;
const TIMES = ['transfer', 'issue-result', 'return-result'] as const;

export interface TrackingBookQuery {
  from: string;
  to: string;
  /** The receiving counter; default: the officer's. */
  agency?: string | undefined;
}

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
  if (fields.length > 0 || !from || !to) throw validationError(fields);
  const agencyCode = query.agency ?? actor.agencyCode;
  const agency = (await reference.agencies()).get(agencyCode);
  if (!agency) throw notFound('cơ quan này', 'Agency');
  if (!isInScope(actor, await loadAgencyTree(db), agencyCode)) throw forbidden();
  const rows = await db
    .selectFrom('dossiers as d')
    .select(['d.id', 'd.code', 'd.procedureName', 'd.applicant', 'd.receivedAt', 'd.dueDate', 'd.status'])
    .where('d.receivingAgencyCode', '=', agencyCode)
    .where('d.receivedAt', '>=', new Date(instantFromLocalDateTime({ date: from, minutes: 0 })))
    .where('d.receivedAt', '<=', new Date(instantFromLocalDateTime({ date: to, minutes: 24 * 60 - 1 })))
    .orderBy('d.receivedAt')
    .limit(MAX_ROWS)
    .execute();
  const events = rows.length
    ? await db
        .selectFrom('dossierActions')
        .select(['dossierId', 'action', 'at'])
        .where(
          'dossierId',
          'in',
          rows.map((r) => r.id),
        )
        .where('action', 'in', [...TIMES])
        .orderBy('seq')
        .execute()
    : [];
  const first = (id: string, action: (typeof TIMES)[number]) =>
    events.find((e) => e.dossierId === id && e.action === action)?.at.toISOString();
  return buildTrackingBook(
    {
      issuingBody: await issuingBody(db, agencyCode),
      issuedAt: vietnamInstant(now.getTime()),
    },
    {
      period: { from, to },
      agencyName: agency.name,
      rows: rows.map((r, i) => {
        const [transferredAt, finishedAt, returnedAt] = TIMES.map((a) => first(r.id, a));
        return {
          no: i + 1,
          code: r.code,
          procedureName: r.procedureName,
          applicant: r.applicant.fullName,
          phone: r.applicant.phone,
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
