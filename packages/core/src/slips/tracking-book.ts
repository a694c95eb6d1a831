/**
 * Mẫu số 07: Sổ theo dõi hồ sơ (A4 landscape); also exported as a spreadsheet. The columns of BM.06
 * [V-proxy]: address and phone, the lead agency, the way the result is collected; the transfer date, the
 * result date and the status are ours. A book may be kept per field or group of fields.
 */
import { formatDateShort, formatDateTimeShort, formatDateVi } from './format.ts';
import { buildHeading, legalNote } from './parts.ts';
import type { SlipContext, TrackingBookInput } from './slip-input.ts';
import type { TrackingBookView } from './slip-view.ts';

export const TRACKING_BOOK_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Tên tổ chức, cá nhân',
  'Địa chỉ, số điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Nhận hồ sơ',
  'Hẹn trả kết quả',
  'Chuyển hồ sơ',
  'Có kết quả',
  'Trả kết quả',
  'Phương thức nhận kết quả',
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
  const fields = input.fields?.length ? `Lĩnh vực: ${input.fields.join(', ')}` : '';
  return {
    form: '07',
    pageSize: 'A4',
    orientation: 'landscape',
    documentTitle: `Sổ theo dõi hồ sơ ${formatDateShort(input.period.from)}–${formatDateShort(input.period.to)}`,
    heading: buildHeading(ctx.issuingBody, ctx.issuedAt, { number: null, issuer: 'counter' }),
    title: 'SỔ THEO DÕI HỒ SƠ',
    subtitle: [input.agencyName, ...(fields ? [fields] : []), period],
    qr: null,
    agencyName: input.agencyName,
    fields,
    period,
    book: {
      headers: [...TRACKING_BOOK_HEADERS],
      rows: input.rows.map((r) => [
        String(r.no),
        r.code,
        r.procedureName,
        r.applicant,
        r.address ? `${r.address}\n${r.phone}` : r.phone,
        r.leadAgency,
        formatDateTimeShort(r.receivedAt),
        formatDateTimeShort(r.dueDate),
        optional(r.transferredAt),
        optional(r.finishedAt),
        optional(r.returnedAt),
        r.resultMethod,
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
