/**
 * Who may do what on a PAKN: one home for these rules (the server asks here, the web asks the server).
 * Scope as complaints': an agency's own officers (and those above it) see its cases, the province's
 * supervisor and administrator all; acting is for the owning agency's own officers only.
 */
import {
  type Actor,
  type AgencyTree,
  agencyAncestry,
  hasRole,
  isInScope,
  type Role,
} from '../access/roles.ts';
import type { PlainDate } from '../calendar/index.ts';
import { type FeedbackAction, type FeedbackView, feedbackActionsInState } from './case.ts';

/** Who enters a PAKN from the hotline, in person, a survey, Facebook or Zalo, or opens a suggestion box. */
export const FEEDBACK_RECEIVERS: readonly Role[] = ['counter-officer', 'specialist', 'leader', 'inspector'];
/** Who handles one (assign, reject, request information, transfer, merge, draft, publish). */
export const FEEDBACK_HANDLERS: readonly Role[] = ['specialist', 'leader', 'inspector'];
/** Who approves an answer: a leader (or, at the inspectorate, an inspector). */
export const FEEDBACK_APPROVERS: readonly Role[] = ['leader', 'inspector'];
export const FEEDBACK_READERS: readonly Role[] = [
  'counter-officer',
  'specialist',
  'leader',
  'inspector',
  'supervisor',
  'system-admin',
];

export const seesFeedback = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...FEEDBACK_READERS) && isInScope(actor, tree, agencyCode);

/** The agency is the actor's own or under it (a counter unit counts as its parent's). */
export const ownsFeedbackScope = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean => {
  const node = tree.get(actor.agencyCode);
  const root =
    node && ['one-stop-section', 'service-centre'].includes(node.kind) && node.parentCode
      ? node.parentCode
      : actor.agencyCode;
  return agencyAncestry(tree, agencyCode).includes(root);
};

export const mayEnterFeedbackFor = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...FEEDBACK_RECEIVERS) && ownsFeedbackScope(actor, tree, agencyCode);

export const mayHandleFeedback = (actor: Actor, tree: AgencyTree, agencyCode: string): boolean =>
  hasRole(actor, ...FEEDBACK_HANDLERS) && ownsFeedbackScope(actor, tree, agencyCode);

/** The staff actions this actor may take now: the state's, filtered by role and scope (never rate/reopen). */
export function allowedFeedbackActions(
  actor: Actor,
  tree: AgencyTree,
  view: FeedbackView,
  today: PlainDate,
): FeedbackAction[] {
  const own = ownsFeedbackScope(actor, tree, view.agencyCode);
  if (!own) return [];
  const handler = hasRole(actor, ...FEEDBACK_HANDLERS);
  const approver = hasRole(actor, ...FEEDBACK_APPROVERS);
  return feedbackActionsInState(view, today).filter((a) => {
    if (a === 'rate' || a === 'reopen') return false;
    if (a === 'approve') return approver;
    return handler;
  });
}
