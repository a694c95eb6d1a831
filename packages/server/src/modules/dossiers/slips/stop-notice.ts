/** Form 05, the notice that processing stopped: as issued, with the legal ground and signer recorded. */
import { buildStopNotice, notFound, type StopNoticeView } from '@motcua/core';
import { issuingBody, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

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
  return buildStopNotice(
    {
      issuingBody: await issuingBody(db, slip.agencyCode),
      officer: { fullName: entry.data.signer.name },
      issuedAt: slip.issuedAt,
      dossier: slipDossier(d, agencies, trackingUrl, {}),
    },
    {
      reason: entry.reason ?? '',
      legalGround: entry.data.legalGround,
      number: slip.number,
      ...(entry.data.signer.title ? { signerTitle: entry.data.signer.title } : {}),
      signerName: entry.data.signer.name,
    },
  );
}
