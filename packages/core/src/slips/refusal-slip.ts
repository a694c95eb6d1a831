/**
 * Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. A dossier refused at the counter has usually not been
 * received, so its code is printed only when it has one ('Mã hồ sơ (nếu có)'); the applicant and the
 * receiving officer both sign [V-proxy BM.03].
 */
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
  const [name, id, ...rest] = applicantLines(dossier);
  return {
    form: '03',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu từ chối tiếp nhận giải quyết hồ sơ${dossier.code ? ` – ${dossier.code}` : ''}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: input.number === undefined ? null : documentNumber(input.number, 'TCHS'),
      issuer: 'counter',
    }),
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    subtitle: [],
    dossierCode: dossier.code,
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    intro: `${counterInText(issuingBody)} tiếp nhận hồ sơ của:`,
    applicant: [
      ...(name && id ? [name, id] : []),
      ...(dossier.code ? [{ label: 'Mã hồ sơ (nếu có)', value: dossier.code }] : []),
      ...rest,
    ],
    request: requestLine(dossier),
    reasonIntro:
      `Qua xem xét, ${counterInText(issuingBody)} thông báo không tiếp nhận, ` +
      'giải quyết hồ sơ này với lý do cụ thể như sau:',
    reason: input.reason,
    closing: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.',
    signatures: [
      {
        title: ['NGƯỜI NỘP HỒ SƠ'],
        hint: SIGN_HINT,
        name: dossier.representative?.fullName ?? dossier.applicant.fullName,
      },
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: SIGN_HINT, name: ctx.officer.fullName },
    ],
    legalNote: legalNote('03', '03'),
  };
};
