/** Intake: the body of POST /api/dossiers and of a refusal at the counter, and their answers. */
import { type Static, Type } from 'typebox';
import { COMPONENT_FORMS } from '../catalogue/procedure.ts';
import { CHANNELS } from '../dossier/entries.ts';
import { MAX_BACKDATE_REASON_LENGTH } from '../dossier/reception-time.ts';
import { INSTANT_PATTERN } from '../dossier/validation.ts';
import { DateText, InstantText, Nullable, StringEnum } from './common.ts';
import { ApplicantSchema, HomeServiceSchema, RepresentativeSchema } from './dossiers.ts';

export const IntakeBodySchema = Type.Object(
  {
    procedureCode: Type.String({ maxLength: 40 }),
    caseCode: Type.Optional(Type.String({ maxLength: 64 })),
    channel: StringEnum(CHANNELS),
    receivingAgencyCode: Type.Optional(
      Type.String({ maxLength: 120, description: 'Online only: the counter chosen by the applicant' }),
    ),
    portalReference: Type.Optional(
      Type.String({ maxLength: 64, description: "Online only: the portal's reference for the submission" }),
    ),
    applicant: ApplicantSchema,
    representative: Type.Optional(RepresentativeSchema),
    components: Type.Array(
      Type.Object(
        { id: Type.String({ maxLength: 64 }), quantity: Type.Integer({ minimum: 1, maximum: 100 }) },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    postalWaybill: Type.Optional(Type.String({ maxLength: 64 })),
    limitExtensions: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        maxItems: 10,
        description: "Counter and post only: codes of the case's extension conditions that apply",
      }),
    ),
    agreedExtension: Type.Optional(
      Type.Object(
        {
          dueDate: DateText,
          reference: Type.String({ minLength: 1, maxLength: 200, description: 'The written agreement' }),
        },
        {
          additionalProperties: false,
          description:
            'Counter and post only: a later return date agreed in writing, where the case allows it',
        },
      ),
    ),
    homeService: Type.Optional(HomeServiceSchema),
    receivedAt: Type.Optional(
      Type.String({
        pattern: INSTANT_PATTERN,
        description:
          'ISO instant of reception (online: of submission); defaults to now; never in the future. At the ' +
          'counter, a time on an earlier day (at most 10 working days back) needs backdateReason and is held ' +
          "for a leader's approval (202)",
      }),
    ),
    backdateReason: Type.Optional(
      Type.String({
        maxLength: MAX_BACKDATE_REASON_LENGTH,
        description: 'Counter and post: why the reception is recorded on a later day (an offline intake)',
      }),
    ),
    supplementSlip: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'Counter only: the Form 02 slip (GET /api/counter-slips) the applicant came back to with the missing ' +
          'papers; the same procedure and case. Once received, the slip is marked with the dossier and the ' +
          'first log entry names the slip',
      }),
    ),
  },
  { additionalProperties: false },
);
export type IntakeBody = Static<typeof IntakeBodySchema>;

export const RefusalBodySchema = Type.Object(
  {
    procedureCode: Type.String({ maxLength: 40 }),
    caseCode: Type.Optional(Type.String({ maxLength: 64 })),
    applicant: ApplicantSchema,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type RefusalBody = Static<typeof RefusalBodySchema>;

export const MissingComponentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  form: StringEnum(COMPONENT_FORMS),
  quantity: Type.Integer(),
  reason: Type.String(),
});
export type MissingComponentView = Static<typeof MissingComponentSchema>;

export const ReceivedOutcomeSchema = Type.Object({
  outcome: Type.Literal('received'),
  code: Type.String(),
  status: Type.Integer(),
  statusKey: Type.Literal('received'),
  statusLabel: Type.String(),
  receivedAt: InstantText,
  dueDate: DateText,
  dueAt: Type.Optional(InstantText),
  forms: Type.Object({ receipt: Type.String() }),
});

export const SubmittedOutcomeSchema = Type.Object({
  outcome: Type.Literal('submitted'),
  code: Type.String(),
  status: Type.Integer(),
  statusKey: Type.Literal('new'),
  statusLabel: Type.String(),
  submittedAt: InstantText,
  /** Components the counter will find missing, for the applicant to see at once. */
  missing: Type.Array(MissingComponentSchema),
});

export const SupplementOutcomeSchema = Type.Object({
  outcome: Type.Literal('supplement-requested'),
  slip: Type.Object({
    id: Type.String(),
    number: Type.String(),
    missing: Type.Array(MissingComponentSchema),
  }),
  forms: Type.Object({ supplement: Type.String() }),
});

export const RefusalOutcomeSchema = Type.Object({
  outcome: Type.Literal('refused'),
  slip: Type.Object({ id: Type.String(), number: Type.String() }),
  forms: Type.Object({ refusal: Type.String() }),
});

/** A back-dated counter intake, held (not received) until a leader of the counter approves it. */
export const HeldOutcomeSchema = Type.Object({
  outcome: Type.Literal('held'),
  id: Type.String({ format: 'uuid' }),
  claimedReceivedAt: InstantText,
  reason: Type.String(),
  heldAt: InstantText,
});

export const HELD_DECISIONS = ['approved', 'rejected'] as const;

export const HeldIntakeViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  agencyCode: Type.String(),
  procedureCode: Type.String(),
  caseCode: Type.Optional(Type.String()),
  channel: Type.String(),
  applicantName: Type.String(),
  claimedReceivedAt: InstantText,
  reason: Type.String(),
  officer: Type.Object({ id: Type.String(), name: Type.String() }),
  /** The server's time when the officer recorded it. */
  heldAt: InstantText,
  /** How many working days back the claimed time is, as of now. */
  workingDaysBack: Type.Integer(),
  decision: Nullable(StringEnum(HELD_DECISIONS)),
  decidedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  decidedAt: Nullable(InstantText),
  decisionReason: Nullable(Type.String()),
  dossierCode: Nullable(Type.String()),
});

export const HeldIntakeListSchema = Type.Object({ items: Type.Array(HeldIntakeViewSchema) });

export const HeldIntakeParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const HeldRejectBodySchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: MAX_BACKDATE_REASON_LENGTH }) },
  { additionalProperties: false },
);

export const HeldApprovedSchema = Type.Object({
  outcome: Type.Literal('received'),
  heldId: Type.String(),
  code: Type.String(),
  receivedAt: InstantText,
  dueDate: DateText,
  dueAt: Type.Optional(InstantText),
  forms: Type.Object({ receipt: Type.String() }),
});

export type HeldOutcome = Static<typeof HeldOutcomeSchema>;
export type HeldIntakeView = Static<typeof HeldIntakeViewSchema>;
export type HeldApproved = Static<typeof HeldApprovedSchema>;
export type ReceivedOutcome = Static<typeof ReceivedOutcomeSchema>;
export type SubmittedOutcome = Static<typeof SubmittedOutcomeSchema>;
export type SupplementOutcome = Static<typeof SupplementOutcomeSchema>;
export type RefusalOutcome = Static<typeof RefusalOutcomeSchema>;
export type IntakeOutcome = ReceivedOutcome | SupplementOutcome | HeldOutcome;

export const COUNTER_SLIP_FORMS = ['02', '03'] as const;
export type CounterSlipForm = (typeof COUNTER_SLIP_FORMS)[number];

/** A slip the counter issued without receiving a dossier, as the day's list shows it. */
export const CounterSlipItemSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  form: StringEnum(COUNTER_SLIP_FORMS),
  number: Type.String(),
  issuedAt: InstantText,
  agencyCode: Type.String(),
  applicantName: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  case: Type.Object({ code: Type.String(), name: Type.String() }),
  /** Form 02: the components found missing. */
  missing: Type.Array(MissingComponentSchema),
  /** Form 03: the reason of the refusal. */
  reason: Nullable(Type.String()),
  officer: Type.Object({ name: Type.String() }),
  /** Form 02 the applicant came back to: the dossier received from it. */
  reopened: Nullable(Type.Object({ dossierCode: Type.String(), at: InstantText })),
  /** The slip as printed (PDF), to hand over again. */
  url: Type.String(),
});
export type CounterSlipItem = Static<typeof CounterSlipItemSchema>;

export const CounterSlipListQuery = Type.Object(
  {
    date: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, the day of issue (Vietnam time)' }),
    form: Type.Optional(StringEnum(COUNTER_SLIP_FORMS)),
    agency: Type.Optional(
      Type.String({ maxLength: 120, description: "The counter; default: the officer's own" }),
    ),
  },
  { additionalProperties: false },
);

export const CounterSlipListSchema = Type.Object({
  date: DateText,
  agencyCode: Type.String(),
  items: Type.Array(CounterSlipItemSchema),
});
export type CounterSlipList = Static<typeof CounterSlipListSchema>;

/** One slip with what a reopened intake needs: the applicant as recorded and the components given then. */
export const CounterSlipDetailSchema = Type.Object({
  ...CounterSlipItemSchema.properties,
  applicant: ApplicantSchema,
  /** The components ticked at that intake (empty for slips issued before they were kept). */
  given: Type.Array(Type.Object({ id: Type.String(), quantity: Type.Integer() })),
});
export type CounterSlipDetail = Static<typeof CounterSlipDetailSchema>;
