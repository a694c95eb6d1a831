/**
 * An officer's work queue within their scope: the rule of each queue is core's (QUEUE_RULES); overdue and
 * due soon are read from the columns written from core's deadlineMarks, so no rule is restated here.
 */
import {
  type DeadlineWarningKind,
  type DossierList,
  type DossierQueue,
  foldVietnamese,
  hasRole,
  isDueSoonOn,
  isInScope,
  isOverdueOn,
  localDateTimeFromInstant,
  type PlainDate,
  QUEUE_RULES,
  type StatusKey,
  statusByKey,
} from '@motcua/core';
import { sql } from 'kysely';
import type { StaffUser } from '../../auth/staff.ts';
import { loadAgencyTree } from '../../reference/agency-tree.ts';
import type { Executor } from '../dossier.repo.ts';

export interface QueueRequest {
  queue: DossierQueue;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listQueue(
  db: Executor,
  actor: StaffUser,
  request: QueueRequest,
  now: Date,
): Promise<DossierList> {
  const tree = await loadAgencyTree(db);
  const all = hasRole(actor, 'system-admin', 'supervisor');
  const scope = [...tree.keys()].filter((code) => isInScope(actor, tree, code));
  const today = localDateTimeFromInstant(now.getTime()).date;
  const rule = QUEUE_RULES[request.queue];
  let query = db.selectFrom('dossiers as d');
  if (!all) query = query.where(sql<boolean>`d.participating_agency_codes && ${scope}::text[]`);
  if (rule.statuses) query = query.where('d.status', 'in', [...rule.statuses]);
  if (rule.atOwnAgency && !all) query = query.where('d.currentAgencyCode', 'in', scope);
  if (rule.waitingOnOfficer) query = query.where(waitingOn(actor, scope));
  if (rule.deadline === 'overdue') query = query.where('d.overdueFrom', '<=', today);
  if (rule.deadline === 'due-soon') {
    query = query
      .where('d.dueSoonFrom', '<=', today)
      .where((eb) => eb.or([eb('d.overdueFrom', 'is', null), eb('d.overdueFrom', '>', today)]));
  }
  const text = request.q?.trim();
  if (text) {
    query = query.where((eb) =>
      eb.or([
        eb('d.code', '=', text),
        eb('d.applicantIdNumber', '=', text.replace(/\s+/g, '')),
        sql<boolean>`d.applicant_name_folded LIKE ${`%${foldVietnamese(text)}%`}`,
      ]),
    );
  }
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'd.code',
      'd.procedureCode',
      'd.procedureName',
      'd.applicant',
      'd.status',
      'd.statusCode',
      'd.receivedAt',
      'd.dueDate',
      'd.overdueFrom',
      'd.dueSoonFrom',
      'd.currentAgencyCode',
      'd.homeService',
      // The badge: the latest deadline warning about the current due date (the leaders' comes last).
      sql<string | null>`(SELECT w.kind FROM deadline_warnings w
        WHERE w.dossier_id = d.id AND w.due_date = d.due_date
        ORDER BY w.kind = 'leader-warning' DESC LIMIT 1)`.as('deadlineWarning'),
    ])
    .orderBy('d.dueDate', 'asc')
    .orderBy('d.code')
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize)
    .execute();
  return {
    items: rows.map((r) => {
      const status = statusByKey(r.status as StatusKey);
      const marks = {
        overdueFrom: (r.overdueFrom as PlainDate | null) ?? undefined,
        dueSoonFrom: (r.dueSoonFrom as PlainDate | null) ?? undefined,
      };
      return {
        code: r.code,
        procedureCode: r.procedureCode,
        procedureName: r.procedureName,
        applicantName: r.applicant.fullName,
        statusKey: status.key,
        statusCode: status.code,
        statusLabel: status.label,
        receivedAt: r.receivedAt?.toISOString() ?? null,
        dueDate: r.dueDate,
        currentAgencyCode: r.currentAgencyCode,
        homeService: r.homeService !== null,
        isOverdue: isOverdueOn(marks, today),
        dueSoon: isDueSoonOn(marks, today),
        deadlineWarning: (r.deadlineWarning as DeadlineWarningKind | null) ?? null,
      };
    }),
    total: Number(total),
    page: request.page,
    pageSize: request.pageSize,
  };
}

/**
 * QUEUE_RULES' waitingOnOfficer as SQL: the current step (found in the dossier's own workflow version) is at
 * an agency in scope and done by one of the officer's roles, and the latest step-starting entry is not an
 * assignment to someone else.
 */
function waitingOn(actor: StaffUser, scope: readonly string[]) {
  return sql<boolean>`d.current_agency_code = ANY(${[...scope]}::text[])
    AND EXISTS (
      SELECT 1 FROM workflow_versions w, jsonb_array_elements(w.steps) AS s(step)
      WHERE w.id = d.workflow_id AND s.step->>'key' = d.current_step_key
        AND s.step->>'role' = ANY(${[...actor.roles]}::text[]))
    AND NOT EXISTS (
      SELECT 1 FROM dossier_actions a
      WHERE a.dossier_id = d.id AND a.action = 'assign' AND a.data->>'assignee' <> ${actor.username}
        AND a.seq = (SELECT max(b.seq) FROM dossier_actions b
                     WHERE b.dossier_id = d.id AND b.data->'step' IS NOT NULL))`;
}
