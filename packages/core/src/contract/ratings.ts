/** The rating of a handled dossier (issue 13, item 1): fixed paths in shared/design/API.md. */
import { type Static, Type } from 'typebox';
import { RATING_LEVELS } from '../evaluation/nine-indicators.ts';
import { RATING_CHANNELS, RATING_COMMENT_MAX } from '../evaluation/rating.ts';
import { InstantText, Nullable, StringEnum } from './common.ts';

const Level = StringEnum(RATING_LEVELS, 'Không hài lòng / Hài lòng / Rất hài lòng');

/** The citizen's opinion on the indicators they can judge (Decree 61: 5–9). */
export const RatingIndicatorsSchema = Type.Object(
  {
    5: Type.Optional(Level),
    6: Type.Optional(Level),
    7: Type.Optional(Level),
    8: Type.Optional(Level),
    9: Type.Optional(Level),
  },
  { additionalProperties: false },
);

const ratingFields = {
  satisfaction: Level,
  indicators: Type.Optional(RatingIndicatorsSchema),
  comment: Type.Optional(Type.String({ maxLength: RATING_COMMENT_MAX })),
};

export const RatingBodySchema = Type.Object(ratingFields, { additionalProperties: false });
export type RatingBody = Static<typeof RatingBodySchema>;

export const PublicRatingBodySchema = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, description: 'The dossier code on the receipt' }),
    token: Type.String({
      minLength: 1,
      maxLength: 32,
      description: 'The check code printed on the receipt and sent with the return notification',
    }),
    ...ratingFields,
  },
  { additionalProperties: false },
);
export type PublicRatingBody = Static<typeof PublicRatingBodySchema>;

export const RatingSchema = Type.Object({
  code: Type.String(),
  satisfaction: Level,
  channel: StringEnum(RATING_CHANNELS),
  ratedAt: InstantText,
  scores: Type.Array(
    Type.Object({
      n: Type.Integer({ minimum: 1, maximum: 9 }),
      level: Nullable(StringEnum(['good', 'fair', 'bad'] as const)),
      points: Nullable(Type.Number()),
    }),
  ),
});
export type RatingView = Static<typeof RatingSchema>;
