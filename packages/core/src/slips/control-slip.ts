/** Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, one row per hand-over. */
import { formatDateTimeVi, formatDateVi, HAND_OVER_RESULT_LABELS } from './format.ts';
import { BLANK, buildHeading, legalNote, TRACKING_QR_CAPTION } from './parts.ts';
import type { ControlSlipInput, SlipContext } from './slip-input.ts';
import type { ControlSlipView } from './slip-view.ts';

export const buildControlSlip = (ctx: SlipContext, input: ControlSlipInput): ControlSlipView => {
  const { dossier, issuingBody } = ctx;
  return {
    form: '06',
    pageSize: 'A5',
    orientation: 'portrait',
    documentTitle: `Phiếu kiểm soát quá trình giải quyết hồ sơ – ${dossier.code}`,
    heading: buildHeading(issuingBody, ctx.issuedAt, { number: null, issuer: 'counter' }),
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    subtitle: [`Mã hồ sơ: ${dossier.code}`],
    dossierCode: dossier.code,
    qr: { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION },
    details: [
      { label: 'Kèm theo hồ sơ của', value: dossier.applicant.fullName },
      { label: 'Số điện thoại', value: dossier.applicant.phone },
      { label: 'Thủ tục', value: `${dossier.procedure.name} (mã thủ tục ${dossier.procedure.code})` },
      { label: 'Ngày nhận hồ sơ', value: formatDateTimeVi(dossier.receivedAt) },
      {
        label: 'Hẹn trả kết quả',
        value:
          dossier.dueAt !== undefined
            ? formatDateTimeVi(dossier.dueAt)
            : dossier.dueDate !== undefined
              ? formatDateVi(dossier.dueDate)
              : BLANK,
      },
    ],
    handOvers: {
      headers: ['TÊN CƠ QUAN', 'THỜI GIAN GIAO, NHẬN HỒ SƠ', 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ', 'GHI CHÚ'],
      rows: input.rows.map((r, i) => [
        `${i + 1}. ${r.step}\n${r.agencyName}`,
        `Giao lúc ${formatDateTimeVi(r.handedOverAt)}\nNgười giao: ${r.giver}\nNgười nhận: ${r.receiver}`,
        r.dueAt === undefined
          ? HAND_OVER_RESULT_LABELS[r.result]
          : `${HAND_OVER_RESULT_LABELS[r.result]}\n(hạn: ${formatDateTimeVi(r.dueAt)})`,
        r.note ?? '',
      ]),
    },
    signatures: [],
    legalNote: legalNote('06', '05'),
  };
};
