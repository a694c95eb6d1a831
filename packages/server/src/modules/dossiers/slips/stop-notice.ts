/**
 * Form 05, the notice that processing stopped at the applicant's request: headed by the agency of the officer
 * who recorded the stop (the receiving counter under Circular 03 Art. 7; a body's leader on entries recorded
 * before), signed by the signer recorded, on the fixed legal ground (core's STOP_LEGAL_GROUND); an entry
 * recorded before stops were the applicant's request prints the ground it recorded.
 */
import { buildStopNotice, notFound, type StopNoticeView, type StopRequestVia } from '@motcua/core';
import { issuingBody, receivingCounter, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

export async function gatherStopNotice(source: SlipSource, seq?: number): Promise<StopNoticeView> {
  const { db, dossier: d, agencies, trackingUrl } = source;
  const found = slipEntry(d, 'stop', seq);
  if (!found) {
    throw notFound(
      'thông báo dừng (hồ sơ chưa dừng giải quyết)',
      'Stop notice (the dossier was not stopped)',
    );
  }
  const { slip, entry } = found;
  const { requestedVia } = entry.data as { requestedVia?: StopRequestVia };
  return buildStopNotice(
    {
      issuingBody: await issuingBody(db, entry.actor.agencyCode || slip.agencyCode),
      officer: { fullName: entry.data.signer.name },
      issuedAt: slip.issuedAt,
      dossier: {
        ...slipDossier(d, agencies, trackingUrl, {}),
        ...(await receivingCounter(db, d.row.receivingAgencyCode)),
      },
    },
    {
      reason: entry.reason ?? '',
      requestedAt: entry.at,
      // An entry with the applicant's request stands on the fixed ground; an older one prints what it recorded.
      ...(requestedVia ? { requestedVia } : { legalGround: entry.data.legalGround }),
      number: slip.number,
      ...(entry.data.signer.title ? { signerTitle: entry.data.signer.title } : {}),
      signerName: entry.data.signer.name,
    },
  );
}
