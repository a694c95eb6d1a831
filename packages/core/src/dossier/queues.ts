/** The officers' work queues (GET /api/dossiers?queue=), in the order the console shows them as tabs. */
export const DOSSIER_QUEUES = [
  'all',
  'to-receive',
  'processing',
  'waiting',
  'due-soon',
  'overdue',
  'finished',
] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];
