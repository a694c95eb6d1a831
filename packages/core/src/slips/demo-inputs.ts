/**
 * Realistic sample inputs (a certificate of marital status at Phường Hoa Lư, Ninh Bình) for tests, previews
 * and the demo. Fictional people; the procedure, its time limit (03 working days) and its fee (none) as the
 * shipped catalogue publishes them (packages/server/seed/catalogue, 1.004873).
 */
import { buildApologyLetter } from './apology-letter.ts';
import { buildControlSlip } from './control-slip.ts';
import { buildHandOverReceipt } from './handover-receipt.ts';
import { buildReceiptSlip } from './receipt-slip.ts';
import { buildRefusalSlip } from './refusal-slip.ts';
import type {
  ApologyInput,
  ControlSlipInput,
  HandOverReceiptInput,
  RefusalInput,
  SlipContext,
  StopNoticeInput,
  SupplementRequestInput,
  TrackingBookInput,
} from './slip-input.ts';
import type { SlipView } from './slip-view.ts';
import { buildStopNotice } from './stop-notice.ts';
import { buildSupplementRequest } from './supplement-request.ts';
import { buildTrackingBook } from './tracking-book.ts';

export const demoSlipContext = (): SlipContext => ({
  issuingBody: {
    name: 'UBND PHƯỜNG HOA LƯ',
    parentName: 'UBND TỈNH NINH BÌNH',
    unitName: 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
    address: 'Số 2 đường Lê Hoàn, phường Hoa Lư, tỉnh Ninh Bình',
    phone: '0229 3871 234',
    placeName: 'Hoa Lư',
  },
  dossier: {
    code: '000.01.31.H42-250303-0012',
    receivedAt: '2025-03-03T14:30:00+07:00',
    dueDate: '2025-03-06',
    dueAt: '2025-03-06T16:00:00+07:00',
    channel: 'counter',
    applicant: {
      fullName: 'Nguyễn Văn An',
      idNumber: '037090001234',
      phone: '0912345678',
      email: 'nguyenvanan@example.vn',
      address: 'Số 15 đường Trần Hưng Đạo, phường Hoa Lư, tỉnh Ninh Bình',
    },
    procedure: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
    caseName: 'Trường hợp chung',
    timeLimitText: '03 ngày làm việc',
    components: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original', quantity: 1 },
      {
        name: 'Văn bản ủy quyền thực hiện việc cấp Giấy xác nhận tình trạng hôn nhân',
        form: 'original',
        quantity: 1,
      },
    ],
    sets: 1,
    fees: [{ name: 'Lệ phí', amount: 0 }],
    resultDelivery: 'Bộ phận Một cửa UBND phường Hoa Lư',
    counterName: 'Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư',
    counterPhone: '0229 3871 234',
    trackingUrl: 'https://motcua.ninhbinh.gov.vn/tra-cuu/000.01.31.H42-250303-0012?check=7KQ2MX',
    checkCode: '7KQ2MX',
    bookNumber: '01/2025',
    bookSequence: 12,
  },
  officer: { fullName: 'Trần Thị Bích Ngọc', title: 'Công chức Tư pháp – Hộ tịch' },
  issuedAt: '2025-03-03T14:35:00+07:00',
});

/** The applicant's mother submitting for him, with every detail Form 01 asks of her. */
export const demoRepresentative = (): NonNullable<SlipContext['dossier']['representative']> => ({
  fullName: 'Nguyễn Thị Lan',
  idNumber: '037165004321',
  relation: 'Mẹ',
  address: 'Xóm 3, xã Ninh Hải, tỉnh Ninh Bình',
  phone: '0987000111',
  email: 'nguyenthilan@example.vn',
  authorization: 'Văn bản ủy quyền ngày 01 tháng 3 năm 2025 (mẹ được ủy quyền: không phải chứng thực)',
});

export const demoSupplementRequest = (): SupplementRequestInput => ({
  number: '15',
  missing: [
    {
      name: 'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây',
      form: 'original',
      quantity: 1,
      reason: 'Xin cấp lại để dùng vào mục đích khác nhưng chưa nộp lại giấy đã cấp',
    },
    {
      name: 'Giấy tờ chứng minh thông tin về cư trú',
      form: 'original-or-certified-copy',
      quantity: 1,
      reason: 'Không khai thác được thông tin cư trú trên Cơ sở dữ liệu quốc gia về dân cư',
    },
  ],
  reason: 'Hồ sơ chưa đủ giấy tờ theo quy định của thủ tục',
  contact: { officer: 'bà Trần Thị Bích Ngọc' },
});

export const demoRefusal = (): RefusalInput => ({
  number: '03',
  reason:
    'Người yêu cầu đang có vợ theo Cơ sở dữ liệu hộ tịch điện tử (đăng ký kết hôn tại UBND xã Ninh Hải ngày ' +
    '12 tháng 02 năm 2025), không thể xác nhận tình trạng độc thân như tờ khai đề nghị.',
});

export const demoApology = (): ApologyInput => ({
  number: '25',
  addressee: 'Ông Nguyễn Văn An',
  originalDueDate: '2025-03-06T16:00:00+07:00',
  newDueDate: '2025-03-10',
  delivery: 'counter',
  reason: 'cần xác minh tình trạng hôn nhân của Ông tại nơi cư trú trước đây (xã Ninh Hải).',
  signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
  signerName: 'Lê Văn Hùng',
  recipients: ['Như trên', 'Bộ phận Một cửa phường', 'Lưu: VT'],
});

export const demoStopNotice = (): StopNoticeInput => ({
  number: '07',
  reason: 'Người yêu cầu có đơn đề nghị dừng giải quyết để nộp lại Giấy xác nhận đã cấp trước đây.',
  requestedAt: '2025-03-05T09:00:00+07:00',
  requestedVia: 'in-person',
});

export const demoControlSlip = (): ControlSlipInput => ({
  handlingAgency: 'UBND phường Hoa Lư',
  coordinatingAgencies: ['Công an phường Hoa Lư'],
  rows: [
    {
      step: 'Tiếp nhận và chuyển hồ sơ',
      agencyName: 'Bộ phận TN&TKQ',
      handedOverAt: '2025-03-03T15:00:00+07:00',
      giver: 'Trần Thị Bích Ngọc',
      receiver: 'Phạm Minh Đức',
      dueAt: '2025-03-04T17:00:00+07:00',
      result: 'early',
    },
    {
      step: 'Thẩm định hồ sơ',
      agencyName: 'Công chức Tư pháp – Hộ tịch',
      handedOverAt: '2025-03-04T09:15:00+07:00',
      giver: 'Phạm Minh Đức',
      receiver: 'Lê Văn Hùng',
      dueAt: '2025-03-05T17:00:00+07:00',
      result: 'on-time',
    },
    {
      step: 'Phê duyệt kết quả',
      agencyName: 'Lãnh đạo UBND phường',
      handedOverAt: '2025-03-05T10:40:00+07:00',
      giver: 'Phạm Minh Đức',
      receiver: 'Lê Văn Hùng',
      dueAt: '2025-03-06T11:30:00+07:00',
      note: 'Đang trình ký',
    },
  ],
});

export const demoTrackingBook = (): TrackingBookInput => ({
  period: { from: '2025-03-01', to: '2025-03-31' },
  agencyName: 'Bộ phận Một cửa UBND phường Hoa Lư',
  fields: ['Hộ tịch', 'Chứng thực'],
  rows: [
    {
      no: 12,
      code: '000.01.31.H42-250303-0012',
      procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      applicant: 'Nguyễn Văn An',
      phone: '0912345678',
      address: 'Số 15 đường Trần Hưng Đạo, phường Hoa Lư',
      leadAgency: 'UBND phường Hoa Lư',
      resultMethod: 'Trực tiếp tại Bộ phận Một cửa',
      receivedAt: '2025-03-03T14:30:00+07:00',
      dueDate: '2025-03-06',
      transferredAt: '2025-03-03T15:00:00+07:00',
      finishedAt: '2025-03-05T10:40:00+07:00',
      returnedAt: '2025-03-05T15:20:00+07:00',
      status: 'Đã trả kết quả',
    },
    {
      no: 13,
      code: '000.01.31.H42-250304-0013',
      procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      applicant: 'Đinh Thị Hương',
      phone: '0987654321',
      leadAgency: 'UBND phường Hoa Lư',
      resultMethod: 'Trực tiếp tại Bộ phận Một cửa',
      receivedAt: '2025-03-04T08:05:00+07:00',
      dueDate: '2025-03-04',
      finishedAt: '2025-03-04T09:00:00+07:00',
      returnedAt: '2025-03-04T09:05:00+07:00',
      status: 'Đã trả kết quả',
      note: 'Trả ngay trong ngày',
    },
    {
      no: 14,
      code: '000.01.31.H42-250305-0014',
      procedureName: 'Đăng ký kết hôn (cần xác minh tình trạng hôn nhân)',
      applicant: 'Vũ Quang Huy',
      phone: '0901222333',
      address: 'Thôn Đông, phường Hoa Lư',
      leadAgency: 'UBND phường Hoa Lư',
      resultMethod: 'Qua dịch vụ bưu chính công ích',
      receivedAt: '2025-03-05T10:12:00+07:00',
      dueDate: '2025-03-12',
      transferredAt: '2025-03-05T10:30:00+07:00',
      status: 'Đang xử lý',
    },
  ],
});

/** The result collected at the counter by someone the applicant authorised. */
export const demoHandOverReceipt = (): HandOverReceiptInput => ({
  returnedAt: '2025-03-05T15:20:00+07:00',
  method: 'counter',
  results: [{ code: '000.01.31.H42-250303-0012-KQ1', document: 'Văn bản số 25/XNTTHN' }],
  collector: {
    fullName: 'Nguyễn Thị Hồng Nhung',
    idNumber: '037195004321',
    relation: 'authorised',
    authorisationNote: 'Giấy ủy quyền ngày 04/3/2025, chứng thực tại UBND phường Hoa Lư',
  },
});

/** The hand-over receipt of the demo dossier (the counter's own form, not one of the seven). */
export const demoHandOverView = () => buildHandOverReceipt(demoSlipContext(), demoHandOverReceipt());

/** Every legal slip built from the demo inputs, in form order (01 … 07). */
export const demoSlipViews = (): SlipView[] => {
  const ctx = demoSlipContext();
  return [
    buildReceiptSlip(ctx),
    buildSupplementRequest(ctx, demoSupplementRequest()),
    buildRefusalSlip(ctx, demoRefusal()),
    buildApologyLetter(ctx, demoApology()),
    buildStopNotice(ctx, demoStopNotice()),
    buildControlSlip(ctx, demoControlSlip()),
    buildTrackingBook(ctx, demoTrackingBook()),
  ];
};
