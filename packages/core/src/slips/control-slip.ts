/**
 * Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, one row per hand-over, as BM.05 lays it out
 * [V-proxy; docs/domain/slips.md]: the handling and coordinating agencies above the table; in each row the
 * giver and the receiver sign their own cell; the result (trước hạn / đúng hạn / quá hạn) is entered by the
 * receiving side when the step ends, so an open step's cell is blank.
 */
import { formatDateTimeShort, formatDateTimeVi, formatDateVi, HAND_OVER_RESULT_LABELS } from './format.ts';
import { BLANK, buildHeading, legalNote, TRACKING_QR_CAPTION } from './parts.ts';
import type { ControlSlipInput, SlipContext } from './slip-input.ts';
import type { ControlSlipView } from './slip-view.ts';

export const CONTROL_SLIP_NOTES = [
  'Kết quả giải quyết hồ sơ (trước hạn, đúng hạn, quá hạn) do bên nhận ghi khi nhận bàn giao hồ sơ.',
  'Trường hợp hồ sơ được giải quyết trên hệ thống điện tử, quá trình giao, nhận được ghi tự động trên hệ thống.',
] as const;

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
    qr: dossier.trackingUrl ? { payload: dossier.trackingUrl, caption: TRACKING_QR_CAPTION } : null,
    details: [
      { label: 'Kèm theo hồ sơ của', value: dossier.applicant.fullName },
      { label: 'Số điện thoại', value: dossier.applicant.phone },
      { label: 'Thủ tục', value: `${dossier.procedure.name} (mã thủ tục ${dossier.procedure.code})` },
      { label: 'Cơ quan (bộ phận) giải quyết hồ sơ', value: input.handlingAgency || BLANK },
      {
        label: 'Cơ quan phối hợp giải quyết hồ sơ',
        value: input.coordinatingAgencies.length ? input.coordinatingAgencies.join('; ') : BLANK,
      },
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
      headers: [
        'TÊN CƠ QUAN',
        'THỜI GIAN GIAO, NHẬN HỒ SƠ',
        'KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/\nĐúng hạn/\nQuá hạn)',
        'GHI CHÚ',
      ],
      rows: input.rows.map((r, i) => ({
        unit: `${i + 1}. ${r.agencyName}\n(${r.step})`,
        handOver: `Giao lúc ${formatDateTimeVi(r.handedOverAt)}`,
        giver: { label: 'Người giao', name: r.giver },
        receiver: { label: 'Người nhận', name: r.receiver },
        result: r.result === undefined ? '' : HAND_OVER_RESULT_LABELS[r.result],
        note: [r.dueAt === undefined ? '' : `Hạn: ${formatDateTimeShort(r.dueAt)}`, r.note ?? '']
          .filter((s) => s !== '')
          .join('\n'),
      })),
    },
    notes: [...CONTROL_SLIP_NOTES],
    signatures: [],
    legalNote: legalNote('06', '05'),
  };
};
