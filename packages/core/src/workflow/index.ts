/** Workflows (quy trình) of procedure cases: steps, hand-overs, allotments, their checks and the default. */
export * from './step-roles.ts';
export * from './workflow.ts';
export * from './workflow-total.ts';
