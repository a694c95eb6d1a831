export * from './access/index.ts';
export * from './calendar/index.ts';
export * from './catalogue/index.ts';
export * from './dossier/index.ts';
export * from './errors.ts';
export * from './slips/index.ts';
export * from './workflow/index.ts';
