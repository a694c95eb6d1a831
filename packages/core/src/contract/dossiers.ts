/** The dossier routes' answers (docs/ARCHITECTURE.md, "One API contract"). */
import { type Static, Type } from 'typebox';
import { ROLES } from '../access/roles.ts';
import { COMPONENT_FORMS } from '../catalogue/procedure.ts';
import { ACTION_TYPES } from '../dossier/actions.ts';
import { COUNTDOWN_KINDS } from '../dossier/countdown.ts';
import { DEADLINE_WARNING_KINDS } from '../dossier/deadline-warnings.ts';
import { APOLOGY_DELIVERIES, CHANNELS, DOSSIER_SLIP_FORMS, RETURN_PLACES } from '../dossier/entries.ts';
import { ACTIVE_PDF_NAMES } from '../dossier/pdf-active-content.ts';
import { DOSSIER_QUEUES } from '../dossier/queues.ts';
import { STATUS_KEYS } from '../dossier/statuses.ts';
import { HAND_OVER_ACTIONS } from '../workflow/workflow.ts';
import { ALLOTMENT_UNITS } from '../workflow/workflow-total.ts';
import { DateText, InstantText, NamedRef, Nullable, StringEnum } from './common.ts';

export const HOME_SERVICE_REASONS = ['disability', 'elderly', 'illness', 'other'] as const;
export type HomeServiceReason = (typeof HOME_SERVICE_REASONS)[number];

export const FILE_KINDS = ['scan', 'result'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const STEP_RESULTS = ['early', 'on-time', 'late', 'pending'] as const;

export const ApplicantSchema = Type.Object(
  {
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    idNumber: Type.String({ maxLength: 20, description: '12-digit personal identification number (CCCD)' }),
    phone: Type.String({ maxLength: 20 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const RepresentativeSchema = Type.Object(
  {
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    idNumber: Type.String({ maxLength: 20 }),
    relation: Type.String({ minLength: 1, maxLength: 100 }),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    authorization: Type.Optional(
      Type.String({ maxLength: 300, description: 'The paper that authorises them (number and date)' }),
    ),
  },
  { additionalProperties: false },
);

export const HomeServiceSchema = Type.Object(
  {
    reason: StringEnum(
      HOME_SERVICE_REASONS,
      'Why the applicant cannot come to the counter: the result is taken to them',
    ),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const DossierFileSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(FILE_KINDS),
  componentId: Nullable(Type.String()),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  /** Active content found in a PDF at upload (script, an action on opening, an embedded file…): a warning. */
  activeContent: Type.Array(StringEnum(ACTIVE_PDF_NAMES)),
  uploadedBy: Type.String(),
  uploadedAt: InstantText,
});
export type DossierFile = Static<typeof DossierFileSchema>;

export const DossierFileListSchema = Type.Object({ items: Type.Array(DossierFileSchema) });

const StepViewSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  agency: NamedRef,
  role: StringEnum(ROLES),
  handOver: StringEnum(HAND_OVER_ACTIONS),
  allotment: Type.Object({ unit: StringEnum(ALLOTMENT_UNITS), value: Type.Number() }),
  interAgency: Type.Boolean(),
});
export type WorkflowStepView = Static<typeof StepViewSchema>;

const StepVisitViewSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  agency: NamedRef,
  startedAt: InstantText,
  givenBy: Type.String(),
  dueAt: InstantText,
  endedAt: Nullable(InstantText),
  endedBy: Nullable(Type.String()),
  handedTo: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
  result: StringEnum(STEP_RESULTS),
});
export type StepVisitView = Static<typeof StepVisitViewSchema>;

export const LogEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: InstantText,
  recordedAt: Nullable(InstantText),
  actor: Type.Object({ name: Type.String(), role: Type.String() }),
  action: StringEnum(ACTION_TYPES),
  actionLabel: Type.String(),
  reason: Type.Optional(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'What the entry recorded (entries.ts)' }),
  hash: Type.String(),
  prevHash: Nullable(Type.String()),
});
export type LogEntryView = Static<typeof LogEntrySchema>;

export const AvailableActionSchema = Type.Object({
  action: StringEnum(ACTION_TYPES),
  label: Type.String(),
  labelEn: Type.String(),
  reasonRequired: Type.Boolean(),
  /** request-supplement: this agency has asked before, so another request must be confirmed as a breach. */
  overrideRequired: Type.Optional(Type.Boolean()),
  /** consult-reply: the agencies consulted that have not replied yet. */
  agencies: Type.Optional(Type.Array(Type.String())),
  /** assign: the officers the next step may be given to (core's assignmentCandidates), by name. */
  assignees: Type.Optional(Type.Array(Type.Object({ username: Type.String(), fullName: Type.String() }))),
  /** issue-result: the signer proposed, the leader who approved (recorded as signer if none is given). */
  signer: Type.Optional(Type.String()),
});
export type AvailableActionView = Static<typeof AvailableActionSchema>;

export const SlipLinkSchema = Type.Object({
  /** 01–06, or GN: the hand-over receipt of a result handed over in person. */
  form: StringEnum(DOSSIER_SLIP_FORMS),
  /** The register number, for slips numbered in a register. */
  number: Nullable(Type.String()),
  issuedAt: Nullable(InstantText),
  url: Type.String(),
});
export type SlipLink = Static<typeof SlipLinkSchema>;

export const DossierViewSchema = Type.Object({
  code: Type.String(),
  /** The public lookup's check code printed on the receipt; null for a dossier received before it existed. */
  checkCode: Nullable(Type.String()),
  procedure: NamedRef,
  case: NamedRef,
  channel: StringEnum(CHANNELS),
  applicant: ApplicantSchema,
  representative: Type.Optional(RepresentativeSchema),
  postalWaybill: Type.Optional(Type.String()),
  homeService: Nullable(HomeServiceSchema),
  returnAppointment: Nullable(
    Type.Object({ at: InstantText, place: StringEnum(RETURN_PLACES), address: Type.Optional(Type.String()) }),
  ),
  components: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      form: StringEnum(COMPONENT_FORMS),
      quantity: Type.Integer(),
    }),
  ),
  receivingAgency: NamedRef,
  competentAgency: NamedRef,
  status: Type.Integer({ minimum: 1, maximum: 10 }),
  statusKey: StringEnum(STATUS_KEYS),
  statusLabel: Type.String(),
  receivedAt: Nullable(InstantText),
  dueDate: Nullable(DateText),
  dueAt: Type.Optional(InstantText),
  originalDueDate: Nullable(DateText),
  isOverdue: Type.Boolean(),
  dueSoon: Type.Boolean(),
  /** The last day to issue the apology with a new date in time, while the dossier runs. */
  apologyDueBy: Nullable(DateText),
  /** An apology issued today would be recorded late (today is the due date or after it). */
  apologyLate: Type.Boolean(),
  /** A dossier given on paper: when its paper files are due at the agency, when they were sent (Art. 18). */
  paperFiles: Nullable(
    Type.Object({ dueAt: InstantText, sentAt: Nullable(InstantText), late: Type.Boolean() }),
  ),
  requiresApology: Type.Boolean(),
  pausedWorkingDays: Type.Integer(),
  extensions: Type.Array(
    Type.Object({
      at: InstantText,
      previousDueDate: DateText,
      newDueDate: DateText,
      reason: Type.String(),
      delivery: Type.Optional(StringEnum(APOLOGY_DELIVERIES)),
      /** Issued on or after the due date, or a second reset: a breach, counted late. */
      breach: Type.Boolean(),
    }),
  ),
  resultCodes: Type.Array(Type.String()),
  currentStep: Nullable(Type.Object({ key: Type.String(), name: Type.String(), agency: NamedRef })),
  workflow: Type.Array(StepViewSchema),
  steps: Type.Array(StepVisitViewSchema),
  /** Exactly what the server will accept from this officer now. */
  allowedActions: Type.Array(AvailableActionSchema),
  slips: Type.Array(SlipLinkSchema),
  log: Type.Array(LogEntrySchema),
  files: Type.Array(DossierFileSchema),
  /** The kinds of file this officer may attach now. */
  canUpload: Type.Array(StringEnum(FILE_KINDS)),
});
export type DossierView = Static<typeof DossierViewSchema>;

export const QueueQuerySchema = Type.Object(
  {
    queue: Type.Unsafe<(typeof DOSSIER_QUEUES)[number]>({
      type: 'string',
      enum: [...DOSSIER_QUEUES],
      default: 'all',
    }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const DossierListItemSchema = Type.Object({
  code: Type.String(),
  procedureCode: Type.String(),
  procedureName: Type.String(),
  applicantName: Type.String(),
  statusKey: StringEnum(STATUS_KEYS),
  statusCode: Type.Integer(),
  statusLabel: Type.String(),
  receivedAt: Nullable(InstantText),
  dueDate: Nullable(DateText),
  currentAgencyCode: Nullable(Type.String()),
  homeService: Type.Boolean(),
  isOverdue: Type.Boolean(),
  dueSoon: Type.Boolean(),
  /** The latest deadline warning written about its current due date (the queue's badge), if any. */
  deadlineWarning: Nullable(StringEnum(DEADLINE_WARNING_KINDS)),
});
export type DossierListItem = Static<typeof DossierListItemSchema>;

export const DossierListSchema = Type.Object({
  items: Type.Array(DossierListItemSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type DossierList = Static<typeof DossierListSchema>;

/**
 * What the public lookup's answer holds beyond the status (issue 9, item 10): `shown` with the right check
 * code; `check-code-needed` without one, `check-code-wrong` with another (the same minimal answer, so the
 * page can say which); `unavailable` for a dossier received before check codes existed (none to give).
 */
export const PUBLIC_DETAILS = ['shown', 'check-code-needed', 'check-code-wrong', 'unavailable'] as const;
export type PublicDetails = (typeof PUBLIC_DETAILS)[number];

/**
 * What anyone may see of a dossier by its code (the receipt's QR): no personal data. Its code, status,
 * procedure and agency to anyone; when it was received, its due date and where it is now only with the check
 * code printed on the receipt (`details: 'shown'`), so listing a day's sequential codes tells nothing more.
 */
export const PublicDossierSchema = Type.Object({
  code: Type.String(),
  status: Type.Integer(),
  statusKey: StringEnum(STATUS_KEYS),
  statusLabel: Type.String(),
  statusLabelEn: Type.String(),
  procedureName: Type.String(),
  agencyName: Type.String(),
  details: StringEnum(PUBLIC_DETAILS),
  receivedAt: Type.Optional(Nullable(InstantText)),
  dueDate: Type.Optional(Nullable(DateText)),
  currentStep: Type.Optional(Nullable(Type.Object({ name: Type.String(), agencyName: Type.String() }))),
  /** Working days left or past the due date today (core's countdown), while the dossier is open. */
  countdown: Type.Optional(
    Nullable(Type.Object({ kind: StringEnum(COUNTDOWN_KINDS), workingDays: Type.Integer({ minimum: 0 }) })),
  ),
  /**
   * The predicted completion (core's forecastCompletion) from finished dossiers of the same case and agency:
   * `forecast` with the median date and the 80 % band, or `insufficient` with the samples each step needs.
   */
  forecast: Type.Optional(
    Nullable(
      Type.Object({
        kind: StringEnum(['forecast', 'insufficient'] as const),
        date: Type.Optional(DateText),
        earliest: Type.Optional(DateText),
        latest: Type.Optional(DateText),
        samples: Type.Optional(Type.Integer()),
        needed: Type.Optional(Type.Integer()),
      }),
    ),
  ),
});
export type PublicDossier = Static<typeof PublicDossierSchema>;

export const AuditVerifySchema = Type.Object({
  checked: Type.Integer(),
  ok: Type.Boolean(),
  broken: Type.Array(
    Type.Object({
      code: Type.String(),
      seq: Type.Integer(),
      reason: StringEnum([
        'hash-mismatch',
        'prev-hash-mismatch',
        'sequence-gap',
        'empty-log',
        'tail-truncated',
        'rewritten',
        'missing',
        'row-mismatch',
        'file-mismatch',
      ] as const),
      detail: Type.Optional(Type.String()),
    }),
  ),
  /** The signed checkpoints of the chain heads (docs/security.md#audit-trail). */
  checkpoints: Type.Object({
    checked: Type.Integer(),
    latest: Type.Union([
      Type.Object({ seq: Type.Integer(), at: Type.String(), hmac: Type.String() }),
      Type.Null(),
    ]),
    broken: Type.Array(
      Type.Object({ seq: Type.Integer(), reason: StringEnum(['signature', 'missing-before'] as const) }),
    ),
  }),
});
