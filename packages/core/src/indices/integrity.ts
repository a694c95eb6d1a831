/**
 * Flags on the integrity of the figures (issue 13, item 6; docs/domain/integrity-flags.md): patterns an
 * auditor should open, each with the dossiers behind it. A flag is a question, not a finding: each has an
 * innocent explanation too. Thresholds are configuration, not law.
 */
import type { Actor, AgencyTree } from '../access/roles.ts';
import { localDateTimeFromInstant } from '../calendar/plain-date.ts';
import type { DossierState } from '../dossier/derive-state.ts';
import type { DossierEntry } from '../dossier/entries.ts';
import { canSeeReportStats } from '../reports/access.ts';

/** Who opens the flags: the provincial inspectorate and the centre's supervisor (as for the reports' figures). */
export const mayAuditFigures = (actor: Actor, tree: AgencyTree): boolean => canSeeReportStats(actor, tree);

export const FLAG_KINDS = [
  'finished-too-fast',
  'extended-at-the-last-moment',
  'clock-stopped-repeatedly',
  'account-for-many-applicants',
  'rating-burst',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FLAG_LABELS: Readonly<Record<FlagKind, { vi: string; en: string }>> = {
  'finished-too-fast': {
    vi: 'Giải quyết nhanh bất thường so với thời hạn',
    en: 'Finished improbably fast for its time limit',
  },
  'extended-at-the-last-moment': {
    vi: 'Gia hạn sát ngày hết hạn hoặc sau đó',
    en: 'Extended on the last day or after it',
  },
  'clock-stopped-repeatedly': {
    vi: 'Dừng tính thời gian nhiều lần để chờ bổ sung',
    en: 'Clock stopped repeatedly for supplements',
  },
  'account-for-many-applicants': {
    vi: 'Một tài khoản nộp trực tuyến cho nhiều người',
    en: 'One account submitting online for many applicants',
  },
  'rating-burst': {
    vi: 'Nhiều đánh giá liên tiếp từ một máy hoặc một cán bộ',
    en: 'A burst of ratings from one device or one officer',
  },
};

export interface IntegrityThresholds {
  /** Finished in less than this share of the legal limit's time (limits of at least `fastMinimumDays`). */
  fastShare: number;
  fastMinimumDays: number;
  /** Supplement requests (at the counter and after) from which the clock counts as stopped repeatedly. */
  supplementRequests: number;
  /** Distinct applicants one citizen account submitted for, in the period. */
  applicantsPerAccount: number;
  /** Ratings from one source within `burstMinutes`. */
  burstCount: number;
  burstMinutes: number;
}

export const DEFAULT_THRESHOLDS: IntegrityThresholds = {
  fastShare: 0.02,
  fastMinimumDays: 3,
  supplementRequests: 2,
  applicantsPerAccount: 5,
  burstCount: 5,
  burstMinutes: 10,
};

export interface DossierFlag {
  kind: FlagKind;
  /** What the flag rests on, for the auditor (Vietnamese first). */
  evidence: { vi: string; en: string };
}

const MINUTES_PER_WORKING_DAY = 8 * 60;

/** The limit's length in minutes, as a rough yardstick (working days counted as 8 hours, calendar days as 24). */
const limitMinutes = (limit: DossierState['subject']['case']['timeLimit']): number | undefined => {
  switch (limit.unit) {
    case 'working-days':
      return limit.value * MINUTES_PER_WORKING_DAY;
    case 'calendar-days':
      return limit.value * 24 * 60;
    default:
      return undefined;
  }
};

/** The flags one dossier's own log raises. */
export const dossierFlags = (
  state: DossierState,
  log: readonly DossierEntry[],
  t: IntegrityThresholds = DEFAULT_THRESHOLDS,
): DossierFlag[] => {
  const flags: DossierFlag[] = [];
  const limit = state.subject.case.timeLimit;
  const minutes = limitMinutes(limit);
  if (state.receivedAt && state.finishedAt && minutes !== undefined && limit.value >= t.fastMinimumDays) {
    const took = (Date.parse(state.finishedAt) - Date.parse(state.receivedAt)) / 60_000;
    if (took >= 0 && took < minutes * t.fastShare) {
      flags.push({
        kind: 'finished-too-fast',
        evidence: {
          vi: `Xong sau ${Math.round(took)} phút, thời hạn ${limit.value} ngày.`,
          en: `Finished after ${Math.round(took)} minutes; the limit is ${limit.value} days.`,
        },
      });
    }
  }
  for (const x of state.extensions) {
    const issuedOn = localDateTimeFromInstant(x.at).date;
    if (x.late === true || issuedOn >= x.previousDueDate) {
      flags.push({
        kind: 'extended-at-the-last-moment',
        evidence: {
          vi: `Gia hạn ngày ${issuedOn}, hạn cũ ${x.previousDueDate}.`,
          en: `Extended on ${issuedOn}; the due date was ${x.previousDueDate}.`,
        },
      });
    }
  }
  const requests = log.filter((e) => e.action === 'request-supplement').length;
  if (requests >= t.supplementRequests) {
    flags.push({
      kind: 'clock-stopped-repeatedly',
      evidence: {
        vi: `${requests} lần yêu cầu bổ sung, ${state.pausedWorkingDays} ngày làm việc không tính thời gian.`,
        en: `${requests} supplement requests; ${state.pausedWorkingDays} working days off the clock.`,
      },
    });
  }
  return flags;
};

/** Citizen accounts that submitted online for at least the threshold of distinct applicants. */
export const accountsForManyApplicants = (
  submissions: readonly { account: string; applicant: string; code: string }[],
  t: IntegrityThresholds = DEFAULT_THRESHOLDS,
): { account: string; applicants: number; codes: string[] }[] => {
  const byAccount = new Map<string, { applicants: Set<string>; codes: string[] }>();
  for (const s of submissions) {
    const a = byAccount.get(s.account) ?? { applicants: new Set<string>(), codes: [] };
    a.applicants.add(s.applicant);
    a.codes.push(s.code);
    byAccount.set(s.account, a);
  }
  return [...byAccount]
    .filter(([, a]) => a.applicants.size >= t.applicantsPerAccount)
    .map(([account, a]) => ({ account, applicants: a.applicants.size, codes: a.codes }));
};

/**
 * Bursts of ratings from one source (a tablet, or the officer who typed paper forms): each maximal run in
 * which every rating lies within `burstMinutes` of the run's first and the run holds at least `burstCount`.
 */
export const ratingBursts = (
  ratings: readonly { source: string; at: string; code: string }[],
  t: IntegrityThresholds = DEFAULT_THRESHOLDS,
): { source: string; from: string; to: string; codes: string[] }[] => {
  const bySource = new Map<string, { at: number; iso: string; code: string }[]>();
  for (const r of ratings) {
    const list = bySource.get(r.source) ?? [];
    list.push({ at: Date.parse(r.at), iso: r.at, code: r.code });
    bySource.set(r.source, list);
  }
  const out: { source: string; from: string; to: string; codes: string[] }[] = [];
  const window = t.burstMinutes * 60_000;
  for (const [source, list] of bySource) {
    list.sort((a, b) => a.at - b.at);
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (j + 1 < list.length && (list[j + 1]?.at ?? 0) - (list[i]?.at ?? 0) <= window) j++;
      if (j - i + 1 >= t.burstCount) {
        const run = list.slice(i, j + 1);
        out.push({
          source,
          from: run[0]?.iso ?? '',
          to: run.at(-1)?.iso ?? '',
          codes: run.map((r) => r.code),
        });
        i = j + 1;
      } else {
        i++;
      }
    }
  }
  return out;
};
