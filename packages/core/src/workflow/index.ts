/** Workflows (quy trình) of procedure cases: steps, hand-overs, allotments, their checks and the default. */
export * from './workflow.ts';
