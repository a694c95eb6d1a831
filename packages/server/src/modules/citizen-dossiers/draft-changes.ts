/**
 * Use cases on a draft: start one for a procedure offered online (the applicant prefilled from the
 * identity), save a step (refused when another device saved a newer version), attach and remove files.
 */
import {
  acceptsChannel,
  DomainError,
  type DraftUpdate,
  draftExpiry,
  draftFileRefusal,
  fieldError,
  MAX_OPEN_DRAFTS,
  notFound,
  type Procedure,
  validationError,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import { findReceivingCounters } from '../catalogue/where-to-submit.ts';
import type { Citizen } from '../citizen/citizen.ts';
import { checkUploadedFile, fileFacts } from '../dossiers/files/dossier-files.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { type DraftRow, findOwnDraft, listDraftFiles } from './drafts.repo.ts';

const invalid = (path: string, vi: string, en: string) => validationError([fieldError(path, vi, en)]);

/** The procedure, offered online (full or partial online service); else 400 on procedureCode. */
export async function onlineProcedure(db: Db, reference: ReferenceCache, code: string): Promise<Procedure> {
  const procedure = await reference.procedure(code, db);
  if (!procedure) throw invalid('procedureCode', 'Không có thủ tục này.', 'No such procedure.');
  if (!acceptsChannel(procedure, 'online')) {
    throw invalid(
      'procedureCode',
      'Thủ tục này chưa nhận hồ sơ trực tuyến: vui lòng nộp tại Bộ phận Một cửa.',
      'This procedure does not take online dossiers: please submit at the counter.',
    );
  }
  return procedure;
}

const checkCase = (procedure: Procedure, caseCode: string) => {
  if (!procedure.cases.some((c) => c.code === caseCode)) {
    const list = procedure.cases.map((c) => c.code).join(', ');
    throw invalid('caseCode', `Chọn một trường hợp của thủ tục: ${list}.`, `Pick one of the cases: ${list}.`);
  }
};

export async function createDraft(
  db: Db,
  reference: ReferenceCache,
  citizen: Citizen,
  input: { procedureCode: string; caseCode?: string | undefined },
  now: Date,
): Promise<DraftRow> {
  const procedure = await onlineProcedure(db, reference, input.procedureCode);
  if (input.caseCode !== undefined) checkCase(procedure, input.caseCode);
  const caseCode = input.caseCode ?? (procedure.cases.length === 1 ? procedure.cases[0]?.code : undefined);
  const open = await db
    .selectFrom('citizenDrafts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('idNumber', '=', citizen.idNumber)
    .where('submittedCode', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(open.n) >= MAX_OPEN_DRAFTS) {
    throw new DomainError(
      'CONFLICT',
      `Bạn đang có ${MAX_OPEN_DRAFTS} hồ sơ nháp: hãy nộp hoặc xoá bớt trước khi tạo hồ sơ mới.`,
      `You have ${MAX_OPEN_DRAFTS} drafts: submit or delete some before starting another.`,
    );
  }
  return db
    .insertInto('citizenDrafts')
    .values({
      idNumber: citizen.idNumber,
      procedureCode: procedure.code,
      caseCode: caseCode ?? null,
      receivingAgencyCode: null,
      // The contact details prefilled from the identity; the applicant may correct them.
      applicant: JSON.stringify({ phone: citizen.phone ?? '' }),
      step: caseCode ? 'applicant' : 'case',
      createdAt: now,
      updatedAt: now,
      expiresAt: draftExpiry(now, false),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const notOpen = () =>
  new DomainError(
    'CONFLICT',
    'Hồ sơ nháp này đã được nộp: không sửa được nữa.',
    'This draft was already submitted: it can no longer change.',
  );

/** Saves a step. 409 when `version` is not the stored one (another device saved first). */
export async function updateDraft(
  trx: Transaction<Database>,
  reference: ReferenceCache,
  citizen: Citizen,
  id: string,
  input: DraftUpdate,
  now: Date,
): Promise<DraftRow> {
  const row = await findOwnDraft(trx, citizen, id, { forUpdate: true });
  if (row.submittedCode) throw notOpen();
  if (row.version !== input.version) {
    throw new DomainError(
      'CONFLICT',
      'Hồ sơ nháp đã được lưu từ một thiết bị khác: hãy tải lại để xem bản mới nhất.',
      'The draft was saved from another device: reload it to see the latest version.',
      { details: { version: row.version } },
    );
  }
  const procedure = await reference.procedure(row.procedureCode, trx);
  if (!procedure) throw notFound('thủ tục', 'Procedure');
  if (input.caseCode) checkCase(procedure, input.caseCode);
  if (input.receivingAgencyCode) {
    const counters = await findReceivingCounters(trx, procedure);
    if (!counters.some((c) => c.code === input.receivingAgencyCode)) {
      throw invalid(
        'receivingAgencyCode',
        'Chọn một nơi tiếp nhận hồ sơ của thủ tục này.',
        'Choose one of the counters that take this procedure.',
      );
    }
  }
  const applicant = input.applicant
    ? {
        phone: input.applicant.phone.trim(),
        ...(input.applicant.email?.trim() ? { email: input.applicant.email.trim() } : {}),
        ...(input.applicant.address?.trim() ? { address: input.applicant.address.trim() } : {}),
      }
    : undefined;
  return trx
    .updateTable('citizenDrafts')
    .set({
      version: row.version + 1,
      ...(input.caseCode !== undefined ? { caseCode: input.caseCode } : {}),
      ...(input.receivingAgencyCode !== undefined ? { receivingAgencyCode: input.receivingAgencyCode } : {}),
      ...(applicant ? { applicant: JSON.stringify(applicant) } : {}),
      ...(input.step ? { step: input.step } : {}),
      updatedAt: now,
      expiresAt: draftExpiry(now, false),
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A citizen's upload, checked as staff scans are (type by magic number, size, name), and refused outright
 * when a PDF carries active content (JavaScript, launch actions, embedded files): a citizen's file is
 * opened by officers, and nothing makes it need a script. Within the limits of a draft (core's
 * draftFileRefusal) counted over `existing`. Returns the columns every stored citizen file has.
 */
/** A citizen's raw upload: the component it is for, its name, declared type and bytes. */
export interface CitizenUpload {
  componentId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export function citizenFile(
  input: CitizenUpload,
  existing: readonly { componentId: string; sizeBytes: number }[],
) {
  const checked = checkUploadedFile(input);
  const facts = fileFacts(input.content, checked.type);
  if (facts.activeContent.length > 0) {
    throw invalid(
      'body',
      `Tệp PDF có nội dung chủ động (${facts.activeContent.join(', ')}): vui lòng in ra PDF thường hoặc chụp ảnh giấy tờ.`,
      `The PDF has active content (${facts.activeContent.join(', ')}): please print it to a plain PDF or take a photo.`,
    );
  }
  const refusal = draftFileRefusal(existing, input.componentId, input.content.length);
  if (refusal) throw invalid('body', refusal.vi, refusal.en);
  return {
    componentId: input.componentId,
    fileName: checked.fileName,
    contentType: checked.type,
    sizeBytes: input.content.length,
    sha256: facts.sha256,
    content: input.content,
  };
}

/** Attaches a file to a component of the draft's case, within the draft's limits. */
export async function addDraftFile(
  trx: Transaction<Database>,
  reference: ReferenceCache,
  citizen: Citizen,
  id: string,
  input: CitizenUpload,
  now: Date,
) {
  const row = await findOwnDraft(trx, citizen, id, { forUpdate: true });
  if (row.submittedCode) throw notOpen();
  const procedure = await reference.procedure(row.procedureCode, trx);
  const components = procedure?.cases.find((c) => c.code === row.caseCode)?.components ?? [];
  if (!components.some((c) => c.id === input.componentId)) {
    throw invalid(
      'componentId',
      'Giấy tờ này không thuộc trường hợp đã chọn.',
      'Not a component of the chosen case.',
    );
  }
  const file = citizenFile(input, await listDraftFiles(trx, [row.id]));
  const stored = await trx
    .insertInto('citizenDraftFiles')
    .values({
      draftId: row.id,
      ...file,
      uploadedAt: now,
    })
    .returning([
      'id',
      'draftId',
      'componentId',
      'fileName',
      'contentType',
      'sizeBytes',
      'sha256',
      'uploadedAt',
    ])
    .executeTakeFirstOrThrow();
  await touch(trx, row, now);
  return stored;
}

export async function removeDraftFile(
  trx: Transaction<Database>,
  citizen: Citizen,
  id: string,
  fileId: string,
  now: Date,
): Promise<void> {
  const row = await findOwnDraft(trx, citizen, id, { forUpdate: true });
  if (row.submittedCode) throw notOpen();
  const deleted = await trx
    .deleteFrom('citizenDraftFiles')
    .where('draftId', '=', row.id)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw notFound('tệp', 'File');
  await touch(trx, row, now);
}

/** A change of the draft's files is a change of the draft: a new version, a later expiry. */
const touch = (trx: Transaction<Database>, row: DraftRow, now: Date) =>
  trx
    .updateTable('citizenDrafts')
    .set({ version: row.version + 1, updatedAt: now, expiresAt: draftExpiry(now, false) })
    .where('id', '=', row.id)
    .execute();
