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
  type TimeLimit,
  type TimeLimitUnit,
  type WorkflowProcedureList,
  type WorkflowProcedureQuery,
  type WorkflowStep,
  workflowErrors,
} from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import { agencyNamesByKind, matchProcedures } from '../catalogue/catalogue.repo.ts';

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

/** A re-imported case with a shorter time limit falls back to the default until an admin fixes it. */
const isInForce = (steps: readonly WorkflowStep[], limit: TimeLimit): boolean =>
  workflowErrors(steps, limit).length === 0;

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
  if (!row || !isInForce(row.steps, procedureCase.timeLimit)) {
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

/**
 * The workflow editor's list: the procedures a query finds (as the public search does), a page at a time,
 * each with its cases in force and how many of them carry an edited workflow still in force.
 */
export async function listWorkflowProcedures(
  db: Db,
  query: WorkflowProcedureQuery,
): Promise<WorkflowProcedureList> {
  const { base, rank } = matchProcedures(db, query.q);
  const [{ total }] = (await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [
    { total: number },
  ];
  const rows = await base
    .select(['p.code', 'p.name', 'p.nameEn', 'p.level', 'p.agencyKind'])
    .$call((qb) => (rank ? qb.orderBy(rank, 'desc') : qb))
    .orderBy('p.code')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const page = { total, page: query.page, pageSize: query.pageSize };
  if (rows.length === 0) return { items: [], ...page };
  const codes = rows.map((r) => r.code);
  const [cases, edited, agencyNames] = await Promise.all([
    db
      .selectFrom('procedureCases')
      .select(['procedureCode', 'code', 'timeLimitValue', 'timeLimitUnit'])
      .where('procedureCode', 'in', codes)
      .where('retiredAt', 'is', null)
      .execute(),
    db
      .selectFrom('caseWorkflows')
      .select(['procedureCode', 'caseCode', 'steps'])
      .where('procedureCode', 'in', codes)
      .execute(),
    agencyNamesByKind(db),
  ]);
  const editedSteps = new Map(edited.map((w) => [`${w.procedureCode}/${w.caseCode}`, w.steps]));
  return {
    items: rows.map((r) => {
      const own = cases.filter((c) => c.procedureCode === r.code);
      const editedCaseCount = own.filter((c) => {
        const steps = editedSteps.get(`${r.code}/${c.code}`);
        const limit = { value: c.timeLimitValue, unit: c.timeLimitUnit as TimeLimitUnit };
        return steps !== undefined && isInForce(steps, limit);
      }).length;
      return {
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level as WorkflowProcedureList['items'][number]['level'],
        agencyKind: r.agencyKind,
        agencyName: agencyNames.get(r.agencyKind) ?? '',
        caseCount: own.length,
        editedCaseCount,
      };
    }),
    ...page,
  };
}
