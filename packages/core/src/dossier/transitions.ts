/**
 * The dossier state machine as data (STYLE.md item 1): for each status, the actions allowed and where
 * each leads. The server checks every action against it; the web console reads it to decide which
 * buttons to show. 'none' is the state before a dossier exists.
 */
import { DomainError } from '../errors.ts';
import { ACTION_LABELS, ACTION_TYPES, type ActionType } from './actions.ts';
import { type StatusKey, statusByKey } from './statuses.ts';

/** A status; 'same' (status unchanged); or 'before-pause', the status the dossier had before it waited. */
export type Target = StatusKey | 'same' | 'before-pause';

export type TransitionTable = Readonly<
  Record<StatusKey | 'none', Readonly<Partial<Record<ActionType, Target>>>>
>;

export const TRANSITIONS: TransitionTable = deepFreeze({
  none: {
    'submit-online': 'new',
    // Counter or postal intake of a complete dossier creates it already received.
    receive: 'received',
  },
  new: {
    receive: 'received',
    refuse: 'refused',
    'request-supplement': 'supplement-requested',
    withdraw: 'withdrawn',
  },
  received: {
    transfer: 'processing',
    'apologize-extend': 'same',
    // The applicant may ask to stop before the counter has even transferred it.
    stop: 'stopped',
    withdraw: 'withdrawn',
  },
  refused: {},
  processing: {
    'send-paper': 'same',
    'request-supplement': 'supplement-requested',
    assign: 'same',
    appraise: 'same',
    'submit-for-approval': 'same',
    approve: 'same',
    'return-for-rework': 'same',
    consult: 'same',
    'consult-reply': 'same',
    forward: 'same',
    'request-payment': 'payment-requested',
    'apologize-extend': 'same',
    stop: 'stopped',
    withdraw: 'withdrawn',
    'issue-result': 'finished',
  },
  'supplement-requested': {
    'send-paper': 'same',
    supplement: 'before-pause',
    'apologize-extend': 'same',
    stop: 'stopped',
    withdraw: 'withdrawn',
  },
  'payment-requested': {
    'send-paper': 'same',
    'record-payment': 'before-pause',
    'apologize-extend': 'same',
    stop: 'stopped',
    withdraw: 'withdrawn',
  },
  withdrawn: {},
  stopped: {},
  finished: {
    'schedule-return': 'same',
    'return-result': 'returned',
  },
  returned: {},
});

function deepFreeze<T extends Record<string, object>>(table: T): T {
  for (const row of Object.values(table)) Object.freeze(row);
  return Object.freeze(table);
}

/** Allowed actions in a status, in the order of ACTION_TYPES (stable for buttons and error details). */
export const allowedActions = (status: StatusKey | 'none'): ActionType[] => {
  const row = TRANSITIONS[status];
  return ACTION_TYPES.filter((a) => row[a] !== undefined);
};

export const canPerform = (status: StatusKey | 'none', action: ActionType): boolean =>
  TRANSITIONS[status][action] !== undefined;

const statusLabel = (status: StatusKey | 'none'): { vi: string; en: string } => {
  if (status === 'none') return { vi: 'chưa có hồ sơ', en: 'no dossier yet' };
  const s = statusByKey(status);
  return { vi: s.label, en: s.labelEn };
};

/**
 * The status after `action`. Throws DomainError('INVALID_TRANSITION') with `details.allowedActions` when
 * the table does not allow it. `statusBeforePause` is needed only to resume from a pause ('supplement',
 * 'record-payment'); a missing one there is a caller bug (RangeError), not a user error.
 */
export const nextStatus = (
  status: StatusKey | 'none',
  action: ActionType,
  statusBeforePause?: StatusKey,
): StatusKey => {
  const target = TRANSITIONS[status][action];
  if (target === undefined) {
    const allowed = allowedActions(status);
    const label = statusLabel(status);
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể thực hiện "${ACTION_LABELS[action].vi}" khi hồ sơ ở trạng thái "${label.vi}".`,
      `"${ACTION_LABELS[action].en}" is not allowed when the dossier is "${label.en}".`,
      { details: { status, action, allowedActions: allowed } },
    );
  }
  if (target === 'same') {
    if (status === 'none') throw new RangeError(`'same' target from no dossier: ${action}`);
    return status;
  }
  if (target === 'before-pause') {
    if (statusBeforePause === undefined) {
      throw new RangeError(`"${action}" from "${status}" needs the status before the pause`);
    }
    return statusBeforePause;
  }
  return target;
};
