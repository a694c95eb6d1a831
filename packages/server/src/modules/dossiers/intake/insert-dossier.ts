/**
 * Writes a new dossier with its first log entry. Everything is read and decided first; one SQL statement
 * then allocates the counter's daily number and writes the dossier, its first entry, its workflow version
 * (once per version) and the outbox row, so the sequence row is locked only for that statement and the
 * commit.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  DomainError,
  type DossierEntry,
  type DossierState,
  formatDossierCode,
  type IntakeBody,
  localDateTimeFromInstant,
  MAX_DAILY_SEQUENCE,
  notificationFacts,
  type WorkingCalendar,
} from '@motcua/core';
import { sql } from 'kysely';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import { cachedColumns, chainEntry, type Executor } from '../dossier.repo.ts';
import type { CheckedIntake } from './check-intake.ts';
import type { DossierRoute } from './dossier-route.ts';
import { sequencePlacesSql } from './sequence-places-sql.ts';

export interface NewDossier {
  route: DossierRoute;
  first: { entry: DossierEntry; state: DossierState };
  /** The intake as checked (the applicant normalised) and as sent (components, waybill, home service). */
  checked: CheckedIntake;
  input: IntakeBody;
  /** The outbox topic announcing it. */
  topic: string;
}

/** Throws CONFLICT when the counter has used all of the day's numbers (MAX_DAILY_SEQUENCE, 953,295). */
export async function insertDossier(
  db: Executor,
  reference: ReferenceCache,
  calendar: WorkingCalendar,
  input: NewDossier,
  recordedAt: string,
): Promise<string> {
  const { route, first, checked } = input;
  const { receiving, competent, steps } = route;
  const { applicant, representative } = checked;
  const { entry, state } = first;
  const postalWaybill = input.input.channel === 'postal' ? input.input.postalWaybill?.trim() || null : null;
  const homeService = input.input.homeService;
  const participating = [...new Set([receiving.code, competent.code, ...steps.map((s) => s.agencyCode)])];
  // The resolved workflow is stored once as an immutable version; later dossiers only point at it.
  const workflowJson = JSON.stringify(steps);
  const workflowId = createHash('sha256').update(workflowJson).digest('hex');
  const sendVersion = !reference.hasWorkflowVersion(workflowId);
  const local = localDateTimeFromInstant(entry.at);
  const id = randomUUID();
  const stored = chainEntry(id, entry, recordedAt, null);
  // The code's agency and date; its last four places are written in SQL from the number taken there.
  const prefix = formatDossierCode(receiving.identifier, local.date, 1).slice(0, -4);
  const columns = cachedColumns(state, steps, calendar);
  const subject = state.subject;
  // Received now (counter, post): its place in the counter's tracking book for the year is decided with it.
  const received = state.receivedAt !== undefined;
  const year = Number(local.date.slice(0, 4));
  // The notification's facts, as decided by the first entry; the code is known only in SQL.
  const facts = notificationFacts(entry, {
    code: '',
    procedureName: subject.procedure.name,
    dueDate: columns.dueDate,
  });
  try {
    const inserted = await sql<{ code: string }>`
      WITH seq AS (
        INSERT INTO dossier_code_sequences (agency_code, day, last_value) VALUES (${receiving.code}, ${local.date}, 1)
        ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_sequences.last_value + 1
        RETURNING last_value
      ), book AS (
        INSERT INTO slip_sequences (agency_code, year, form, last_value)
        SELECT ${receiving.code}, ${year}, '07', 1 WHERE ${received}
        ON CONFLICT (agency_code, year, form) DO UPDATE SET last_value = slip_sequences.last_value + 1
        RETURNING last_value
      ), v AS (
        INSERT INTO workflow_versions (id, steps)
        SELECT ${workflowId}, ${sendVersion ? workflowJson : null}::jsonb WHERE ${sendVersion}
        ON CONFLICT (id) DO NOTHING
      ), d AS (
        INSERT INTO dossiers (id, code, procedure_code, case_code, procedure_name, channel, receiving_agency_code,
          competent_agency_code, applicant, representative, components, postal_waybill, status, status_code,
          received_at, due_date, due_at, overdue_from, due_soon_from, workflow_id, current_step_key,
          current_agency_code, participating_agency_codes, home_service, book_year, book_no, check_code, created_at, updated_at)
        SELECT ${id}, ${prefix} || ${sequencePlacesSql(sql.ref('seq.last_value'))}, ${subject.procedure.code}, ${subject.case.code},
          ${subject.procedure.name}, ${state.channel}, ${receiving.code}, ${competent.code},
          ${JSON.stringify(applicant)}::jsonb, ${representative ? JSON.stringify(representative) : null}::jsonb,
          ${JSON.stringify(input.input.components)}::jsonb, ${postalWaybill}, ${columns.status},
          ${columns.statusCode}, ${columns.receivedAt}::timestamptz, ${columns.dueDate}::date, ${columns.dueAt}::timestamptz,
          ${columns.overdueFrom}::date, ${columns.dueSoonFrom}::date, ${workflowId}, ${columns.currentStepKey},
          ${columns.currentAgencyCode}, ${participating}::text[],
          ${homeService ? JSON.stringify(homeService) : null}::jsonb, ${received ? year : null}::integer,
          (SELECT last_value FROM book), ${state.checkCode ?? null}::text, ${recordedAt}::timestamptz,
          ${recordedAt}::timestamptz
        FROM seq
        RETURNING id, code
      ), a AS (
        INSERT INTO dossier_actions (dossier_id, seq, at, recorded_at, actor, action, reason, agency_code, data, hash, prev_hash)
        SELECT d.id, 1, ${stored.at}::timestamptz, ${recordedAt}::timestamptz, ${JSON.stringify(stored.actor)}::jsonb,
          ${stored.action}, ${stored.reason ?? null}::text, NULL, ${JSON.stringify(stored.data)}::jsonb, ${stored.hash}, NULL
        FROM d
      ), o AS (
        INSERT INTO outbox (topic, payload)
        SELECT ${input.topic}, jsonb_build_object('code', d.code, 'phone', ${applicant.phone}::text,
          'email', ${applicant.email ?? null}::text, 'seq', 1,
          'to', jsonb_build_object('phone', ${applicant.phone}::text, 'email', ${applicant.email ?? null}::text,
            'idNumber', ${applicant.idNumber}::text),
          'facts', ${JSON.stringify(facts)}::jsonb || jsonb_build_object('code', d.code))
        FROM d
      )
      SELECT code FROM d`.execute(db);
    // Inside a transaction the version is known only after its commit (the caller's), so it is sent again.
    if (sendVersion && !db.isTransaction) reference.rememberWorkflowVersion(workflowId, steps);
    return inserted.rows[0]!.code;
  } catch (error) {
    if ((error as { code?: string }).code === '23514') {
      throw new DomainError(
        'CONFLICT',
        `Đã hết số thứ tự hồ sơ trong ngày của bộ phận này (${MAX_DAILY_SEQUENCE.toLocaleString('vi-VN')}).`,
        `This counter has used all of today's dossier numbers (${MAX_DAILY_SEQUENCE.toLocaleString('en-US')}).`,
      );
    }
    throw error;
  }
}
