/**
 * Decision 766/QĐ-TTg indicators computable from MotCua's own records (docs/domain/indicators-766.md), as the
 * national portal's implementation spec computes them: each a share of counted things, scored against its
 * full-points threshold. The counts come from rollups (one dossier's share: dossier-766.ts); a count that is
 * undefined has no source in the system yet and its indicator reads "no data", never 0.
 */

/** What the indicators count, per agency and period. Undefined: the system has no source for it yet. */
export interface Counts766 {
  /** 2.1 base: dossiers received (and not withdrawn before acceptance) whose processing falls in the period. */
  dossiersCounted?: number;
  /** 2.1: finished early or on time, or still in progress within their due date. */
  dossiersWithinDue?: number;
  /** 2.2: procedures with at least one dossier finished in the period, and those whose average ≤ their limit. */
  proceduresFinished?: number;
  proceduresAverageWithinLimit?: number;
  /** 3.1, 3.2: procedures under the agency's authority, those offered online (full or partial), those of them
   * that received at least one online dossier. */
  procedures?: number;
  proceduresOnline?: number;
  proceduresOnlineUsed?: number;
  /** 3.3: dossiers received in the period, and those submitted online. */
  dossiersReceived?: number;
  dossiersOnline?: number;
  /** 3.6: dossiers with a fee above 0, and those paid online. */
  dossiersWithFee?: number;
  dossiersPaidOnline?: number;
  /** 4.1: dossiers finished with a result, and those whose result was issued as an electronic file. */
  dossiersWithResult?: number;
  dossiersElectronicResult?: number;
  /** 4.2–4.4: no source in MotCua yet (digitised inputs, reused data, the citizen's data store). */
  dossiersDigitised?: number;
  dossiersReusingData?: number;
  dossiersConnectedToStore?: number;
  /** 4.5: online dossiers submitted from an account the national e-ID (VNeID) vouched for. */
  dossiersVneid?: number;
  /** 5.1: PAKN about administrative regulations, and about officials' conduct. */
  paknRegulation?: number;
  paknConduct?: number;
  /** 5.2: PAKN whose answer fell due in the period, and those answered within it. */
  paknDue?: number;
  paknOnTime?: number;
  /** 5.3: PAKN in the period, and those with any fault: more dislikes than likes, reopened, or overdue. */
  paknTotal?: number;
  paknFaulted?: number;
  /** 5.4: counted dossiers that were late, and those with a complaint or a "dissatisfied" rating. */
  dossiersLate?: number;
  dossiersComplainedOrDissatisfied?: number;
}

export type CountKey = keyof Counts766;

export const INDICATOR_GROUPS = ['publicity', 'progress', 'online', 'digitisation', 'satisfaction'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** The Decision's points per group (100 in all; DOMAIN §4). */
export const GROUP_POINTS: Readonly<Record<IndicatorGroup, number>> = {
  publicity: 18,
  progress: 20,
  online: 22,
  digitisation: 22,
  satisfaction: 18,
};

export interface Indicator766 {
  id: string;
  group: IndicatorGroup;
  name: { vi: string; en: string };
  /** The definition shown beside the figure. */
  definition: { vi: string; en: string };
  numerator: CountKey;
  denominator: CountKey;
  /** Full points at or above this share (the spec's 80 %, 50 %, 90 %); pro rata below. Absent: pro rata. */
  fullAt?: number;
  /** The share is 1 − numerator/denominator… (5.4 subtracts two rates; see rate766). */
  complementOf?: readonly CountKey[];
  /** Counted for information only: the spec gives it no points. */
  unscored?: true;
}

const WD = { vi: 'ngày làm việc', en: 'working days' };

/** Indicators 1.x (publicity) need the catalogue's announcement dates, which MotCua does not hold: not listed. */
export const INDICATORS_766: readonly Indicator766[] = [
  {
    id: '2.1',
    group: 'progress',
    name: { vi: 'Hồ sơ giải quyết trước hạn, đúng hạn', en: 'Dossiers finished early or on time' },
    definition: {
      vi: 'Hồ sơ đã giải quyết hoặc đang giải quyết trong hạn / hồ sơ đã tiếp nhận và xử lý trong kỳ; không tính thời gian chờ bổ sung; yêu cầu bổ sung quá một lần tính là trễ hạn.',
      en: 'Dossiers finished or in progress within their due date / dossiers received and processed in the period; supplementation time not counted; more than one supplement request counts as late.',
    },
    numerator: 'dossiersWithinDue',
    denominator: 'dossiersCounted',
  },
  {
    id: '2.2',
    group: 'progress',
    name: { vi: 'Thời gian giải quyết trung bình', en: 'Average processing time' },
    definition: {
      vi: `Thủ tục có thời gian giải quyết trung bình (tổng thời gian / số hồ sơ đã giải quyết, tính theo đơn vị của thủ tục, trừ thời gian chờ bổ sung) không quá thời hạn luật định / thủ tục có hồ sơ giải quyết trong kỳ. Cách cho điểm là cách hiểu của MotCua.`,
      en: `Procedures whose average processing time (total time / dossiers finished, in the procedure's unit, waits excluded) is within the legal limit / procedures with dossiers finished in the period. The scoring is MotCua's reading.`,
    },
    numerator: 'proceduresAverageWithinLimit',
    denominator: 'proceduresFinished',
  },
  {
    id: '3.1',
    group: 'online',
    name: { vi: 'Thủ tục cung cấp dịch vụ công trực tuyến', en: 'Procedures offered online' },
    definition: {
      vi: 'Thủ tục cung cấp trực tuyến (toàn trình hoặc một phần) / thủ tục thuộc thẩm quyền. Đạt từ 80% được điểm tối đa.',
      en: 'Procedures offered online (full or partial) / procedures under the authority. 80% or more earns full points.',
    },
    numerator: 'proceduresOnline',
    denominator: 'procedures',
    fullAt: 0.8,
  },
  {
    id: '3.2',
    group: 'online',
    name: { vi: 'Dịch vụ trực tuyến có phát sinh hồ sơ', en: 'Online services that received dossiers' },
    definition: {
      vi: 'Thủ tục trực tuyến có ít nhất một hồ sơ trực tuyến trong kỳ / thủ tục trực tuyến.',
      en: 'Online procedures with at least one online dossier in the period / online procedures.',
    },
    numerator: 'proceduresOnlineUsed',
    denominator: 'proceduresOnline',
  },
  {
    id: '3.3',
    group: 'online',
    name: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
    definition: {
      vi: 'Hồ sơ nộp trực tuyến / hồ sơ tiếp nhận trong kỳ (số liệu của chính hệ thống nên tỉ lệ đồng bộ là 100%). Đạt từ 50% được điểm tối đa.',
      en: "Dossiers submitted online / dossiers received in the period (the system's own data, so the sync rate is 100%). 50% or more earns full points.",
    },
    numerator: 'dossiersOnline',
    denominator: 'dossiersReceived',
    fullAt: 0.5,
  },
  {
    id: '3.6',
    group: 'online',
    name: { vi: 'Hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
    definition: {
      vi: 'Hồ sơ nộp phí, lệ phí trực tuyến / hồ sơ của thủ tục có phí, lệ phí (không tính hồ sơ phí bằng 0).',
      en: 'Dossiers whose fees were paid online / dossiers of fee-bearing procedures (fee 0 excluded).',
    },
    numerator: 'dossiersPaidOnline',
    denominator: 'dossiersWithFee',
  },
  {
    id: '4.1',
    group: 'digitisation',
    name: { vi: 'Hồ sơ cấp kết quả điện tử', en: 'Dossiers with an electronic result' },
    definition: {
      vi: 'Hồ sơ có kết quả điện tử / hồ sơ đã có kết quả trong kỳ.',
      en: 'Dossiers with an electronic result / dossiers with a result in the period.',
    },
    numerator: 'dossiersElectronicResult',
    denominator: 'dossiersWithResult',
  },
  {
    id: '4.2',
    group: 'digitisation',
    name: { vi: 'Hồ sơ được số hóa', en: 'Dossiers digitised' },
    definition: {
      vi: 'Hồ sơ có thành phần được số hóa và có kết quả điện tử / hồ sơ tiếp nhận. Đạt từ 80% được điểm tối đa.',
      en: 'Dossiers with digitised inputs and an electronic result / dossiers received. 80% or more earns full points.',
    },
    numerator: 'dossiersDigitised',
    denominator: 'dossiersReceived',
    fullAt: 0.8,
  },
  {
    id: '4.3',
    group: 'digitisation',
    name: { vi: 'Hồ sơ tái sử dụng dữ liệu số hóa', en: 'Dossiers reusing digitised data' },
    definition: {
      vi: 'Hồ sơ có ít nhất một thành phần tái sử dụng / hồ sơ tiếp nhận. Đạt từ 80% được điểm tối đa.',
      en: 'Dossiers with at least one reused component / dossiers received. 80% or more earns full points.',
    },
    numerator: 'dossiersReusingData',
    denominator: 'dossiersReceived',
    fullAt: 0.8,
  },
  {
    id: '4.4',
    group: 'digitisation',
    name: { vi: 'Hồ sơ kết nối kho dữ liệu công dân', en: "Dossiers connected to the citizen's data store" },
    definition: {
      vi: 'Hồ sơ số hóa được kết nối với kho dữ liệu của công dân trên Cổng Dịch vụ công quốc gia / hồ sơ tiếp nhận.',
      en: "Digitised dossiers connected to the citizen's data store on the national portal / dossiers received.",
    },
    numerator: 'dossiersConnectedToStore',
    denominator: 'dossiersReceived',
  },
  {
    id: '4.5',
    group: 'digitisation',
    name: { vi: 'Sử dụng dữ liệu dân cư (VNeID)', en: 'Use of population data (VNeID)' },
    definition: {
      vi: 'Hồ sơ nộp bằng tài khoản được VNeID xác thực / hồ sơ tiếp nhận.',
      en: 'Dossiers submitted from an account authenticated by VNeID / dossiers received.',
    },
    numerator: 'dossiersVneid',
    denominator: 'dossiersReceived',
  },
  {
    id: '5.1',
    group: 'satisfaction',
    name: { vi: 'Phản ánh, kiến nghị về quy định hành chính', en: 'PAKN about administrative regulations' },
    definition: {
      vi: 'Số phản ánh, kiến nghị về quy định hành chính / tổng số về quy định và về hành vi của cán bộ (để biết, không cho điểm).',
      en: "PAKN about regulations / those about regulations and about officials' conduct (for information, no points).",
    },
    numerator: 'paknRegulation',
    denominator: 'paknTotal',
    unscored: true,
  },
  {
    id: '5.2',
    group: 'satisfaction',
    name: { vi: 'Phản ánh, kiến nghị xử lý đúng hạn', en: 'PAKN handled on time' },
    definition: {
      vi: `Phản ánh, kiến nghị trả lời đúng hạn (từ chối trong 2, đề nghị bổ sung thông tin trong 5, trả lời trong 15 ${WD.vi}) / phản ánh, kiến nghị đến hạn trong kỳ.`,
      en: `PAKN handled on time (rejected within 2, more information asked within 5, answered within 15 ${WD.en}) / PAKN due in the period.`,
    },
    numerator: 'paknOnTime',
    denominator: 'paknDue',
  },
  {
    id: '5.3',
    group: 'satisfaction',
    name: { vi: 'Hài lòng về xử lý phản ánh, kiến nghị', en: 'Satisfaction with PAKN handling' },
    definition: {
      vi: '(Tổng số − số bị đánh giá không hài lòng (không thích nhiều hơn thích), bị phản ánh lại hoặc quá hạn) / tổng số.',
      en: '(Total − those rated unsatisfied (more dislikes than likes), reopened or overdue) / total.',
    },
    numerator: 'paknFaulted',
    denominator: 'paknTotal',
    complementOf: ['paknFaulted'],
  },
  {
    id: '5.4',
    group: 'satisfaction',
    name: { vi: 'Hài lòng về giải quyết thủ tục hành chính', en: 'Satisfaction with procedures handled' },
    definition: {
      vi: '100% − (tỉ lệ hồ sơ trễ hạn + tỉ lệ hồ sơ bị khiếu nại hoặc đánh giá không hài lòng). Đạt từ 90% được điểm tối đa.',
      en: '100% − (late rate + rate of dossiers with a complaint or a "dissatisfied" rating). 90% or more earns full points.',
    },
    numerator: 'dossiersLate',
    denominator: 'dossiersCounted',
    complementOf: ['dossiersLate', 'dossiersComplainedOrDissatisfied'],
    fullAt: 0.9,
  },
];

export const indicator766 = (id: string): Indicator766 | undefined => INDICATORS_766.find((i) => i.id === id);

/**
 * Points per indicator. The Decision gives points per group; the spec does not split them, so the default
 * shares each group's points equally among its scored indicators listed here (our reading; configuration).
 */
export const defaultPoints766 = (): Record<string, number> => {
  const scored = INDICATORS_766.filter((i) => !i.unscored);
  const out: Record<string, number> = {};
  for (const i of scored) {
    const n = scored.filter((j) => j.group === i.group).length;
    out[i.id] = GROUP_POINTS[i.group] / n;
  }
  return out;
};

export interface IndicatorResult766 {
  id: string;
  group: IndicatorGroup;
  numerator?: number;
  denominator?: number;
  /** The share in [0, 1]; null when there is no data (no source, or nothing counted). */
  rate: number | null;
  /** Null when there is no data or the indicator is unscored. */
  points: number | null;
  maxPoints: number | null;
}

/** The share an indicator reports, or null for "no data". */
export const rate766 = (indicator: Indicator766, counts: Counts766): number | null => {
  const den = counts[indicator.denominator];
  if (den === undefined || den <= 0) return null;
  if (indicator.complementOf) {
    const parts = indicator.complementOf.map((k) => counts[k]);
    if (parts.some((p) => p === undefined)) return null;
    const lost = (parts as number[]).reduce((sum, p) => sum + Math.min(p, den) / den, 0);
    return Math.max(0, 1 - lost);
  }
  const num = counts[indicator.numerator];
  if (num === undefined) return null;
  return Math.min(1, Math.max(0, num / den));
};

/** Full points at or above the threshold, pro rata below it (the spec's "rate × max / threshold"). */
export const points766 = (rate: number, maxPoints: number, fullAt = 1): number =>
  Math.min(maxPoints, (rate / fullAt) * maxPoints);

export const score766 = (
  counts: Counts766,
  points: Readonly<Record<string, number>> = defaultPoints766(),
): IndicatorResult766[] =>
  INDICATORS_766.map((i) => {
    const rate = rate766(i, counts);
    const maxPoints = i.unscored ? null : (points[i.id] ?? null);
    const result: IndicatorResult766 = {
      id: i.id,
      group: i.group,
      rate,
      points: rate === null || maxPoints === null ? null : points766(rate, maxPoints, i.fullAt),
      maxPoints,
    };
    const num = counts[i.numerator];
    const den = counts[i.denominator];
    if (num !== undefined) result.numerator = num;
    if (den !== undefined) result.denominator = den;
    return result;
  });

/** Adds two sets of counts (rollups of two periods or agencies); a count one side lacks stays as the other's. */
export const addCounts766 = (a: Counts766, b: Counts766): Counts766 => {
  const out: Counts766 = { ...a };
  for (const [k, v] of Object.entries(b) as [CountKey, number | undefined][]) {
    if (v === undefined) continue;
    out[k] = (out[k] ?? 0) + v;
  }
  return out;
};
