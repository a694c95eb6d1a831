/**
 * Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Items 1–6 numbered as the form numbers them; how the
 * dossier came in and its fees are printed below them, unnumbered, as they are not items of the form.
 */
import {
  CHANNEL_LABELS,
  COMPONENT_FORM_LABELS,
  formatDateTimeVi,
  formatMoneyVi,
  formatQuantity,
} from './format.ts';
import {
  applicantLines,
  BLANK,
  buildHeading,
  codeLine,
  counterInText,
  isConditionalFee,
  legalNote,
  requestLine,
  SIGN_HINT,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { SlipContext } from './slip-input.ts';
import type { LabelledValue, ReceiptSlipView } from './slip-view.ts';

/** The two-copy note of the form [V-impl: 01/2018 Form 01 templates; docs/domain/slips.md]. */
export const RECEIPT_NOTES = [
  'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: 01 liên giao cho người nộp hồ sơ; ' +
    '01 liên lưu cùng Phiếu kiểm soát quá trình giải quyết hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả.',
  'Người nộp hồ sơ có thể nhận kết quả tại Bộ phận Tiếp nhận và Trả kết quả hoặc tại nhà qua dịch vụ bưu chính công ích.',
] as const;

export const buildReceiptSlip = (ctx: SlipContext): ReceiptSlipView => {
  const { dossier, issuingBody } = ctx;
  const due = dossier.dueAt ?? dossier.dueDate;
  const fees: LabelledValue[] = dossier.fees.map((f) => ({
    label: f.name,
    value: f.amount === 0 ? 'Miễn' : formatMoneyVi(f.amount),
  }));
  const total = dossier.fees.filter((f) => !isConditionalFee(f)).reduce((sum, f) => sum + f.amount, 0);
  const feesTotal = {
    label: 'Tổng số phải nộp',
    value: dossier.fees.length === 0 ? 'Không thu phí, lệ phí' : formatMoneyVi(total),
  };
  const book =
    `Vào Sổ theo dõi hồ sơ, Quyển số: ${dossier.bookNumber ?? BLANK}, ` +
    `Số thứ tự: ${dossier.bookSequence === undefined ? BLANK : String(dossier.bookSequence)}`;
  return {
    form: '01',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, { number: null, issuer: 'counter' }),
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    // The check code on the code's line (the sheet has no room for another): with it the tracking page shows
    // the due date and where the dossier is.
    subtitle: [
      ...codeLine(dossier.code).map((line) =>
        dossier.checkCode ? `${line} – Mã kiểm tra: ${dossier.checkCode}` : line,
      ),
      '(Liên: Lưu/Giao khách hàng)',
    ],
    dossierCode: dossier.code,
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    intro: `${counterInText(issuingBody)} tiếp nhận hồ sơ của:`,
    applicant: applicantLines(dossier),
    request: requestLine(dossier),
    componentsHeading: '1. Thành phần hồ sơ nộp gồm:',
    components: {
      headers: ['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng'],
      rows: dossier.components.map((c, i) => [
        String(i + 1),
        c.name,
        COMPONENT_FORM_LABELS[c.form],
        formatQuantity(c.quantity),
      ]),
    },
    items: [
      { label: '2. Số lượng hồ sơ', value: `${formatQuantity(dossier.sets)} (bộ)` },
      { label: '3. Thời gian giải quyết hồ sơ theo quy định là', value: dossier.timeLimitText },
      { label: '4. Thời gian nhận hồ sơ', value: formatDateTimeVi(dossier.receivedAt) },
      {
        label: '5. Thời gian trả kết quả giải quyết hồ sơ',
        value: due === undefined ? BLANK : formatDateTimeVi(due),
      },
      { label: '6. Đăng ký nhận kết quả tại', value: dossier.resultDelivery || BLANK },
    ],
    book,
    submission: { label: 'Hình thức nộp hồ sơ', value: CHANNEL_LABELS[dossier.channel] },
    feesHeading: 'Phí, lệ phí',
    fees,
    feesTotal,
    notes: [...RECEIPT_NOTES],
    signatures: [
      {
        title: ['NGƯỜI NỘP HỒ SƠ'],
        hint: SIGN_HINT,
        name: dossier.representative?.fullName ?? dossier.applicant.fullName,
      },
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: SIGN_HINT, name: ctx.officer.fullName },
    ],
    legalNote: legalNote('01', '01'),
  };
};
