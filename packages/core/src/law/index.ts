export * from './in-force.ts';
