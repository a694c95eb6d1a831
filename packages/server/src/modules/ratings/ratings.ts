/**
 * Rating a handled dossier: by staff from a paper form (the dossier in their scope) or by the citizen online
 * with the receipt's check code. Core decides (evaluation/rating.ts); this adapter loads the dossier under a
 * row lock, stores the one rating, and answers 409 for a second.
 */
import {
  type Actor,
  alreadyRated,
  decideRating,
  deriveState,
  fieldError,
  forbidden,
  isInScope,
  mayBeRated,
  notFound,
  notYetRatable,
  type RatingChannel,
  type RatingInput,
  type RatingView,
  summariseRatings,
  validationError,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import { canSeeDossier } from '../dossiers/dossier.policy.ts';
import { type DossierRow, type Executor, findDossierRow, loadLog } from '../dossiers/dossier.repo.ts';
import { checkCodeMatches } from '../dossiers/queues/public-dossier.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';

/** Who is rating: an officer entering a paper form, or whoever holds the receipt's check code. */
export type Rater =
  | { kind: 'staff'; actor: Actor }
  | { kind: 'receipt'; token: string }
  /** A counter's tablet, for the dossier its officer invited the citizen to rate. */
  | { kind: 'kiosk'; kioskId: string };

const unknownDossier = (code: string) => notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);

export async function rateDossier(
  db: Db,
  rater: Rater,
  code: string,
  input: RatingInput,
  now: Date,
): Promise<RatingView> {
  return db.transaction().execute(async (trx) => {
    const row = await findDossierRow(trx, code, { forUpdate: true });
    if (!row) throw unknownDossier(code);
    const invitation =
      rater.kind === 'kiosk' ? await takeInvitation(trx, rater.kioskId, row.id, now) : undefined;
    if (rater.kind === 'kiosk' ? !invitation : !(await mayRate(trx, rater, row))) throw unknownDossier(code);
    const log = await loadLog(trx, row.id);
    const state = deriveState(log);
    if (!mayBeRated(state)) throw notYetRatable();
    const channel: RatingChannel =
      rater.kind === 'staff' ? 'paper' : rater.kind === 'receipt' ? 'online' : 'kiosk';
    const decided = decideRating(state, log, input, channel, now.toISOString());
    const inserted = await trx
      .insertInto('dossierRatings')
      .values({
        dossierId: row.id,
        satisfaction: decided.satisfaction,
        indicators: JSON.stringify(decided.indicators),
        comment: decided.comment ?? null,
        channel,
        enteredBy: rater.kind === 'staff' ? rater.actor.id : null,
        scores: JSON.stringify(decided.scores),
        officers: JSON.stringify(decided.officers),
        agencyCodes: decided.agencies,
        competentAgencyCode: row.competentAgencyCode,
        returnedBy: decided.returnedBy ? JSON.stringify(decided.returnedBy) : null,
        ratedAt: decided.ratedAt,
        kioskId: rater.kind === 'kiosk' ? rater.kioskId : null,
        invitedBy: invitation ? JSON.stringify(invitation) : null,
      })
      .onConflict((oc) => oc.column('dossierId').doNothing())
      .returning('dossierId')
      .executeTakeFirst();
    if (!inserted) throw alreadyRated();
    return {
      code,
      satisfaction: decided.satisfaction,
      channel,
      ratedAt: decided.ratedAt,
      scores: decided.scores,
    };
  });
}

/** The tablet's open invitation for this dossier, removed as it is used (undefined: none, or expired). */
async function takeInvitation(db: Executor, kioskId: string, dossierId: string, now: Date) {
  const taken = await db
    .deleteFrom('ratingInvitations')
    .where('kioskId', '=', kioskId)
    .where('dossierId', '=', dossierId)
    .where('expiresAt', '>', now)
    .returning('officer')
    .executeTakeFirst();
  return taken?.officer;
}

/** A stranger and a wrong check code are told the same as for an unknown code. */
async function mayRate(db: Executor, rater: Rater, row: DossierRow): Promise<boolean> {
  if (rater.kind === 'kiosk') return false;
  if (rater.kind === 'receipt') return row.checkCode !== null && checkCodeMatches(row.checkCode, rater.token);
  return canSeeDossier(rater.actor, await loadAgencyTree(db), row);
}

/** The dossier's rating as staff in scope see it (null: not rated yet). */
export async function findRating(db: Db, actor: Actor, code: string): Promise<RatingView | null> {
  const row = await findDossierRow(db, code);
  if (!row || !canSeeDossier(actor, await loadAgencyTree(db), row)) throw unknownDossier(code);
  const r = await db
    .selectFrom('dossierRatings')
    .select(['satisfaction', 'channel', 'ratedAt', 'scores'])
    .where('dossierId', '=', row.id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    code,
    satisfaction: r.satisfaction as RatingView['satisfaction'],
    channel: r.channel as RatingView['channel'],
    ratedAt: r.ratedAt.toISOString(),
    scores: r.scores as RatingView['scores'],
  };
}

const DAY_MS = 86_400_000;

/** Ratings given in [from, to] summed per officer and agency, within the caller's scope (core's summary). */
export async function ratingSummary(db: Db, actor: Actor, from: string, to: string) {
  if (!actor.roles.includes('leader') && !actor.roles.includes('supervisor')) throw forbidden();
  const start = Date.parse(`${from}T00:00:00+07:00`);
  const end = Date.parse(`${to}T00:00:00+07:00`) + DAY_MS;
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > 366 * DAY_MS) {
    throw validationError([
      fieldError('to', 'Khoảng thời gian từ 1 ngày đến 1 năm.', 'A period of 1 day to 1 year.'),
    ]);
  }
  const tree = await loadAgencyTree(db);
  const rows = await db
    .selectFrom('dossierRatings')
    .select(['satisfaction', 'scores', 'officers', 'agencyCodes'])
    .where('ratedAt', '>=', new Date(start))
    .where('ratedAt', '<', new Date(end))
    .execute();
  const { officers, agencies } = summariseRatings(
    rows.map((r) => ({
      satisfaction: r.satisfaction as RatingView['satisfaction'],
      scores: r.scores,
      officers: r.officers,
      agencies: r.agencyCodes,
    })),
  );
  return {
    from,
    to,
    officers: officers.filter((o) => isInScope(actor, tree, o.agencyCode)),
    agencies: agencies.filter((a) => isInScope(actor, tree, a.agencyCode)),
  };
}
