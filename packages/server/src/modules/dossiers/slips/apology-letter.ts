/**
 * Form 04, the apology and request to extend: as issued by the agency that signed it (its register number,
 * date and signer), printing the appointment it replaced (with its hour) and the new one, as recorded, and how
 * it reached the applicant where the entry recorded that (entries written before it was say nothing).
 */
import {
  type ApologyDeliveryLabel,
  type ApologyLetterView,
  apologyRecipients,
  buildApologyLetter,
  notFound,
} from '@motcua/core';
import { appointment, issuingBody, type SlipSource, slipDossier, slipEntry } from './slip-context.ts';

export async function gatherApologyLetter(source: SlipSource, seq?: number): Promise<ApologyLetterView> {
  const { db, dossier: d, agencies, trackingUrl } = source;
  const found = slipEntry(d, 'apologize-extend', seq);
  if (!found) {
    throw notFound('văn bản xin lỗi (hồ sơ chưa gia hạn)', 'Apology (no extension yet)');
  }
  const { slip, entry } = found;
  const { data } = entry;
  const { delivery } = data as { delivery?: ApologyDeliveryLabel };
  const previous = appointment(d.state, { dueDate: data.previousDueDate, dueAt: data.previousDueAt });
  return buildApologyLetter(
    {
      issuingBody: await issuingBody(db, slip.agencyCode),
      officer: { fullName: data.signer.name },
      issuedAt: slip.issuedAt,
      dossier: slipDossier(d, agencies, trackingUrl, d.state),
    },
    {
      number: slip.number,
      addressee: d.row.applicant.fullName,
      ...(delivery ? { delivery } : {}),
      originalDueDate: previous.dueAt ?? data.previousDueDate,
      newDueDate: data.newDueAt ?? data.newDueDate,
      reason: entry.reason ?? '',
      signerTitle: data.signer.title,
      signerName: data.signer.name,
      recipients: apologyRecipients(agencies.get(d.row.receivingAgencyCode)?.name ?? ''),
    },
  );
}
