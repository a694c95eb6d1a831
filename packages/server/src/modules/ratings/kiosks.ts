/**
 * The counter's rating tablet: paired with a counter by its officer (the key is shown once, its SHA-256 kept),
 * then, as a result is handed over, the officer invites the citizen to rate that dossier on it. The tablet
 * signs in with nothing but its key, and sees only the dossier it was invited for (code and procedure).
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  type Actor,
  alreadyRated,
  deriveState,
  forbidden,
  isInScope,
  KIOSK_INVITATION_MINUTES,
  mayBeRated,
  mayRunRatingKiosk,
  notFound,
  notYetRatable,
  unknownKiosk,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import type { StaffUser } from '../auth/staff.ts';
import { canSeeDossier } from '../dossiers/dossier.policy.ts';
import { findDossierRow, loadLog } from '../dossiers/dossier.repo.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface KioskView {
  id: string;
  name: string;
  agencyCode: string;
}

/** Pairs a tablet with the officer's own counter; the key is returned once. */
export async function pairKiosk(
  db: Db,
  actor: Actor,
  name: string,
  now: Date,
): Promise<KioskView & { key: string }> {
  if (!mayRunRatingKiosk(actor)) throw forbidden();
  const key = randomBytes(24).toString('base64url');
  const id = randomUUID();
  await db
    .insertInto('ratingKiosks')
    .values({
      id,
      agencyCode: actor.agencyCode,
      name,
      keyHash: sha256(key),
      createdBy: actor.id,
      createdAt: now,
    })
    .execute();
  return { id, name, agencyCode: actor.agencyCode, key };
}

/** The tablets of the officer's counter (and of the counters under it). */
export async function listKiosks(db: Db, actor: Actor): Promise<{ items: KioskView[] }> {
  if (!mayRunRatingKiosk(actor)) throw forbidden();
  const tree = await loadAgencyTree(db);
  const rows = await db
    .selectFrom('ratingKiosks')
    .select(['id', 'name', 'agencyCode'])
    .where('revokedAt', 'is', null)
    .orderBy('name')
    .execute();
  return { items: rows.filter((k) => isInScope(actor, tree, k.agencyCode)) };
}

/** The tablet a key belongs to, or 401. Compared by hash, in constant time. */
export async function kioskByKey(db: Db, key: string | undefined): Promise<KioskView> {
  if (!key || key.length > 100) throw unknownKiosk();
  const hash = sha256(key);
  const row = await db
    .selectFrom('ratingKiosks')
    .select(['id', 'name', 'agencyCode', 'keyHash'])
    .where('keyHash', '=', hash)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row || !timingSafeEqual(Buffer.from(row.keyHash), Buffer.from(hash))) throw unknownKiosk();
  return { id: row.id, name: row.name, agencyCode: row.agencyCode };
}

/** The officer invites the citizen in front of them to rate this dossier on a tablet of their counter. */
export async function inviteToRate(
  db: Db,
  actor: StaffUser,
  code: string,
  kioskId: string,
  now: Date,
): Promise<{ code: string; kioskId: string; expiresAt: string }> {
  const tree = await loadAgencyTree(db);
  const row = await findDossierRow(db, code);
  // Out of scope reads as unknown before the role is asked, so a code tells a stranger nothing.
  if (!row || !canSeeDossier(actor, tree, row)) throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  if (!mayRunRatingKiosk(actor)) throw forbidden();
  const kiosk = await db
    .selectFrom('ratingKiosks')
    .select(['id', 'agencyCode'])
    .where('id', '=', kioskId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!kiosk || !isInScope(actor, tree, kiosk.agencyCode)) {
    throw notFound('máy tính bảng', 'Tablet');
  }
  if (!mayBeRated(deriveState(await loadLog(db, row.id)))) throw notYetRatable();
  const rated = await db
    .selectFrom('dossierRatings')
    .select('dossierId')
    .where('dossierId', '=', row.id)
    .executeTakeFirst();
  if (rated) throw alreadyRated();
  const expiresAt = new Date(now.getTime() + KIOSK_INVITATION_MINUTES * 60_000);
  const officer = JSON.stringify({ id: actor.id, name: actor.fullName });
  await db
    .insertInto('ratingInvitations')
    .values({ kioskId, dossierId: row.id, officer, expiresAt })
    .onConflict((oc) => oc.column('kioskId').doUpdateSet({ dossierId: row.id, officer, expiresAt }))
    .execute();
  return { code, kioskId, expiresAt: expiresAt.toISOString() };
}

/** What the tablet shows now: the dossier it was invited for (no personal data), or null. */
export async function currentInvitation(
  db: Db,
  kiosk: KioskView,
  now: Date,
): Promise<{ code: string; procedureName: string; officerName: string; expiresAt: string } | null> {
  const row = await db
    .selectFrom('ratingInvitations')
    .innerJoin('dossiers', 'dossiers.id', 'ratingInvitations.dossierId')
    .select([
      'dossiers.code',
      'dossiers.procedureName',
      'ratingInvitations.officer',
      'ratingInvitations.expiresAt',
    ])
    .where('ratingInvitations.kioskId', '=', kiosk.id)
    .where('ratingInvitations.expiresAt', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return {
    code: row.code,
    procedureName: row.procedureName,
    officerName: row.officer.name,
    expiresAt: row.expiresAt.toISOString(),
  };
}
