export * from './access.ts';
export * from './contacts.ts';
export * from './dialogue.ts';
export * from './record.ts';
export * from './registration.ts';
export * from './rules.ts';
export * from './schedule.ts';
