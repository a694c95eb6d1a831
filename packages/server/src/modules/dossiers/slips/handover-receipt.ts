/**
 * The hand-over receipt of a result handed over in person (the counter's own form): everything from the
 * return-result entry, which recorded who took it, and from the entries that recorded the results.
 */
import {
  buildHandOverReceipt,
  type DossierEntry,
  type EntryFor,
  type HandOverReceiptView,
  notFound,
} from '@motcua/core';
import type { LoadedDossier } from '../load-dossier.ts';
import { issuingBody, receivingCounter, type SlipSource, slipDossier } from './slip-context.ts';

/** The entry that returned the result in person with its collector, if there is one. */
export const handOverEntry = (d: { log: readonly DossierEntry[] }) =>
  [...d.log]
    .reverse()
    .find(
      (e): e is EntryFor<'return-result'> =>
        e.action === 'return-result' && e.data.collector !== undefined && e.data.method !== 'post',
    );

/** Each result as its entry recorded it: the signed document's number, or the name an agency gave it. */
const resultsOf = (d: LoadedDossier) =>
  d.log.flatMap((e) => {
    if (e.action === 'issue-result')
      return [{ code: e.data.resultCode, document: `Văn bản số ${e.data.number}` }];
    if (e.action === 'forward' && e.data.resultCode) {
      return [{ code: e.data.resultCode, ...(e.data.resultName ? { document: e.data.resultName } : {}) }];
    }
    return [];
  });

export async function gatherHandOverReceipt(source: SlipSource): Promise<HandOverReceiptView> {
  const { db, dossier: d, agencies, trackingUrl } = source;
  const entry = handOverEntry(d);
  const collector = entry?.data.collector;
  if (!entry || !collector || (entry.data.method !== 'counter' && entry.data.method !== 'home')) {
    throw notFound(
      'phiếu giao nhận kết quả (kết quả chưa được giao trực tiếp cho người nhận)',
      'Hand-over receipt (the result was not handed over in person)',
    );
  }
  const address = d.state.returnAppointment?.address;
  return buildHandOverReceipt(
    {
      issuingBody: await issuingBody(db, entry.actor.agencyCode || d.row.receivingAgencyCode),
      officer: { fullName: entry.actor.name },
      issuedAt: entry.at,
      dossier: {
        ...slipDossier(d, agencies, trackingUrl, {}),
        ...(await receivingCounter(db, entry.actor.agencyCode || d.row.receivingAgencyCode)),
      },
    },
    {
      returnedAt: entry.at,
      method: entry.data.method,
      ...(entry.data.method === 'home' && address ? { address } : {}),
      results: resultsOf(d),
      collector,
    },
  );
}
