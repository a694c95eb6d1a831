/**
 * The API of citizen reception (tiếp công dân), leaders' dialogues (đối thoại) and published contacts:
 * public routes under /api/public/reception, /api/public/dialogues, /api/public/contacts; staff routes
 * under /api/reception/… (issue 12, item 4).
 */
import { type Static, Type } from 'typebox';
import { FEEDBACK_KINDS } from '../feedback/rules.ts';
import { COMMITMENT_STATES } from '../reception/dialogue.ts';
import { RECEPTION_OUTCOMES } from '../reception/record.ts';
import { REFUSAL_GROUNDS } from '../reception/rules.ts';
import { RECEIVER_ROLES, SESSIONS } from '../reception/schedule.ts';
import { DateText, InstantText, Nullable, StringEnum } from './common.ts';

const strict = { additionalProperties: false } as const;
const Filled = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Text = (maxLength: number) => Type.String({ maxLength });
const DateInput = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const AgencyCode = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9.-]+$' });
const Phone = Type.String({ minLength: 3, maxLength: 24, pattern: '^\\+?[0-9 .()-]+$' });

export const AgencyParams = Type.Object({ agency: AgencyCode }, strict);
export const DialogueParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) }, strict);
export const RegistrationCodeText = Type.String({
  minLength: 10,
  maxLength: 24,
  pattern: '^[A-Za-z0-9 -]+$',
});
export const RegistrationCodeParams = Type.Object({ code: RegistrationCodeText }, strict);
export const RegistrationCodeBody = Type.Object({ code: RegistrationCodeText }, strict);
export const RangeQuery = Type.Object(
  { from: Type.Optional(DateInput), to: Type.Optional(DateInput) },
  strict,
);

export const RecurrenceSchema = Type.Union([
  Type.Object({ kind: Type.Literal('weekly'), weekday: Type.Integer({ minimum: 1, maximum: 7 }) }, strict),
  Type.Object({ kind: Type.Literal('monthly'), day: Type.Integer({ minimum: 1, maximum: 31 }) }, strict),
  Type.Object(
    { kind: Type.Literal('dates'), dates: Type.Array(DateInput, { minItems: 1, maxItems: 400 }) },
    strict,
  ),
]);

export const ScheduleEntryInput = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' })),
    receiverRole: StringEnum(RECEIVER_ROLES),
    receiverName: Filled(200),
    recurrence: RecurrenceSchema,
    session: StringEnum(SESSIONS),
    place: Filled(300),
    capacity: Type.Integer({ minimum: 1, maximum: 200 }),
    validFrom: DateInput,
    validTo: Type.Optional(Nullable(DateInput)),
  },
  strict,
);
export const ScheduleBody = Type.Object(
  { entries: Type.Array(ScheduleEntryInput, { maxItems: 50 }) },
  strict,
);
export type ScheduleBodyT = Static<typeof ScheduleBody>;

const ScheduleEntrySchema = Type.Object({
  id: Type.String(),
  receiverRole: StringEnum(RECEIVER_ROLES),
  receiverName: Type.String(),
  recurrence: Type.Unknown(),
  session: StringEnum(SESSIONS),
  place: Type.String(),
  capacity: Type.Integer(),
  validFrom: DateText,
  validTo: Nullable(DateText),
});
const DatedSessionSchema = Type.Object({
  entryId: Type.String(),
  date: DateText,
  session: StringEnum(SESSIONS),
  receiverRole: StringEnum(RECEIVER_ROLES),
  receiverName: Type.String(),
  place: Type.String(),
  capacity: Type.Integer(),
  placesLeft: Type.Integer(),
});
const AgencyRef = Type.Object({ code: Type.String(), name: Type.String() });

export const PublicScheduleSchema = Type.Object({
  agency: AgencyRef,
  entries: Type.Array(ScheduleEntrySchema),
  sessions: Type.Array(DatedSessionSchema),
  today: DateText,
});
export const ReceptionAgencyListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      duty: Nullable(Type.String()),
      hasSchedule: Type.Boolean(),
      mayEdit: Type.Optional(Type.Boolean()),
      mayRecord: Type.Optional(Type.Boolean()),
    }),
  ),
});

export const RegistrationBody = Type.Object(
  {
    agencyCode: AgencyCode,
    entryId: Type.String({ minLength: 1, maxLength: 40 }),
    date: DateInput,
    session: StringEnum(SESSIONS),
    fullName: Filled(200),
    phone: Phone,
    subject: Filled(2000),
  },
  strict,
);
export type RegistrationBodyT = Static<typeof RegistrationBody>;
export const RegistrationReceiptSchema = Type.Object({
  code: Type.String(),
  agency: AgencyRef,
  date: DateText,
  session: StringEnum(SESSIONS),
  place: Type.String(),
  receiverName: Type.String(),
});
export const PublicRegistrationSchema = Type.Object({
  code: Type.String(),
  agency: AgencyRef,
  date: DateText,
  session: StringEnum(SESSIONS),
  place: Type.String(),
  receiverName: Type.String(),
  fullName: Type.String(),
  phone: Type.String({ description: 'Masked: only the last three digits' }),
  status: StringEnum(['registered', 'received'] as const),
  outcome: Nullable(StringEnum(RECEPTION_OUTCOMES)),
  followUp: Nullable(Type.Object({ kind: Type.String(), code: Nullable(Type.String()) })),
});

export const VisitorInput = Type.Object(
  {
    fullName: Filled(200),
    idNumber: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9A-Za-z]*$' })),
    address: Type.Optional(Text(300)),
  },
  strict,
);
export const ReceptionRecordBody = Type.Object(
  {
    date: DateInput,
    session: StringEnum(SESSIONS),
    receiverRole: StringEnum(RECEIVER_ROLES),
    receiverName: Filled(200),
    visitors: Type.Array(VisitorInput, { minItems: 1, maxItems: 50 }),
    content: Filled(10000),
    outcome: StringEnum(RECEPTION_OUTCOMES),
    note: Type.Optional(Text(4000)),
    refusalGround: Type.Optional(StringEnum(REFUSAL_GROUNDS)),
    registrationCode: Type.Optional(RegistrationCodeText),
    /** For a complaint: the visitor's phone, and the first-instance flags. */
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9 +().-]*$' })),
    knownOn: Type.Optional(DateInput),
    /** For a PAKN: its kind as the national index counts it (default: other). */
    feedbackKind: Type.Optional(StringEnum(FEEDBACK_KINDS)),
  },
  strict,
);
export type ReceptionRecordBodyT = Static<typeof ReceptionRecordBody>;
export const ReceptionRecordSchema = Type.Object({
  id: Type.Integer(),
  agencyCode: Type.String(),
  date: DateText,
  session: StringEnum(SESSIONS),
  receiverRole: StringEnum(RECEIVER_ROLES),
  receiverName: Type.String(),
  visitors: Type.Array(
    Type.Object({
      fullName: Type.String(),
      idNumber: Type.Optional(Type.String()),
      address: Type.Optional(Type.String()),
    }),
  ),
  content: Type.String(),
  outcome: StringEnum(RECEPTION_OUTCOMES),
  note: Type.String(),
  refusalGround: Nullable(StringEnum(REFUSAL_GROUNDS)),
  registrationCode: Nullable(Type.String()),
  followUp: Nullable(Type.Object({ kind: Type.String(), code: Nullable(Type.String()) })),
  recordedBy: Type.String(),
  recordedAt: InstantText,
});
export type ReceptionRecordT = Static<typeof ReceptionRecordSchema>;

const GapSchema = Type.Object({
  period: Type.String(),
  start: DateText,
  end: DateText,
  heldDays: Type.Integer(),
  required: Type.Integer(),
  basis: Type.String(),
  confirmed: Type.Boolean(),
});
const StaffRegistrationSchema = Type.Object({
  code: Type.String(),
  date: DateText,
  session: StringEnum(SESSIONS),
  entryId: Type.String(),
  fullName: Type.String(),
  phone: Type.String(),
  subject: Type.String(),
  status: Type.String(),
});
export const StaffReceptionSchema = Type.Object({
  agency: AgencyRef,
  duty: Nullable(Type.String()),
  mayEdit: Type.Boolean(),
  mayRecord: Type.Boolean(),
  today: DateText,
  from: DateText,
  to: DateText,
  entries: Type.Array(ScheduleEntrySchema),
  sessions: Type.Array(DatedSessionSchema),
  gaps: Type.Array(GapSchema),
  registrations: Type.Array(StaffRegistrationSchema),
  records: Type.Array(ReceptionRecordSchema),
});

export const DialogueBody = Type.Object(
  {
    date: DateInput,
    time: Type.Optional(Type.String({ maxLength: 5, pattern: '^(\\d{2}:\\d{2})?$' })),
    leaderName: Filled(200),
    leaderTitle: Filled(200),
    topic: Filled(500),
    place: Filled(300),
    description: Type.Optional(Text(4000)),
    /** The minutes (biên bản); published when `minutesPublished`. */
    minutes: Type.Optional(Text(50000)),
    minutesPublished: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type DialogueBodyT = Static<typeof DialogueBody>;
export const CommitmentInputSchema = Type.Object(
  {
    id: Type.Optional(Type.Integer({ minimum: 1 })),
    text: Filled(2000),
    responsible: Filled(300),
    dueDate: DateInput,
    state: Type.Optional(StringEnum(COMMITMENT_STATES)),
    doneOn: Type.Optional(Nullable(DateInput)),
    progressNote: Type.Optional(Text(2000)),
  },
  strict,
);
export const CommitmentsBody = Type.Object(
  { commitments: Type.Array(CommitmentInputSchema, { maxItems: 100 }) },
  strict,
);
export type CommitmentsBodyT = Static<typeof CommitmentsBody>;
export const QuestionBody = Type.Object(
  { fullName: Type.Optional(Text(200)), question: Filled(3000) },
  strict,
);

const CommitmentSchema = Type.Object({
  id: Type.Integer(),
  text: Type.String(),
  responsible: Type.String(),
  dueDate: DateText,
  state: StringEnum(COMMITMENT_STATES),
  doneOn: Nullable(DateText),
  progressNote: Type.String(),
  status: Type.String(),
});
export const DialogueSchema = Type.Object({
  id: Type.Integer(),
  agency: AgencyRef,
  date: DateText,
  time: Type.String(),
  leaderName: Type.String(),
  leaderTitle: Type.String(),
  topic: Type.String(),
  place: Type.String(),
  description: Type.String(),
  upcoming: Type.Boolean(),
  acceptsQuestions: Type.Boolean(),
  minutes: Nullable(Type.String()),
  minutesPublished: Type.Boolean(),
  commitments: Type.Array(CommitmentSchema),
  questionCount: Type.Integer(),
  /** Staff only: the questions sent beforehand. */
  questions: Type.Optional(
    Type.Array(
      Type.Object({ id: Type.Integer(), fullName: Type.String(), question: Type.String(), at: InstantText }),
    ),
  ),
});
export type DialogueT = Static<typeof DialogueSchema>;
export const DialogueListSchema = Type.Object({ items: Type.Array(DialogueSchema), today: DateText });
export const QuestionReceiptSchema = Type.Object({ received: Type.Boolean(), dialogueId: Type.Integer() });

export const ContactsBody = Type.Object(
  {
    hotline: Phone,
    email: Type.Optional(Text(200)),
    persons: Type.Array(
      Type.Object(
        {
          fullName: Filled(200),
          title: Filled(200),
          phone: Phone,
          email: Type.Optional(Text(200)),
        },
        strict,
      ),
      { maxItems: 30 },
    ),
  },
  strict,
);
export type ContactsBodyT = Static<typeof ContactsBody>;
export const AgencyContactsSchema = Type.Object({
  agency: AgencyRef,
  hotline: Type.String(),
  email: Type.String(),
  persons: Type.Array(
    Type.Object({
      fullName: Type.String(),
      title: Type.String(),
      phone: Type.String(),
      email: Type.Optional(Type.String()),
    }),
  ),
  updatedAt: Nullable(InstantText),
});
export type AgencyContactsT = Static<typeof AgencyContactsSchema>;
export const ContactsListSchema = Type.Object({ items: Type.Array(AgencyContactsSchema) });
