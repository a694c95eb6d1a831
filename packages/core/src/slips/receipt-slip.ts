/** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
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
  counterInText,
  legalNote,
  requestLine,
  SIGN_HINT,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { SlipContext } from './slip-input.ts';
import type { LabelledValue, ReceiptSlipView } from './slip-view.ts';

export const buildReceiptSlip = (ctx: SlipContext): ReceiptSlipView => {
  const { dossier, issuingBody } = ctx;
  const due = dossier.dueAt ?? dossier.dueDate;
  const fees: LabelledValue[] = dossier.fees.map((f) => ({
    label: f.name,
    value: f.amount === 0 ? 'Miễn' : formatMoneyVi(f.amount),
  }));
  const total = dossier.fees.reduce((sum, f) => sum + f.amount, 0);
  const feesTotal = dossier.fees.length === 0 ? 'Không thu phí, lệ phí' : formatMoneyVi(total);
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
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    dossierCode: dossier.code,
    qr: { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION },
    intro: `${counterInText(issuingBody)} đã tiếp nhận hồ sơ của:`,
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
      { label: '2. Số lượng hồ sơ', value: `${formatQuantity(dossier.sets)} bộ` },
      { label: '3. Thời gian giải quyết hồ sơ theo quy định', value: dossier.timeLimitText },
      { label: '4. Thời gian nhận hồ sơ', value: formatDateTimeVi(dossier.receivedAt) },
      {
        label: '5. Thời gian trả kết quả giải quyết hồ sơ',
        value: due === undefined ? BLANK : formatDateTimeVi(due),
      },
      { label: '6. Nhận kết quả tại', value: dossier.resultDelivery },
      { label: '7. Hình thức nộp hồ sơ', value: CHANNEL_LABELS[dossier.channel] },
    ],
    feesHeading: '8. Phí, lệ phí',
    fees,
    feesTotal,
    book,
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
