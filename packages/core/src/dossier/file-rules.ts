/**
 * Files of a dossier (scans of its components, the signed result): when they may be added and by whom. The
 * server refuses an upload by the same rule the console uses to show the upload form.
 */
import { type Actor, type AgencyTree, hasRole, isInScope, type Role } from '../access/roles.ts';
import { FILE_KINDS, type FileKind } from '../contract/dossiers.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import { currentStep } from './available-actions.ts';
import type { DossierState } from './derive-state.ts';
import { isOpenStatus } from './statuses.ts';

/** Scans while the dossier is open (or waiting to be received); the signed result while it is processed. */
export const isUploadOpen = (kind: FileKind, status: DossierState['status']): boolean =>
  kind === 'scan' ? status === 'new' || isOpenStatus(status) : status === 'processing';

/** Scans by the counter or a specialist of the agency holding the dossier; the result by that agency. */
export function canUpload(
  actor: Actor,
  tree: AgencyTree,
  state: Pick<DossierState, 'stepIndex'>,
  dossier: { receivingAgencyCode: string; competentAgencyCode: string },
  steps: readonly ResolvedStep[],
  kind: FileKind,
): boolean {
  const holder = currentStep(state, steps)?.agencyCode ?? dossier.competentAgencyCode;
  const at = (roles: Role[], agency: string) => hasRole(actor, ...roles) && isInScope(actor, tree, agency);
  if (kind === 'scan')
    return at(['counter-officer'], dossier.receivingAgencyCode) || at(['specialist'], holder);
  return at(['clerical', 'leader', 'specialist'], holder);
}

/** The kinds of file this officer may attach now (the console shows the upload form only then). */
export const uploadKinds = (
  actor: Actor,
  tree: AgencyTree,
  state: Pick<DossierState, 'status' | 'stepIndex'>,
  dossier: { receivingAgencyCode: string; competentAgencyCode: string },
  steps: readonly ResolvedStep[],
): FileKind[] =>
  FILE_KINDS.filter(
    (kind) => isUploadOpen(kind, state.status) && canUpload(actor, tree, state, dossier, steps, kind),
  );
