/**
 * The API of feedback and petitions (phản ánh, kiến nghị — PAKN): the public form and follow-up under
 * /api/public/feedback…, the staff inbox and actions under /api/feedback…, "Bạn nói, chúng tôi làm" under
 * /api/public/actions-taken and /api/feedback-actions. A public answer never carries the sender's contact.
 */
import { type Static, Type } from 'typebox';
import {
  FEEDBACK_ACTIONS,
  FEEDBACK_RATINGS,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATES,
} from '../feedback/case.ts';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS } from '../feedback/rules.ts';
import { DateText, InstantText, Nullable, StringEnum } from './common.ts';

const strict = { additionalProperties: false } as const;
const Filled = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Text = (maxLength: number) => Type.String({ maxLength });
const DateInput = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const AgencyInput = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9.-]+$' });
const DossierRef = Type.String({ minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9./_-]+$' });
export const FEEDBACK_CODE_PATTERN = '^PA-\\d{4}-\\d{1,9}$';
const FeedbackCode = Type.String({ minLength: 1, maxLength: 20, pattern: FEEDBACK_CODE_PATTERN });
const FollowToken = Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

export const FeedbackCodeParams = Type.Object({ code: FeedbackCode }, strict);

export const FeedbackContactInput = Type.Object(
  {
    fullName: Filled(200),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9 +().-]*$' })),
    email: Type.Optional(Type.String({ maxLength: 200, pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' })),
  },
  strict,
);
export type FeedbackContact = Static<typeof FeedbackContactInput>;

const letterFields = {
  kind: StringEnum(FEEDBACK_KINDS),
  title: Filled(300),
  content: Filled(8000),
  agencyCode: Type.Optional(AgencyInput),
  dossierCode: Type.Optional(DossierRef),
  contact: Type.Optional(FeedbackContactInput),
  /** false: the sender asks that the answer not be published. */
  publishAnswer: Type.Optional(Type.Boolean()),
};

export const PublicFeedbackBody = Type.Object(letterFields, strict);
export type PublicFeedbackBodyT = Static<typeof PublicFeedbackBody>;

export const FeedbackReceiptSchema = Type.Object({
  code: Type.String(),
  kind: StringEnum(FEEDBACK_KINDS),
  status: StringEnum(FEEDBACK_STATES),
  /** The answer's due date. */
  dueDate: DateText,
  /** Given once: with the code, it lets the sender rate and reopen the answer. */
  followToken: Type.String(),
});
export type FeedbackReceipt = Static<typeof FeedbackReceiptSchema>;

export const PublicFeedbackSchema = Type.Object({
  code: Type.String(),
  kind: StringEnum(FEEDBACK_KINDS),
  channel: StringEnum(FEEDBACK_CHANNELS),
  status: StringEnum(FEEDBACK_STATES),
  title: Type.String(),
  /** The content when the sender agreed to publish (publishAnswer), or to the sender with the token. */
  content: Nullable(Type.String()),
  agency: Type.Object({ code: Type.String(), name: Type.String() }),
  receivedOn: DateText,
  dueDate: Nullable(DateText),
  /** The answer when given: its text only when published (or to the sender with the token). */
  answer: Nullable(Type.Object({ on: DateText, text: Nullable(Type.String()), public: Type.Boolean() })),
  rating: Nullable(StringEnum(FEEDBACK_RATINGS)),
  reopenUntil: Nullable(DateText),
  /** Transferred or merged: the case that carries on. */
  continuedAs: Nullable(Type.String()),
});
export type PublicFeedback = Static<typeof PublicFeedbackSchema>;

export const FeedbackTokenBody = Type.Object({ followToken: FollowToken }, strict);
export const FeedbackRateBody = Type.Object(
  { followToken: FollowToken, rating: StringEnum(FEEDBACK_RATINGS) },
  strict,
);
export const FeedbackReopenBody = Type.Object({ followToken: FollowToken, reason: Filled(2000) }, strict);

export const PublishedAnswersQuery = Type.Object(
  {
    agency: Type.Optional(AgencyInput),
    kind: Type.Optional(StringEnum(FEEDBACK_KINDS)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  strict,
);
export const PublishedAnswersSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      kind: StringEnum(FEEDBACK_KINDS),
      title: Type.String(),
      agency: Type.Object({ code: Type.String(), name: Type.String() }),
      receivedOn: DateText,
      answeredOn: DateText,
      answer: Type.String(),
    }),
  ),
  page: Type.Integer(),
});
export type PublishedAnswers = Static<typeof PublishedAnswersSchema>;

// Staff

export const StaffFeedbackBody = Type.Object(
  {
    ...letterFields,
    channel: StringEnum(['hotline', 'survey', 'facebook', 'zalo', 'in-person'] as const),
    /** Facebook or Zalo: the message's link (required for them). */
    link: Type.Optional(Type.String({ maxLength: 500, pattern: '^https?://\\S+$' })),
  },
  strict,
);
export type StaffFeedbackBodyT = Static<typeof StaffFeedbackBody>;

export const SuggestionBoxOpeningBody = Type.Object(
  {
    agencyCode: Type.Optional(AgencyInput),
    openedOn: DateInput,
    /** Who else was there (witnesses), at least one. */
    witnesses: Type.Array(Filled(200), { minItems: 1, maxItems: 10 }),
    note: Type.Optional(Text(2000)),
    /** Each letter becomes a PAKN with channel suggestion-box (none: the box was empty). */
    letters: Type.Array(Type.Object(letterFields, strict), { maxItems: 200 }),
  },
  strict,
);
export type SuggestionBoxOpeningBodyT = Static<typeof SuggestionBoxOpeningBody>;

export const SuggestionBoxOpeningSchema = Type.Object({
  id: Type.String(),
  agency: Type.Object({ code: Type.String(), name: Type.String() }),
  openedOn: DateText,
  openedBy: Type.String(),
  witnesses: Type.Array(Type.String()),
  letterCount: Type.Integer(),
  note: Type.String(),
  codes: Type.Array(Type.String()),
});
export const SuggestionBoxOpeningListSchema = Type.Object({ items: Type.Array(SuggestionBoxOpeningSchema) });

export const FeedbackAssignBody = Type.Object({ assigneeId: Type.String({ format: 'uuid' }) }, strict);
export const FeedbackRejectBody = Type.Object(
  { reason: StringEnum(FEEDBACK_REJECT_REASONS), note: Type.Optional(Text(2000)) },
  strict,
);
export const FeedbackRequestInfoBody = Type.Object({ question: Filled(2000) }, strict);
export const FeedbackReceiveInfoBody = Type.Object({ note: Type.Optional(Text(4000)) }, strict);
export const FeedbackTransferBody = Type.Object(
  { toAgency: AgencyInput, note: Type.Optional(Text(2000)) },
  strict,
);
export const FeedbackMergeBody = Type.Object(
  { intoCode: FeedbackCode, note: Type.Optional(Text(2000)) },
  strict,
);
export const FeedbackDraftBody = Type.Object({ text: Filled(8000) }, strict);
export const FeedbackEmptyBody = Type.Object({}, strict);

export const FeedbackListQuery = Type.Object(
  {
    state: Type.Optional(StringEnum([...FEEDBACK_STATES, 'open', 'overdue', 'due-soon'] as const)),
    agency: Type.Optional(AgencyInput),
    kind: Type.Optional(StringEnum(FEEDBACK_KINDS)),
    channel: Type.Optional(StringEnum(FEEDBACK_CHANNELS)),
  },
  strict,
);

export const FeedbackClockSchema = Type.Object({
  key: Type.String(),
  due: DateText,
  unit: Type.String(),
  daysLeft: Type.Integer(),
  overdue: Type.Boolean(),
  dueSoon: Type.Boolean(),
});

export const FeedbackSummarySchema = Type.Object({
  code: Type.String(),
  kind: StringEnum(FEEDBACK_KINDS),
  channel: StringEnum(FEEDBACK_CHANNELS),
  state: StringEnum(FEEDBACK_STATES),
  agency: Type.Object({ code: Type.String(), name: Type.String() }),
  title: Type.String(),
  receivedOn: DateText,
  clock: Nullable(FeedbackClockSchema),
  assignee: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
});
export type FeedbackSummary = Static<typeof FeedbackSummarySchema>;

export const FeedbackListSchema = Type.Object({
  items: Type.Array(FeedbackSummarySchema),
  today: DateText,
  counts: Type.Object({ open: Type.Integer(), dueSoon: Type.Integer(), overdue: Type.Integer() }),
  mayEnter: Type.Boolean(),
});
export type FeedbackList = Static<typeof FeedbackListSchema>;

export const FeedbackViewSchema = Type.Object({
  ...FeedbackSummarySchema.properties,
  content: Type.String(),
  publishAnswer: Type.Boolean(),
  references: Type.Record(Type.String(), Type.String()),
  contact: Nullable(FeedbackContactInput),
  draft: Nullable(Type.String()),
  answer: Nullable(Type.Object({ on: DateText, text: Type.String(), public: Type.Boolean() })),
  rating: Nullable(StringEnum(FEEDBACK_RATINGS)),
  infoRequests: Type.Integer(),
  reopened: Type.Boolean(),
  reopenUntil: Nullable(DateText),
  allowedActions: Type.Array(StringEnum(FEEDBACK_ACTIONS)),
  /** Only in the answer to a staff entry: the token the officer gives the caller, once. */
  followToken: Type.Optional(Type.String()),
  timeline: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: InstantText,
      type: Type.String(),
      actor: Type.Object({ name: Type.String(), role: Type.String() }),
      data: Type.Record(Type.String(), Type.Unknown()),
      hash: Type.String(),
    }),
  ),
});
export type FeedbackViewT = Static<typeof FeedbackViewSchema>;

export const FeedbackAssigneesSchema = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() })),
});

// "Bạn nói, chúng tôi làm": what an agency changed because of one or more PAKN.

export const ActionTakenBody = Type.Object(
  {
    /** By default the officer's own agency (their scope's top). */
    agencyCode: Type.Optional(AgencyInput),
    takenOn: DateInput,
    /** What changed, in plain words. */
    summary: Filled(4000),
    codes: Type.Array(FeedbackCode, { minItems: 1, maxItems: 50 }),
  },
  strict,
);
export type ActionTakenBodyT = Static<typeof ActionTakenBody>;

export const ActionsTakenQuery = Type.Object({ agency: Type.Optional(AgencyInput) }, strict);

export const ActionTakenSchema = Type.Object({
  id: Type.String(),
  agency: Type.Object({ code: Type.String(), name: Type.String() }),
  takenOn: DateText,
  summary: Type.String(),
  /** The PAKN that led to it: code, kind and title only (no sender's data). */
  feedback: Type.Array(
    Type.Object({ code: Type.String(), kind: StringEnum(FEEDBACK_KINDS), title: Type.String() }),
  ),
});
export const ActionsTakenSchema = Type.Object({ items: Type.Array(ActionTakenSchema) });
export type ActionsTaken = Static<typeof ActionsTakenSchema>;
