/**
 * Where a citizen can hand in a procedure's dossier: the one-stop counters that can route it to its
 * competent agency (the rule the intake's routing applies). A commune-level procedure is received by the
 * counter of each commune that has the competent body (its People's Committee, its police); a
 * province-level one by the province's service centre.
 */
import type { Level } from './procedure.ts';

export interface AgencyPlace {
  code: string;
  kind: string;
  unitCode: string;
  isCurrent: boolean;
}

export function receivingCounters<A extends AgencyPlace>(
  procedure: { level: Level; agencyKind: string },
  agencies: Iterable<A>,
): A[] {
  const current = [...agencies].filter((a) => a.isCurrent);
  const competentUnits = new Set(
    current.filter((a) => a.kind === procedure.agencyKind).map((a) => a.unitCode),
  );
  if (competentUnits.size === 0) return [];
  return current.filter((a) =>
    procedure.level === 'commune'
      ? a.kind === 'one-stop-section' && competentUnits.has(a.unitCode)
      : a.kind === 'service-centre',
  );
}
