/**
 * Use case: a citizen submits their draft. Through the same use case as the portal's online intake
 * (submitOnline: status 1 in the chosen counter's "to receive" queue), with the first log entry naming the
 * account and how its login was vouched for; the draft's files become the dossier's scans; the draft keeps
 * the dossier's code. All in one transaction, under the draft's row lock: a second submission of the same
 * draft (a double click, a retry after a lost answer) waits for the first and answers with its dossier.
 */
import {
  type CitizenSubmitted,
  type DossierEntry,
  draftExpiry,
  fieldError,
  type IntakeBody,
  missingComponents,
  statusByKey,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Citizen } from '../citizen/citizen.ts';
import { loadLog } from '../dossiers/dossier.repo.ts';
import { submitOnline } from '../dossiers/intake/submit-online.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { findOwnDraft, listDraftFiles } from './drafts.repo.ts';

const NEW = statusByKey('new');

export async function submitDraft(
  db: Db,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  citizen: Citizen,
  id: string,
  clock: { now: Date; recordedAt: string },
): Promise<{ answer: CitizenSubmitted; replayed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const draft = await findOwnDraft(trx, citizen, id, { forUpdate: true });
    const answer = (code: string, submittedAt: string, missing: CitizenSubmitted['missing']) => ({
      outcome: 'submitted' as const,
      code,
      status: NEW.code,
      statusKey: 'new' as const,
      statusLabel: NEW.label,
      submittedAt,
      missing,
      draftId: draft.id,
    });
    if (draft.submittedCode) {
      // The submission as it was answered: its first entry has the time and the subject.
      const row = await trx
        .selectFrom('dossiers')
        .select('id')
        .where('code', '=', draft.submittedCode)
        .executeTakeFirstOrThrow();
      const first = (await loadLog(trx, row.id))[0] as Extract<DossierEntry, { action: 'submit-online' }>;
      return {
        answer: answer(draft.submittedCode, first.at, missingComponents(first.data.subject)),
        replayed: true,
      };
    }
    const fields = [
      ...(draft.caseCode ? [] : [fieldError('caseCode', 'Chọn trường hợp.', 'Choose the case.')]),
      ...(draft.receivingAgencyCode
        ? []
        : [fieldError('receivingAgencyCode', 'Chọn nơi tiếp nhận hồ sơ.', 'Choose the counter.')]),
    ];
    if (fields.length > 0) throw validationError(fields);
    const files = await listDraftFiles(trx, [draft.id]);
    const given = [...new Set(files.map((f) => f.componentId))];
    const { phone, email, address } = draft.applicant;
    const input: IntakeBody = {
      procedureCode: draft.procedureCode,
      caseCode: draft.caseCode ?? '',
      channel: 'online',
      receivingAgencyCode: draft.receivingAgencyCode ?? '',
      applicant: {
        fullName: citizen.fullName,
        idNumber: citizen.idNumber,
        phone,
        ...(email ? { email } : {}),
        ...(address ? { address } : {}),
      },
      components: given.map((componentId) => ({ id: componentId, quantity: 1 })),
    };
    const login = {
      idNumber: citizen.idNumber,
      identityProvider: citizen.identityProvider,
      assurance: citizen.assurance,
      nationalEid: citizen.nationalEid,
    };
    const submitted = await submitOnline(trx, deps, input, clock, { login, fullName: citizen.fullName });
    const uploadedBy = JSON.stringify({
      id: `citizen:${citizen.idNumber}`,
      name: citizen.fullName,
      role: 'citizen',
      agencyCode: draft.receivingAgencyCode,
    });
    // The draft's files become the dossier's scans, byte for byte, and leave the draft.
    await sql`
      WITH d AS (UPDATE dossiers SET citizen_id_number = ${citizen.idNumber} WHERE code = ${submitted.code} RETURNING id)
      INSERT INTO dossier_files (dossier_id, kind, component_id, file_name, content_type, size_bytes, sha256,
        content, active_content, uploaded_by, uploaded_at)
      SELECT d.id, 'scan', f.component_id, f.file_name, f.content_type, f.size_bytes, f.sha256, f.content,
        '{}'::text[], ${uploadedBy}::jsonb, f.uploaded_at
      FROM citizen_draft_files f CROSS JOIN d WHERE f.draft_id = ${draft.id}`.execute(trx);
    await trx.deleteFrom('citizenDraftFiles').where('draftId', '=', draft.id).execute();
    await trx
      .updateTable('citizenDrafts')
      .set({
        version: draft.version + 1,
        step: 'review',
        submittedCode: submitted.code,
        submittedAt: clock.now,
        updatedAt: clock.now,
        expiresAt: draftExpiry(clock.now, true),
      })
      .where('id', '=', draft.id)
      .execute();
    return { answer: answer(submitted.code, submitted.submittedAt, submitted.missing), replayed: false };
  });
}
