/** The officers' work queues (GET /api/dossiers?queue=), in the order the console shows them as tabs. */
import type { StatusKey } from './statuses.ts';

export const DOSSIER_QUEUES = [
  'all',
  'mine',
  'to-receive',
  'processing',
  'waiting',
  'due-soon',
  'overdue',
  'finished',
] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];

export interface QueueRule {
  /** Only dossiers in these statuses. */
  statuses?: readonly StatusKey[];
  /** Only what sits at the officer's own agency now (the counter's until it transfers). */
  atOwnAgency?: boolean;
  /** Judged by the deadline marks of timeliness.ts (the cached overdue_from / due_soon_from columns). */
  deadline?: 'overdue' | 'due-soon';
  /**
   * Only what waits on this officer now: the current step is at an agency in their scope and done by a role
   * they hold, and when an assignment started that step (the latest entry to start a step is an 'assign'),
   * it is the assignee's alone — the colleagues with the same role no longer see it as theirs.
   */
  waitingOnOfficer?: boolean;
}

/** What each queue holds; the server turns it into SQL, the console into tabs. */
export const QUEUE_RULES: Readonly<Record<DossierQueue, QueueRule>> = {
  all: {},
  mine: { statuses: ['received', 'processing'], waitingOnOfficer: true },
  'to-receive': { statuses: ['new'] },
  processing: { statuses: ['received', 'processing'], atOwnAgency: true },
  waiting: { statuses: ['supplement-requested', 'payment-requested'] },
  'due-soon': { deadline: 'due-soon' },
  overdue: { deadline: 'overdue' },
  finished: { statuses: ['finished'] },
};
