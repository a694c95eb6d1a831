/**
 * The evaluation of how a dossier was handled (Decree 61 Arts. 30–32, Circular 01/2018 Ch. III;
 * docs/domain/evaluation.md): nine indicators, each scored 0–2 by default. Indicators 1–4 are facts and come
 * from the dossier's log; 5–9 are the citizen's opinion from their rating. The point scale is configuration
 * (the law's scale is not confirmed).
 */
import type { DossierState } from '../dossier/derive-state.ts';
import type { DossierEntry } from '../dossier/entries.ts';
import { assessTimeliness, stepResult } from '../dossier/timeliness.ts';

/** The rating form's three levels (Không hài lòng / Hài lòng / Rất hài lòng). */
export const RATING_LEVELS = ['dissatisfied', 'satisfied', 'very-satisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, { vi: string; en: string }>> = {
  dissatisfied: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  'very-satisfied': { vi: 'Rất hài lòng', en: 'Very satisfied' },
};

export type IndicatorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface NineIndicator {
  n: IndicatorNumber;
  name: { vi: string; en: string };
  /** Where the score comes from: the log (a fact) or the citizen's rating (an opinion). */
  source: 'log' | 'rating';
  /** Who it rates (Circular 01/2018 Art. 14): the dossier's officers, or the one-stop section and agencies. */
  rates: 'dossier' | 'agency';
}

export const NINE_INDICATORS: readonly NineIndicator[] = [
  {
    n: 1,
    name: { vi: 'Tổng thời gian giải quyết so với thời hạn', en: 'Total time against the legal limit' },
    source: 'log',
    rates: 'dossier',
  },
  {
    n: 2,
    name: { vi: 'Thời gian của từng cơ quan tham gia giải quyết', en: 'Time of each agency involved' },
    source: 'log',
    rates: 'dossier',
  },
  {
    n: 3,
    name: { vi: 'Số lần phải liên hệ để hoàn thiện hồ sơ', en: 'Times contacted to complete the dossier' },
    source: 'log',
    rates: 'dossier',
  },
  {
    n: 4,
    name: {
      vi: 'Số cơ quan phải liên hệ để hoàn thiện hồ sơ',
      en: 'Agencies contacted to complete the dossier',
    },
    source: 'log',
    rates: 'dossier',
  },
  {
    n: 5,
    name: {
      vi: 'Tiếp nhận, giải quyết, trả kết quả tại Bộ phận một cửa',
      en: 'Handled at the one-stop section',
    },
    source: 'rating',
    rates: 'agency',
  },
  {
    n: 6,
    name: { vi: 'Công khai thủ tục hành chính', en: 'Publication of procedures' },
    source: 'rating',
    rates: 'agency',
  },
  {
    n: 7,
    name: { vi: 'Thái độ của cán bộ khi hướng dẫn, tiếp nhận, giải quyết', en: "Officers' attitude" },
    source: 'rating',
    rates: 'dossier',
  },
  {
    n: 8,
    name: { vi: 'Tiếp nhận, xử lý phản ánh, kiến nghị', en: 'Feedback and petitions received and answered' },
    source: 'rating',
    rates: 'agency',
  },
  {
    n: 9,
    name: {
      vi: 'Tiến độ, chất lượng dịch vụ công trực tuyến',
      en: 'Progress and quality of online services',
    },
    source: 'rating',
    rates: 'agency',
  },
];

/** Points per level; the default 2 / 1 / 0 (DOMAIN §1.5 [U]). Facts map onto the same three levels. */
export interface PointScale {
  good: number;
  fair: number;
  bad: number;
}
export const DEFAULT_POINT_SCALE: PointScale = { good: 2, fair: 1, bad: 0 };

const LEVEL_OF_RATING: Readonly<Record<RatingLevel, keyof PointScale>> = {
  'very-satisfied': 'good',
  satisfied: 'fair',
  dissatisfied: 'bad',
};

/** The citizen's answers: a level per opinion indicator they could judge (absent: not asked or not judged). */
export type RatingAnswers = Partial<Record<5 | 6 | 7 | 8 | 9, RatingLevel>>;

export interface IndicatorScore {
  n: IndicatorNumber;
  level: keyof PointScale | null;
  points: number | null;
}

/** The applicant's own dealings with the office: where they appeared in person or online. */
const APPLICANT_ACTIONS = new Set([
  'submit-online',
  'receive',
  'supplement',
  'record-payment',
  'return-result',
]);

/** The facts 1–4 as levels (null: not judgeable yet, e.g. still running). */
export const factLevels = (
  state: DossierState,
  entries: readonly DossierEntry[],
  at: string,
): Record<1 | 2 | 3 | 4, keyof PointScale | null> => {
  const ended = state.processingEndedAt !== undefined;
  const t = assessTimeliness(state, at);
  const one: keyof PointScale | null = !ended
    ? null
    : t === 'early'
      ? 'good'
      : t === 'on-time'
        ? 'fair'
        : 'bad';
  const steps = state.visits.map((v) => stepResult(v, at));
  const two: keyof PointScale | null =
    !ended || steps.length === 0 || steps.includes('pending')
      ? null
      : steps.includes('late')
        ? 'bad'
        : steps.every((s) => s === 'early')
          ? 'good'
          : 'fair';
  const requests =
    state.receptionSupplementRequests + Object.values(state.supplementRequests).reduce((a, b) => a + b, 0);
  const three: keyof PointScale = requests === 0 ? 'good' : requests === 1 ? 'fair' : 'bad';
  const agencies = new Set(
    entries.filter((e) => APPLICANT_ACTIONS.has(e.action)).map((e) => e.actor.agencyCode),
  );
  // An online submission and the counter that receives it are one door: the portal is not another agency.
  if (entries.some((e) => e.action === 'submit-online')) agencies.delete(entries[0]?.actor.agencyCode ?? '');
  const four: keyof PointScale = agencies.size <= 1 ? 'good' : agencies.size === 2 ? 'fair' : 'bad';
  return { 1: one, 2: two, 3: three, 4: four };
};

/** All nine for one dossier: facts from its log, opinions from its rating (if any). */
export const scoreNine = (
  state: DossierState,
  entries: readonly DossierEntry[],
  answers: RatingAnswers,
  at: string,
  scale: PointScale = DEFAULT_POINT_SCALE,
): IndicatorScore[] => {
  const facts = factLevels(state, entries, at);
  return NINE_INDICATORS.map(({ n }) => {
    const answer = n >= 5 ? answers[n as 5 | 6 | 7 | 8 | 9] : undefined;
    const level = n <= 4 ? facts[n as 1 | 2 | 3 | 4] : answer ? LEVEL_OF_RATING[answer] : null;
    return { n, level, points: level ? scale[level] : null };
  });
};

/** The officers and agencies who handled the dossier, from its log: whom its rating counts for. */
export const handlersOf = (
  entries: readonly DossierEntry[],
): { officers: { id: string; name: string; agencyCode: string }[]; agencies: string[] } => {
  const officers = new Map<string, { id: string; name: string; agencyCode: string }>();
  for (const e of entries) {
    if (e.actor.role === 'citizen' || officers.has(e.actor.id)) continue;
    officers.set(e.actor.id, { id: e.actor.id, name: e.actor.name, agencyCode: e.actor.agencyCode });
  }
  return {
    officers: [...officers.values()],
    agencies: [...new Set([...officers.values()].map((o) => o.agencyCode))],
  };
};
