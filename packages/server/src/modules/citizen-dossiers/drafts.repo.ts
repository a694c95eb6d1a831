/**
 * A citizen's drafts: only their own (anyone else's answers 404, like an unknown id), presented with the
 * identity's fixed data (ID number, birth date) beside what the applicant may edit.
 */
import { type Draft, type DraftFile, MAX_DRAFT_BYTES, MAX_FILES_PER_COMPONENT, notFound } from '@motcua/core';
import type { Citizen } from '../citizen/citizen.ts';
import type { Executor } from '../dossiers/dossier.repo.ts';
import { MAX_FILE_BYTES } from '../dossiers/files/dossier-files.ts';

export type DraftRow = Awaited<ReturnType<typeof findOwnDraft>>;

export async function findOwnDraft(
  db: Executor,
  citizen: Pick<Citizen, 'idNumber'>,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('citizenDrafts')
    .selectAll()
    .where('id', '=', id)
    .where('idNumber', '=', citizen.idNumber);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('hồ sơ nháp', 'Draft');
  return row;
}

export async function listDraftFiles(db: Executor, draftIds: readonly string[]): Promise<DraftFileRow[]> {
  if (draftIds.length === 0) return [];
  return db
    .selectFrom('citizenDraftFiles')
    .select(['id', 'draftId', 'componentId', 'fileName', 'contentType', 'sizeBytes', 'sha256', 'uploadedAt'])
    .where('draftId', 'in', draftIds)
    .orderBy('uploadedAt')
    .orderBy('id')
    .execute();
}

export interface DraftFileRow extends Omit<DraftFile, 'uploadedAt'> {
  draftId: string;
  uploadedAt: Date;
}

export function presentDraft(
  row: DraftRow,
  files: readonly DraftFileRow[],
  citizen: Citizen,
  procedureName: string,
): Draft {
  const { email, address } = row.applicant;
  return {
    id: row.id,
    version: row.version,
    procedure: { code: row.procedureCode, name: procedureName },
    caseCode: row.caseCode,
    receivingAgencyCode: row.receivingAgencyCode,
    applicant: {
      fullName: citizen.fullName,
      idNumber: citizen.idNumber,
      birthDate: citizen.birthDate,
      phone: row.applicant.phone,
      ...(email ? { email } : {}),
      ...(address ? { address } : {}),
    },
    step: row.step as Draft['step'],
    files: files
      .filter((f) => f.draftId === row.id)
      .map(({ draftId: _, uploadedAt, ...f }) => ({ ...f, uploadedAt: uploadedAt.toISOString() })),
    limits: {
      maxFileBytes: MAX_FILE_BYTES,
      maxDraftBytes: MAX_DRAFT_BYTES,
      maxFilesPerComponent: MAX_FILES_PER_COMPONENT,
    },
    submittedCode: row.submittedCode,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
