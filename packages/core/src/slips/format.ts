/**
 * Vietnamese wording of dates, times, money and document forms as printed on the slips.
 * Pure: instants are read in Vietnam time (UTC+7) whatever the machine's time zone.
 */

import {
  type LocalDateTime,
  localDateTimeFromInstant,
  type PlainDate,
  parsePlainDate,
  toParts,
} from '../calendar/index.ts';
import type { ComponentForm, TimeLimit } from '../catalogue/procedure.ts';
import type { Channel } from '../dossier/entries.ts';
import type { HandOverResult } from './slip-input.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Decree 30/2020/NĐ-CP (Annex I): days below 10 and the months 1 and 2 take a leading zero,
 * so '03 tháng 3' but '05 tháng 02'.
 */
const dayText = (day: number): string => pad2(day);
const monthText = (month: number): string => (month <= 2 ? pad2(month) : String(month));

/** A date or an instant, read as the Vietnam calendar date (and time, when there is one). */
export const readWhen = (s: string): { date: PlainDate; minutes: number | null } => {
  const date = parsePlainDate(s);
  if (date) return { date, minutes: null };
  const ldt: LocalDateTime = localDateTimeFromInstant(s);
  return { date: ldt.date, minutes: ldt.minutes };
};

/** 'ngày 03 tháng 3 năm 2025'. Accepts 'YYYY-MM-DD' or an ISO instant. */
export const formatDateVi = (s: string): string => {
  const { year, month, day } = toParts(readWhen(s).date);
  return `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
};

/** Sentence case: 'ngày 03…' becomes 'Ngày 03…'. */
export const capitalizeFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** '14 giờ 30 phút' from minutes since midnight. */
export const formatClockVi = (minutes: number): string => {
  const whole = Math.floor(minutes);
  return `${pad2(Math.floor(whole / 60))} giờ ${pad2(whole % 60)} phút`;
};

/** '14 giờ 30 phút, ngày 03 tháng 3 năm 2025' for an instant; just the date for 'YYYY-MM-DD'. */
export const formatDateTimeVi = (s: string): string => {
  const { minutes } = readWhen(s);
  const date = formatDateVi(s);
  return minutes === null ? date : `${formatClockVi(minutes)}, ${date}`;
};

/** Table cells: '03/3/2025' style is too loose for columns, so '03/03/2025'. */
export const formatDateShort = (s: string): string => {
  const { year, month, day } = toParts(readWhen(s).date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
};

/** Table cells: '14:30 03/03/2025' for an instant, '03/03/2025' for a date. */
export const formatDateTimeShort = (s: string): string => {
  const { minutes } = readWhen(s);
  const date = formatDateShort(s);
  if (minutes === null) return date;
  const whole = Math.floor(minutes);
  return `${pad2(Math.floor(whole / 60))}:${pad2(whole % 60)} ${date}`;
};

/** 'Hoa Lư, ngày 03 tháng 3 năm 2025'. */
export const formatDateline = (placeName: string, issuedAt: string): string =>
  `${placeName}, ${formatDateVi(issuedAt)}`;

/** Whole đồng with '.' as the thousands separator: '8.000 đồng'. */
export const formatMoneyVi = (amount: number): string => {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`Invalid amount: ${amount}`);
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
};

export const COMPONENT_FORM_LABELS: Record<ComponentForm, string> = {
  original: 'Bản chính',
  'certified-copy': 'Bản sao có chứng thực',
  copy: 'Bản sao',
  'original-or-certified-copy': 'Bản chính hoặc bản sao có chứng thực',
  presented: 'Xuất trình',
  electronic: 'Bản điện tử',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  online: 'Trực tuyến trên Cổng Dịch vụ công',
  postal: 'Qua dịch vụ bưu chính công ích',
};

/** The only three values of Form 06's result cell (BM.05); an open step's cell stays blank. */
export const HAND_OVER_RESULT_LABELS: Record<Exclude<HandOverResult, 'pending'>, string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Quá hạn',
};

/** How the result was (or is to be) collected, for Form 07's 'Phương thức nhận kết quả'. */
export const RESULT_METHOD_LABELS: Record<'counter' | 'post' | 'online' | 'home', string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến',
  home: 'Trả tại nhà',
};

/** How Form 04 reached the applicant, printed beside 'Như trên' in its Nơi nhận. */
export const APOLOGY_DELIVERY_LABELS: Record<'paper' | 'counter' | 'post' | 'email' | 'sms', string> = {
  paper: 'bản giấy, qua Bộ phận Một cửa',
  counter: 'bản giấy, qua Bộ phận Một cửa',
  post: 'qua dịch vụ bưu chính công ích',
  email: 'qua thư điện tử',
  sms: 'qua tin nhắn SMS',
};

/** How the applicant asked to stop processing (Decree 118 Art. 21). */
export const STOP_REQUEST_LABELS: Record<'in-person' | 'post' | 'online', string> = {
  'in-person': 'trực tiếp',
  post: 'qua dịch vụ bưu chính',
  online: 'trực tuyến',
};

/** Quantities are printed with two digits, as on the paper forms: '01', '12'. */
export const formatQuantity = (n: number): string => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Invalid quantity: ${n}`);
  return pad2(n);
};

/** '14 giờ' or '15 giờ 30' for a cut-off in minutes since midnight. */
const hourText = (minutes: number): string => {
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)} giờ${m === 0 ? '' : ` ${pad2(m)}`}`;
};

/**
 * The published time limit as Form 01 prints it: '05 ngày làm việc'; for same-day procedures the centre's
 * own cut-off, recorded at reception ('tiếp nhận sau 15 giờ trả kết quả ngày làm việc tiếp theo').
 */
export const timeLimitText = (limit: TimeLimit, sameDayCutoff: number): string => {
  const n = pad2(limit.value);
  switch (limit.unit) {
    case 'working-days':
      return `${n} ngày làm việc`;
    case 'working-hours':
      return `${n} giờ làm việc`;
    case 'same-day':
      return `Trong ngày (tiếp nhận sau ${hourText(sameDayCutoff)} trả kết quả ngày làm việc tiếp theo)`;
    case 'calendar-days':
      return `${n} ngày`;
  }
};
