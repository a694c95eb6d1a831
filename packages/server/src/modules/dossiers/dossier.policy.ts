/**
 * Who may see a dossier and who may act on it: the roles of the action (from the core table) and the scope
 * of the agency the action belongs to — the receiving counter for counter actions, the competent agency
 * for processing. Supervisors and system administrators see every dossier of the province.
 */
import {
  type ActionType,
  type AgencyTree,
  allowedActions,
  hasRole,
  isInScope,
  rolesForAction,
  type StatusKey,
} from '@motcua/core';
import type { StaffUser } from '../../http/auth.ts';
import type { DossierRow } from './dossiers.repo.ts';

const COUNTER_ACTIONS: readonly ActionType[] = [
  'receive',
  'refuse',
  'transfer',
  'supplement',
  'withdraw',
  'record-payment',
  'return-result',
];

type Owners = Pick<DossierRow, 'receivingAgencyCode' | 'competentAgencyCode'>;

/** Past the due date without an extension, only these may happen (the apology with a new date first). */
export const ACTIONS_WHEN_OVERDUE: readonly ActionType[] = ['apologize-extend', 'withdraw', 'stop'];

export function canSeeDossier(actor: StaffUser, tree: AgencyTree, dossier: Owners): boolean {
  return (
    isInScope(actor, tree, dossier.receivingAgencyCode) || isInScope(actor, tree, dossier.competentAgencyCode)
  );
}

export function actionAgency(action: ActionType, dossier: Owners): string {
  return COUNTER_ACTIONS.includes(action) ? dossier.receivingAgencyCode : dossier.competentAgencyCode;
}

export function canPerformAction(
  actor: StaffUser,
  tree: AgencyTree,
  dossier: Owners,
  status: StatusKey,
  action: ActionType,
): boolean {
  const roles = rolesForAction(action, status);
  return hasRole(actor, ...roles) && isInScope(actor, tree, actionAgency(action, dossier));
}

/** The actions the table allows now that this actor may perform (the buttons the console shows). */
export function actorActions(
  actor: StaffUser,
  tree: AgencyTree,
  dossier: Owners,
  status: StatusKey,
): ActionType[] {
  return allowedActions(status).filter((action) => canPerformAction(actor, tree, dossier, status, action));
}
