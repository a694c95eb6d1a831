/**
 * Files of a dossier: scans of its components (the counter, or the specialist who holds it) and the signed
 * result (the agency holding the dossier). The bytes must be what the content type says (magic numbers):
 * a mislabelled upload is refused, not stored. The name is stored as core's storedFileName makes it (no
 * dangerous extension, no bidi or control characters), and a PDF's active content is recorded as a flag.
 */
import { createHash } from 'node:crypto';
import {
  type ActivePdfName,
  canUpload,
  DomainError,
  FILE_KINDS,
  type FileKind,
  fieldError,
  findActivePdfContent,
  forbidden,
  isUploadOpen,
  storedFileName,
  validationError,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../adapters/db/schema.ts';
import type { StaffUser } from '../../auth/staff.ts';
import type { Executor } from '../dossier.repo.ts';
import type { LoadedDossier } from '../load-dossier.ts';

export const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileType = (typeof FILE_TYPES)[number];
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const MAGIC: Record<FileType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const invalid = (path: string, vi: string, en: string) => validationError([fieldError(path, vi, en)]);

export interface UploadInput {
  kind: string;
  componentId?: string | undefined;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export async function addDossierFile(
  trx: Transaction<Database>,
  actor: StaffUser,
  dossier: LoadedDossier,
  input: UploadInput,
  now: Date,
) {
  if (!(FILE_KINDS as readonly string[]).includes(input.kind)) {
    throw invalid('kind', 'Loại tệp phải là "scan" hoặc "result".', 'The kind is "scan" or "result".');
  }
  const kind = input.kind as FileKind;
  const { row, state, steps, tree } = dossier;
  if (!canUpload(actor, tree, state, row, steps, kind)) throw forbidden();
  if (!isUploadOpen(kind, state.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Không thể thêm tệp ở trạng thái hiện tại của hồ sơ.',
      'Files cannot be added in the dossier’s current status.',
      { details: { status: state.status } },
    );
  }
  const { type, fileName } = checkUploadedFile(input);
  if (input.componentId !== undefined && !state.subject.checklist.some((c) => c.id === input.componentId)) {
    throw invalid(
      'componentId',
      'Giấy tờ này không thuộc trường hợp của hồ sơ.',
      'Not a component of this case.',
    );
  }
  const { sha256, activeContent } = fileFacts(input.content, type);
  return trx
    .insertInto('dossierFiles')
    .values({
      dossierId: row.id,
      kind,
      componentId: input.componentId ?? null,
      fileName,
      contentType: type,
      sizeBytes: input.content.length,
      sha256,
      content: input.content,
      activeContent,
      uploadedBy: JSON.stringify({
        id: actor.id,
        name: actor.fullName,
        role: actor.roles[0] ?? 'staff',
        agencyCode: actor.agencyCode,
      }),
      uploadedAt: now,
    })
    .returning(['id', 'kind', 'componentId', 'fileName', 'contentType', 'sizeBytes', 'sha256', 'uploadedAt'])
    .executeTakeFirstOrThrow()
    .then((file) => ({ ...file, activeContent }));
}

/**
 * What every upload must be, staff's and citizens' alike: a PDF, JPEG or PNG whose bytes are what its
 * content type says (magic numbers), at most MAX_FILE_BYTES, with a name core's storedFileName keeps.
 * Throws VALIDATION_FAILED naming the part that is wrong (content-type, body, name).
 */
export function checkUploadedFile(input: Pick<UploadInput, 'contentType' | 'content' | 'fileName'>): {
  type: FileType;
  fileName: string;
} {
  const type = input.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(FILE_TYPES as readonly string[]).includes(type)) {
    throw invalid('content-type', 'Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG or PNG files.');
  }
  const magic = MAGIC[type as FileType];
  if (input.content.length === 0 || !magic.every((b, i) => input.content[i] === b)) {
    throw invalid(
      'body',
      'Nội dung tệp không đúng định dạng đã khai.',
      'The file is not what its type says.',
    );
  }
  if (input.content.length > MAX_FILE_BYTES) {
    throw invalid('body', 'Tệp lớn hơn 10 MB.', 'The file is larger than 10 MB.');
  }
  const fileName = storedFileName(input.fileName, type);
  if (fileName === undefined) {
    throw invalid(
      'name',
      'Tên tệp không còn ký tự nào dùng được.',
      'Nothing usable is left of the file name.',
    );
  }
  return { type: type as FileType, fileName };
}

/** The digest and, for a PDF, the active content found in it (recorded as a flag, or refused). */
export function fileFacts(content: Buffer, type: FileType) {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const activeContent: ActivePdfName[] = type === 'application/pdf' ? findActivePdfContent(content) : [];
  return { sha256, activeContent };
}

/** The files of a dossier, without their bytes. */
export async function listDossierFiles(db: Executor, dossierId: string) {
  const rows = await db
    .selectFrom('dossierFiles')
    .select([
      'id',
      'kind',
      'componentId',
      'fileName',
      'contentType',
      'sizeBytes',
      'sha256',
      'activeContent',
      'uploadedBy',
      'uploadedAt',
    ])
    .where('dossierId', '=', dossierId)
    .orderBy('uploadedAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    componentId: r.componentId,
    fileName: r.fileName,
    contentType: r.contentType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    activeContent: r.activeContent as ActivePdfName[],
    uploadedBy: r.uploadedBy.name,
    uploadedAt: r.uploadedAt.toISOString(),
  }));
}

/** A result file of this dossier, for the issue or forward that carries it. */
export async function findResultFile(db: Executor, dossierId: string, id: string) {
  return db
    .selectFrom('dossierFiles')
    .select(['id', 'fileName as name', 'sha256'])
    .where('dossierId', '=', dossierId)
    .where('id', '=', id)
    .where('kind', '=', 'result')
    .executeTakeFirst();
}
