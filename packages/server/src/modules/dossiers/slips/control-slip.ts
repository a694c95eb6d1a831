/**
 * Form 06, the process control slip: the handling agency and those consulted, then one row per step visit
 * with its agency, giver, receiver and the step's recorded deadline. The result of a step is printed once the
 * step has ended (the receiving side enters it at hand-over); an open step's cell stays blank.
 */
import { buildControlSlip, type ControlSlipView, stepResult, vietnamInstant } from '@motcua/core';
import { appointment, issuingBody, type SlipSource, slipDossier } from './slip-context.ts';

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
  const name = (code: string) => agencies.get(code)?.name ?? code;
  const consulted = [...new Set(d.log.flatMap((e) => (e.action === 'consult' ? [e.data.agencyCode] : [])))];
  return buildControlSlip(
    {
      issuingBody: await issuingBody(db, d.row.receivingAgencyCode),
      officer: { fullName: receiver },
      issuedAt,
      dossier: slipDossier(d, agencies, trackingUrl, appointment(d.state, d.state)),
    },
    {
      handlingAgency: name(d.row.competentAgencyCode),
      coordinatingAgencies: consulted.map(name),
      rows: visits.map((v, i) => {
        const step = d.steps[v.stepIndex];
        const result = v.endedAt === undefined ? undefined : stepResult(v, v.endedAt);
        return {
          step: step?.name ?? v.stepKey,
          agencyName: agencies.get(step?.agencyCode ?? '')?.name ?? step?.agencyCode ?? '',
          handedOverAt: v.startedAt,
          giver: v.givenBy,
          receiver: visits[i - 1]?.handedTo ?? v.endedBy ?? '',
          dueAt: v.dueAt,
          ...(result && result !== 'pending' ? { result } : {}),
          ...(v.note ? { note: v.note } : {}),
        };
      }),
    },
  );
}
