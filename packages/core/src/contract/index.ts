export * from './calendar.ts';
export * from './citizen.ts';
export * from './common.ts';
export * from './dossiers.ts';
export * from './intake.ts';
export * from './notices.ts';
export * from './notifications.ts';
export * from './workflows.ts';
