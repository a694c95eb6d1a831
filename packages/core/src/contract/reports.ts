/** Anonymous reports of bribery and unlawful demands (issue 12, item 3): the public form and the inspectorate's pages. */
import { type Static, Type } from 'typebox';
import { PUBLIC_REPORT_STATUSES, REPORT_ACTIONS, REPORT_STATUSES } from '../reports/handling.ts';
import { REPORT_KINDS, REPORT_LIMITS, REPORT_OUTCOMES } from '../reports/kinds.ts';
import { DateText, InstantText, NamedRef, Nullable, StringEnum } from './common.ts';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The public form. Nothing in it identifies the sender; the content is free text, so the page asks the
 * reporter not to write their own name or number in it unless they want to.
 */
export const ReportBodySchema = Type.Object(
  {
    content: Type.String({
      minLength: REPORT_LIMITS.contentMin,
      maxLength: REPORT_LIMITS.contentMax,
      description: 'What happened, in the reporter’s words',
    }),
    kind: Type.Optional(StringEnum(REPORT_KINDS, 'The kind of wrong (default: other)')),
    agencyCode: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'The agency concerned' }),
    ),
    procedureCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'The procedure the reporter was applying for',
      }),
    ),
    occurredOn: Type.Optional(
      Type.String({
        pattern: DATE_PATTERN,
        description: 'The day it happened (YYYY-MM-DD), not in the future',
      }),
    ),
    counter: Type.Optional(
      Type.String({
        maxLength: REPORT_LIMITS.counterMax,
        description: 'Where: the counter or desk, as the reporter describes it',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBodySchema>;

export const ReportReceiptSchema = Type.Object({
  receipt: Type.String({
    description: 'The receipt code (XXXX-XXXX-XXXX-XXXX): the only way to follow the report',
  }),
});

export const ReceiptParams = Type.Object(
  { receipt: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const ReceiptBodySchema = Type.Object(
  { receipt: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

const AnswerSchema = Type.Object({ text: Type.String(), on: DateText });

/** What the reporter reads by the receipt: the status and the published answer, nothing internal. */
export const PublicReportSchema = Type.Object({
  status: StringEnum(PUBLIC_REPORT_STATUSES),
  kind: StringEnum(REPORT_KINDS),
  receivedOn: DateText,
  agency: Nullable(NamedRef),
  procedure: Nullable(NamedRef),
  answer: Nullable(AnswerSchema),
});
export type PublicReport = Static<typeof PublicReportSchema>;

export const ReportIdParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'The report’s id' }) },
  { additionalProperties: false },
);

export const ReportListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(REPORT_STATUSES)),
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  },
  { additionalProperties: false },
);

export const ReportSummarySchema = Type.Object({
  id: Type.String(),
  receivedOn: DateText,
  kind: StringEnum(REPORT_KINDS),
  status: StringEnum(REPORT_STATUSES),
  outcome: StringEnum(REPORT_OUTCOMES),
  agency: Nullable(NamedRef),
  procedure: Nullable(NamedRef),
  excerpt: Type.String({ description: 'The first 160 characters of the content' }),
});
export type ReportSummary = Static<typeof ReportSummarySchema>;

export const ReportListSchema = Type.Object({
  items: Type.Array(ReportSummarySchema),
  total: Type.Integer({ minimum: 0 }),
  pageSize: Type.Integer({ minimum: 1 }),
});
export type ReportList = Static<typeof ReportListSchema>;

export const ReportLogEntrySchema = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  action: Type.Union([Type.Literal('receive'), StringEnum(REPORT_ACTIONS)]),
  on: DateText,
  /** The instant of a staff action; null for the receipt (only its date is kept). */
  at: Nullable(InstantText),
  actor: Nullable(Type.Object({ name: Type.String() })),
  text: Nullable(Type.String()),
  agency: Nullable(NamedRef),
  hash: Type.String(),
  prevHash: Nullable(Type.String()),
});

export const ReportDetailSchema = Type.Object({
  ...ReportSummarySchema.properties,
  content: Type.String(),
  occurredOn: Nullable(DateText),
  counter: Nullable(Type.String()),
  answer: Nullable(AnswerSchema),
  transferredTo: Nullable(NamedRef),
  allowedActions: Type.Array(StringEnum(REPORT_ACTIONS)),
  log: Type.Array(ReportLogEntrySchema),
});
export type ReportDetail = Static<typeof ReportDetailSchema>;

/** One handling step. `text`: the public answer (answer), the note (note), else an optional reason. */
export const ReportActionBodySchema = Type.Object(
  {
    action: StringEnum(REPORT_ACTIONS),
    text: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.answerMax })),
    agencyCode: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'transfer: the agency that disciplines' }),
    ),
  },
  { additionalProperties: false },
);
export type ReportActionBody = Static<typeof ReportActionBodySchema>;

export const ReportStatsQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ pattern: DATE_PATTERN })),
    to: Type.Optional(Type.String({ pattern: DATE_PATTERN })),
  },
  { additionalProperties: false },
);

const Counts = <T extends readonly string[]>(keys: T) =>
  Type.Object(
    Object.fromEntries(keys.map((k) => [k, Type.Integer({ minimum: 0 })])) as {
      [K in T[number]]: ReturnType<typeof Type.Integer>;
    },
  );

const StatsRowSchema = Type.Object({
  /** null: reports that named none. */
  ref: Nullable(NamedRef),
  total: Type.Integer({ minimum: 0 }),
  kinds: Counts(REPORT_KINDS),
  outcomes: Counts(REPORT_OUTCOMES),
});

export const ReportStatsSchema = Type.Object({
  from: Nullable(DateText),
  to: Nullable(DateText),
  total: Type.Integer({ minimum: 0 }),
  byAgency: Type.Array(StatsRowSchema),
  byProcedure: Type.Array(StatsRowSchema),
});
export type ReportStats = Static<typeof ReportStatsSchema>;
