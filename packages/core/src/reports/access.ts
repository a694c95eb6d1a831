/**
 * Who sees anonymous reports: only the province's inspectorate (its inspectors) opens and handles them;
 * the statistics (counts per agency and procedure, no content) also the centre's supervisor. No one else —
 * not the system administrator, not the agency reported on.
 */
import { type Actor, type AgencyTree, hasRole } from '../access/roles.ts';

/** The kind of agency that owns the reports (the province's inspection function, Law on Inspection 2022). */
export const REPORT_OWNER_AGENCY_KIND = 'thanh-tra-tinh';

export const canHandleReports = (actor: Actor, tree: AgencyTree): boolean =>
  hasRole(actor, 'inspector') && tree.get(actor.agencyCode)?.kind === REPORT_OWNER_AGENCY_KIND;

export const canSeeReportStats = (actor: Actor, tree: AgencyTree): boolean =>
  canHandleReports(actor, tree) || hasRole(actor, 'supervisor');
