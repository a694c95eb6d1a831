/**
 * Mẫu số 05 (new in Circular 03/2025): Thông báo dừng giải quyết hồ sơ. On the applicant's request, the
 * one-stop counter that received the dossier checks that no decision or result exists and issues the notice
 * [V: Decree 118 Art. 21; Circular 03 Art. 7]. The heading is the issuing agency's: a counter's heading
 * when a counter officer issued it, the body's when a leader did (entries recorded before that rule).
 * The form's own text was not found [U]: the wording is ours (docs/domain/slips.md).
 */
import { capitalizeFirst, formatDateVi, STOP_REQUEST_LABELS } from './format.ts';
import {
  buildHeading,
  counterInText,
  documentNumber,
  isCounterBody,
  legalNote,
  SEAL_HINT,
  SIGN_HINT,
  STOP_LEGAL_GROUND,
  signerTitleLines,
  TRACKING_QR_CAPTION,
} from './parts.ts';
import type { SlipContext, StopNoticeInput } from './slip-input.ts';
import type { StopNoticeView } from './slip-view.ts';

export const buildStopNotice = (ctx: SlipContext, input: StopNoticeInput): StopNoticeView => {
  const { dossier, issuingBody } = ctx;
  if (input.reason.trim() === '') throw new RangeError('A stop notice states its reason');
  const signerTitle = input.signerTitle || ctx.officer.title || 'NGƯỜI TIẾP NHẬN HỒ SƠ';
  const issuer = counterInText(issuingBody);
  const receivedBy = dossier.counterName ?? issuer;
  const ground = input.legalGround?.trim() || STOP_LEGAL_GROUND;
  return {
    form: '05',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Thông báo dừng giải quyết hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: input.number === undefined ? null : documentNumber(input.number, 'TB'),
      issuer: 'counter',
    }),
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    addressee: { label: 'Kính gửi', value: `Ông/Bà ${dossier.applicant.fullName}` },
    paragraphs: [
      `${capitalizeFirst(formatDateVi(dossier.receivedAt))}, ${receivedBy} ` +
        `tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục ${dossier.procedure.name} ` +
        `(mã thủ tục ${dossier.procedure.code}), mã hồ sơ ${dossier.code}.`,
      // Only an entry that recorded how the applicant asked says they asked (older stops were a leader's).
      ...(input.requestedVia
        ? [
            `${capitalizeFirst(formatDateVi(input.requestedAt ?? ctx.issuedAt))}, Ông/Bà đề nghị ` +
              `${STOP_REQUEST_LABELS[input.requestedVia]} dừng giải quyết hồ sơ nêu trên.`,
          ]
        : []),
      `Căn cứ ${ground}, ${issuer} thông báo dừng giải quyết hồ sơ nêu trên.`,
      `Lý do: ${input.reason}`,
      `Ông/Bà liên hệ ${receivedBy}${dossier.counterPhone ? ` (số điện thoại ${dossier.counterPhone})` : ''} ` +
        'để nhận lại hồ sơ và được hướng dẫn./.',
    ],
    legalGround: ground,
    reason: input.reason,
    signatures: [
      {
        title: signerTitleLines(signerTitle),
        // A body seals its notice; a counter's officer signs (the form's text was not found [U]).
        hint: isCounterBody(issuingBody) ? SIGN_HINT : SEAL_HINT,
        name: input.signerName ?? ctx.officer.fullName,
      },
    ],
    legalNote: legalNote('05', null),
  };
};
