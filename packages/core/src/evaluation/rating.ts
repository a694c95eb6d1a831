/**
 * The citizen's rating of a handled dossier (Decree 61 Arts. 30–32; docs/domain/evaluation.md#the-rating):
 * one per dossier, offered once processing has ended, and counted for the officers and agencies its log
 * names. What the rating decides (the nine scores, whom it credits) is frozen when it is given.
 */
import { CHECK_CODE_PARAM } from '../dossier/check-code.ts';
import type { DossierState } from '../dossier/derive-state.ts';
import type { DossierEntry } from '../dossier/entries.ts';
import type { StatusKey } from '../dossier/statuses.ts';
import { DomainError } from '../errors.ts';
import {
  handlersOf,
  type IndicatorScore,
  type RatingAnswers,
  type RatingLevel,
  scoreNine,
} from './nine-indicators.ts';

/** How a rating came in: the counter's tablet, online with the receipt's code, or a paper form typed in. */
export const RATING_CHANNELS = ['kiosk', 'online', 'paper'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const RATING_COMMENT_MAX = 2000;

/** The citizen's rating page, as the web routes it, with the receipt's check code (sent in the return message). */
export const ratingPath = (dossierCode: string, checkCode: string): string =>
  `/danh-gia/${encodeURIComponent(dossierCode)}?${CHECK_CODE_PARAM}=${encodeURIComponent(checkCode)}`;

/**
 * The statuses in which a dossier can be rated: its processing has ended with a result (finished, returned)
 * or a stop. The web asks this too, to offer the rating on the public lookup.
 */
export const RATABLE_STATUSES = ['finished', 'returned', 'stopped'] as const satisfies readonly StatusKey[];

export const isRatableStatus = (status: string): boolean =>
  (RATABLE_STATUSES as readonly string[]).includes(status);

export const mayBeRated = (state: Pick<DossierState, 'status'>): boolean => isRatableStatus(state.status);

export interface RatingInput {
  satisfaction: RatingLevel;
  indicators?: RatingAnswers;
  comment?: string;
}

export interface DecidedRating {
  satisfaction: RatingLevel;
  indicators: RatingAnswers;
  comment?: string;
  channel: RatingChannel;
  /** The nine scores as they stood when the rating was given. */
  scores: IndicatorScore[];
  officers: { id: string; name: string; agencyCode: string }[];
  agencies: string[];
  /** Who handed over the result (the kiosk's officer), from the log. */
  returnedBy?: { id: string; name: string; agencyCode: string };
  ratedAt: string;
}

/** The rating as it is to be stored; the caller has checked `mayBeRated` and that none exists yet. */
export const decideRating = (
  state: DossierState,
  entries: readonly DossierEntry[],
  input: RatingInput,
  channel: RatingChannel,
  at: string,
): DecidedRating => {
  const indicators = input.indicators ?? {};
  const { officers, agencies } = handlersOf(entries);
  const returned = [...entries].reverse().find((e) => e.action === 'return-result');
  const comment = input.comment?.trim();
  return {
    satisfaction: input.satisfaction,
    indicators,
    ...(comment ? { comment } : {}),
    channel,
    scores: scoreNine(state, entries, indicators, at),
    officers,
    agencies,
    ...(returned
      ? {
          returnedBy: {
            id: returned.actor.id,
            name: returned.actor.name,
            agencyCode: returned.actor.agencyCode,
          },
        }
      : {}),
    ratedAt: at,
  };
};

/** How long a counter tablet's invitation to rate stays open: the citizen is at the counter, or gone. */
export const KIOSK_INVITATION_MINUTES = 10;

/** Who pairs a tablet with their counter and invites citizens to rate on it: the counter's officers. */
export const mayRunRatingKiosk = (actor: { roles: readonly string[] }): boolean =>
  actor.roles.includes('counter-officer');

export const unknownKiosk = (): DomainError =>
  new DomainError(
    'UNAUTHENTICATED',
    'Máy tính bảng chưa được kết nối hoặc đã bị thu hồi.',
    'This tablet is not paired, or was revoked.',
  );

export const alreadyRated = (): DomainError =>
  new DomainError('CONFLICT', 'Hồ sơ này đã được đánh giá.', 'This dossier has already been rated.', {
    details: { reason: 'already-rated' },
  });

export const notYetRatable = (): DomainError =>
  new DomainError(
    'CONFLICT',
    'Hồ sơ chưa giải quyết xong nên chưa thể đánh giá.',
    'The dossier is not finished yet, so it cannot be rated.',
    { details: { reason: 'not-finished' } },
  );
