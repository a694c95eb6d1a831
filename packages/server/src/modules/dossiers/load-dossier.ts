/**
 * A dossier as an officer may see it: its row, its log and the state derived from it, and its workflow (the
 * immutable version it was received under). Out of scope answers like unknown, so a code reveals nothing.
 */
import {
  type Actor,
  type AgencyTree,
  type DossierState,
  deriveState,
  notFound,
  type ResolvedStep,
} from '@motcua/core';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';
import { canSeeDossier } from './dossier.policy.ts';
import { type DossierRow, type Executor, findDossierRow, loadLog, type StoredEntry } from './dossier.repo.ts';

export interface LoadedDossier {
  row: DossierRow;
  tree: AgencyTree;
  log: StoredEntry[];
  state: DossierState;
  steps: ResolvedStep[];
}

export async function loadVisibleDossier(
  db: Executor,
  reference: ReferenceCache,
  actor: Actor,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedDossier> {
  const row = await findDossierRow(db, code, options);
  const tree = await loadAgencyTree(db);
  if (!row || !canSeeDossier(actor, tree, row)) throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  const log = await loadLog(db, row.id);
  const steps = await reference.workflowVersion(row.workflowId, db);
  if (!steps) throw new Error(`Dossier ${code} points at a missing workflow version`);
  return { row, tree, log, state: deriveState(log), steps };
}
