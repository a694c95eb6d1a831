/**
 * The staff view of a dossier (DossierViewSchema): what its log recorded, the state derived from it, where
 * it is in its workflow, and the actions this officer may take now — the very list the server accepts.
 */

import { createHash } from 'node:crypto';
import {
  ACTION_LABELS,
  type ActionContext,
  apologyDueBy,
  assignedStep,
  assignmentCandidates,
  availableActions,
  currentStep,
  type DossierFile,
  type DossierView,
  dueSoon,
  isApologyLateOn,
  isOverdue,
  isRole,
  localDateTimeFromInstant,
  overrideRequired,
  paperFilesLate,
  REASON_REQUIRED,
  type SlipLink,
  type StaffRef,
  statusByKey,
  stepResult,
  uploadKinds,
  type WorkingCalendar,
} from '@motcua/core';
import { sql } from 'kysely';
import type { StaffUser } from '../auth/staff.ts';
import type { AgencyRef, ReferenceCache } from '../reference/reference-cache.ts';
import type { Executor } from './dossier.repo.ts';
import { listDossierFiles } from './files/dossier-files.ts';
import type { LoadedDossier } from './load-dossier.ts';
import { handOverEntry } from './slips/handover-receipt.ts';

export interface PresentContext {
  actor: StaffUser;
  agencies: ReadonlyMap<string, AgencyRef>;
  calendar: WorkingCalendar;
  now: Date;
  files: DossierFile[];
  /** The active accounts with the next step's role, for the assign action's list. */
  staff?: readonly StaffRef[];
}

export const formUrl = (code: string, form: string, seq?: number) =>
  `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf${seq === undefined ? '' : `?seq=${seq}`}`;

/**
 * The slips a dossier has: the receipt once received, each numbered slip issued, the control slip, the
 * hand-over receipt once the result was handed over in person.
 */
export function slipLinks(d: Pick<LoadedDossier, 'row' | 'state' | 'log'>): SlipLink[] {
  const { code } = d.row;
  const { state } = d;
  // A result handed over in person has its hand-over receipt, signed by both sides.
  const handOver = handOverEntry(d);
  return [
    ...(state.receivedAt
      ? [{ form: '01' as const, number: null, issuedAt: state.receivedAt, url: formUrl(code, '01') }]
      : []),
    ...state.slips.map((s) => ({
      form: s.form,
      number: s.number,
      issuedAt: s.issuedAt,
      url: formUrl(code, s.form, s.seq),
    })),
    ...(state.visits.length > 0
      ? [{ form: '06' as const, number: null, issuedAt: null, url: formUrl(code, '06') }]
      : []),
    ...(handOver
      ? [{ form: 'GN' as const, number: null, issuedAt: handOver.at, url: formUrl(code, 'GN') }]
      : []),
  ];
}

export function actionContext(
  d: LoadedDossier,
  actor: StaffUser,
  now: Date,
  calendar: WorkingCalendar,
): ActionContext {
  return {
    actor,
    tree: d.tree,
    dossier: d.row,
    steps: d.steps,
    today: localDateTimeFromInstant(now.getTime()).date,
    calendar,
  };
}

export function presentDossier(d: LoadedDossier, ctx: PresentContext): DossierView {
  const { row, state, steps, log } = d;
  const { subject } = state;
  const agency = (code: string) => ({ code, name: ctx.agencies.get(code)?.name ?? code });
  const status = statusByKey(state.status);
  const actions = actionContext(d, ctx.actor, ctx.now, ctx.calendar);
  const step = currentStep(state, steps);
  const nowIso = ctx.now.toISOString();
  return {
    code: row.code,
    checkCode: state.checkCode ?? null,
    procedure: { code: subject.procedure.code, name: subject.procedure.name },
    case: { code: subject.case.code, name: subject.case.name },
    channel: state.channel,
    applicant: row.applicant,
    ...(row.representative ? { representative: row.representative } : {}),
    ...(row.postalWaybill ? { postalWaybill: row.postalWaybill } : {}),
    homeService: row.homeService,
    returnAppointment: state.returnAppointment ?? null,
    components: subject.checklist
      .filter((c) => c.given > 0)
      .map((c) => ({ id: c.id, name: c.name, form: c.form, quantity: c.given })),
    receivingAgency: agency(row.receivingAgencyCode),
    competentAgency: agency(row.competentAgencyCode),
    status: status.code,
    statusKey: status.key,
    statusLabel: status.label,
    receivedAt: state.receivedAt ?? null,
    dueDate: state.dueDate ?? null,
    ...(state.dueAt ? { dueAt: state.dueAt } : {}),
    originalDueDate: state.originalDueDate ?? null,
    isOverdue: isOverdue(state, actions.today),
    dueSoon: dueSoon(state, actions.today, ctx.calendar),
    apologyDueBy: apologyDueBy(state, ctx.calendar) ?? null,
    apologyLate: state.dueDate !== undefined && isApologyLateOn(state.dueDate, actions.today),
    paperFiles: state.paperDueAt
      ? {
          dueAt: state.paperDueAt,
          sentAt: state.paperSentAt ?? null,
          late: paperFilesLate(state, nowIso),
        }
      : null,
    requiresApology: isOverdue(state, actions.today),
    pausedWorkingDays: state.pausedWorkingDays,
    extensions: state.extensions.map((x) => ({
      at: x.at,
      previousDueDate: x.previousDueDate,
      newDueDate: x.newDueDate,
      reason: x.reason,
      ...(x.delivery ? { delivery: x.delivery } : {}),
      breach: x.late === true || x.override === true,
    })),
    resultCodes: state.resultCodes,
    currentStep: step ? { key: step.key, name: step.name, agency: agency(step.agencyCode) } : null,
    workflow: steps.map((s) => ({
      key: s.key,
      name: s.name,
      nameEn: s.nameEn,
      agency: agency(s.agencyCode),
      role: s.role,
      handOver: s.handOver,
      allotment: s.allotment,
      interAgency: s.agency === 'coordinating',
    })),
    steps: state.visits.map((v) => {
      const s = steps[v.stepIndex];
      return {
        key: v.stepKey,
        name: s?.name ?? v.stepKey,
        nameEn: s?.nameEn ?? v.stepKey,
        agency: agency(s?.agencyCode ?? ''),
        startedAt: v.startedAt,
        givenBy: v.givenBy,
        dueAt: v.dueAt,
        endedAt: v.endedAt ?? null,
        endedBy: v.endedBy ?? null,
        ...(v.handedTo ? { handedTo: v.handedTo } : {}),
        ...(v.note ? { note: v.note } : {}),
        result: stepResult(v, nowIso),
      };
    }),
    allowedActions: availableActions(state, actions).map((action) => ({
      action,
      label: ACTION_LABELS[action].vi,
      labelEn: ACTION_LABELS[action].en,
      reasonRequired: REASON_REQUIRED.includes(action),
      ...(action === 'request-supplement' || action === 'apologize-extend'
        ? { overrideRequired: overrideRequired(state, action) }
        : {}),
      ...(action === 'consult-reply' ? { agencies: state.pendingConsultations } : {}),
      ...(action === 'issue-result' && state.approvedBy ? { signer: state.approvedBy } : {}),
      ...(action === 'assign'
        ? {
            assignees: assignmentCandidates(ctx.staff ?? [], state, steps, d.tree).map((s) => ({
              username: s.username,
              fullName: s.fullName,
            })),
          }
        : {}),
    })),
    slips: slipLinks(d),
    log: log.map((e) => ({
      seq: e.seq,
      at: e.at,
      recordedAt: e.recordedAt,
      actor: { name: e.actor.name, role: e.actor.role },
      action: e.action,
      actionLabel: ACTION_LABELS[e.action].vi,
      ...(e.reason ? { reason: e.reason } : {}),
      data: e.data as Record<string, unknown>,
      hash: e.hash,
      prevHash: e.prevHash,
    })),
    files: ctx.files,
    canUpload: uploadKinds(ctx.actor, d.tree, state, row, steps),
  };
}

/**
 * The view's entity tag: it changes with the log's last entry (every change to a dossier is one), the files,
 * the day (overdue, due soon) and who asks (the actions offered are theirs), so a poll answers 304 otherwise.
 */
export function viewTag(
  d: LoadedDossier,
  actor: StaffUser,
  now: Date,
  files: readonly DossierFile[],
): string {
  const parts = [
    d.log.at(-1)?.hash ?? '',
    actor.id,
    localDateTimeFromInstant(now.getTime()).date,
    ...files.map((f) => f.id),
  ];
  return `W/"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`;
}

/** The view of a loaded dossier for an officer, with its files (read outside any transaction). */
export async function dossierView(
  db: Executor,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  d: LoadedDossier,
  actor: StaffUser,
  now: Date,
  loadedFiles?: DossierFile[],
): Promise<DossierView> {
  // The candidates for an assignment are looked up only when this officer is offered one (a poll of the
  // page by anyone else costs no query of the staff accounts).
  const assigns = availableActions(d.state, actionContext(d, actor, now, deps.calendar)).includes('assign');
  const [agencies, files, staff] = await Promise.all([
    deps.reference.agencies(),
    loadedFiles ?? listDossierFiles(db, d.row.id),
    assigns ? staffForNextStep(db, d) : [],
  ]);
  return presentDossier(d, { actor, agencies, calendar: deps.calendar, now, files, staff });
}

/** The active accounts holding the next step's role; core's rule then says which of them may take it. */
async function staffForNextStep(db: Executor, d: LoadedDossier): Promise<StaffRef[]> {
  const step = assignedStep(d.state, d.steps);
  if (!step) return [];
  const rows = await db
    .selectFrom('staffAccounts')
    .select(['username', 'fullName', 'roles', 'agencyCode'])
    .where('disabledAt', 'is', null)
    .where(sql<boolean>`${step.role} = ANY(roles)`)
    .execute();
  return rows.map((r) => ({ ...r, roles: r.roles.filter(isRole) }));
}
