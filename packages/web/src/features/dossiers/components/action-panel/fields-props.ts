import type { AvailableActionView, DossierView, StaffActionType } from '@motcua/core';
import type { StaffUser } from '../../../auth/api';

/**
 * What every action's fields may read: the dossier as the officer sees it, who they are, which action and
 * what the server said of it when it offered it.
 */
export interface FieldsProps {
  action: StaffActionType;
  offered: AvailableActionView;
  dossier: DossierView;
  user: StaffUser;
}
