export * from './import-catalogue.ts';
export * from './procedure.ts';
export * from './search-text.ts';
export * from './where-to-submit.ts';
