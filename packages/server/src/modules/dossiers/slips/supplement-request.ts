/**
 * Form 02, the request to supplement a dossier: as issued (its register number, date, officer, reason and the
 * items recorded then), with the receiving counter's phone for the applicant to call; or as the counter issued
 * it for a dossier it did not receive (counter_slips).
 */
import { buildSupplementRequest, type MissingItem, notFound, type SupplementRequestView } from '@motcua/core';
import { issuingBody, receivingCounter, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

export async function gatherSupplementRequest(
  source: SlipSource,
  seq?: number,
): Promise<SupplementRequestView> {
  const { db, dossier: d, agencies, trackingUrl } = source;
  const found = slipEntry(d, 'request-supplement', seq);
  if (!found) {
    throw notFound('phiếu yêu cầu bổ sung (hồ sơ chưa có yêu cầu)', 'Supplement request (none)');
  }
  const { slip, entry } = found;
  return buildSupplementRequest(
    {
      issuingBody: await issuingBody(db, slip.agencyCode),
      officer: { fullName: entry.actor.name },
      issuedAt: slip.issuedAt,
      dossier: {
        ...slipDossier(d, agencies, trackingUrl, d.state),
        ...(await receivingCounter(db, d.row.receivingAgencyCode)),
      },
    },
    {
      number: slip.number,
      missing: entry.data.missing.map(printedItem),
      ...(entry.reason ? { reason: entry.reason } : {}),
      contact: { officer: entry.actor.name },
    },
  );
}

export const printedItem = (m: Pick<MissingItem, 'name' | 'reason' | 'form' | 'quantity'>) => ({
  name: m.name,
  reason: m.reason ?? '',
  ...(m.form ? { form: m.form } : {}),
  ...(m.quantity ? { quantity: m.quantity } : {}),
});
