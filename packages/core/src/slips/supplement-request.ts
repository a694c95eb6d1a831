/**
 * Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (guidance given once, in writing), in the form's order:
 * whose dossier and what it asks, the address and phone, the list, one 'Lý do' line, whom to call.
 */
import { COMPONENT_FORM_LABELS, formatQuantity } from './format.ts';
import {
  BLANK,
  buildHeading,
  codeLine,
  contactLines,
  counterInText,
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
  const overall = input.reason?.trim() ?? '';
  const itemReasons = [...new Set(input.missing.map((m) => m.reason.trim()).filter((r) => r !== ''))];
  // One 'Lý do' line, as the form has: the request's own reason; the items' reasons when it has none. With
  // both, each item's reason stays beside its item so nothing recorded is lost.
  const reason = overall || itemReasons.join('; ');
  const phone = dossier.counterPhone?.trim() || BLANK;
  const counter = dossier.counterName ?? counterInText(issuingBody);
  return {
    form: '02',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ${dossier.code ? ` – ${dossier.code}` : ''}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, {
      number: documentNumber(input.number, 'HDHS'),
      issuer: 'counter',
    }),
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    subtitle: codeLine(dossier.code),
    dossierCode: dossier.code,
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    applicant: [
      { label: 'Hồ sơ của', value: dossier.applicant.fullName },
      { label: 'Số định danh cá nhân/Mã số thuế', value: dossier.applicant.idNumber },
      requestLine(dossier),
      ...contactLines(dossier),
    ],
    missingHeading: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
    missing: {
      headers: ['STT', 'Tên giấy tờ, nội dung cần bổ sung, hoàn thiện', 'Hình thức', 'Số lượng'],
      rows: input.missing.map((m, i) => [
        String(i + 1),
        overall && m.reason.trim() ? `${m.name}: ${m.reason.trim()}` : m.name,
        m.form === undefined ? '' : COMPONENT_FORM_LABELS[m.form],
        m.quantity === undefined ? '' : formatQuantity(m.quantity),
      ]),
    },
    reason: { label: 'Lý do', value: reason || BLANK },
    lookup: dossier.trackingUrl
      ? `Tra cứu tình trạng hồ sơ tại: ${dossier.trackingUrl}`
      : dossier.procedureUrl
        ? `Tra cứu quy định của thủ tục tại: ${dossier.procedureUrl}`
        : '',
    contact:
      `Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ ${input.contact.officer} ` +
      `(${counter}), số điện thoại ${phone} để được hướng dẫn./.`,
    signatures: [{ title: ['NGƯỜI HƯỚNG DẪN'], hint: SIGN_HINT, name: ctx.officer.fullName }],
    legalNote: legalNote('02', '02'),
  };
};
