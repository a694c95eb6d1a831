export * from './access.ts';
export * from './case.ts';
export * from './open311.ts';
export * from './rules.ts';
