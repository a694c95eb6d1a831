/** Workflows (quy trình) of procedure cases and a dossier's progress through their steps. */
export * from './step-progress.ts';
export * from './workflow.ts';
