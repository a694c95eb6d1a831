/** The dossier (hồ sơ) domain: statuses, actions, the state machine, the action log and codes. */
export * from './actions.ts';
export * from './dossier-code.ts';
export * from './dossier-log.ts';
export * from './queues.ts';
export * from './statuses.ts';
export * from './transitions.ts';
export * from './validation.ts';
