/**
 * Form 06, the process control slip: one row per step visit with its agency, giver, receiver, the step's
 * recorded deadline and its judgement as of now (the slip follows the dossier, so it is printed as it stands).
 */
import { buildControlSlip, type ControlSlipView, stepResult, vietnamInstant } from '@motcua/core';
import { issuingBody, type SlipSource, slipDossier } from './slip-context.ts';

export async function gatherControlSlip({
  db,
  dossier: d,
  agencies,
  trackingUrl,
  now,
}: SlipSource): Promise<ControlSlipView> {
  const issuedAt = vietnamInstant(now.getTime());
  const { visits } = d.state;
  const receiver = d.log.find((e) => e.action === 'receive')?.actor.name ?? '';
  return buildControlSlip(
    {
      issuingBody: await issuingBody(db, d.row.receivingAgencyCode),
      officer: { fullName: receiver },
      issuedAt,
      dossier: slipDossier(d, agencies, trackingUrl, d.state),
    },
    {
      rows: visits.map((v, i) => {
        const step = d.steps[v.stepIndex];
        return {
          step: step?.name ?? v.stepKey,
          agencyName: agencies.get(step?.agencyCode ?? '')?.name ?? step?.agencyCode ?? '',
          handedOverAt: v.startedAt,
          giver: v.givenBy,
          receiver: visits[i - 1]?.handedTo ?? v.endedBy ?? '',
          dueAt: v.dueAt,
          result: stepResult(v, issuedAt),
          ...(v.note ? { note: v.note } : {}),
        };
      }),
    },
  );
}
