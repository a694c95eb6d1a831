/**
 * Who may do what in citizen reception. Reading the staff side: anyone who reads complaint registers in
 * scope. Recording a reception: the agency's receivers (counter, specialist, leader, inspector) in their
 * own scope. Editing the schedule, dialogues and contacts: the agency's leader or an administrator of it.
 */
import { type Actor, type AgencyTree, administers, hasRole, type Role } from '../access/roles.ts';
import { mayReceiveFor, seesCases } from '../complaints/access.ts';

export const RECEPTION_EDITORS: readonly Role[] = ['leader', 'system-admin'];

export const seesReception = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  seesCases(actor, tree, agencyCode);
export const mayRecordReception = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  mayReceiveFor(actor, tree, agencyCode);
export const mayEditReception = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...RECEPTION_EDITORS) && administers(actor, tree, agencyCode);
