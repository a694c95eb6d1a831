/**
 * One dossier's share of the Decision 766 counts (decision-766.ts): the rule a rollup adds up, so the sum over
 * dossiers and the naive count over the same dossiers are the same by construction. Judged at instant `at`
 * (the end of the period, or now for a period still running).
 */
import type { DossierState } from '../dossier/derive-state.ts';
import type { DossierEntry } from '../dossier/entries.ts';
import { assessTimeliness } from '../dossier/timeliness.ts';
import type { Counts766 } from './decision-766.ts';

/** The counts of decision-766.ts that a dossier's own log decides (the rest come from PAKN, ratings, the catalogue). */
export type DossierCounts766 = Required<
  Pick<
    Counts766,
    | 'dossiersCounted'
    | 'dossiersWithinDue'
    | 'dossiersLate'
    | 'dossiersReceived'
    | 'dossiersOnline'
    | 'dossiersWithFee'
    | 'dossiersPaidOnline'
    | 'dossiersWithResult'
    | 'dossiersElectronicResult'
    | 'dossiersVneid'
  >
>;

export const ZERO_DOSSIER_COUNTS_766: Readonly<DossierCounts766> = {
  dossiersCounted: 0,
  dossiersWithinDue: 0,
  dossiersLate: 0,
  dossiersReceived: 0,
  dossiersOnline: 0,
  dossiersWithFee: 0,
  dossiersPaidOnline: 0,
  dossiersWithResult: 0,
  dossiersElectronicResult: 0,
  dossiersVneid: 0,
};

const one = (b: boolean): number => (b ? 1 : 0);

/**
 * A dossier counts once it was received (a refusal at the counter or a withdrawal before reception never
 * started its clock: "withdrawn dossiers count only if they had been accepted"). Within due: early, on time,
 * or open and not yet late — the judgement of timeliness.ts, which already subtracts the waits for the
 * applicant and counts a second supplement request or a late apology as late.
 */
export const dossierCounts766 = (
  state: DossierState,
  entries: readonly DossierEntry[],
  at: string,
): DossierCounts766 => {
  if (state.receivedAt === undefined || Date.parse(state.receivedAt) > Date.parse(at)) {
    return { ...ZERO_DOSSIER_COUNTS_766 };
  }
  const timeliness = assessTimeliness(state, at);
  const upTo = entries.filter((e) => Date.parse(e.at) <= Date.parse(at));
  const result = upTo.filter((e) => e.action === 'issue-result');
  const hasFee = state.subject.case.fees.some((f) => f.amount > 0);
  const paidOnline = upTo.some((e) => e.action === 'record-payment' && e.data.method === 'online');
  const vneid = upTo.some((e) => e.action === 'submit-online' && e.data.account?.nationalEid === true);
  return {
    dossiersCounted: 1,
    dossiersWithinDue: one(timeliness !== 'late'),
    dossiersLate: one(timeliness === 'late'),
    dossiersReceived: 1,
    dossiersOnline: one(state.channel === 'online'),
    dossiersWithFee: one(hasFee),
    dossiersPaidOnline: one(hasFee && paidOnline),
    dossiersWithResult: one(result.length > 0),
    dossiersElectronicResult: one(
      result.some((e) => e.action === 'issue-result' && e.data.resultFile !== undefined),
    ),
    dossiersVneid: one(vneid),
  };
};

/** The sum of many dossiers' counts (what a rollup row holds). */
export const sumDossierCounts766 = (all: Iterable<DossierCounts766>): DossierCounts766 => {
  const out = { ...ZERO_DOSSIER_COUNTS_766 };
  for (const c of all) for (const k of Object.keys(out) as (keyof DossierCounts766)[]) out[k] += c[k];
  return out;
};
