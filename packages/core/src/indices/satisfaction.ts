/**
 * The province's satisfaction survey indices (docs/domain/satisfaction-surveys.md): per factor, the share of
 * "satisfied" and "very satisfied" answers on a 5-point scale; overall, the mean of the factor indices; each
 * with its sample and a 95 % interval; and the band of an agency as Trà Vinh reports them. Not SIPAS: that is
 * the Ministry's own household survey, shown beside ours as reference data only.
 */

/** 1 Rất không hài lòng … 5 Rất hài lòng. */
export type Likert = 1 | 2 | 3 | 4 | 5;

/** "Satisfied" or "very satisfied". */
export const isSatisfied = (answer: Likert): boolean => answer >= 4;

export interface SurveyFactor {
  id: string;
  /** The Likert questions of the factor's criteria. */
  questionIds: readonly string[];
}

/** One respondent's answers; a question left blank (or "không ý kiến") is absent. */
export type SurveyResponse = Readonly<Record<string, Likert | undefined>>;

export interface IndexEstimate {
  /** Share in [0, 1]; null when no answer counts. */
  index: number | null;
  /** Respondents who answered at least one question of it. */
  respondents: number;
  /** Answers counted. */
  answers: number;
  /** 95 % interval, null below two respondents. */
  ci95: readonly [number, number] | null;
}

const Z95 = 1.959964;

interface Tally {
  satisfied: number;
  answered: number;
}

const tally = (factor: SurveyFactor, r: SurveyResponse): Tally => {
  let satisfied = 0;
  let answered = 0;
  for (const q of factor.questionIds) {
    const a = r[q];
    if (a === undefined) continue;
    answered++;
    if (isSatisfied(a)) satisfied++;
  }
  return { satisfied, answered };
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The interval treats each respondent as a cluster of answers (a ratio estimator with its linearised
 * variance), since one person's answers are not independent: wider, and more honest, than counting answers.
 */
const interval = (index: number, deviations: readonly number[]): readonly [number, number] | null => {
  const m = deviations.length;
  if (m < 2) return null;
  const variance = deviations.reduce((s, z) => s + z * z, 0) / (m * (m - 1));
  const half = Z95 * Math.sqrt(variance);
  return [clamp01(index - half), clamp01(index + half)];
};

export const factorIndex = (factor: SurveyFactor, responses: readonly SurveyResponse[]): IndexEstimate => {
  const tallies = responses.map((r) => tally(factor, r)).filter((t) => t.answered > 0);
  const answers = tallies.reduce((s, t) => s + t.answered, 0);
  if (answers === 0) return { index: null, respondents: 0, answers: 0, ci95: null };
  const index = tallies.reduce((s, t) => s + t.satisfied, 0) / answers;
  const meanAnswered = answers / tallies.length;
  const deviations = tallies.map((t) => (t.satisfied - index * t.answered) / meanAnswered);
  return { index, respondents: tallies.length, answers, ci95: interval(index, deviations) };
};

/** The overall index: the mean of the factor indices that have data (a factor with none is left out). */
export const overallIndex = (
  factors: readonly SurveyFactor[],
  responses: readonly SurveyResponse[],
): IndexEstimate & { factors: Record<string, IndexEstimate> } => {
  const perFactor = Object.fromEntries(factors.map((f) => [f.id, factorIndex(f, responses)]));
  const counted = factors.filter((f) => perFactor[f.id]?.index !== null);
  if (counted.length === 0)
    return { index: null, respondents: 0, answers: 0, ci95: null, factors: perFactor };
  const index = counted.reduce((s, f) => s + (perFactor[f.id]?.index ?? 0), 0) / counted.length;
  // Linearised: each respondent's contribution to the mean of the factor ratios.
  const deviations: number[] = [];
  let answers = 0;
  for (const r of responses) {
    let z = 0;
    let any = false;
    for (const f of counted) {
      const est = perFactor[f.id] as IndexEstimate;
      const t = tally(f, r);
      if (t.answered === 0) continue;
      any = true;
      answers += t.answered;
      z += (t.satisfied - (est.index as number) * t.answered) / (est.answers / est.respondents);
    }
    if (any) deviations.push(z / counted.length);
  }
  return {
    index,
    respondents: deviations.length,
    answers,
    ci95: interval(index, deviations),
    factors: perFactor,
  };
};

/** The bands Trà Vinh reports: below 80 %, 80 to below 90 %, 90 to below 100 %, and 100 %. */
export const SATISFACTION_BANDS = ['below80', 'from80to90', 'from90to100', 'full100'] as const;
export type SatisfactionBand = (typeof SATISFACTION_BANDS)[number];

export const satisfactionBand = (index: number): SatisfactionBand =>
  index >= 1 ? 'full100' : index >= 0.9 ? 'from90to100' : index >= 0.8 ? 'from80to90' : 'below80';

/** The share of agencies in each band (agencies without data are not counted). */
export const bandShares = (indices: readonly (number | null)[]): Record<SatisfactionBand, number> | null => {
  const known = indices.filter((i): i is number => i !== null);
  if (known.length === 0) return null;
  const out = Object.fromEntries(SATISFACTION_BANDS.map((b) => [b, 0])) as Record<SatisfactionBand, number>;
  for (const i of known) out[satisfactionBand(i)] += 1 / known.length;
  return out;
};
