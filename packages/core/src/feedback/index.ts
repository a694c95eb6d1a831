export * from './access.ts';
export * from './case.ts';
export * from './rules.ts';
