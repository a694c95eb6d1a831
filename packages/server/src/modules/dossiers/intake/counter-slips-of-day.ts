/**
 * The slips a counter issued on a day without receiving a dossier (Form 02 supplement requests, Form 03
 * refusals), for the counter to hand over again or, for a Form 02, to take the dossier in again when the
 * applicant comes back (the slip then names the dossier). A counter's own: its scope, like its tracking book.
 */
import {
  addDays,
  type CounterSlipDetail,
  type CounterSlipForm,
  type CounterSlipItem,
  type CounterSlipList,
  fieldError,
  forbidden,
  instantFromLocalDateTime,
  isInScope,
  type MissingComponentView,
  notFound,
  parsePlainDate,
  validationError,
} from '@motcua/core';
import type { StaffUser } from '../../auth/staff.ts';
import { loadAgencyTree } from '../../reference/agency-tree.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';

interface SlipContent {
  missing?: MissingComponentView[];
  given?: { id: string; quantity: number }[];
  reason?: string;
  procedureName?: string;
  caseName?: string;
}

export const counterSlipUrl = (id: string) => `/api/counter-slips/${id}/form.pdf`;

const slipColumns = [
  's.id',
  's.form',
  's.number',
  's.issuedAt',
  's.agencyCode',
  's.procedureCode',
  's.caseCode',
  's.applicant',
  's.content',
  's.officer',
  's.reopenedDossierCode',
  's.reopenedAt',
  'p.name as liveProcedureName',
] as const;

const slips = (db: Executor) =>
  db
    .selectFrom('counterSlips as s')
    .leftJoin('procedures as p', 'p.code', 's.procedureCode')
    .select(slipColumns);

type SlipRow = Awaited<ReturnType<ReturnType<typeof slips>['executeTakeFirstOrThrow']>>;

function item(row: SlipRow): CounterSlipItem {
  const content = row.content as SlipContent;
  return {
    id: row.id,
    form: row.form as CounterSlipForm,
    number: row.number,
    issuedAt: row.issuedAt.toISOString(),
    agencyCode: row.agencyCode,
    applicantName: row.applicant.fullName,
    procedure: { code: row.procedureCode, name: content.procedureName ?? row.liveProcedureName ?? '' },
    case: { code: row.caseCode, name: content.caseName ?? '' },
    missing: content.missing ?? [],
    reason: content.reason ?? null,
    officer: { name: row.officer.name },
    reopened:
      row.reopenedDossierCode && row.reopenedAt
        ? { dossierCode: row.reopenedDossierCode, at: row.reopenedAt.toISOString() }
        : null,
    url: counterSlipUrl(row.id),
  };
}

export async function listCounterSlips(
  db: Executor,
  reference: ReferenceCache,
  actor: StaffUser,
  query: { date: string; form?: CounterSlipForm | undefined; agency?: string | undefined },
): Promise<CounterSlipList> {
  const date = parsePlainDate(query.date);
  if (!date) {
    throw validationError([
      fieldError('date', 'Ngày không hợp lệ (YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).'),
    ]);
  }
  const agencyCode = query.agency ?? actor.agencyCode;
  if (!(await reference.agencies(db)).has(agencyCode)) throw notFound('cơ quan này', 'Agency');
  if (!isInScope(actor, await loadAgencyTree(db), agencyCode)) throw forbidden();
  // The day in Vietnam's time, whatever the server's zone.
  const from = new Date(instantFromLocalDateTime({ date, minutes: 0 }));
  const to = new Date(instantFromLocalDateTime({ date: addDays(date, 1), minutes: 0 }));
  let q = slips(db)
    .where('s.agencyCode', '=', agencyCode)
    .where('s.issuedAt', '>=', from)
    .where('s.issuedAt', '<', to);
  if (query.form) q = q.where('s.form', '=', query.form);
  const rows = await q.orderBy('s.issuedAt', 'desc').orderBy('s.number', 'desc').execute();
  return { date, agencyCode, items: rows.map(item) };
}

/** One slip with the applicant and the components given then; out of the officer's scope answers like unknown. */
export async function getCounterSlip(db: Executor, actor: StaffUser, id: string): Promise<CounterSlipDetail> {
  const row = await slips(db).where('s.id', '=', id).executeTakeFirst();
  if (!row || !isInScope(actor, await loadAgencyTree(db), row.agencyCode)) throw notFound('phiếu', 'Slip');
  const { fullName, idNumber, phone, email, address } = row.applicant;
  return {
    ...item(row),
    applicant: { fullName, idNumber, phone, ...(email ? { email } : {}), ...(address ? { address } : {}) },
    given: (row.content as SlipContent).given ?? [],
  };
}
