/**
 * Who may be assigned a dossier's next step: an account with that step's role, within the scope of the
 * step's agency. One rule for the decider (decide.ts refuses anyone else) and for the list of candidates
 * the leader picks from, so the console never offers a name the server would refuse.
 */
import { type Actor, type AgencyTree, isInScope, type Role } from '../access/roles.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import type { DossierState } from './derive-state.ts';

/** An officer the request names (an assignee), as the server found the account. */
export interface StaffRef {
  username: string;
  fullName: string;
  roles: readonly Role[];
  agencyCode: string;
}

/** The step an assignment hands the dossier to: the one after the current step, if any. */
export function assignedStep(state: DossierState, steps: readonly ResolvedStep[]): ResolvedStep | undefined {
  return state.stepIndex === undefined ? undefined : steps[state.stepIndex + 1];
}

/** Whether `staff` may do `step`: the step's role, and the step's agency within their scope. */
export function canBeAssigned(staff: StaffRef, step: ResolvedStep | undefined, tree: AgencyTree): boolean {
  if (!step) return false;
  const role: Role = step.role;
  // Judged as the role they would act in, so another role of theirs (an administrator's) widens nothing.
  const asActor: Actor = { id: '', username: staff.username, roles: [role], agencyCode: staff.agencyCode };
  return staff.roles.includes(role) && isInScope(asActor, tree, step.agencyCode);
}

/** The accounts among `staff` the next step may be assigned to, by name. */
export function assignmentCandidates(
  staff: readonly StaffRef[],
  state: DossierState,
  steps: readonly ResolvedStep[],
  tree: AgencyTree,
): StaffRef[] {
  const step = assignedStep(state, steps);
  return staff
    .filter((s) => canBeAssigned(s, step, tree))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.username.localeCompare(b.username));
}
