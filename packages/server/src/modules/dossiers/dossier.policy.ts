/**
 * Who may see a dossier and who may act on it. Every agency of the dossier's workflow sees it (the counter,
 * the competent agency, coordinating agencies in an inter-agency flow); supervisors and system
 * administrators see every dossier of the province. Acting needs the action's role and the scope of the
 * agency the action belongs to: the receiving counter for counter actions, else the agency whose step the
 * dossier is at. A hand-over (transfer, assign, submit, approve, forward, issue) is the current step's and
 * needs the step's role; sending back needs a step that may do it.
 */
import {
  type ActionType,
  type AgencyTree,
  allowedActions,
  hasRole,
  isHandOverAction,
  isInScope,
  type ResolvedStep,
  rolesForAction,
  type StatusKey,
} from '@motcua/core';
import type { StaffUser } from '../../http/auth.ts';
import type { DossierRow } from './dossiers.repo.ts';

const COUNTER_ACTIONS: readonly ActionType[] = [
  'receive',
  'refuse',
  'supplement',
  'withdraw',
  'record-payment',
  'schedule-return',
  'return-result',
];

type Owners = Pick<
  DossierRow,
  'receivingAgencyCode' | 'competentAgencyCode' | 'currentAgencyCode' | 'participatingAgencyCodes'
>;

/** Past the due date without an extension, only these may happen (the apology with a new date first). */
export const ACTIONS_WHEN_OVERDUE: readonly ActionType[] = ['apologize-extend', 'withdraw', 'stop'];

/** Extensions and stops are decided by the competent agency or by the agency holding the dossier. */
const LEADER_DECISIONS: readonly ActionType[] = ['apologize-extend', 'stop'];

export function canSeeDossier(actor: StaffUser, tree: AgencyTree, dossier: Owners): boolean {
  return [dossier.receivingAgencyCode, dossier.competentAgencyCode, ...dossier.participatingAgencyCodes].some(
    (code) => isInScope(actor, tree, code),
  );
}

/** The agencies whose staff may perform `action` now. */
export function actionAgencies(action: ActionType, dossier: Owners, step?: ResolvedStep): string[] {
  if (COUNTER_ACTIONS.includes(action)) return [dossier.receivingAgencyCode];
  const holder = step?.agencyCode ?? dossier.currentAgencyCode ?? dossier.competentAgencyCode;
  if (LEADER_DECISIONS.includes(action)) return [holder, dossier.competentAgencyCode];
  return [holder];
}

export function canPerformAction(
  actor: StaffUser,
  tree: AgencyTree,
  dossier: Owners,
  status: StatusKey,
  action: ActionType,
  step?: ResolvedStep,
): boolean {
  const inScope = actionAgencies(action, dossier, step).some((code) => isInScope(actor, tree, code));
  if (isHandOverAction(action)) return step?.handOver === action && hasRole(actor, step.role) && inScope;
  if (step && action === 'return-for-rework') return step.mayReturn && hasRole(actor, step.role) && inScope;
  return hasRole(actor, ...rolesForAction(action, status)) && inScope;
}

/** The actions the table allows now that this actor may perform (the buttons the console shows). */
export function actorActions(
  actor: StaffUser,
  tree: AgencyTree,
  dossier: Owners,
  status: StatusKey,
  step?: ResolvedStep,
): ActionType[] {
  return allowedActions(status).filter((action) =>
    canPerformAction(actor, tree, dossier, status, action, step),
  );
}
