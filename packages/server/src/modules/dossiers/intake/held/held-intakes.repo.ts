/** Held intakes as the leaders' routes read them: one under lock for a decision, the pending list. */
import {
  type Actor,
  canDecideHeldIntake,
  DomainError,
  type HeldIntakeView,
  localDateTimeFromInstant,
  notFound,
  vietnamInstant,
  type WorkingCalendar,
  workingDaysBetween,
} from '@motcua/core';
import type { Selectable, Transaction } from 'kysely';
import type { Database, HeldIntakesTable } from '../../../../adapters/db/schema.ts';
import { loadAgencyTree } from '../../../reference/agency-tree.ts';
import type { Executor } from '../../dossier.repo.ts';

export type HeldRow = Selectable<HeldIntakesTable>;

/** The pending held intake, locked; another agency's (or an unknown id) answers 404, a decided one 409. */
export async function lockPendingHeld(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
): Promise<HeldRow> {
  const row = await trx
    .selectFrom('heldIntakes')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !canDecideHeldIntake(actor, await loadAgencyTree(trx), row.agencyCode)) {
    throw notFound('hồ sơ chờ phê duyệt', 'Held intake');
  }
  if (row.decision !== null) {
    throw new DomainError(
      'CONFLICT',
      row.decision === 'approved'
        ? `Hồ sơ này đã được phê duyệt (mã ${row.dossierCode ?? ''}).`
        : 'Hồ sơ này đã bị từ chối.',
      row.decision === 'approved'
        ? `This intake was already approved (code ${row.dossierCode ?? ''}).`
        : 'This intake was already rejected.',
    );
  }
  return row;
}

/** The pending held intakes the actor may decide, oldest first. */
export async function listPendingHeld(db: Executor, actor: Actor): Promise<HeldRow[]> {
  const [rows, tree] = await Promise.all([
    db
      .selectFrom('heldIntakes')
      .selectAll()
      .where('decision', 'is', null)
      .orderBy('heldAt')
      .limit(500)
      .execute(),
    loadAgencyTree(db),
  ]);
  return rows.filter((r) => canDecideHeldIntake(actor, tree, r.agencyCode));
}

const instant = (d: Date | null) => (d ? vietnamInstant(d.getTime()) : null);

export function heldView(row: HeldRow, calendar: WorkingCalendar, now: Date): HeldIntakeView {
  const body = row.body as {
    procedureCode?: string;
    caseCode?: string;
    channel?: string;
    applicant?: { fullName?: string };
  };
  const claimed = vietnamInstant(row.claimedReceivedAt.getTime());
  return {
    id: row.id,
    agencyCode: row.agencyCode,
    procedureCode: body.procedureCode ?? '',
    ...(body.caseCode ? { caseCode: body.caseCode } : {}),
    channel: body.channel ?? 'counter',
    applicantName: body.applicant?.fullName ?? '',
    claimedReceivedAt: claimed,
    reason: row.reason,
    officer: row.officer,
    heldAt: vietnamInstant(row.heldAt.getTime()),
    workingDaysBack: Math.max(
      0,
      workingDaysBetween(
        calendar,
        localDateTimeFromInstant(claimed).date,
        localDateTimeFromInstant(now.getTime()).date,
      ),
    ),
    decision: row.decision,
    decidedBy: row.decidedBy,
    decidedAt: instant(row.decidedAt),
    decisionReason: row.decisionReason,
    dossierCode: row.dossierCode,
  };
}
