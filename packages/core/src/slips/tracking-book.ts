/** Mẫu số 07: Sổ theo dõi hồ sơ (A4 landscape); also exported as a spreadsheet. */
import { formatDateShort, formatDateTimeShort, formatDateVi } from './format.ts';
import { buildHeading, legalNote } from './parts.ts';
import type { SlipContext, TrackingBookInput } from './slip-input.ts';
import type { TrackingBookView } from './slip-view.ts';

export const TRACKING_BOOK_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Tên tổ chức, cá nhân',
  'Số điện thoại',
  'Ngày, giờ nhận hồ sơ',
  'Ngày hẹn trả kết quả',
  'Ngày chuyển hồ sơ',
  'Ngày có kết quả',
  'Ngày trả kết quả',
  'Trạng thái',
  'Ký nhận',
  'Ghi chú',
] as const;

const optional = (s: string | undefined): string => (s === undefined ? '' : formatDateTimeShort(s));

export const buildTrackingBook = (
  ctx: Pick<SlipContext, 'issuingBody' | 'issuedAt'>,
  input: TrackingBookInput,
): TrackingBookView => {
  const period = `Từ ${formatDateVi(input.period.from)} đến ${formatDateVi(input.period.to)}`;
  return {
    form: '07',
    pageSize: 'A4',
    orientation: 'landscape',
    documentTitle: `Sổ theo dõi hồ sơ ${formatDateShort(input.period.from)}–${formatDateShort(input.period.to)}`,
    heading: buildHeading(ctx.issuingBody, ctx.issuedAt, { number: null, issuer: 'counter' }),
    title: 'SỔ THEO DÕI HỒ SƠ',
    subtitle: [input.agencyName, period],
    qr: null,
    agencyName: input.agencyName,
    period,
    book: {
      headers: [...TRACKING_BOOK_HEADERS],
      rows: input.rows.map((r) => [
        String(r.no),
        r.code,
        r.procedureName,
        r.applicant,
        r.phone,
        formatDateTimeShort(r.receivedAt),
        formatDateTimeShort(r.dueDate),
        optional(r.transferredAt),
        optional(r.finishedAt),
        optional(r.returnedAt),
        r.status,
        '',
        r.note ?? '',
      ]),
    },
    summary: `Tổng số: ${input.rows.length} hồ sơ`,
    signatures: [],
    legalNote: legalNote('07', '06'),
  };
};
