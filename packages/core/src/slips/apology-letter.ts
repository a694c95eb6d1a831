/**
 * Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Circular 03/2025), from the competent
 * body, in the wording of the post-Circular-03 form set [V-proxy BM.04, docs/domain/slips.md]. The form
 * addresses 'Ông/Bà/Tổ chức': an organisation may be the applicant.
 */
import { APOLOGY_DELIVERY_LABELS, capitalizeFirst, formatDateTimeVi, formatDateVi } from './format.ts';
import {
  buildHeading,
  documentNumber,
  legalNote,
  nameInText,
  SEAL_HINT,
  signerTitleLines,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { ApologyInput, SlipContext } from './slip-input.ts';
import type { ApologyLetterView } from './slip-view.ts';

export const APOLOGY_TITLE = 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT';

const YOU = 'Ông/Bà/Tổ chức';

export const buildApologyLetter = (ctx: SlipContext, input: ApologyInput): ApologyLetterView => {
  const { dossier, issuingBody } = ctx;
  const body = nameInText(issuingBody.name);
  const originalDue = formatDateTimeVi(input.originalDueDate);
  const newDue = formatDateTimeVi(input.newDueDate);
  const { applicant } = dossier;
  const details = [
    `Số định danh cá nhân/Mã số thuế: ${applicant.idNumber}`,
    ...(applicant.address ? [`Địa chỉ: ${applicant.address}`] : []),
    `Số điện thoại: ${applicant.phone}`,
  ];
  const delivery = input.delivery ? ` (${APOLOGY_DELIVERY_LABELS[input.delivery]})` : '';
  const recipients = [`Như trên${delivery}`, ...input.recipients.filter((r) => r !== 'Như trên')];
  return {
    form: '04',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: documentNumber(input.number, 'PXL'),
      issuer: 'body',
    }),
    title: APOLOGY_TITLE,
    subtitle: [],
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    addressee: { label: 'Kính gửi', value: input.addressee },
    addresseeDetails: `(${details.join('; ')})`,
    paragraphs: [
      `${capitalizeFirst(formatDateVi(dossier.receivedAt))}, ${body} tiếp nhận giải quyết hồ sơ đề nghị ` +
        `giải quyết thủ tục hành chính ${dossier.procedure.name} của ${YOU} ${applicant.fullName}; ` +
        `số định danh: ${applicant.idNumber}; mã số hồ sơ: ${dossier.code}.`,
      `Thời gian hẹn trả kết quả: ${originalDue}.`,
      `Tuy nhiên đến nay, ${body} chưa trả kết quả giải quyết hồ sơ cho ${YOU} đúng thời hạn quy định ` +
        `ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: ${input.reason}`,
      `${body} xin trân trọng gửi lời xin lỗi đến ${YOU} vì sự chậm trễ này, có thể gây phiền hà, tốn kém ` +
        `về chi phí, công sức của ${YOU}, và đề nghị gia hạn thời gian giải quyết hồ sơ; ${body} sẽ trả kết ` +
        `quả giải quyết hồ sơ cho ${YOU} vào ${newDue}.`,
      `Mong nhận được sự thông cảm của ${YOU} vì sự chậm trễ này./.`,
    ],
    originalDue,
    newDue,
    recipientsHeading: 'Nơi nhận:',
    recipients: recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`),
    signatures: [{ title: signerTitleLines(input.signerTitle), hint: SEAL_HINT, name: input.signerName }],
    legalNote: legalNote('04', '04'),
  };
};
