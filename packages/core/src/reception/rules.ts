/**
 * How often an agency's head must receive citizens in person (Law on Citizen Reception 42/2013/QH13), as
 * DATA with effective dates: a period (a week or a month) is checked against the row in force on its first
 * day. A later law is a new row, never an if-statement on a date (docs/domain/citizen-reception.md).
 */
import type { PlainDate } from '../calendar/index.ts';

/** Whose duty a row is: the commune chairman, the provincial chairman, the head of any other agency. */
export const RECEPTION_DUTIES = ['commune-chairman', 'provincial-chairman', 'agency-head'] as const;
export type ReceptionDuty = (typeof RECEPTION_DUTIES)[number];
export const FREQUENCY_PERIODS = ['week', 'month'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

export interface FrequencyRule {
  duty: ReceptionDuty;
  effectiveFrom: PlainDate;
  period: FrequencyPeriod;
  /** At least this many days in each period with a session the head holds in person. */
  minDays: number;
  basis: string;
  confirmed: boolean;
  note?: string;
}

const d = (s: string) => s as PlainDate;
const TCD = 'Luật Tiếp công dân 42/2013/QH13';
/** The Law took effect on 1/7/2014. */
const LAW_2013 = d('2014-07-01');

export const FREQUENCY_RULES: readonly FrequencyRule[] = [
  {
    duty: 'commune-chairman',
    effectiveFrom: LAW_2013,
    period: 'week',
    minDays: 1,
    basis: `${TCD}, Điều 15.2.d`,
    confirmed: true,
  },
  {
    duty: 'provincial-chairman',
    effectiveFrom: LAW_2013,
    period: 'month',
    minDays: 1,
    basis: `${TCD}, Điều 12.5`,
    confirmed: true,
  },
  {
    duty: 'agency-head',
    effectiveFrom: LAW_2013,
    period: 'month',
    minDays: 1,
    basis: `${TCD}, Điều 18.2`,
    confirmed: true,
  },
];

/**
 * The duty an agency's head has, from the agency's kind: a commune's People's Committee (ubnd-xa) weekly,
 * the provincial People's Committee (ubnd-tinh) monthly, any other agency monthly. Counter units and the
 * commune police receive through the body they belong to and have no duty of their own (null).
 */
export function dutyOfAgencyKind(kind: string): ReceptionDuty | null {
  if (kind === 'ubnd-xa') return 'commune-chairman';
  if (kind === 'ubnd-tinh') return 'provincial-chairman';
  if (['one-stop-section', 'service-centre', 'cong-an-xa'].includes(kind)) return null;
  return 'agency-head';
}

/** The row for a duty in force on a day, or null before the Law. */
export function frequencyRuleInForce(
  duty: ReceptionDuty,
  on: PlainDate,
  rules: readonly FrequencyRule[] = FREQUENCY_RULES,
): FrequencyRule | null {
  let found: FrequencyRule | null = null;
  for (const r of rules) {
    if (r.duty === duty && r.effectiveFrom <= on && (!found || r.effectiveFrom >= found.effectiveFrom)) {
      found = r;
    }
  }
  return found;
}

/**
 * When a citizen may be refused at the reception (Law on Citizen Reception 2013, Art. 9), in our own words,
 * read in the codified text (Pháp điển, Điều 18.4.LQ.9; docs/domain/citizen-reception.md). Circular
 * 06/2014/TT-TTCP Art. 4: the receiver explains the reason; for a settled case raised again, a written notice
 * (Form 01-TCD) is issued.
 */
export const REFUSAL_GROUNDS = [
  'incapacitated',
  'threatening-or-disorderly',
  'settled-case-repeated',
  'other-by-law',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const REFUSAL_GROUND_TEXT: Record<
  RefusalGround,
  { vi: string; en: string; basis: string; confirmed: boolean }
> = {
  incapacitated: {
    vi: 'Người đang say do dùng chất kích thích, hoặc mắc bệnh làm mất khả năng nhận thức, điều khiển hành vi',
    en: 'The person is intoxicated, or has an illness that takes away their awareness or control of their acts',
    basis: `${TCD}, Điều 9.1`,
    confirmed: true,
  },
  'threatening-or-disorderly': {
    vi: 'Người đe dọa, xúc phạm cơ quan hoặc người tiếp công dân, hoặc vi phạm nội quy nơi tiếp công dân',
    en: 'The person threatens or insults the agency or the receiving officer, or breaks the reception rules',
    basis: `${TCD}, Điều 9.2`,
    confirmed: true,
  },
  'settled-case-repeated': {
    vi: 'Vụ việc đã được giải quyết đúng pháp luật, đã được rà soát, thông báo bằng văn bản, giải thích, hướng dẫn mà vẫn cố tình khiếu nại, tố cáo kéo dài',
    en: 'The case was settled lawfully, reviewed, answered in writing and explained, yet the person keeps raising it',
    basis: `${TCD}, Điều 9.3`,
    confirmed: true,
  },
  'other-by-law': {
    vi: 'Trường hợp khác theo quy định của pháp luật',
    en: 'Another case the law provides for',
    basis: `${TCD}, Điều 9.4`,
    confirmed: true,
  },
};
