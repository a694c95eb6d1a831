export * from './nine-indicators.ts';
