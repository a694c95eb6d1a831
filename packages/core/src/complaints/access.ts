/**
 * Who may do what on a complaint or denunciation case, and who may see a denouncer's identity. One home for
 * these rules: the server asks here, the web asks the server.
 */
import {
  type Actor,
  type AgencyTree,
  agencyAncestry,
  hasRole,
  isInScope,
  type Role,
} from '../access/roles.ts';
import { actionsInState, type CaseAction, type CaseView } from './case.ts';

/** The provincial inspectorate: denunciations against officials may belong to it. */
export const INSPECTORATE_AGENCY = 'ninh-binh.thanh-tra';

/** Who records a case as received: the counter, specialists, leaders, inspectors (in their scope). */
export const CASE_RECEIVERS: readonly Role[] = ['counter-officer', 'specialist', 'leader', 'inspector'];
/** Who decides (accept, refuse, extend, transfer, settle, assign): the agency's leader, or an inspector. */
export const CASE_DECIDERS: readonly Role[] = ['leader', 'inspector'];
/** Who reads the register of an agency's cases. */
export const CASE_READERS: readonly Role[] = [
  'counter-officer',
  'specialist',
  'leader',
  'inspector',
  'supervisor',
  'system-admin',
];

/**
 * Whether an actor sees an agency's cases: their own scope (isInScope; the supervisor and the administrator
 * the whole province) with a role that reads registers.
 */
export const seesCases = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...CASE_READERS) && isInScope(actor, tree, agencyCode);

/** Whether an actor may receive a case for an agency (their own scope only, never the whole province). */
export const mayReceiveFor = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...CASE_RECEIVERS) && ownsScope(actor, tree, agencyCode);

/** The agency is the actor's own or under it: the reach that a supervisor's province-wide view is not. */
const ownsScope = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean => {
  const node = tree.get(actor.agencyCode);
  const root =
    node && ['one-stop-section', 'service-centre'].includes(node.kind) && node.parentCode
      ? node.parentCode
      : actor.agencyCode;
  return agencyAncestry(tree, agencyCode).includes(root);
};

/**
 * What this actor may do now: the state's actions (actionsInState), those the actor's role and scope
 * allow. Deciders act on their own agency's cases; the handler (the assignee) may record a withdrawal.
 */
export function allowedCaseActions(actor: Actor, tree: AgencyTree, view: CaseView): CaseAction[] {
  const inState = actionsInState(view);
  const decider = hasRole(actor, ...CASE_DECIDERS) && ownsScope(actor, tree, view.agencyCode);
  const handler = view.assignee?.id === actor.id;
  return inState.filter((a) => decider || (handler && a === 'withdraw'));
}

/**
 * Who may see a denouncer's identity: the assigned handler, and the handler's leader — an account with the
 * leader (or, at the inspectorate, inspector) role in the owning agency's own scope. A supervisor or
 * administrator is not, by that alone (Law on Denunciations 2018, Art. 47–48: keep the denouncer's
 * identity secret). Every access the server grants is logged.
 */
export function maySeeDenouncer(actor: Actor, tree: AgencyTree, view: CaseView): boolean {
  if (view.assignee?.id === actor.id) return true;
  return hasRole(actor, ...CASE_DECIDERS) && ownsScope(actor, tree, view.agencyCode);
}

/** Who reads the log of accesses to a case's identity: leaders and inspectors of the owning agency. */
export const mayReadIdentityLog = (actor: Actor, tree: AgencyTree, view: CaseView): boolean =>
  hasRole(actor, ...CASE_DECIDERS) && ownsScope(actor, tree, view.agencyCode);

/** Who a case may be assigned to: a specialist, leader or inspector of the owning agency. */
export const CASE_HANDLERS: readonly Role[] = ['specialist', 'leader', 'inspector'];
export const mayHandle = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...CASE_HANDLERS) && ownsScope(actor, tree, agencyCode);
