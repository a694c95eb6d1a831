/** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
import {
  applicantLines,
  buildHeading,
  counterInText,
  documentNumber,
  legalNote,
  requestLine,
  SIGN_HINT,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { RefusalInput, SlipContext } from './slip-input.ts';
import type { RefusalSlipView } from './slip-view.ts';

export const buildRefusalSlip = (ctx: SlipContext, input: RefusalInput): RefusalSlipView => {
  const { dossier, issuingBody } = ctx;
  if (input.reason.trim() === '') throw new RangeError('A refusal states its reason');
  return {
    form: '03',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu từ chối tiếp nhận giải quyết hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: input.number === undefined ? null : documentNumber(input.number, 'TCHS'),
      issuer: 'counter',
    }),
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    dossierCode: dossier.code,
    qr: { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION },
    intro: `${counterInText(issuingBody)} tiếp nhận hồ sơ của:`,
    applicant: applicantLines(dossier),
    request: requestLine(dossier),
    reasonIntro:
      `Qua xem xét, ${counterInText(issuingBody)} từ chối tiếp nhận, ` +
      'giải quyết hồ sơ này với lý do cụ thể như sau:',
    reason: input.reason,
    closing: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.',
    signatures: [{ title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: SIGN_HINT, name: ctx.officer.fullName }],
    legalNote: legalNote('03', '03'),
  };
};
