/**
 * What an applicant may do to their own dossier online (issue 11): answer a supplement request with new
 * files, and withdraw it. The same transition table as the counter's (transitions.ts): the citizen channel is
 * one more path through the rules, not a second set of them. Whose dossier it is, the server checks (a
 * citizen sees only theirs: 404 otherwise).
 */
import { DomainError } from '../errors.ts';
import { ACTION_LABELS } from './actions.ts';
import type { DossierState } from './derive-state.ts';
import { canPerform } from './transitions.ts';

export const CITIZEN_ONLINE_ACTIONS = ['supplement', 'withdraw'] as const;
export type CitizenActionType = (typeof CITIZEN_ONLINE_ACTIONS)[number];

/** The role recorded in the log entry of an applicant's own action. */
export const CITIZEN_ROLE = 'citizen';

/** The actions the applicant may take now, in this order (the page's buttons). */
export const citizenActions = (state: Pick<DossierState, 'status'>): CitizenActionType[] =>
  CITIZEN_ONLINE_ACTIONS.filter((action) => canPerform(state.status, action));

/** Throws INVALID_TRANSITION (with the actions allowed) unless the applicant may take `action` now. */
export function assertCitizenAction(state: Pick<DossierState, 'status'>, action: CitizenActionType): void {
  if (citizenActions(state).includes(action)) return;
  const label = ACTION_LABELS[action];
  throw new DomainError(
    'INVALID_TRANSITION',
    action === 'supplement'
      ? 'Hồ sơ không có yêu cầu bổ sung nào đang chờ bạn.'
      : `Không thể "${label.vi}" khi hồ sơ ở trạng thái hiện tại.`,
    action === 'supplement'
      ? 'No supplement request is waiting for you on this dossier.'
      : `Cannot "${label.en}" in the dossier's current status.`,
    { details: { status: state.status, allowedActions: citizenActions(state) } },
  );
}
