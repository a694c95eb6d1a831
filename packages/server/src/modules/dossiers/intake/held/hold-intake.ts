/**
 * Use case (part of counter intake): a reception dated to an earlier day is not received. The body is kept
 * as sent, with the claimed time, the reason, the officer and the server's time, until a leader decides.
 */
import { randomUUID } from 'node:crypto';
import { type IntakeBody, type ReceptionTime, vietnamInstant } from '@motcua/core';
import type { StaffUser } from '../../../auth/staff.ts';
import type { Executor } from '../../dossier.repo.ts';

export async function holdIntake(
  db: Executor,
  officer: Pick<StaffUser, 'id' | 'fullName' | 'agencyCode'>,
  input: IntakeBody,
  verdict: Extract<ReceptionTime, { kind: 'needs-approval' }>,
  recordedAt: string,
): Promise<{ outcome: 'held'; id: string; claimedReceivedAt: string; reason: string; heldAt: string }> {
  const id = randomUUID();
  await db
    .insertInto('heldIntakes')
    .values({
      id,
      agencyCode: officer.agencyCode,
      body: JSON.stringify(input),
      claimedReceivedAt: verdict.at,
      reason: verdict.reason,
      officer: JSON.stringify({ id: officer.id, name: officer.fullName }),
      heldAt: recordedAt,
    })
    .execute();
  return {
    outcome: 'held',
    id,
    claimedReceivedAt: vietnamInstant(verdict.at),
    reason: verdict.reason,
    heldAt: recordedAt,
  };
}
