/** The dossier (hồ sơ) domain: statuses, actions, the state machine, the recorded log and its readers. */
export * from './action-input.ts';
export * from './actions.ts';
export * from './applicant.ts';
export * from './available-actions.ts';
export * from './deadlines.ts';
export * from './decide.ts';
export * from './derive-state.ts';
export * from './dossier-code.ts';
export * from './entries.ts';
export * from './file-rules.ts';
export * from './intake.ts';
export * from './queues.ts';
export * from './registers.ts';
export * from './statuses.ts';
export * from './timeliness.ts';
export * from './transitions.ts';
export * from './validation.ts';
