/**
 * What anyone may see of a dossier by its code (the receipt's QR): its status, procedure and agency; and,
 * with the check code printed on the receipt, when it was received, its due date and where it is now
 * (issue 9, item 10). No personal data either way.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  DomainError,
  normaliseCheckCode,
  type PublicDetails,
  type PublicDossier,
  type StatusKey,
  statusByKey,
  type WorkingCalendar,
} from '@motcua/core';
import type { Selectable } from 'kysely';
import type pg from 'pg';
import type { DossiersTable } from '../../../adapters/db/schema.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import type { Executor } from '../dossier.repo.ts';
import { countdownAndForecast, type StepStatsCache } from './public-forecast.ts';

/** What the details' countdown and forecast are counted with. */
export interface LookupDeps {
  /** The pool under `db`: the lookup's statement is prepared by name. */
  pool: pg.Pool;
  reference: ReferenceCache;
  now: Date;
  calendar: WorkingCalendar;
  stats: StepStatsCache;
}

/**
 * Whether `typed` is the dossier's check code, compared in constant time (both are six ASCII characters
 * once normalised), so the answer's timing does not tell how many characters were right.
 */
export function checkCodeMatches(stored: string, typed: string): boolean {
  const given = normaliseCheckCode(typed);
  if (given === null || given.length !== stored.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(stored));
}

/** What the answer holds beyond the status, for the check code given (or not) with the lookup. */
function detailsFor(stored: string | null, typed: string | undefined): PublicDetails {
  if (stored === null) return 'unavailable';
  if (typed === undefined || typed.trim() === '') return 'check-code-needed';
  return checkCodeMatches(stored, typed) ? 'shown' : 'check-code-wrong';
}

/**
 * The lookup's one statement: one table by its unique code (the agencies' names and the workflow come from
 * the reference cache), prepared by name on each pooled connection, so PostgreSQL plans it once rather than
 * on every call — the lookup is the busiest public route (bench/README.md, public lookup: 1.3–1.6× the
 * requests/s of the same statement unnamed).
 */
const LOOKUP = {
  name: 'public-dossier-by-code',
  text: `SELECT d.code, d.status, d.received_at AS "receivedAt", d.due_date AS "dueDate",
      d.procedure_name AS "procedureName", d.check_code AS "checkCode", d.paused_at AS "pausedAt",
      d.procedure_code AS "procedureCode", d.case_code AS "caseCode",
      d.competent_agency_code AS "competentAgencyCode", d.current_agency_code AS "currentAgencyCode",
      d.workflow_id AS "workflowId", d.current_step_key AS "currentStepKey",
      -- When the current step started: the latest entry that started a step (a few rows by primary key).
      (SELECT a.at FROM dossier_actions a WHERE a.dossier_id = d.id AND a.data ? 'step'
        ORDER BY a.seq DESC LIMIT 1) AS "stepStartedAt"
    FROM dossiers d WHERE d.code = $1`,
};

/** The columns LOOKUP selects (Selectable types of `dossiers`, and the step's start). */
type LookupRow = Pick<
  Selectable<DossiersTable>,
  | 'code'
  | 'status'
  | 'receivedAt'
  | 'dueDate'
  | 'procedureName'
  | 'checkCode'
  | 'pausedAt'
  | 'procedureCode'
  | 'caseCode'
  | 'competentAgencyCode'
  | 'currentAgencyCode'
  | 'workflowId'
  | 'currentStepKey'
> & { stepStartedAt: Date | null };

export async function findPublicDossier(
  db: Executor,
  deps: LookupDeps,
  code: string,
  checkCode?: string,
): Promise<PublicDossier> {
  const row = (await deps.pool.query<LookupRow>({ ...LOOKUP, values: [code] })).rows[0];
  if (!row) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ với mã này.', 'No dossier with this code.', {
      fields: [{ path: 'code', message: 'Mã hồ sơ không tồn tại.', messageEn: 'Unknown dossier code.' }],
    });
  }
  const agencies = await deps.reference.agencies();
  const status = statusByKey(row.status as StatusKey);
  const details = detailsFor(row.checkCode, checkCode);
  // What the legal code and the status show: anyone may read it, as on the counter's public board.
  const minimal: PublicDossier = {
    code: row.code,
    status: status.code,
    statusKey: status.key,
    statusLabel: status.publicLabel,
    statusLabelEn: status.publicLabelEn,
    procedureName: row.procedureName,
    agencyName: agencies.get(row.competentAgencyCode)?.name ?? '',
    details,
  };
  if (details !== 'shown') return minimal;
  const workflow = (await deps.reference.workflowVersion(row.workflowId, db)) ?? [];
  const step = workflow.find((s) => s.key === row.currentStepKey);
  const currentAgencyName = row.currentAgencyCode ? agencies.get(row.currentAgencyCode)?.name : undefined;
  return {
    ...minimal,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueDate: row.dueDate,
    // Where it is now (an inter-agency dossier moves between agencies); steps carry no personal data.
    currentStep: step && currentAgencyName ? { name: step.name, agencyName: currentAgencyName } : null,
    ...(await countdownAndForecast(
      {
        ...row,
        workflow,
        status: status.key,
        stepStartedAt: row.stepStartedAt,
      },
      deps.now,
      deps.calendar,
      deps.stats,
    )),
  };
}
