/**
 * The workflow editor's API: a step as the admin sends it, and the paged list of procedures the editor
 * finds (name or code, ignoring diacritics) with how many of their cases carry an edited workflow.
 */
import { type Static, Type } from 'typebox';
import { LEVELS } from '../catalogue/procedure.ts';
import { STEP_ROLES } from '../workflow/step-roles.ts';
import { HAND_OVER_ACTIONS, MAX_WORKFLOW_STEPS, STEP_AGENCIES } from '../workflow/workflow.ts';
import { ALLOTMENT_UNITS } from '../workflow/workflow-total.ts';
import { StringEnum } from './common.ts';

export const WorkflowStepSchema = Type.Object(
  {
    key: Type.String({ maxLength: 40 }),
    name: Type.String({ maxLength: 200 }),
    nameEn: Type.String({ maxLength: 200 }),
    agency: StringEnum(STEP_AGENCIES),
    agencyKind: Type.Optional(Type.String({ maxLength: 60 })),
    role: StringEnum(STEP_ROLES, 'Only roles that process dossiers hold a step'),
    handOver: StringEnum(HAND_OVER_ACTIONS),
    allotment: Type.Object(
      { unit: StringEnum(ALLOTMENT_UNITS), value: Type.Number() },
      { additionalProperties: false },
    ),
    mayReturn: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const WorkflowBodySchema = Type.Object(
  { steps: Type.Array(WorkflowStepSchema, { maxItems: MAX_WORKFLOW_STEPS }) },
  { additionalProperties: false },
);

export const WORKFLOW_LIST_PAGE_SIZE = 20;

export const WorkflowProcedureQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'Name (ignoring case and diacritics) or exact code' }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: WORKFLOW_LIST_PAGE_SIZE }),
  },
  { additionalProperties: false },
);
export type WorkflowProcedureQuery = Static<typeof WorkflowProcedureQuerySchema>;

export const WorkflowProcedureSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  level: StringEnum(LEVELS),
  agencyKind: Type.String(),
  agencyName: Type.String(),
  /** Cases in force. */
  caseCount: Type.Integer(),
  /** Cases whose workflow an admin edited and that still fits their time limit (the others use the default). */
  editedCaseCount: Type.Integer(),
});
export type WorkflowProcedure = Static<typeof WorkflowProcedureSchema>;

export const WorkflowProcedureListSchema = Type.Object({
  items: Type.Array(WorkflowProcedureSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type WorkflowProcedureList = Static<typeof WorkflowProcedureListSchema>;
