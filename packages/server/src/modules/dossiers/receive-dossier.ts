/**
 * Use cases: counter (or postal) intake, and online submission. At the counter the officer ticks the case's
 * components; a dossier covering every required component is received (status 2, Form 01) with its code and
 * due date, in one transaction with its first log entry and an outbox row. Otherwise nothing is received and
 * the one-time written supplement request (Form 02) is numbered and kept. An online dossier (from the
 * national public service portal) is recorded as submitted (status 1) and waits in its counter's queue to be
 * received, guided to supplement once, or refused; its clock starts only at reception.
 */

import { createHash, randomUUID } from 'node:crypto';
import {
  type ComponentForm,
  DomainError,
  type DossierAction,
  deriveState,
  type FieldError,
  fieldError,
  formatDossierCode,
  instantFromLocalDateTime,
  isFutureInstant,
  localDateTimeFromInstant,
  normalizeCitizenId,
  normalizePhone,
  statusByKey,
  validateCitizenId,
  validatePhone,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import type { StaffUser } from '../../http/auth.ts';
import type { AgencyRef, ReferenceCache } from '../reference/reference-cache.ts';
import { resolveSteps } from '../workflows/workflows.repo.ts';
import { nextSlipNumber } from './dossier-code.repo.ts';
import { cachedColumns, chainEntry, deriveContext, progressOf } from './dossiers.repo.ts';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
}

export interface IntakeInput {
  procedureCode: string;
  caseCode?: string;
  channel: 'counter' | 'postal' | 'online';
  /** Online only: the counter the applicant chose (their commune's, or the provincial centre). */
  receivingAgencyCode?: string;
  /** Online only: the portal's own reference for the submission. */
  portalReference?: string;
  /** The applicant cannot travel: the result is taken to them by appointment. */
  homeService?: { reason: 'disability' | 'elderly' | 'illness' | 'other'; note?: string };
  applicant: Applicant;
  representative?: { fullName: string; idNumber: string; relation: string };
  components: { id: string; quantity: number }[];
  postalWaybill?: string;
  receivedAt?: string;
}

export interface MissingComponent {
  id: string;
  name: string;
  form: ComponentForm;
  quantity: number;
  reason: string;
}

export type IntakeResult =
  | {
      outcome: 'received';
      code: string;
      status: number;
      statusKey: 'received';
      statusLabel: string;
      receivedAt: string;
      dueDate: string;
      dueAt?: string;
    }
  | { outcome: 'supplement-requested'; slip: { id: string; number: string; missing: MissingComponent[] } };

export interface SubmissionResult {
  outcome: 'submitted';
  code: string;
  status: number;
  statusKey: 'new';
  statusLabel: string;
  submittedAt: string;
  /** Components the counter will find missing, for the applicant to see at once. */
  missing: MissingComponent[];
}

/**
 * The database handle or a transaction: a received dossier is written by one statement, so it needs no
 * transaction of its own; the supplement request (two statements) opens one when not given one.
 */
type Executor = Kysely<Database> | Transaction<Database>;

/** Checks a person's name and 12-digit ID number; returns them normalised. */
function checkPerson<T extends { fullName: string; idNumber: string }>(
  person: T,
  path: string,
  fields: FieldError[],
): T {
  const idNumber = normalizeCitizenId(person.idNumber);
  const idError = validateCitizenId(idNumber);
  if (idError) fields.push(fieldError(`${path}.idNumber`, idError.message, idError.messageEn));
  if (person.fullName.trim() === '') {
    fields.push(fieldError(`${path}.fullName`, 'Không được để trống.', 'Must not be empty.'));
  }
  return { ...person, fullName: person.fullName.trim().replace(/\s+/g, ' '), idNumber };
}

/** Checks the applicant's identity and contact fields; returns them normalised. */
export function checkApplicant(applicant: Applicant, path = 'applicant'): Applicant {
  const fields: FieldError[] = [];
  const checked = checkPerson(applicant, path, fields);
  const phoneError = validatePhone(applicant.phone);
  if (phoneError) fields.push(fieldError(`${path}.phone`, phoneError.message, phoneError.messageEn));
  if (fields.length > 0) throw validationError(fields);
  return { ...checked, phone: normalizePhone(applicant.phone) ?? applicant.phone };
}

function competentAgency(
  agencies: Map<string, AgencyRef>,
  procedure: { level: string; agencyKind: string },
  receiving: AgencyRef,
): AgencyRef | undefined {
  return [...agencies.values()].find(
    (a) =>
      a.isCurrent &&
      a.kind === procedure.agencyKind &&
      (procedure.level !== 'commune' || a.unitCode === receiving.unitCode),
  );
}

/** Checks an intake against the catalogue; throws VALIDATION_FAILED naming every bad field. */
async function checkIntake(trx: Executor, reference: ReferenceCache, input: IntakeInput, now: Date) {
  const procedure = await reference.procedure(input.procedureCode, trx);
  if (!procedure) {
    throw validationError([fieldError('procedureCode', 'Không có thủ tục này.', 'No such procedure.')]);
  }
  const { cases } = procedure;
  const caseCode = input.caseCode ?? (cases.length === 1 ? cases[0]?.code : undefined);
  if (!caseCode || !cases.some((c) => c.code === caseCode)) {
    throw validationError([
      fieldError(
        'caseCode',
        `Chọn một trường hợp của thủ tục: ${cases.map((c) => c.code).join(', ')}.`,
        `Pick one of the procedure's cases: ${cases.map((c) => c.code).join(', ')}.`,
      ),
    ]);
  }
  const procedureCase = cases.find((c) => c.code === caseCode) as (typeof cases)[number];
  const checklist = procedureCase.components;

  const fields: FieldError[] = [];
  const seen = new Set<string>();
  input.components.forEach((c, i) => {
    if (!checklist.some((k) => k.id === c.id)) {
      fields.push(
        fieldError(
          `components[${i}].id`,
          'Giấy tờ này không thuộc trường hợp đã chọn.',
          'Not a component of this case.',
        ),
      );
    }
    if (seen.has(c.id)) fields.push(fieldError(`components[${i}].id`, 'Bị trùng.', 'Listed twice.'));
    seen.add(c.id);
  });
  if (input.channel === 'postal' && !input.postalWaybill?.trim()) {
    fields.push(
      fieldError('postalWaybill', 'Cần số vận đơn bưu chính.', 'The postal waybill number is required.'),
    );
  }
  if (input.channel === 'postal' && !procedure.postal) {
    fields.push(
      fieldError(
        'channel',
        'Thủ tục này không nhận hồ sơ qua bưu chính.',
        'This procedure does not accept postal dossiers.',
      ),
    );
  }
  const receivedAt = input.receivedAt ?? now.toISOString();
  if (input.receivedAt !== undefined && isFutureInstant(input.receivedAt, now.getTime())) {
    fields.push(
      fieldError(
        'receivedAt',
        'Thời điểm tiếp nhận không được ở tương lai.',
        'Reception cannot be in the future.',
      ),
    );
  }
  if (fields.length > 0) throw validationError(fields);
  const applicant = checkApplicant(input.applicant);
  const representativeErrors: FieldError[] = [];
  const representative = input.representative
    ? checkPerson(input.representative, 'representative', representativeErrors)
    : undefined;
  if (representativeErrors.length > 0) throw validationError(representativeErrors);

  const missing: MissingComponent[] = [];
  for (const k of checklist.filter((c) => c.required)) {
    const given = input.components.find((c) => c.id === k.id);
    if (!given) {
      missing.push({
        id: k.id,
        name: k.name,
        form: k.form as ComponentForm,
        quantity: k.quantity,
        reason: 'Chưa có giấy tờ này.',
      });
    } else if (given.quantity < k.quantity) {
      missing.push({
        id: k.id,
        name: k.name,
        form: k.form as ComponentForm,
        quantity: k.quantity - given.quantity,
        reason: `Thiếu ${k.quantity - given.quantity} bản (cần ${k.quantity}).`,
      });
    }
  }
  return { procedure, procedureCase, caseCode, applicant, representative, missing, receivedAt };
}

export async function receiveDossier(
  trx: Executor,
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  actor: StaffUser,
  input: IntakeInput,
  now: Date,
): Promise<IntakeResult> {
  const checked = await checkIntake(trx, reference, input, now);
  const { procedure, caseCode, applicant, missing, receivedAt } = checked;
  const local = localDateTimeFromInstant(receivedAt);
  const actorRef = {
    id: actor.id,
    name: actor.fullName,
    role: 'counter-officer',
    agencyCode: actor.agencyCode,
  };
  if (missing.length > 0) {
    const year = Number(local.date.slice(0, 4));
    const write = async (tx: Transaction<Database>) => {
      const number = `${await nextSlipNumber(tx, actor.agencyCode, year, '02')}/HDHS`;
      const slip = await tx
        .insertInto('counterSlips')
        .values({
          number,
          year,
          form: '02',
          agencyCode: actor.agencyCode,
          procedureCode: procedure.code,
          caseCode,
          applicant: JSON.stringify(applicant),
          content: JSON.stringify({ missing }),
          officer: JSON.stringify({ id: actor.id, name: actor.fullName }),
          issuedAt: receivedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: slip.id, number };
    };
    const { id, number } = trx.isTransaction
      ? await write(trx as Transaction<Database>)
      : await trx.transaction().execute(write);
    return { outcome: 'supplement-requested', slip: { id, number, missing } };
  }

  const at = instantFromLocalDateTime(local);
  const first: DossierAction = {
    seq: 1,
    at,
    actor: actorRef,
    action: 'receive',
    data: { channel: input.channel },
  };
  const { code, state } = await insertDossier(
    trx,
    reference,
    calendar,
    checked,
    input,
    actor.agencyCode,
    first,
    {
      topic: 'dossier.received',
    },
  );
  return {
    outcome: 'received',
    code,
    status: state.statusCode,
    statusKey: 'received',
    statusLabel: statusByKey('received').label,
    receivedAt: at,
    dueDate: state.dueDate ?? local.date,
    ...(state.dueAt ? { dueAt: state.dueAt } : {}),
  };
}

/**
 * An online submission from the national public service portal: status 1, waiting for the counter. Missing
 * components do not stop it (the counter guides the applicant once, in writing, if need be); the answer
 * lists them.
 */
export async function submitOnline(
  trx: Executor,
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  input: IntakeInput,
  now: Date,
): Promise<SubmissionResult> {
  const receivingCode = input.receivingAgencyCode ?? '';
  const agencies = await reference.agencies(trx);
  const counter = agencies.get(receivingCode);
  if (!counter?.isCurrent || !['one-stop-section', 'service-centre'].includes(counter.kind)) {
    throw validationError([
      fieldError(
        'receivingAgencyCode',
        'Chọn Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) nhận hồ sơ.',
        'Choose the one-stop counter (public administrative service centre) to receive the dossier.',
      ),
    ]);
  }
  const checked = await checkIntake(trx, reference, input, now);
  const at = instantFromLocalDateTime(localDateTimeFromInstant(checked.receivedAt));
  const first: DossierAction = {
    seq: 1,
    at,
    actor: { id: 'portal', name: 'Cổng Dịch vụ công quốc gia', role: 'citizen', agencyCode: receivingCode },
    action: 'submit-online',
    data: { channel: 'online', ...(input.portalReference ? { portalReference: input.portalReference } : {}) },
  };
  const { code, state } = await insertDossier(
    trx,
    reference,
    calendar,
    checked,
    input,
    receivingCode,
    first,
    {
      topic: 'dossier.submitted',
    },
  );
  return {
    outcome: 'submitted',
    code,
    status: state.statusCode,
    statusKey: 'new',
    statusLabel: statusByKey('new').label,
    submittedAt: at,
    missing: checked.missing,
  };
}

/**
 * Writes a new dossier with its first log entry. Everything is read and decided first; one SQL statement
 * then allocates the counter's daily number and writes the dossier, its first log entry and the outbox row,
 * so the sequence row is locked only for that statement and the commit.
 */
async function insertDossier(
  trx: Executor,
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  checked: Awaited<ReturnType<typeof checkIntake>>,
  input: IntakeInput,
  receivingCode: string,
  first: DossierAction,
  outbox: { topic: string },
) {
  const { procedure, procedureCase, caseCode, applicant, representative } = checked;
  const agencies = await reference.agencies(trx);
  const receiving = agencies.get(receivingCode);
  const competent = receiving && competentAgency(agencies, procedure, receiving);
  if (!receiving || !competent) {
    throw validationError([
      fieldError(
        'procedureCode',
        'Không xác định được cơ quan có thẩm quyền giải quyết thủ tục này tại địa bàn.',
        'No competent agency for this procedure is configured here.',
      ),
    ]);
  }
  const { steps } = await reference.workflow(procedure.code, procedureCase, trx);
  const workflow = resolveSteps(steps, agencies, receiving, competent);
  const participating = [...new Set([receiving.code, competent.code, ...workflow.map((s) => s.agencyCode)])];
  const ctx = await deriveContext(
    reference,
    calendar,
    {
      procedureCode: procedure.code,
      caseCode,
      receivingAgencyCode: receiving.code,
      competentAgencyCode: competent.code,
      steps: workflow,
    },
    trx,
  );
  // The resolved workflow is stored once as an immutable version; later dossiers only point at it.
  const workflowJson = JSON.stringify(workflow);
  const workflowId = createHash('sha256').update(workflowJson).digest('hex');
  const sendVersion = !reference.hasWorkflowVersion(workflowId);
  const state = deriveState([first], ctx);
  const local = localDateTimeFromInstant(first.at);
  const id = randomUUID();
  const entry = chainEntry({ id }, first, null);
  const prefix = formatDossierCode(receiving.identifier, local.date, 1).slice(0, -4);
  const columns = cachedColumns(state, progressOf([first], ctx));
  let code: string;
  try {
    const inserted = await sql<{ code: string }>`
      WITH seq AS (
        INSERT INTO dossier_code_sequences (agency_code, day, last_value) VALUES (${receiving.code}, ${local.date}, 1)
        ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_sequences.last_value + 1
        RETURNING last_value
      ), v AS (
        INSERT INTO workflow_versions (id, steps)
        SELECT ${workflowId}, ${sendVersion ? workflowJson : null}::jsonb WHERE ${sendVersion}
        ON CONFLICT (id) DO NOTHING
      ), d AS (
        INSERT INTO dossiers (id, code, procedure_code, case_code, channel, receiving_agency_code,
          competent_agency_code, applicant, representative, components, postal_waybill, status, status_code,
          received_at, due_date, due_at, workflow_id, current_step_key, current_agency_code, participating_agency_codes,
          home_service)
        SELECT ${id}, ${prefix} || lpad(seq.last_value::text, 4, '0'), ${procedure.code}, ${caseCode},
          ${input.channel}, ${receiving.code}, ${competent.code}, ${JSON.stringify(applicant)}::jsonb,
          ${representative ? JSON.stringify(representative) : null}::jsonb, ${JSON.stringify(input.components)}::jsonb,
          ${input.postalWaybill?.trim() || null}, ${columns.status}, ${columns.statusCode}, ${columns.receivedAt}::timestamptz,
          ${columns.dueDate}::date, ${columns.dueAt}::timestamptz, ${workflowId},
          ${columns.currentStepKey}, ${columns.currentAgencyCode}, ${participating}::text[],
          ${input.homeService ? JSON.stringify(input.homeService) : null}::jsonb
        FROM seq
        RETURNING id, code
      ), a AS (
        INSERT INTO dossier_actions (dossier_id, seq, at, actor, action, reason, agency_code, data, hash, prev_hash)
        SELECT d.id, 1, ${entry.at}::timestamptz, ${JSON.stringify(entry.actor)}::jsonb, ${entry.action}, NULL, NULL,
          ${JSON.stringify(entry.data)}::jsonb, ${entry.hash}, NULL
        FROM d
      ), o AS (
        INSERT INTO outbox (topic, payload)
        SELECT ${outbox.topic}, jsonb_build_object('code', d.code, 'phone', ${applicant.phone}::text, 'email', ${applicant.email ?? null}::text)
        FROM d
      )
      SELECT code FROM d`.execute(trx);
    code = inserted.rows[0]!.code;
    // Inside a transaction the version is known only after its commit (the caller's), so it is sent again.
    if (sendVersion && !trx.isTransaction) reference.rememberWorkflowVersion(workflowId, workflow);
  } catch (error) {
    if ((error as { code?: string }).code === '23514') {
      throw new DomainError(
        'CONFLICT',
        'Đã hết số thứ tự hồ sơ trong ngày của bộ phận này (9.999).',
        "This counter has used all of today's dossier numbers (9,999).",
      );
    }
    throw error;
  }
  return { code, state };
}
