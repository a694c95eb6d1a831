/**
 * Who may see a dossier: every agency of its workflow (the counter, the competent agency, coordinating
 * agencies in an inter-agency flow); supervisors and system administrators see every dossier of the
 * province. What each officer may do to it is core's (availableActions).
 */
import { type Actor, type AgencyTree, isInScope } from '@motcua/core';
import type { DossierRow } from './dossier.repo.ts';

type Owners = Pick<DossierRow, 'receivingAgencyCode' | 'competentAgencyCode' | 'participatingAgencyCodes'>;

export function canSeeDossier(actor: Actor, tree: AgencyTree, dossier: Owners): boolean {
  return [dossier.receivingAgencyCode, dossier.competentAgencyCode, ...dossier.participatingAgencyCodes].some(
    (code) => isInScope(actor, tree, code),
  );
}
