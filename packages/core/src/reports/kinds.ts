/**
 * Anonymous reports of bribery and unlawful demands (issue 12, item 3): what went wrong, as the reporter
 * chooses it, and what the inspectorate found. docs/domain/anonymous-reports.md.
 */

/**
 * The kinds of wrong a reporter can name: money or gifts asked ("bôi trơn"), papers demanded beyond the
 * procedure's published list, harassment or deliberate delay (nhũng nhiễu, gây khó khăn), anything else.
 */
export const REPORT_KINDS = ['bribe-asked', 'extra-papers', 'harassment', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What handling found, for the statistics: none yet, or the finding the inspectorate recorded last. */
export const REPORT_OUTCOMES = ['pending', 'verified', 'not-substantiated', 'transferred'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, { vi: string; en: string }> = {
  'bribe-asked': { vi: 'Đòi tiền, quà, “bôi trơn”', en: 'Money or gifts asked for' },
  'extra-papers': {
    vi: 'Yêu cầu giấy tờ ngoài danh mục công khai',
    en: 'Papers demanded beyond the published list',
  },
  harassment: { vi: 'Nhũng nhiễu, gây khó khăn, cố ý kéo dài', en: 'Harassment or deliberate delay' },
  other: { vi: 'Hành vi tiêu cực khác', en: 'Other misconduct' },
};

/** Limits of the public form's fields (characters). */
export const REPORT_LIMITS = { contentMin: 20, contentMax: 5000, counterMax: 200, answerMax: 5000 } as const;
