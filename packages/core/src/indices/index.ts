export * from './decision-766.ts';
export * from './dossier-766.ts';
export * from './integrity.ts';
export * from './satisfaction.ts';
