/**
 * A case's workflow (quy trình nội bộ): public to read, as provinces publish their internal processes;
 * edited by system administrators. Open dossiers keep the copy they were received under.
 */
import {
  fieldError,
  notFound,
  validationError,
  WorkflowBodySchema,
  WorkflowProcedureListSchema,
  WorkflowProcedureQuerySchema,
  withErrors,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireRole, roleFirst } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { agencyNamesByKind } from '../catalogue/catalogue.repo.ts';
import { findCaseWorkflow, listWorkflowProcedures, saveCaseWorkflow } from './workflows.repo.ts';

const Params = Type.Object({
  code: Type.String({ maxLength: 32 }),
  caseCode: Type.String({ maxLength: 64 }),
});

export function workflowRoutes(app: AppInstance): void {
  const { db } = app.ctx;

  const loadCase = async (code: string, caseCode: string) => {
    const procedure = await app.ctx.reference.procedure(code);
    const procedureCase = procedure?.cases.find((c) => c.code === caseCode);
    if (!procedure || !procedureCase) {
      throw notFound(`trường hợp "${caseCode}" của thủ tục "${code}"`, `Case "${caseCode}" of "${code}"`);
    }
    return { procedure, procedureCase };
  };

  const present = async (code: string, caseCode: string) => {
    const { procedure, procedureCase } = await loadCase(code, caseCode);
    const workflow = await findCaseWorkflow(db, procedure.code, procedureCase);
    const names = await agencyNamesByKind(db);
    return {
      procedureCode: procedure.code,
      procedureName: procedure.name,
      caseCode: procedureCase.code,
      caseName: procedureCase.name,
      timeLimit: procedureCase.timeLimit,
      ...workflow,
      // What citizens read for each step's agency (the steps themselves name roles of agencies, not agencies).
      stepAgencyNames: workflow.steps.map((step) =>
        step.agency === 'receiving'
          ? 'Bộ phận Một cửa'
          : ((step.agency === 'competent'
              ? names.get(procedure.agencyKind)
              : names.get(step.agencyKind ?? '')) ??
            step.agencyKind ??
            ''),
      ),
    };
  };

  app.get(
    '/api/procedures/:code/cases/:caseCode/workflow',
    {
      schema: {
        tags: ['catalogue'],
        summary: "A case's workflow: steps, agencies, roles and time allotments (the default if not edited)",
        params: Params,
      },
    },
    async (request) => present(request.params.code, request.params.caseCode),
  );

  app.put(
    '/api/procedures/:code/cases/:caseCode/workflow',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary: "Replace a case's workflow; dossiers already received keep theirs",
        params: Params,
        body: WorkflowBodySchema,
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      const { procedure, procedureCase } = await loadCase(request.params.code, request.params.caseCode);
      // A coordinating step must name a kind of agency this province has.
      const kinds = new Set([...(await app.ctx.reference.agencies()).values()].map((a) => a.kind));
      const unknown = request.body.steps.flatMap((step, i) =>
        step.agency === 'coordinating' && step.agencyKind && !kinds.has(step.agencyKind)
          ? [
              fieldError(
                `steps[${i}].agencyKind`,
                `Không có cơ quan loại "${step.agencyKind}" trong tỉnh.`,
                `No agency of kind "${step.agencyKind}" in the province.`,
              ),
            ]
          : [],
      );
      if (unknown.length > 0) throw validationError(unknown);
      await saveCaseWorkflow(db, procedure.code, procedureCase, request.body.steps, actor.username);
      app.ctx.reference.invalidate();
      return present(procedure.code, procedureCase.code);
    },
  );

  app.get(
    '/api/admin/workflows/procedures',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary:
          'The workflow editor: procedures by name (ignoring diacritics) or code, a page at a time, with how many cases carry an edited workflow',
        querystring: WorkflowProcedureQuerySchema,
        response: withErrors({ 200: WorkflowProcedureListSchema }),
      },
    },
    async (request) => {
      await requireRole(db, request, 'system-admin');
      return listWorkflowProcedures(db, request.query);
    },
  );
}
