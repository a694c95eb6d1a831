export * from './import-catalogue.ts';
export * from './procedure.ts';
export * from './search-text.ts';
