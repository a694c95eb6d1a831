/** Form 03, the refusal of an online dossier at the counter: as issued, with its register number. */
import { buildRefusalSlip, notFound, type RefusalSlipView } from '@motcua/core';
import { issuingBody, receivingCounter, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

export async function gatherRefusalSlip(source: SlipSource, seq?: number): Promise<RefusalSlipView> {
  const { db, dossier: d, agencies, trackingUrl } = source;
  const found = slipEntry(d, 'refuse', seq);
  if (!found) throw notFound('phiếu từ chối (hồ sơ không bị từ chối)', 'Refusal slip (not refused)');
  const { slip, entry } = found;
  return buildRefusalSlip(
    {
      issuingBody: await issuingBody(db, slip.agencyCode),
      officer: { fullName: entry.actor.name },
      issuedAt: slip.issuedAt,
      dossier: {
        ...slipDossier(d, agencies, trackingUrl, {}),
        ...(await receivingCounter(db, d.row.receivingAgencyCode)),
      },
    },
    { reason: entry.reason ?? '', number: slip.number },
  );
}
