/**
 * Use case: one action on a dossier. Load it under a row lock → ask core whether this officer may do it
 * now → look up what the decision needs → decide (core) → append the decided entry to the hash-chained log
 * with the cached columns → outbox, in one transaction. Returns the dossier as it now stands.
 */
import {
  actingRole,
  assertActionAvailable,
  decideAction,
  parseActionInput,
  vietnamInstant,
  type WorkingCalendar,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Database } from '../../../adapters/db/schema.ts';
import type { StaffUser } from '../../auth/staff.ts';
import { deadlineOfficeHours } from '../../calendar/office-hours.ts';
import type { ReferenceCache } from '../../reference/reference-cache.ts';
import { appendEntry } from '../dossier.repo.ts';
import { type LoadedDossier, loadVisibleDossier } from '../load-dossier.ts';
import { actionContext } from '../present-dossier.ts';
import { writeActionOutbox } from './action-outbox.ts';
import { actionReferences } from './action-references.ts';

export async function performAction(
  trx: Transaction<Database>,
  deps: { reference: ReferenceCache; calendar: WorkingCalendar },
  actor: StaffUser,
  code: string,
  body: unknown,
  clock: { now: Date; recordedAt: string },
): Promise<LoadedDossier> {
  const input = parseActionInput(body);
  const dossier = await loadVisibleDossier(trx, deps.reference, actor, code, { forUpdate: true });
  const { row, state, steps, tree } = dossier;
  const ctx = actionContext(dossier, actor, clock.now, deps.calendar);
  assertActionAvailable(state, input.action, ctx);

  const at = vietnamInstant(clock.now.getTime());
  const agencies = await deps.reference.agencies(trx);
  const refs = await actionReferences(trx, input, row, actor, agencies, at);
  const decided = decideAction(state, input, {
    ...refs,
    at,
    actor: {
      id: actor.id,
      name: actor.fullName,
      role: actingRole(state, input.action, ctx) ?? 'staff',
      agencyCode: actor.agencyCode,
    },
    dossierCode: row.code,
    steps,
    tree,
    calendar: deps.calendar,
    office: deadlineOfficeHours(agencies.get(row.receivingAgencyCode)?.officeHours ?? null),
  });
  const entry = await appendEntry(trx, dossier, decided, deps.calendar, clock.recordedAt);
  await writeActionOutbox(trx, row, entry, decided.state, agencies.get(row.receivingAgencyCode));
  return { ...dossier, log: [...dossier.log, entry], state: decided.state };
}
