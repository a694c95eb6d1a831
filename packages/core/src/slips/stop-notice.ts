/** Mẫu số 05 (new in Circular 03/2025): Thông báo dừng giải quyết hồ sơ. */
import { capitalizeFirst, formatDateVi } from './format.ts';
import {
  buildHeading,
  counterInText,
  documentNumber,
  legalNote,
  nameInText,
  SEAL_HINT,
  signerTitleLines,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { SlipContext, StopNoticeInput } from './slip-input.ts';
import type { StopNoticeView } from './slip-view.ts';

export const buildStopNotice = (ctx: SlipContext, input: StopNoticeInput): StopNoticeView => {
  const { dossier, issuingBody } = ctx;
  if (input.reason.trim() === '') throw new RangeError('A stop notice states its reason');
  const signerTitle = input.signerTitle ?? ctx.officer.title ?? 'NGƯỜI TIẾP NHẬN HỒ SƠ';
  return {
    form: '05',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Thông báo dừng giải quyết hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: input.number === undefined ? null : documentNumber(input.number, 'TB'),
      issuer: 'body',
    }),
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    qr: { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION },
    addressee: { label: 'Kính gửi', value: `Ông/Bà ${dossier.applicant.fullName}` },
    paragraphs: [
      `${capitalizeFirst(formatDateVi(dossier.receivedAt))}, ${counterInText(issuingBody)} ` +
        `tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục ${dossier.procedure.name} ` +
        `(mã thủ tục ${dossier.procedure.code}), mã hồ sơ ${dossier.code}.`,
      `Căn cứ ${input.legalGround}, ${nameInText(issuingBody.name)} thông báo dừng giải quyết hồ sơ nêu trên.`,
      `Lý do: ${input.reason}`,
      `Ông/Bà liên hệ ${counterInText(issuingBody)}${issuingBody.phone ? ` (số điện thoại ${issuingBody.phone})` : ''} ` +
        'để nhận lại hồ sơ và được hướng dẫn./.',
    ],
    legalGround: input.legalGround,
    reason: input.reason,
    signatures: [
      {
        title: signerTitleLines(signerTitle),
        hint: SEAL_HINT,
        name: input.signerName ?? ctx.officer.fullName,
      },
    ],
    legalNote: legalNote('05', null),
  };
};
