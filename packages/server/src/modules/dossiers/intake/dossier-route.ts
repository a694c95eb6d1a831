/**
 * Where a new dossier goes: the counter that receives it, the competent agency of its procedure there (the
 * commune's own for commune-level procedures), and its workflow resolved to those agencies.
 */
import {
  fieldError,
  type Procedure,
  type ProcedureCase,
  type ResolvedStep,
  validationError,
} from '@motcua/core';
import type { AgencyRef, ReferenceCache } from '../../reference/reference-cache.ts';
import { resolveSteps } from '../../workflows/workflows.repo.ts';
import type { Executor } from '../dossier.repo.ts';

export interface DossierRoute {
  receiving: AgencyRef;
  competent: AgencyRef;
  steps: ResolvedStep[];
}

export async function routeDossier(
  db: Executor,
  reference: ReferenceCache,
  procedure: Procedure,
  procedureCase: ProcedureCase,
  receivingCode: string,
): Promise<DossierRoute> {
  const agencies = await reference.agencies(db);
  const receiving = agencies.get(receivingCode);
  const competent =
    receiving &&
    [...agencies.values()].find(
      (a) =>
        a.isCurrent &&
        a.kind === procedure.agencyKind &&
        (procedure.level !== 'commune' || a.unitCode === receiving.unitCode),
    );
  if (!receiving || !competent) {
    throw validationError([
      fieldError(
        'procedureCode',
        'Không xác định được cơ quan có thẩm quyền giải quyết thủ tục này tại địa bàn.',
        'No competent agency for this procedure is configured here.',
      ),
    ]);
  }
  const { steps } = await reference.workflow(procedure.code, procedureCase, db);
  return { receiving, competent, steps: resolveSteps(steps, agencies, receiving, competent) };
}
