/** The staff view of a dossier: its data, derived state, timeline, and the actions this actor may take. */

import {
  ACTION_LABELS,
  type AgencyTree,
  type ComponentForm,
  type DossierState,
  dueSoon,
  isOverdue,
  localDateTimeFromInstant,
  requiresApology,
  statusByKey,
  stepResult,
} from '@motcua/core';
import type { StaffUser } from '../../http/auth.ts';
import { dossierCase, type ReferenceCache } from '../reference/reference-cache.ts';
import { ACTIONS_WHEN_OVERDUE, actorActions } from './dossier.policy.ts';
import { type DossierContext, type DossierRow, progressOf, type StoredAction } from './dossiers.repo.ts';

export async function presentDossier(
  reference: ReferenceCache,
  row: DossierRow,
  log: readonly StoredAction[],
  state: DossierState,
  ctx: DossierContext,
  actor: StaffUser,
  tree: AgencyTree,
  now: Date,
) {
  const today = localDateTimeFromInstant(now.getTime()).date;
  const { procedure, procedureCase } = await dossierCase(reference, row);
  const agencies = await reference.agencies();
  const agency = (code: string) => ({ code, name: agencies.get(code)?.name ?? code });
  const status = statusByKey(state.status);
  const overdue = isOverdue(state, today);
  const mustApologise = requiresApology(state, today, ctx.calendar);
  const progress = progressOf(log, ctx);
  const nowIso = now.toISOString();
  const actions = actorActions(actor, tree, row, state.status, progress.current).filter(
    (a) => !mustApologise || ACTIONS_WHEN_OVERDUE.includes(a),
  );
  return {
    code: row.code,
    procedure: { code: procedure.code, name: procedure.name },
    case: { code: procedureCase.code, name: procedureCase.name },
    channel: row.channel,
    applicant: row.applicant,
    ...(row.representative ? { representative: row.representative } : {}),
    ...(row.postalWaybill ? { postalWaybill: row.postalWaybill } : {}),
    homeService: row.homeService,
    returnAppointment: state.returnAppointment ?? null,
    components: row.components.map((c) => {
      const item = procedureCase.components.find((k) => k.id === c.id);
      return {
        id: c.id,
        name: item?.name ?? c.id,
        form: (item?.form ?? 'copy') as ComponentForm,
        quantity: c.quantity,
      };
    }),
    receivingAgency: agency(row.receivingAgencyCode),
    competentAgency: agency(row.competentAgencyCode),
    status: status.code,
    statusKey: status.key,
    statusLabel: status.label,
    receivedAt: state.receivedAt ?? null,
    dueDate: state.dueDate ?? null,
    ...(state.dueAt ? { dueAt: state.dueAt } : {}),
    isOverdue: overdue,
    dueSoon: dueSoon(state, today, ctx.calendar),
    requiresApology: mustApologise,
    pausedWorkingDays: state.pausedWorkingDays,
    extensions: state.extensions,
    resultCodes: state.resultCodes,
    currentStep: progress.current
      ? {
          key: progress.current.key,
          name: progress.current.name,
          agency: agency(progress.current.agencyCode),
        }
      : null,
    workflow: ctx.steps.map((s) => ({
      key: s.key,
      name: s.name,
      nameEn: s.nameEn,
      agency: agency(s.agencyCode),
      role: s.role,
      handOver: s.handOver,
      allotment: s.allotment,
      interAgency: s.agency === 'coordinating',
    })),
    steps: progress.visits.map((v) => ({
      key: v.stepKey,
      name: v.name,
      nameEn: ctx.steps[v.stepIndex]?.nameEn ?? v.name,
      agency: agency(v.agencyCode),
      startedAt: v.startedAt,
      givenBy: v.givenBy,
      dueAt: v.dueAt,
      endedAt: v.endedAt ?? null,
      endedBy: v.endedBy ?? null,
      ...(v.handedTo ? { handedTo: v.handedTo } : {}),
      ...(v.note ? { note: v.note } : {}),
      result: stepResult(v, nowIso),
    })),
    allowedActions: actions.map((action) => ({
      action,
      label: ACTION_LABELS[action].vi,
      labelEn: ACTION_LABELS[action].en,
    })),
    log: log.map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: { name: e.actor.name, role: e.actor.role },
      action: e.action,
      actionLabel: ACTION_LABELS[e.action].vi,
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.data ? { data: e.data } : {}),
      hash: e.hash,
      prevHash: e.prevHash,
    })),
  };
}
