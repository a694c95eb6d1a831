export * from './access.ts';
export * from './handling.ts';
export * from './kinds.ts';
export * from './receipt.ts';
export * from './received-on.ts';
