export * from './nine-indicators.ts';
export * from './rating.ts';
export * from './summary.ts';
