/**
 * Case workflows: the admin-edited copy when there is one (and it still fits the case's time limit), else
 * core's default; and their resolution to the agencies of one dossier.
 */
import {
  assertWorkflow,
  DomainError,
  defaultWorkflow,
  fieldError,
  type ProcedureCase,
  type ResolvedStep,
  type WorkflowStep,
  workflowErrors,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';

/** What resolving a step needs of an agency (the reference cache's AgencyRef fits). */
interface AgencyLike {
  code: string;
  kind: string;
  unitCode: string;
  isCurrent: boolean;
}

type Executor = Kysely<Database> | Transaction<Database>;

export interface CaseWorkflow {
  steps: WorkflowStep[];
  /** Not edited by an admin (or the edited one no longer fits the case's time limit). */
  isDefault: boolean;
  updatedAt?: string;
  updatedBy?: string;
}

export async function findCaseWorkflow(
  db: Executor,
  procedureCode: string,
  procedureCase: Pick<ProcedureCase, 'code' | 'timeLimit'>,
): Promise<CaseWorkflow> {
  const row = await db
    .selectFrom('caseWorkflows')
    .selectAll()
    .where('procedureCode', '=', procedureCode)
    .where('caseCode', '=', procedureCase.code)
    .executeTakeFirst();
  // A re-imported case with a shorter time limit falls back to the default until an admin fixes it.
  if (!row || workflowErrors(row.steps, procedureCase.timeLimit).length > 0) {
    return { steps: defaultWorkflow(procedureCase.timeLimit), isDefault: true };
  }
  return {
    steps: row.steps,
    isDefault: false,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export async function saveCaseWorkflow(
  db: Executor,
  procedureCode: string,
  procedureCase: Pick<ProcedureCase, 'code' | 'timeLimit'>,
  steps: WorkflowStep[],
  updatedBy: string,
): Promise<void> {
  assertWorkflow(steps, procedureCase.timeLimit);
  const values = { steps: JSON.stringify(steps), updatedAt: new Date(), updatedBy };
  await db
    .insertInto('caseWorkflows')
    .values({ procedureCode, caseCode: procedureCase.code, ...values })
    .onConflict((oc) => oc.columns(['procedureCode', 'caseCode']).doUpdateSet(values))
    .execute();
}

/**
 * The agency of each step for one dossier: the receiving counter, the competent agency, or the coordinating
 * agency of the step's kind in the competent agency's (or the counter's) area, else the one agency of that
 * kind (a provincial body such as social insurance).
 */
export function resolveSteps(
  steps: readonly WorkflowStep[],
  agencies: ReadonlyMap<string, AgencyLike>,
  receiving: AgencyLike,
  competent: AgencyLike,
): ResolvedStep[] {
  return steps.map((step, i) => {
    if (step.agency === 'receiving') return { ...step, agencyCode: receiving.code };
    if (step.agency === 'competent') return { ...step, agencyCode: competent.code };
    const candidates = [...agencies.values()].filter((a) => a.isCurrent && a.kind === step.agencyKind);
    const found =
      candidates.find((a) => a.unitCode === competent.unitCode) ??
      candidates.find((a) => a.unitCode === receiving.unitCode) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (!found) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Quy trình liên thông cần một cơ quan phối hợp chưa có tại địa bàn.',
        'The inter-agency workflow needs a coordinating agency this area does not have.',
        {
          fields: [
            fieldError(
              `workflow.steps[${i}].agencyKind`,
              `Không tìm thấy cơ quan loại "${step.agencyKind}" cho bước "${step.name}".`,
              `No agency of kind "${step.agencyKind}" for step "${step.nameEn}".`,
            ),
          ],
        },
      );
    }
    return { ...step, agencyCode: found.code };
  });
}
