export * from './calendar.ts';
export * from './common.ts';
export * from './dossiers.ts';
export * from './intake.ts';
export * from './notifications.ts';
export * from './workflows.ts';
