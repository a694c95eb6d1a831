/**
 * Use cases: a leader of the counter's body (or a centre supervisor) approves a held intake — it is then
 * received through the counter's own use case, at the claimed time, its entry recording the reason, the
 * approver and the server's times — or rejects it with a reason. One transaction each, the row locked, so a
 * second decision answers 409.
 */
import type { HeldIntakeView, IntakeBody, WorkingCalendar } from '@motcua/core';
import { DomainError, vietnamInstant } from '@motcua/core';
import type { Db } from '../../../../adapters/db/database.ts';
import type { StaffUser } from '../../../auth/staff.ts';
import type { ReferenceCache } from '../../../reference/reference-cache.ts';
import { type CounterIntake, receiveAtCounter } from '../receive-at-counter.ts';
import { heldView, lockPendingHeld } from './held-intakes.repo.ts';

interface Deps {
  reference: ReferenceCache;
  calendar: WorkingCalendar;
}
type Clock = { now: Date; recordedAt: string };

export async function approveHeldIntake(
  db: Db,
  deps: Deps,
  approver: StaffUser,
  id: string,
  clock: Clock,
): Promise<Extract<CounterIntake, { outcome: 'received' }>> {
  return db.transaction().execute(async (trx) => {
    const held = await lockPendingHeld(trx, approver, id);
    const body = held.body as IntakeBody;
    const officer = { id: held.officer.id, fullName: held.officer.name, agencyCode: held.agencyCode };
    const result = await receiveAtCounter(trx, deps, officer, body, clock, {
      heldId: held.id,
      heldAt: vietnamInstant(held.heldAt.getTime()),
      approvedBy: { id: approver.id, name: approver.fullName },
      approvedAt: clock.recordedAt,
    });
    if (result.outcome !== 'received') {
      throw new DomainError('CONFLICT', 'Không tiếp nhận được hồ sơ này.', 'This intake cannot be received.');
    }
    await trx
      .updateTable('heldIntakes')
      .set({
        decision: 'approved',
        decidedBy: JSON.stringify({ id: approver.id, name: approver.fullName }),
        decidedAt: clock.recordedAt,
        dossierCode: result.code,
      })
      .where('id', '=', held.id)
      .execute();
    return result;
  });
}

export async function rejectHeldIntake(
  db: Db,
  calendar: WorkingCalendar,
  approver: StaffUser,
  id: string,
  reason: string,
  clock: Clock,
): Promise<HeldIntakeView> {
  return db.transaction().execute(async (trx) => {
    await lockPendingHeld(trx, approver, id);
    const row = await trx
      .updateTable('heldIntakes')
      .set({
        decision: 'rejected',
        decidedBy: JSON.stringify({ id: approver.id, name: approver.fullName }),
        decidedAt: clock.recordedAt,
        decisionReason: reason.trim(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return heldView(row, calendar, clock.now);
  });
}
