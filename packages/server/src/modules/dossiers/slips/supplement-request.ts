/**
 * Form 02, the request to supplement a dossier: as issued (its register number, date, officer and the
 * items recorded then); or as the counter issued it for a dossier it did not receive (counter_slips).
 */
import { buildSupplementRequest, type MissingItem, notFound, type SupplementRequestView } from '@motcua/core';
import { issuingBody, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

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
  const body = await issuingBody(db, slip.agencyCode);
  return buildSupplementRequest(
    {
      issuingBody: body,
      officer: { fullName: entry.actor.name },
      issuedAt: slip.issuedAt,
      dossier: slipDossier(d, agencies, trackingUrl, d.state),
    },
    {
      number: slip.number,
      missing: entry.data.missing.map(printedItem),
      contact: { officer: entry.actor.name, phone: body.phone ?? '' },
    },
  );
}

const printedItem = (m: MissingItem) => ({
  name: m.name,
  reason: m.reason,
  ...(m.form ? { form: m.form } : {}),
  ...(m.quantity ? { quantity: m.quantity } : {}),
});
