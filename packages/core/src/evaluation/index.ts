export * from './nine-indicators.ts';
export * from './rating.ts';
