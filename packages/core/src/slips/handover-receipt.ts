/**
 * Phiếu giao nhận kết quả: the receipt of a result handed over in person, signed by the officer who hands it
 * and the person who takes it. Annex I of Circular 03/2025 prescribes no such form (its seven forms end with
 * the tracking book, whose "Ký nhận" column is the only signature of collection), so this is the counter's
 * own form, and says so in its footer (docs/domain/slips.md#hand-over-receipt).
 */
import type { CollectorRelation } from '../dossier/entries.ts';
import { formatDateTimeVi } from './format.ts';
import { buildHeading, counterInText, requestLine, SIGN_HINT, TRACKING_QR_CAPTION } from './parts.ts';
import type { HandOverReceiptInput, SlipContext } from './slip-input.ts';
import type { HandOverReceiptView } from './slip-view.ts';

/** Who the collector is to the applicant, as printed. */
export const COLLECTOR_RELATION_LABELS: Record<CollectorRelation, string> = {
  self: 'Người nộp hồ sơ (người đứng tên hồ sơ)',
  authorised: 'Người được ủy quyền',
  'legal-representative': 'Người đại diện theo pháp luật',
  family: 'Người thân trong gia đình',
};

export const HANDOVER_LEGAL_NOTE =
  'Mẫu riêng của Bộ phận tiếp nhận và trả kết quả, không thuộc các mẫu ban hành kèm theo Thông tư số 03/2025/TT-VPCP';

export const HANDOVER_NOTES = [
  'Phiếu lập thành 02 bản: 01 bản lưu tại Bộ phận tiếp nhận và trả kết quả cùng hồ sơ, 01 bản giao người nhận.',
  'Người nhận kiểm tra kết quả trước khi ký nhận.',
] as const;

export const buildHandOverReceipt = (ctx: SlipContext, input: HandOverReceiptInput): HandOverReceiptView => {
  const { dossier, issuingBody } = ctx;
  const { collector } = input;
  const counter = dossier.counterName ?? counterInText(issuingBody);
  const place = input.method === 'home' ? `tại địa chỉ ${input.address || '……………………'}` : `tại ${counter}`;
  return {
    form: 'GN',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu giao nhận kết quả giải quyết hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, input.returnedAt, { number: null, issuer: 'counter' }),
    title: 'PHIẾU GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    dossierCode: dossier.code,
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    intro: `Hồi ${formatDateTimeVi(input.returnedAt)}, ${place}, chúng tôi gồm:`,
    giverHeading: 'Bên giao:',
    giver: [
      {
        label: 'Ông/Bà',
        value: ctx.officer.fullName,
        also: [{ label: 'Đơn vị', value: counter }],
      },
    ],
    collectorHeading: 'Bên nhận:',
    collector: [
      { label: 'Ông/Bà', value: collector.fullName },
      { label: 'Số định danh cá nhân', value: collector.idNumber },
      { label: 'Là', value: COLLECTOR_RELATION_LABELS[collector.relation] },
      ...(collector.authorisationNote
        ? [{ label: 'Giấy tờ ủy quyền, giấy tờ chứng minh', value: collector.authorisationNote }]
        : []),
    ],
    detailsHeading: 'Đã giao, nhận kết quả giải quyết hồ sơ:',
    details: [
      {
        label: 'Hồ sơ của',
        value: dossier.applicant.fullName,
        also: [{ label: 'Số định danh cá nhân/Mã số thuế', value: dossier.applicant.idNumber }],
      },
      requestLine(dossier),
    ],
    results:
      input.results.length > 0
        ? input.results.map((r, i) => `${i + 1}. ${r.document ? `${r.document} – ` : ''}mã kết quả ${r.code}`)
        : ['Kết quả giải quyết hồ sơ (không có mã kết quả)'],
    statement: 'Bên nhận đã nhận đủ kết quả nêu trên.',
    notes: [...HANDOVER_NOTES],
    signatures: [
      { title: ['NGƯỜI GIAO'], hint: SIGN_HINT, name: ctx.officer.fullName },
      { title: ['NGƯỜI NHẬN'], hint: SIGN_HINT, name: collector.fullName },
    ],
    legalNote: HANDOVER_LEGAL_NOTE,
  };
};
