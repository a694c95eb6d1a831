/** The published procedure model (thủ tục hành chính): see docs/GLOSSARY.md for the Vietnamese terms. */
import type { PlainDate } from '../calendar/plain-date.ts';
import { changeInForceOn, type RuleChange } from '../law/in-force.ts';

export const LEVELS = ['province', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

/** Decree 42/2022: full-process online (toàn trình), partial online (một phần), or none. */
export const ONLINE_SERVICES = ['full', 'partial', 'none'] as const;
export type OnlineService = (typeof ONLINE_SERVICES)[number];

/** How a legal time limit is published: "N ngày làm việc", "N giờ làm việc", "trong ngày", "N ngày". */
export const TIME_LIMIT_UNITS = ['working-days', 'working-hours', 'same-day', 'calendar-days'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

export const COMPONENT_FORMS = [
  'original',
  'certified-copy',
  'copy',
  'original-or-certified-copy',
  'presented',
  'electronic',
] as const;
export type ComponentForm = (typeof COMPONENT_FORMS)[number];

/** Kinds of implementing agency; a province's agencies carry one of these (server seed/org/agencies.json). */
export const AGENCY_KINDS = [
  'ubnd-tinh',
  'service-centre',
  'so-tu-phap',
  'so-xay-dung',
  'so-nong-nghiep-moi-truong',
  'so-tai-chinh',
  'so-y-te',
  'so-noi-vu',
  'so-giao-duc-dao-tao',
  'so-cong-thuong',
  'so-van-hoa-the-thao-du-lich',
  'so-khoa-hoc-cong-nghe',
  'so-dan-toc-ton-giao',
  'cong-an-tinh',
  'bhxh-tinh',
  'ubnd-xa',
  'one-stop-section',
  'cong-an-xa',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

/** The ways a dossier comes in (the keys of a dossier's channel): at the counter, online, by post. */
export const SUBMISSION_CHANNELS = ['counter', 'online', 'postal'] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/**
 * Whether the case's fees are the amounts to charge ('set'), or stand for a figure the provincial People's
 * Council (HĐND tỉnh) sets and the province has not entered yet ("Mức thu do HĐND tỉnh quy định").
 */
export const FEE_STATUSES = ['set', 'provincial-to-set'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

/**
 * A condition under which the procedure's law lets the time limit run longer (2.000986: +5 working days for a
 * commune 50 km or more from the police or social-insurance office); the counter ticks it at intake.
 */
export interface LimitExtension {
  code: string;
  name: string;
  nameEn: string;
  /** Working days added to the due date. */
  workingDays: number;
}

export interface Fee {
  name: string;
  /** Whole đồng (VND); 0 means exempt. */
  amount: number;
}

/**
 * A case the catalogue publishes as free: fees are listed and every one is 0 đồng, and none stands for a figure
 * the province has yet to set. An empty list is not free: the catalogue states no fee, and the obligation (a
 * land tax, a registration fee) comes from another body's notice, so the specialist states the amount.
 */
export const isFreeOfCharge = (c: Pick<ProcedureCase, 'fees' | 'feeStatus'>): boolean =>
  c.fees.length > 0 && c.fees.every((f) => f.amount === 0) && c.feeStatus !== 'provincial-to-set';

export interface DossierComponent {
  id: string;
  name: string;
  nameEn: string;
  form: ComponentForm;
  quantity: number;
  required: boolean;
  template: string;
  /** Where the form (tờ khai) can be downloaded, an https address; empty when the catalogue has none. */
  templateUrl: string;
  note: string;
}

export interface ProcedureCase {
  code: string;
  name: string;
  nameEn: string;
  /** The limit for every channel not listed in channelLimits. */
  timeLimit: TimeLimit;
  /** Where the published limit differs by channel (1.013978: 17 online, 20 by post, 27 in person). */
  channelLimits?: Partial<Record<SubmissionChannel, TimeLimit>>;
  /**
   * Limits a later law sets from its effective date, in date order: from that day the change's limit applies
   * to every channel, to dossiers received from then on (docs/domain/catalogue.md#limits-that-change).
   */
  limitChanges?: RuleChange<TimeLimit>[];
  extensions?: LimitExtension[];
  /**
   * The law lets the applicant and the counter agree in writing on a later date (2.000815: "có thể dài hơn
   * theo thỏa thuận bằng văn bản", Decree 23/2015 Art. 7 as amended by Decree 280/2025).
   */
  agreedExtension?: boolean;
  feeStatus?: FeeStatus;
  fees: Fee[];
  feeNote: string;
  components: DossierComponent[];
}

export interface Procedure {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  level: Level;
  agencyKind: AgencyKind;
  onlineService: OnlineService;
  postal: boolean;
  result: string;
  resultEn: string;
  subjects: string;
  requirements: string;
  steps: string[];
  submission: string[];
  legalBasis: string[];
  /** The everyday words people use for it ("làm giấy khai sinh cho con", "hộ khẩu"), searched like its name. */
  synonyms: string[];
  source: string;
  notes: string;
  /**
   * Whether waiting for the applicant's payment stops the clock. Only a sector law says so (land: Decree
   * 101/2024 leaves out the time to fix and pay financial obligations); Decrees 61/2018 and 118/2025 do not,
   * and Decision 766 deducts only supplementation (docs/domain/catalogue.md#payment-wait).
   */
  paymentStopsClock: boolean;
  /** The law that says so (required when paymentStopsClock). */
  paymentStopsClockBasis: string;
  cases: ProcedureCase[];
}

/** National procedure code `d.dddddd`, optionally with a provincial suffix such as `.H38`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.[A-Z0-9]{1,8})?$/;

/** Whether the procedure takes dossiers by that channel: always at the counter; online, by post as published. */
export const acceptsChannel = (
  procedure: Pick<Procedure, 'onlineService' | 'postal'>,
  channel: SubmissionChannel,
): boolean =>
  channel === 'counter' || (channel === 'online' ? procedure.onlineService !== 'none' : procedure.postal);

/**
 * The published time limit for a dossier coming in by `channel` on `day`: a change in force by then, else
 * the channel's own limit, else the case's.
 */
export const limitForChannel = (
  procedureCase: Pick<ProcedureCase, 'timeLimit' | 'channelLimits' | 'limitChanges'>,
  channel: SubmissionChannel,
  day?: PlainDate,
): TimeLimit =>
  (day && changeInForceOn(procedureCase.limitChanges, day)?.value) ??
  procedureCase.channelLimits?.[channel] ??
  procedureCase.timeLimit;

/** The API exposes `processingDays` or `processingHours` beside the structured time limit. */
export function processingFigures(limit: TimeLimit): {
  processingDays?: number;
  processingHours?: number;
  calendarDays?: number;
} {
  switch (limit.unit) {
    case 'working-days':
      return { processingDays: limit.value };
    case 'same-day':
      return { processingDays: 0 };
    case 'working-hours':
      return { processingHours: limit.value };
    case 'calendar-days':
      return { calendarDays: limit.value };
  }
}
