/**
 * "Hồ sơ của tôi": the dossiers of a citizen — submitted from their account, or naming their ID number as
 * applicant (at the counter, by post, through the portal). Anyone else's answers 404, like an unknown code.
 * What the applicant may do now is core's (citizenActions), the same table the counter's actions follow.
 */
import {
  type CitizenDossier,
  citizenActions,
  type DossierEntry,
  deriveState,
  type MissingItem,
  notFound,
  type StatusKey,
  statusByKey,
} from '@motcua/core';
import type { Citizen } from '../citizen/citizen.ts';
import {
  type DossierRow,
  type Executor,
  findDossierRow,
  loadLog,
  type StoredEntry,
} from '../dossiers/dossier.repo.ts';
import { listDossierFiles } from '../dossiers/files/dossier-files.ts';
import { slipLinks } from '../dossiers/present-dossier.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';

/** The forms issued to the applicant (not the counter's own control slip, 06). */
const APPLICANT_FORMS: readonly string[] = ['01', '02', '03', '04', '05', 'GN'];

const isOwn = (row: Pick<DossierRow, 'citizenIdNumber' | 'applicant'>, citizen: Pick<Citizen, 'idNumber'>) =>
  row.citizenIdNumber === citizen.idNumber || row.applicant.idNumber === citizen.idNumber;

export async function loadOwnDossier(
  db: Executor,
  reference: ReferenceCache,
  citizen: Pick<Citizen, 'idNumber'>,
  code: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findDossierRow(db, code, options);
  if (!row || !isOwn(row, citizen)) throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  const log = await loadLog(db, row.id);
  const steps = await reference.workflowVersion(row.workflowId, db);
  if (!steps) throw new Error(`Dossier ${code} points at a missing workflow version`);
  return { row, log, state: deriveState(log), steps, tree: await loadAgencyTree(db) };
}
export type OwnDossier = Awaited<ReturnType<typeof loadOwnDossier>>;

export async function listOwnDossiers(db: Executor, citizen: Pick<Citizen, 'idNumber'>) {
  const rows = await db
    .selectFrom('dossiers')
    .select([
      'code',
      'procedureCode',
      'procedureName',
      'channel',
      'status',
      'receivedAt',
      'dueDate',
      'createdAt',
      'citizenIdNumber',
    ])
    .where((eb) =>
      eb.or([eb('citizenIdNumber', '=', citizen.idNumber), eb('applicantIdNumber', '=', citizen.idNumber)]),
    )
    .orderBy('createdAt', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const status = statusByKey(r.status as StatusKey)!;
    return {
      code: r.code,
      procedure: { code: r.procedureCode, name: r.procedureName },
      channel: r.channel,
      status: status.code,
      statusKey: status.key,
      statusLabel: status.label,
      submittedAt: r.createdAt.toISOString(),
      receivedAt: r.receivedAt?.toISOString() ?? null,
      dueDate: r.dueDate,
      fromAccount: r.citizenIdNumber === citizen.idNumber,
      actions: citizenActions({ status: status.key }),
    };
  });
}

export const citizenFormUrl = (code: string, form: string, seq?: number) =>
  `/api/citizen/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf${seq === undefined ? '' : `?seq=${seq}`}`;

/** The results with a signed file, each recorded (code and file) by the entry that issued or forwarded it. */
export function resultFiles(log: readonly StoredEntry[]) {
  return log.flatMap((e) =>
    (e.action === 'issue-result' || e.action === 'forward') && e.data.resultCode && e.data.resultFile
      ? [{ code: e.data.resultCode, file: e.data.resultFile }]
      : [],
  );
}

/** While a supplement request waits: what its entry asked for. */
function waitingFor(d: OwnDossier): MissingItem[] {
  if (d.state.status !== 'supplement-requested') return [];
  const request = [...d.log]
    .reverse()
    .find(
      (e): e is Extract<DossierEntry, { action: 'request-supplement' }> & StoredEntry =>
        e.action === 'request-supplement',
    );
  return request?.data.missing ?? [];
}

export async function presentOwnDossier(
  db: Executor,
  reference: ReferenceCache,
  citizen: Pick<Citizen, 'idNumber'>,
  d: OwnDossier,
): Promise<CitizenDossier> {
  const { row, state } = d;
  const status = statusByKey(state.status);
  const agencies = await reference.agencies(db);
  const files = await listDossierFiles(db, row.id);
  const uploaders = await db
    .selectFrom('dossierFiles')
    .select(['id', 'uploadedBy'])
    .where('dossierId', '=', row.id)
    .execute();
  const byApplicant = new Set(
    uploaders.filter((f) => f.uploadedBy.id === `citizen:${citizen.idNumber}`).map((f) => f.id),
  );
  const first = d.log[0];
  return {
    code: row.code,
    procedure: { code: state.subject.procedure.code, name: state.subject.procedure.name },
    case: { code: state.subject.case.code, name: state.subject.case.name },
    channel: state.channel,
    status: status.code,
    statusKey: status.key,
    statusLabel: status.label,
    submittedAt: first?.at ?? row.createdAt.toISOString(),
    receivedAt: state.receivedAt ?? null,
    dueDate: state.dueDate ?? null,
    fromAccount: row.citizenIdNumber === citizen.idNumber,
    actions: citizenActions(state),
    receivingAgency: {
      code: row.receivingAgencyCode,
      name: agencies.get(row.receivingAgencyCode)?.name ?? row.receivingAgencyCode,
    },
    slips: slipLinks(d)
      .filter((s) => APPLICANT_FORMS.includes(s.form))
      .map((s) => ({ ...s, url: s.url.replace('/api/dossiers/', '/api/citizen/dossiers/') })),
    results: resultFiles(d.log).map((r) => ({
      code: r.code,
      fileName: r.file.name,
      url: `/api/citizen/dossiers/${encodeURIComponent(row.code)}/results/${encodeURIComponent(r.code)}`,
    })),
    files: files
      .filter((f) => f.kind === 'scan')
      .map((f) => ({
        id: f.id,
        componentId: f.componentId,
        fileName: f.fileName,
        uploadedAt: f.uploadedAt,
        byApplicant: byApplicant.has(f.id),
      })),
    missing: waitingFor(d).map((m) => ({ ...(m.id ? { id: m.id } : {}), name: m.name, reason: m.reason })),
    checklist: state.subject.checklist.map((c) => ({ id: c.id, name: c.name, required: c.required })),
  };
}
