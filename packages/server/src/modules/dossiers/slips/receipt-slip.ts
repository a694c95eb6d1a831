/** Form 01, the receipt and appointment: as it was issued at reception (the due date it gave then). */
import { buildReceiptSlip, notFound, type ReceiptSlipView } from '@motcua/core';
import { issuingBody, type SlipSource, slipDossier } from './slip-context.ts';

export async function gatherReceiptSlip({
  db,
  dossier: d,
  agencies,
  trackingUrl,
}: SlipSource): Promise<ReceiptSlipView> {
  const receive = d.log.find((e) => e.action === 'receive');
  if (!receive)
    throw notFound('giấy tiếp nhận (hồ sơ chưa được tiếp nhận)', 'Receipt (the dossier was not received)');
  const { originalDueDate, originalDueAt } = d.state;
  return buildReceiptSlip({
    issuingBody: await issuingBody(db, d.row.receivingAgencyCode),
    officer: { fullName: receive.actor.name },
    issuedAt: receive.at,
    dossier: slipDossier(d, agencies, trackingUrl, { dueDate: originalDueDate, dueAt: originalDueAt }),
  });
}
