/**
 * Mẫu số 04: the competent body's apology for a late result, with a new appointment (Circular
 * 01/2018 wording) or with a request to extend the time limit (Circular 03/2025 wording).
 */
import { capitalizeFirst, formatDateTimeVi, formatDateVi } from './format.ts';
import {
  buildHeading,
  counterInText,
  documentNumber,
  legalNote,
  nameInText,
  SEAL_HINT,
  signerTitleLines,
} from './parts.ts';
import type { ApologyInput, SlipContext } from './slip-input.ts';
import type { ApologyLetterView } from './slip-view.ts';

export const APOLOGY_TITLES = {
  reschedule: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  extension: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
} as const;

export const buildApologyLetter = (ctx: SlipContext, input: ApologyInput): ApologyLetterView => {
  const { dossier, issuingBody } = ctx;
  const kind = input.kind ?? 'reschedule';
  const body = nameInText(issuingBody.name);
  const originalDue = formatDateTimeVi(input.originalDueDate);
  const newDue = formatDateTimeVi(input.newDueDate);
  const promise =
    kind === 'reschedule'
      ? `${body} xin lỗi Ông/Bà và hẹn trả kết quả giải quyết hồ sơ vào ${newDue}.`
      : `${body} xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến ${newDue}.`;
  return {
    form: '04',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Văn bản xin lỗi – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: documentNumber(input.number, 'PXL'),
      issuer: 'body',
    }),
    title: APOLOGY_TITLES[kind],
    subtitle: [],
    qr: { payload: dossier.trackingUrl, caption: 'Quét mã để tra cứu hồ sơ' },
    addressee: { label: 'Kính gửi', value: input.addressee },
    paragraphs: [
      `${capitalizeFirst(formatDateVi(dossier.receivedAt))}, ${counterInText(issuingBody)} tiếp nhận hồ sơ ` +
        `của Ông/Bà đề nghị giải quyết thủ tục ${dossier.procedure.name}, mã hồ sơ ${dossier.code}, ` +
        `hẹn trả kết quả vào ${originalDue}.`,
      `Hồ sơ đã được chuyển đến cơ quan có thẩm quyền giải quyết nhưng đến nay chưa có kết quả đúng ` +
        `thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: ${input.reason}`,
      `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. ${promise}`,
      'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.',
    ],
    originalDue,
    newDue,
    recipientsHeading: 'Nơi nhận:',
    recipients: input.recipients.map((r, i) => `- ${r}${i === input.recipients.length - 1 ? '.' : ';'}`),
    signatures: [{ title: signerTitleLines(input.signerTitle), hint: SEAL_HINT, name: input.signerName }],
    legalNote: legalNote('04', '04'),
  };
};
