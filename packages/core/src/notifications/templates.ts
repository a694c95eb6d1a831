/**
 * The wording of each (event, channel), with {placeholders} filled from the facts. These are the defaults;
 * administrators may replace any of them (the server stores their text), and a replacement may only use
 * the placeholders listed here, so a typo cannot send "{ngay_hen}" to a citizen.
 */
import { formatDateShort, formatDateTimeShort, formatMoneyVi } from '../slips/format.ts';
import type { NotificationChannel, NotificationEvent, NotificationFacts } from './events.ts';
import { isStaffEvent } from './events.ts';

export interface TemplateText {
  /** E-mail only. */
  subject?: string;
  body: string;
}

export const TEMPLATE_PLACEHOLDERS = [
  'code',
  'procedure',
  'dueDate',
  'previousDueDate',
  'newDueDate',
  'missing',
  'amount',
  'appointment',
  'place',
  'reason',
  'staffName',
  'ratingLink',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** One short Vietnamese sentence per citizen event: the SMS and Zalo text, and the e-mail's core. */
const SHORT: Record<Exclude<NotificationEvent, 'officer-warning' | 'leader-warning'>, string> = {
  submitted: 'Hồ sơ {code} ({procedure}) đã được gửi trực tuyến, đang chờ cơ quan tiếp nhận.',
  received: 'Hồ sơ {code} ({procedure}) đã được tiếp nhận. Ngày hẹn trả kết quả: {dueDate}.',
  'online-accepted': 'Hồ sơ trực tuyến {code} đã được tiếp nhận. Ngày hẹn trả kết quả: {dueDate}.',
  'online-refused': 'Hồ sơ trực tuyến {code} không được tiếp nhận. Lý do: {reason}.',
  'supplement-requested':
    'Hồ sơ {code} cần bổ sung: {missing}. Vui lòng bổ sung một lần để tiếp tục giải quyết.',
  'payment-requested': 'Hồ sơ {code}: vui lòng nộp {amount} để tiếp tục giải quyết.',
  apology:
    'Xin lỗi ông/bà: hồ sơ {code} chậm so với hẹn {previousDueDate}. Ngày hẹn mới: {newDueDate}. Lý do: {reason}.',
  'result-ready': 'Hồ sơ {code} đã có kết quả. Mời ông/bà nhận lúc {appointment} tại {place}.',
  returned: 'Hồ sơ {code} đã được trả kết quả. Cảm ơn ông/bà. Mời đánh giá sự phục vụ: {ratingLink}',
  stopped: 'Hồ sơ {code} đã dừng giải quyết. Lý do: {reason}.',
  'feedback-received':
    'Phản ánh, kiến nghị {code} đã được tiếp nhận. Hạn trả lời: {dueDate}. Tra cứu bằng mã {code}.',
  'feedback-answered': 'Phản ánh, kiến nghị {code} đã có trả lời. Tra cứu bằng mã {code} để xem.',
};

const SUBJECT: Record<NotificationEvent, string> = {
  submitted: 'Hồ sơ {code} đã được gửi',
  received: 'Hồ sơ {code} đã được tiếp nhận',
  'online-accepted': 'Hồ sơ trực tuyến {code} đã được tiếp nhận',
  'online-refused': 'Hồ sơ trực tuyến {code} không được tiếp nhận',
  'supplement-requested': 'Hồ sơ {code} cần bổ sung',
  'payment-requested': 'Hồ sơ {code}: thực hiện nghĩa vụ tài chính',
  apology: 'Thư xin lỗi và hẹn lại ngày trả kết quả — hồ sơ {code}',
  'result-ready': 'Hồ sơ {code} đã có kết quả',
  returned: 'Hồ sơ {code} đã được trả kết quả',
  stopped: 'Hồ sơ {code} đã dừng giải quyết',
  'feedback-received': 'Phản ánh, kiến nghị {code} đã được tiếp nhận',
  'feedback-answered': 'Phản ánh, kiến nghị {code} đã có trả lời',
  'officer-warning': 'Sắp đến hạn: hồ sơ {code} / Due soon: dossier {code}',
  'leader-warning': 'Đến hạn hôm nay: hồ sơ {code} / Due today: dossier {code}',
};

const STAFF_BODY: Record<'officer-warning' | 'leader-warning', string> = {
  'officer-warning':
    'Kính gửi {staffName},\n\nHồ sơ {code} ({procedure}) đến hạn giải quyết ngày {dueDate}, còn một ngày làm việc.\n\n' +
    'Dear {staffName},\n\nDossier {code} ({procedure}) is due on {dueDate}: one working day left.',
  'leader-warning':
    'Kính gửi {staffName},\n\nHồ sơ {code} ({procedure}) đến hạn giải quyết hôm nay ({dueDate}) và chưa hoàn thành.\n\n' +
    'Dear {staffName},\n\nDossier {code} ({procedure}) is due today ({dueDate}) and is not finished.',
};

export function defaultTemplate(event: NotificationEvent, channel: NotificationChannel): TemplateText {
  if (isStaffEvent(event)) {
    const body = STAFF_BODY[event as 'officer-warning' | 'leader-warning'];
    return { subject: SUBJECT[event], body };
  }
  const short = SHORT[event as keyof typeof SHORT];
  if (channel === 'email') {
    return {
      subject: SUBJECT[event],
      body: `Kính gửi ông/bà,\n\n${short}\n\nTra cứu hồ sơ: mã {code} tại trang Tra cứu hồ sơ của Cổng dịch vụ công.\n\nThư này được gửi tự động, vui lòng không trả lời.`,
    };
  }
  return { body: short };
}

/** The channels a template exists for: staff events are e-mail only. */
export const templateChannels = (event: NotificationEvent): readonly NotificationChannel[] =>
  isStaffEvent(event) ? ['email'] : ['sms', 'email', 'zalo'];

/** Placeholders used in a text that are not known ones (a template editor refuses them). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(TEMPLATE_PLACEHOLDERS);
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? ''))].filter(
    (name) => !known.has(name),
  );
}

/**
 * Each placeholder's text from the facts; '' for one the event does not have. `baseUrl` (the site's public
 * address) turns the rating page's path into the link a message carries.
 */
export function placeholderValues(
  facts: NotificationFacts,
  baseUrl?: string,
): Record<TemplatePlaceholder, string> {
  const date = (s: string | undefined) => (s ? formatDateShort(s) : '');
  return {
    code: facts.code,
    procedure: facts.procedureName ?? '',
    dueDate: date(facts.dueDate),
    previousDueDate: date(facts.previousDueDate),
    newDueDate: date(facts.newDueDate),
    missing: (facts.missing ?? []).join('; '),
    amount: facts.amount === undefined ? '' : formatMoneyVi(facts.amount),
    appointment: facts.appointmentAt ? formatDateTimeShort(facts.appointmentAt) : '',
    place: facts.place ?? '',
    reason: facts.reason ?? '',
    staffName: facts.staffName ?? '',
    ratingLink: facts.ratingPath ? `${(baseUrl ?? '').replace(/\/+$/, '')}${facts.ratingPath}` : '',
  };
}

export function renderTemplate(text: string, facts: NotificationFacts, baseUrl?: string): string {
  const values = placeholderValues(facts, baseUrl);
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    name in values ? values[name as TemplatePlaceholder] : whole,
  );
}

/** Example facts for a template editor's preview. */
export const SAMPLE_FACTS: NotificationFacts = {
  code: '000.00.14.H41-260305-0001',
  procedureName: 'Đăng ký khai sinh',
  dueDate: '2026-03-10',
  previousDueDate: '2026-03-10',
  newDueDate: '2026-03-17',
  missing: ['Giấy chứng sinh (bản chính)', 'Tờ khai đăng ký khai sinh'],
  amount: 8000,
  appointmentAt: '2026-03-10T14:00:00+07:00',
  place: 'Bộ phận Một cửa phường Hoa Lư, số 1 đường Tràng An',
  reason: 'Cần xác minh thêm thông tin',
  staffName: 'Nguyễn Văn Bình',
  ratingPath: '/danh-gia/000.00.14.H41-260305-0001?check=7KQ2MX',
};
