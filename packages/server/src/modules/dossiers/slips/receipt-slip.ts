/**
 * Form 01, the receipt and appointment: as it was issued at reception (the due date it gave then, with its
 * hour), and the dossier's place in the counter's tracking book.
 */
import { buildReceiptSlip, notFound, type ReceiptSlipView } from '@motcua/core';
import { appointment, issuingBody, receivingCounter, type SlipSource, slipDossier } from './slip-context.ts';
import { bookVolume } from './tracking-book-numbers.ts';

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
  const agency = d.row.receivingAgencyCode;
  // The place in the counter's book decided at reception.
  const { bookYear, bookNo } = d.row;
  return buildReceiptSlip({
    issuingBody: await issuingBody(db, agency),
    officer: { fullName: receive.actor.name },
    issuedAt: receive.at,
    dossier: {
      ...slipDossier(
        d,
        agencies,
        trackingUrl,
        appointment(d.state, { dueDate: originalDueDate, dueAt: originalDueAt }),
      ),
      ...(await receivingCounter(db, agency)),
      // As the first entry recorded it, so a reprint shows the same code.
      ...(d.state.checkCode ? { checkCode: d.state.checkCode } : {}),
      ...(bookYear !== null && bookNo !== null
        ? { bookNumber: bookVolume(bookYear), bookSequence: bookNo }
        : {}),
    },
  });
}
