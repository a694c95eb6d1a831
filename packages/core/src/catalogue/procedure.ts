/** The published procedure model (thủ tục hành chính): see docs/GLOSSARY.md for the Vietnamese terms. */

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

export interface Fee {
  name: string;
  /** Whole đồng (VND); 0 means exempt. */
  amount: number;
}

export interface DossierComponent {
  id: string;
  name: string;
  nameEn: string;
  form: ComponentForm;
  quantity: number;
  required: boolean;
  template: string;
  note: string;
}

export interface ProcedureCase {
  code: string;
  name: string;
  nameEn: string;
  timeLimit: TimeLimit;
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
  source: string;
  notes: string;
  cases: ProcedureCase[];
}

/** National procedure code `d.dddddd`, optionally with a provincial suffix such as `.H38`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.[A-Z0-9]{1,8})?$/;

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
