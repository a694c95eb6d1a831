/**
 * Forms 02 and 03 that the counter issued without receiving a dossier (the guidance for an incomplete one,
 * a refusal): printed from what was kept when they were issued. There is no dossier yet, so no code and no
 * QR code: the slip points to the procedure's public page instead.
 */
import {
  type Actor,
  buildRefusalSlip,
  buildSupplementRequest,
  type ComponentForm,
  isInScope,
  notFound,
  type RefusalSlipView,
  type SupplementRequestView,
} from '@motcua/core';
import { loadAgencyTree } from '../../reference/agency-tree.ts';
import type { Executor } from '../dossier.repo.ts';
import { issuingBody } from './slip-context.ts';
import { printedItem } from './supplement-request.ts';

interface CounterSlipContent {
  missing?: { name: string; reason: string; form?: ComponentForm; quantity?: number }[];
  reason?: string;
  procedureName?: string;
  caseName?: string;
}

/** Out of the officer's scope answers like unknown. */
export async function gatherCounterSlip(
  db: Executor,
  actor: Actor,
  id: string,
  procedureUrl: (procedureCode: string) => string,
): Promise<SupplementRequestView | RefusalSlipView> {
  const slip = await db
    .selectFrom('counterSlips as s')
    .leftJoin('procedures as p', 'p.code', 's.procedureCode')
    .selectAll('s')
    .select('p.name as liveProcedureName')
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!slip || !isInScope(actor, await loadAgencyTree(db), slip.agencyCode)) throw notFound('phiếu', 'Slip');
  const body = await issuingBody(db, slip.agencyCode);
  const content = slip.content as CounterSlipContent;
  const officer = slip.officer.name;
  const issuedAt = slip.issuedAt.toISOString();
  const ctx = {
    issuingBody: body,
    officer: { fullName: officer },
    issuedAt,
    dossier: {
      code: '',
      receivedAt: issuedAt,
      channel: 'counter' as const,
      applicant: slip.applicant,
      // Recorded with the slip since log format 2; older slips print the catalogue's name.
      procedure: { code: slip.procedureCode, name: content.procedureName ?? slip.liveProcedureName ?? '' },
      caseName: content.caseName ?? '',
      timeLimitText: '',
      components: [],
      sets: 1,
      fees: [],
      resultDelivery: '',
      procedureUrl: procedureUrl(slip.procedureCode),
      counterPhone: body.phone ?? '',
    },
  };
  return slip.form === '02'
    ? buildSupplementRequest(ctx, {
        number: slip.number,
        missing: (content.missing ?? []).map(printedItem),
        contact: { officer },
      })
    : buildRefusalSlip(ctx, { reason: content.reason ?? '', number: slip.number });
}
