/**
 * Use cases: the applicant answers a supplement request online with new files (the clock resumes: core's
 * `supplement`, the same decision the counter records for papers brought in), or withdraws the dossier.
 * Load their own dossier under a row lock → core says whether the applicant may do it now → decide (core)
 * → append to the hash-chained log → outbox, in one transaction.
 */
import {
  assertCitizenAction,
  CITIZEN_ROLE,
  type CitizenActionType,
  DomainError,
  decideAction,
  fieldError,
  parseActionInput,
  validationError,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { deadlineOfficeHours } from '../calendar/office-hours.ts';
import type { Citizen } from '../citizen/citizen.ts';
import { writeActionOutbox } from '../dossiers/actions/action-outbox.ts';
import { appendEntry } from '../dossiers/dossier.repo.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { type CitizenUpload, citizenFile } from './draft-changes.ts';
import { loadOwnDossier, type OwnDossier } from './own-dossiers.ts';

const citizenActor = (citizen: Citizen, d: OwnDossier) => ({
  id: `citizen:${citizen.idNumber}`,
  name: citizen.fullName,
  role: CITIZEN_ROLE,
  agencyCode: d.row.receivingAgencyCode,
});

/** The applicant's files added since the supplement request now waiting (its answer). */
async function answerFiles(trx: Transaction<Database>, citizen: Citizen, d: OwnDossier) {
  const request = d.log.findLast((e) => e.action === 'request-supplement');
  const since = request?.at ?? d.row.createdAt.toISOString();
  const files = await trx
    .selectFrom('dossierFiles')
    .select(['componentId', 'sizeBytes', 'uploadedBy', 'uploadedAt'])
    .where('dossierId', '=', d.row.id)
    .where('uploadedAt', '>', new Date(since))
    .execute();
  return files
    .filter((f) => f.uploadedBy.id === `citizen:${citizen.idNumber}`)
    .map((f) => ({ componentId: f.componentId ?? '', sizeBytes: f.sizeBytes }));
}

/** A file of the supplement answer, while the request waits; within a draft's limits. */
export async function addSupplementFile(
  trx: Transaction<Database>,
  reference: ReferenceCache,
  citizen: Citizen,
  code: string,
  input: CitizenUpload,
  now: Date,
) {
  const d = await loadOwnDossier(trx, reference, citizen, code, { forUpdate: true });
  assertCitizenAction(d.state, 'supplement');
  if (!d.state.subject.checklist.some((c) => c.id === input.componentId)) {
    throw validationError([
      fieldError('componentId', 'Giấy tờ này không thuộc hồ sơ.', 'Not a component of the dossier.'),
    ]);
  }
  const file = citizenFile(input, await answerFiles(trx, citizen, d));
  return trx
    .insertInto('dossierFiles')
    .values({
      dossierId: d.row.id,
      kind: 'scan',
      ...file,
      activeContent: [],
      uploadedBy: JSON.stringify(citizenActor(citizen, d)),
      uploadedAt: now,
    })
    .returning(['id', 'componentId', 'fileName', 'uploadedAt'])
    .executeTakeFirstOrThrow();
}

export async function performCitizenAction(
  trx: Transaction<Database>,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  citizen: Citizen,
  code: string,
  request: { action: CitizenActionType; reason?: string },
  clock: { now: Date; recordedAt: string },
): Promise<OwnDossier> {
  const d = await loadOwnDossier(trx, deps.reference, citizen, code, { forUpdate: true });
  assertCitizenAction(d.state, request.action);
  if (request.action === 'supplement' && (await answerFiles(trx, citizen, d)).length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Hãy tải lên giấy tờ bổ sung trước khi gửi.',
      'Upload the missing papers before sending the supplement.',
      { fields: [{ path: 'files', message: 'Chưa có tệp bổ sung.', messageEn: 'No file added yet.' }] },
    );
  }
  const input = parseActionInput({
    action: request.action,
    ...(request.reason ? { reason: request.reason } : {}),
  });
  const agencies = await deps.reference.agencies(trx);
  const decided = decideAction(d.state, input, {
    at: vietnamInstant(clock.now.getTime()),
    actor: citizenActor(citizen, d),
    dossierCode: d.row.code,
    steps: d.steps,
    tree: d.tree,
    calendar: deps.calendar,
    office: deadlineOfficeHours(agencies.get(d.row.receivingAgencyCode)?.officeHours ?? null),
  });
  const entry = await appendEntry(trx, d, decided, deps.calendar, clock.recordedAt);
  await writeActionOutbox(trx, d.row, entry, decided.state, agencies.get(d.row.receivingAgencyCode), {
    by: 'citizen',
  });
  return { ...d, log: [...d.log, entry], state: decided.state };
}
