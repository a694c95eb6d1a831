/**
 * The staff API of complaints (khiếu nại) and denunciations (tố cáo): /api/complaints/… A list item and a
 * case never carry a denouncer's identity; only GET /api/complaints/{code}/identity does, and it logs the
 * access (who, when, which case).
 */
import { type Static, Type } from 'typebox';
import {
  CASE_ACTIONS,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_STATES,
  REFUSAL_REASONS,
  SETTLEMENT_OUTCOMES,
} from '../complaints/case.ts';
import { DENUNCIATION_COMPLEXITIES, LIMIT_UNITS } from '../complaints/rules.ts';
import { DateText, InstantText, Nullable, StringEnum } from './common.ts';

const strict = { additionalProperties: false } as const;
const Filled = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Text = (maxLength: number) => Type.String({ maxLength });
const DateInput = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Ref = Type.String({ maxLength: 60, pattern: '^[A-Za-z0-9./_-]*$' });

export const CaseCodeParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40, pattern: '^(KN|TC)-\\d{4}-\\d{1,9}$' }) },
  strict,
);

export const CasePartyInput = Type.Object(
  {
    fullName: Filled(200),
    idNumber: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9A-Za-z]*$' })),
    address: Type.Optional(Text(300)),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9 +().-]*$' })),
  },
  strict,
);
export type CaseParty = Static<typeof CasePartyInput>;

export const ReceiveCaseBody = Type.Object(
  {
    kind: StringEnum(CASE_KINDS),
    channel: StringEnum(CASE_CHANNELS),
    /** The owning agency; by default the receiver's own (their scope's top). */
    agencyCode: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    instance: Type.Optional(Type.Union([Type.Literal(1), Type.Literal(2)])),
    remote: Type.Optional(Type.Boolean()),
    verification: Type.Optional(Type.Boolean()),
    subject: Filled(4000),
    knownOn: Type.Optional(DateInput),
    /** Received on this day (a letter dated earlier); by default today. Never in the future. */
    receivedOn: Type.Optional(DateInput),
    references: Type.Optional(
      Type.Object(
        {
          feedbackCode: Type.Optional(Ref),
          dossierCode: Type.Optional(Ref),
          fromAgency: Type.Optional(Text(200)),
        },
        strict,
      ),
    ),
    party: CasePartyInput,
  },
  strict,
);
export type ReceiveCaseBodyT = Static<typeof ReceiveCaseBody>;

export const AcceptCaseBody = Type.Object(
  {
    complex: Type.Optional(Type.Boolean()),
    complexity: Type.Optional(StringEnum(DENUNCIATION_COMPLEXITIES)),
  },
  strict,
);
export const RefuseCaseBody = Type.Object(
  { reason: StringEnum(REFUSAL_REASONS), note: Type.Optional(Text(2000)) },
  strict,
);
export const AssignCaseBody = Type.Object({ assigneeId: Type.String({ format: 'uuid' }) }, strict);
export const ExtendCaseBody = Type.Object(
  {
    complexity: StringEnum(DENUNCIATION_COMPLEXITIES),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    reason: Filled(2000),
  },
  strict,
);
export const TransferCaseBody = Type.Object(
  { toAgency: Type.String({ minLength: 1, maxLength: 100 }), note: Type.Optional(Text(2000)) },
  strict,
);
export const SettleCaseBody = Type.Object(
  {
    outcome: StringEnum(SETTLEMENT_OUTCOMES),
    decisionNumber: Filled(100),
    summary: Type.Optional(Text(4000)),
  },
  strict,
);
export const WithdrawCaseBody = Type.Object({ note: Type.Optional(Text(2000)) }, strict);

export const ListCasesQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(CASE_KINDS)),
    state: Type.Optional(StringEnum([...CASE_STATES, 'open', 'overdue'] as const)),
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  strict,
);

export const CaseClockSchema = Type.Object({
  key: Type.String(),
  due: DateText,
  unit: StringEnum(LIMIT_UNITS),
  daysLeft: Type.Integer(),
  overdue: Type.Boolean(),
});

export const CaseSummarySchema = Type.Object({
  code: Type.String(),
  kind: StringEnum(CASE_KINDS),
  state: StringEnum(CASE_STATES),
  agency: Type.Object({ code: Type.String(), name: Type.String() }),
  subject: Type.String(),
  receivedOn: DateText,
  instance: Nullable(Type.Integer()),
  clock: Nullable(CaseClockSchema),
  assignee: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
});
export type CaseSummary = Static<typeof CaseSummarySchema>;

export const CaseListSchema = Type.Object({
  items: Type.Array(CaseSummarySchema),
  today: DateText,
  /** Whether the caller may receive a case (for their own agency). */
  mayReceive: Type.Boolean(),
});
export type CaseList = Static<typeof CaseListSchema>;

export const AppliedLimitSchema = Type.Object({
  key: Type.String(),
  days: Type.Integer(),
  unit: StringEnum(LIMIT_UNITS),
  basis: Type.String(),
  confirmed: Type.Boolean(),
  from: DateText,
  due: DateText,
});

export const CaseEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: InstantText,
  type: Type.String(),
  actor: Type.Object({ name: Type.String(), role: Type.String() }),
  /** The entry's decided facts (limits applied, outcome, reason); never the denouncer's identity. */
  data: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});

export const CaseViewSchema = Type.Object({
  ...CaseSummarySchema.properties,
  channel: StringEnum(CASE_CHANNELS),
  remote: Type.Boolean(),
  verification: Type.Boolean(),
  complexity: StringEnum(DENUNCIATION_COMPLEXITIES),
  extensions: Type.Integer(),
  allowedExtensions: Type.Integer(),
  limitation: Nullable(AppliedLimitSchema),
  limitationExpired: Type.Boolean(),
  acceptance: AppliedLimitSchema,
  transfer: Nullable(AppliedLimitSchema),
  settlement: Nullable(AppliedLimitSchema),
  references: Type.Object({
    feedbackCode: Type.Optional(Type.String()),
    dossierCode: Type.Optional(Type.String()),
    fromAgency: Type.Optional(Type.String()),
  }),
  /** A complainant's name and contact; null for a denunciation (ask the identity endpoint). */
  party: Nullable(CasePartyInput),
  mayRequestIdentity: Type.Boolean(),
  mayReadIdentityLog: Type.Boolean(),
  allowedActions: Type.Array(StringEnum(CASE_ACTIONS)),
  timeline: Type.Array(CaseEntrySchema),
});
export type CaseViewT = Static<typeof CaseViewSchema>;

export const CaseIdentitySchema = Type.Object({
  code: Type.String(),
  party: CasePartyInput,
  /** When this access was logged. */
  loggedAt: InstantText,
});
export type CaseIdentity = Static<typeof CaseIdentitySchema>;

export const IdentityAccessLogSchema = Type.Object({
  items: Type.Array(
    Type.Object({ at: InstantText, actor: Type.Object({ username: Type.String(), name: Type.String() }) }),
  ),
});
export type IdentityAccessLog = Static<typeof IdentityAccessLogSchema>;

export const CaseAssigneesSchema = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() })),
});
