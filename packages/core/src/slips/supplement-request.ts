/** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (guidance given once, in writing). */
import { COMPONENT_FORM_LABELS, formatQuantity } from './format.ts';
import {
  applicantLines,
  buildHeading,
  documentNumber,
  legalNote,
  requestLine,
  SIGN_HINT,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { SlipContext, SupplementRequestInput } from './slip-input.ts';
import type { SupplementRequestView } from './slip-view.ts';

export const buildSupplementRequest = (
  ctx: SlipContext,
  input: SupplementRequestInput,
): SupplementRequestView => {
  const { dossier, issuingBody } = ctx;
  if (input.missing.length === 0) throw new RangeError('A supplementation request lists at least one item');
  return {
    form: '02',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: documentNumber(input.number, 'HDHS'),
      issuer: 'counter',
    }),
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    dossierCode: dossier.code,
    qr: { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION },
    applicant: [
      { label: 'Hồ sơ của', value: dossier.applicant.fullName },
      ...applicantLines(dossier).slice(1),
    ],
    request: requestLine(dossier),
    missingHeading: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
    missing: {
      headers: ['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng', 'Lý do'],
      rows: input.missing.map((m, i) => [
        String(i + 1),
        m.name,
        m.form === undefined ? '' : COMPONENT_FORM_LABELS[m.form],
        m.quantity === undefined ? '' : formatQuantity(m.quantity),
        m.reason,
      ]),
    },
    lookup: `Tra cứu quy định của thủ tục và tình trạng hồ sơ tại: ${dossier.trackingUrl}`,
    contact:
      `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${input.contact.officer}, ` +
      `số điện thoại ${input.contact.phone} để được hướng dẫn./.`,
    signatures: [{ title: ['NGƯỜI HƯỚNG DẪN'], hint: SIGN_HINT, name: ctx.officer.fullName }],
    legalNote: legalNote('02', '02'),
  };
};
