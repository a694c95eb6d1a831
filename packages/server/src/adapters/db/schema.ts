/** Kysely table types (camelCase; the CamelCasePlugin maps them to snake_case columns). */

import type {
  LimitExtension,
  ResolvedStep,
  RuleChange,
  SubmissionChannel,
  TimeLimit,
  WorkflowStep,
} from '@motcua/core';
import type { ColumnType, Generated } from 'kysely';

type GeneratedAlways<T> = ColumnType<T, never, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface AdminUnitsTable {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  parentCode: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  successorCode: string | null;
  note: string;
}

export interface OfficeHoursJson {
  sessions: { start: number; end: number }[];
  sameDayCutoff: number;
}

export interface AgenciesTable {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  unitCode: string;
  parentCode: string | null;
  identifier: string;
  address: string;
  phone: string;
  officeHours: ColumnType<OfficeHoursJson | null, string | null | undefined, string | null>;
  /** The title of the agency's head ('Chủ tịch', 'Giám đốc'), printed above the signatures of its letters. */
  headTitle: ColumnType<string, string | undefined, string>;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ProceduresTable {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  level: string;
  agencyKind: string;
  onlineService: string;
  postal: boolean;
  result: string;
  resultEn: string;
  subjects: string;
  requirements: string;
  steps: Json<string[]>;
  submission: Json<string[]>;
  legalBasis: Json<string[]>;
  /** Everyday words for the procedure, in its search index with its name (migration 0016). */
  synonyms: Json<string[]>;
  source: string;
  notes: string;
  /** Whether a payment wait stops the clock, and the law that says so (migration 0008). */
  paymentStopsClock: boolean;
  paymentStopsClockBasis: string;
  nameFolded: GeneratedAlways<string>;
  searchVector: GeneratedAlways<string>;
  updatedAt: Timestamp;
}

export interface ProcedureCasesTable {
  procedureCode: string;
  code: string;
  position: number;
  name: string;
  nameEn: string;
  timeLimitValue: number;
  timeLimitUnit: string;
  fees: Json<{ name: string; amount: number }[]>;
  feeNote: string;
  /** Per-channel limits, extension conditions, agreed later date, fee status (migration 0008). */
  channelLimits: Json<Partial<Record<SubmissionChannel, TimeLimit>>>;
  extensions: Json<LimitExtension[]>;
  /** Limits later laws set from their effective dates (migration 0009). */
  limitChanges: Json<RuleChange<TimeLimit>[]>;
  agreedExtension: boolean;
  feeStatus: string;
  /** Set when an import no longer lists the case: it stays for the record, no longer offered. */
  retiredAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface DossierComponentsTable {
  procedureCode: string;
  caseCode: string;
  id: string;
  position: number;
  name: string;
  nameEn: string;
  form: string;
  quantity: number;
  required: boolean;
  template: string;
  /** Where the form can be downloaded (migration 0016). */
  templateUrl: string;
  note: string;
}

export interface CatalogueImportsTable {
  id: Generated<string>;
  importedAt: Timestamp;
  importedBy: string;
  fileName: string;
  procedureCount: number;
}

export interface StaffAccountsTable {
  id: Generated<string>;
  username: string;
  fullName: string;
  passwordHash: string;
  roles: string[];
  agencyCode: string;
  /** The officer's own title ('Phó Chủ tịch'), printed above a signature. */
  title: ColumnType<string, string | undefined, string>;
  isDemo: Generated<boolean>;
  /** Where deadline warnings are e-mailed (migration 0022); none: in-app only. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  disabledAt: Timestamp | null;
  createdAt: Timestamp;
}

export interface SessionsTable {
  id: string;
  data: Json<Record<string, unknown>>;
  expiresAt: Timestamp;
}

export interface CitizenAccountsTable {
  idNumber: string;
  fullName: string;
  birthDate: string | null;
  phone: string | null;
  identityProvider: string;
  subject: string;
  assurance: string;
  nationalEid: boolean;
  firstLoginAt: Timestamp;
  lastLoginAt: Timestamp;
}

export interface CitizenSessionsTable {
  tokenHash: string;
  idNumber: string;
  identityProvider: string;
  assurance: string;
  nationalEid: boolean;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  /** Each day with its source (migration 0007). */
  days: Json<
    {
      date: string;
      name: string;
      nameEn: string;
      kind: string;
      source: { basis: string; reference: string; referenceEn: string };
    }[]
  >;
  updatedBy: string;
  updatedAt: Timestamp;
}

/** Holidays a later law added, recurring from its effective date (migration 0007). */
export interface StatutoryHolidaysTable {
  id: Generated<number>;
  month: number;
  day: number;
  name: string;
  nameEn: string;
  effectiveFrom: ColumnType<string, string, string>;
  compensated: boolean;
  reference: string;
  referenceEn: string;
  createdBy: string;
  createdAt: Generated<Date>;
}

export interface SiteSettingsTable {
  key: string;
  value: Json<unknown>;
}

export interface DossiersTable {
  id: Generated<string>;
  code: string;
  procedureCode: string;
  caseCode: string;
  /** The procedure's name as the dossier received it (cached from its first log entry). */
  procedureName: string;
  channel: string;
  receivingAgencyCode: string;
  competentAgencyCode: string;
  applicant: Json<ApplicantJson>;
  representative: ColumnType<RepresentativeJson | null, string | null | undefined, string | null>;
  components: Json<{ id: string; quantity: number }[]>;
  postalWaybill: string | null;
  status: string;
  statusCode: number;
  receivedAt: Timestamp | null;
  dueDate: string | null;
  dueAt: Timestamp | null;
  /** The dossier's own workflow version. */
  workflowId: string;
  currentStepKey: string | null;
  currentAgencyCode: string | null;
  participatingAgencyCodes: ColumnType<string[], string[] | undefined, string[]>;
  pausedAt: Timestamp | null;
  /** From core's deadlineMarks: the first day the dossier counts as overdue, or as due soon. */
  overdueFrom: string | null;
  dueSoonFrom: string | null;
  homeService: ColumnType<HomeServiceJson | null, string | null | undefined, string | null>;
  /** The dossier's place in the receiving counter's tracking book, decided at reception (migration 0010). */
  bookYear: ColumnType<number | null, number | null | undefined, number | null>;
  bookNo: ColumnType<number | null, number | null | undefined, number | null>;
  /** The public lookup's check code, cached from the first log entry (migration 0015); null before it existed. */
  checkCode: ColumnType<string | null, string | null | undefined, string | null>;
  applicantNameFolded: GeneratedAlways<string>;
  applicantIdNumber: GeneratedAlways<string>;
  /** The citizen account it was submitted from (migration 0020); null for the portal's and the counter's. */
  citizenIdNumber: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface HomeServiceJson {
  reason: 'disability' | 'elderly' | 'illness' | 'other';
  note?: string;
}

export interface ApplicantJson {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
}

export interface RepresentativeJson {
  fullName: string;
  idNumber: string;
  relation: string;
  address?: string;
  phone?: string;
  email?: string;
  authorization?: string;
}

export interface DossierActionsTable {
  dossierId: string;
  seq: number;
  at: Timestamp;
  /** When the server wrote the entry (part of its hash). */
  recordedAt: Timestamp;
  actor: Json<{ id: string; name: string; role: string; agencyCode: string }>;
  action: string;
  reason: string | null;
  agencyCode: string | null;
  data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  hash: string;
  prevHash: string | null;
}

export interface DossierCodeSequencesTable {
  agencyCode: string;
  day: string;
  lastValue: number;
}

export interface SlipSequencesTable {
  agencyCode: string;
  year: number;
  form: string;
  lastValue: number;
}

export interface CounterSlipsTable {
  id: Generated<string>;
  number: string;
  year: number;
  form: string;
  agencyCode: string;
  procedureCode: string;
  caseCode: string;
  applicant: Json<ApplicantJson>;
  content: Json<Record<string, unknown>>;
  officer: Json<{ id: string; name: string }>;
  issuedAt: Timestamp;
  /** A Form 02 the applicant came back to: the dossier received from it (migration 0018). */
  reopenedDossierCode: ColumnType<string | null, never, string>;
  reopenedAt: ColumnType<Date | null, never, Date | string>;
}

/** A back-dated counter intake waiting for a leader (migration 0013). */
export interface HeldIntakesTable {
  id: string;
  agencyCode: string;
  body: Json<Record<string, unknown>>;
  claimedReceivedAt: Timestamp;
  reason: string;
  officer: Json<{ id: string; name: string }>;
  heldAt: Timestamp;
  decision: ColumnType<'approved' | 'rejected' | null, never, 'approved' | 'rejected'>;
  decidedBy: ColumnType<{ id: string; name: string } | null, never, string>;
  decidedAt: ColumnType<Date | null, never, Date | string>;
  decisionReason: ColumnType<string | null, never, string>;
  dossierCode: ColumnType<string | null, never, string>;
}

export interface IdempotencyKeysTable {
  owner: string;
  key: string;
  requestHash: string;
  status: number;
  response: Json<unknown>;
  createdAt: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: Json<Record<string, unknown>>;
  createdAt: Timestamp;
  deliveredAt: Timestamp | null;
  /** 'sent', 'no-message' or 'skipped' once handled (migrations/0021). */
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  outboxId: number;
  channel: string;
  event: string;
  dossierCode: string | null;
  recipient: string;
  subject: string | null;
  body: string;
  params: ColumnType<Record<string, string> | null, string | null, string | null>;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: Generated<Date>;
  sentAt: Date | null;
}

export interface NotificationTemplatesTable {
  event: string;
  channel: string;
  subject: string | null;
  body: string;
  updatedAt: Timestamp;
  updatedBy: string;
}

export interface NotificationPreferencesTable {
  idNumber: string;
  sms: boolean;
  email: boolean;
  zalo: boolean;
  updatedAt: Timestamp;
}

export interface NotificationSinkTable {
  id: Generated<number>;
  channel: string;
  messageKey: string;
  dossierCode: string | null;
  recipient: string;
  subject: string | null;
  body: string;
  receivedAt: Generated<Date>;
  copies: Generated<number>;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  appliedAt: Timestamp;
}

export interface CaseWorkflowsTable {
  procedureCode: string;
  caseCode: string;
  steps: ColumnType<WorkflowStep[], string, string>;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  updatedBy: string;
}

/** A signed checkpoint of every dossier's chain head (migration 0011, audit/audit-checkpoint.ts). */
export interface AuditCheckpointsTable {
  seq: number;
  createdAt: Timestamp;
  heads: Json<{ id: string; code: string; seq: number; hash: string | null; files: [string, string][] }[]>;
  prevHmac: string | null;
  hmac: string;
}

export interface DossierFilesTable {
  id: Generated<string>;
  dossierId: string;
  kind: 'scan' | 'result';
  componentId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  /** Active content found in a PDF at upload (core's findActivePdfContent); empty for a plain file. */
  activeContent: ColumnType<string[], string[] | undefined, string[]>;
  uploadedBy: Json<{ id: string; name: string; role: string; agencyCode: string }>;
  uploadedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A citizen's online submission in progress (migration 0020). */
export interface CitizenDraftsTable {
  id: Generated<string>;
  idNumber: string;
  version: ColumnType<number, number | undefined, number>;
  procedureCode: string;
  caseCode: string | null;
  receivingAgencyCode: string | null;
  applicant: Json<DraftApplicantJson>;
  step: string;
  submittedCode: string | null;
  submittedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  expiresAt: Timestamp;
}

export interface DraftApplicantJson {
  phone: string;
  email?: string;
  address?: string;
}

export interface CitizenDraftFilesTable {
  id: Generated<string>;
  draftId: string;
  componentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedAt: Timestamp;
}

export interface WorkflowVersionsTable {
  id: string;
  steps: ColumnType<ResolvedStep[], string, string>;
  createdAt: Generated<Date>;
}

/** One deadline warning per (dossier, kind, due date) (migration 0022, jobs/deadline-warnings.ts). */
export interface DeadlineWarningsTable {
  dossierId: string;
  kind: string;
  dueDate: string;
  createdAt: Timestamp;
}

/** An officer's in-app notice of a deadline warning (migration 0022). */
export interface StaffNoticesTable {
  id: Generated<number>;
  staffId: string;
  dossierId: string;
  kind: string;
  dueDate: string;
  createdAt: Timestamp;
  readAt: ColumnType<Date | null, never, Date | string>;
}

/** Median and 80 % band of a step's durations at an agency (migration 0022, jobs/step-durations.ts). */
export interface StepDurationStatsTable {
  procedureCode: string;
  caseCode: string;
  agencyCode: string;
  stepKey: string;
  samples: number;
  median: number;
  low: number;
  high: number;
  refreshedAt: Timestamp;
}

/** Anonymous reports (migration 0025): nothing identifying the sender, the receipt only as its hash. */
export interface AnonymousReportsTable {
  id: string;
  receiptHash: string;
  receivedOn: string;
  kind: string;
  agencyCode: string | null;
  procedureCode: string | null;
  occurredOn: string | null;
  counterText: string | null;
  content: string;
  status: string;
  outcome: string;
  transferredTo: string | null;
  answerText: string | null;
  answerOn: string | null;
}

/** An anonymous report's hash-chained handling log (migration 0025). */
export interface AnonymousReportActionsTable {
  reportId: string;
  seq: number;
  onDate: string;
  at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  actor: ColumnType<{ id: string; name: string } | null, string | null, string | null>;
  action: string;
  text: string | null;
  agencyCode: string | null;
  hash: string;
  prevHash: string | null;
}

/** A dossier's rating, one per dossier, with what it decided frozen (migration 0028). */
export interface DossierRatingsTable {
  dossierId: string;
  satisfaction: string;
  indicators: ColumnType<Record<string, string>, string, never>;
  comment: string | null;
  channel: string;
  enteredBy: string | null;
  scores: ColumnType<{ n: number; level: string | null; points: number | null }[], string, never>;
  officers: ColumnType<{ id: string; name: string; agencyCode: string }[], string, never>;
  agencyCodes: string[];
  competentAgencyCode: string;
  returnedBy: ColumnType<{ id: string; name: string; agencyCode: string } | null, string | null, never>;
  ratedAt: ColumnType<Date, Date | string, never>;
  kioskId: ColumnType<string | null, string | null | undefined, never>;
  invitedBy: ColumnType<{ id: string; name: string } | null, string | null | undefined, never>;
}

/** A counter's rating tablet (migration 0031). */
export interface RatingKiosksTable {
  id: string;
  agencyCode: string;
  name: string;
  keyHash: string;
  createdBy: string;
  createdAt: ColumnType<Date, Date | string, never>;
  revokedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The dossier a tablet invites the citizen to rate now (migration 0031). */
export interface RatingInvitationsTable {
  kioskId: string;
  dossierId: string;
  officer: ColumnType<{ id: string; name: string }, string, string>;
  expiresAt: ColumnType<Date, Date | string, Date | string>;
}

/** Complaints and denunciations (migration 0024): the register's columns; the truth is complaint_entries. */
export interface ComplaintCasesTable {
  id: Generated<number>;
  code: string;
  kind: string;
  agencyCode: string;
  state: string;
  subject: string;
  receivedOn: string;
  dueOn: string | null;
  assigneeId: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ComplaintEntriesTable {
  caseId: number;
  seq: number;
  at: Timestamp;
  recordedAt: Timestamp;
  type: string;
  actor: Json<{ id: string; name: string; role: string; agencyCode: string }>;
  data: Json<Record<string, unknown>>;
  hash: string;
  prevHash: string | null;
}

export interface ComplaintPartiesTable {
  caseId: number;
  fullName: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
}

export interface ComplaintIdentityAccessTable {
  id: Generated<number>;
  caseId: number;
  actorId: string;
  actorUsername: string;
  actorName: string;
  at: Timestamp;
}

/** Feedback and petitions (migration 0023): the inbox's columns; the truth is feedback_entries. */
export interface FeedbackCasesTable {
  id: Generated<number>;
  code: string;
  kind: string;
  channel: string;
  agencyCode: string;
  state: string;
  title: string;
  content: string;
  receivedOn: string;
  dueOn: string | null;
  assigneeId: string | null;
  dossierCode: string | null;
  openingId: number | null;
  followTokenHash: string;
  publicAnswer: string | null;
  answeredOn: string | null;
  location: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface FeedbackEntriesTable {
  caseId: number;
  seq: number;
  at: Timestamp;
  recordedAt: Timestamp;
  type: string;
  actor: Json<{ id: string; name: string; role: string; agencyCode: string }>;
  data: Json<Record<string, unknown>>;
  hash: string;
  prevHash: string | null;
}

/** Citizen reception (migration 0026): an agency's schedule entries. */
export interface ReceptionScheduleEntriesTable {
  agencyCode: string;
  id: string;
  position: number;
  receiverRole: string;
  receiverName: string;
  recurrence: Json<Record<string, unknown>>;
  session: string;
  place: string;
  capacity: number;
  validFrom: string;
  validTo: string | null;
}

export interface ReceptionRegistrationsTable {
  id: Generated<number>;
  code: string;
  agencyCode: string;
  entryId: string;
  onDate: string;
  session: string;
  place: string;
  receiverName: string;
  fullName: string;
  phone: string;
  subject: string;
  status: string;
  recordId: number | null;
  createdAt: Timestamp;
}

export interface ReceptionRecordsTable {
  id: Generated<number>;
  agencyCode: string;
  onDate: string;
  session: string;
  receiverRole: string;
  receiverName: string;
  visitors: Json<{ fullName: string; idNumber?: string; address?: string }[]>;
  content: string;
  outcome: string;
  note: string;
  refusalGround: string | null;
  registrationCode: string | null;
  followUp: Json<{ kind: string; code: string | null }> | null;
  recordedBy: string;
  recordedAt: Timestamp;
}

export interface DialoguesTable {
  id: Generated<number>;
  agencyCode: string;
  onDate: string;
  atTime: string;
  leaderName: string;
  leaderTitle: string;
  topic: string;
  place: string;
  description: string;
  minutes: string | null;
  minutesPublished: Generated<boolean>;
  updatedAt: Timestamp;
}

export interface DialogueQuestionsTable {
  id: Generated<number>;
  dialogueId: number;
  fullName: string;
  question: string;
  createdAt: Timestamp;
}

export interface DialogueCommitmentsTable {
  id: Generated<number>;
  dialogueId: number;
  position: number;
  text: string;
  responsible: string;
  dueDate: string;
  state: string;
  doneOn: string | null;
  progressNote: string;
}

export interface AgencyContactsTable {
  agencyCode: string;
  hotline: string;
  email: string;
  persons: Json<{ fullName: string; title: string; phone: string; email?: string }[]>;
  updatedAt: Timestamp;
  updatedBy: string;
}

export interface ReceptionLogTable {
  agencyCode: string;
  seq: number;
  at: Timestamp;
  actor: Json<{ id: string; name: string }> | null;
  action: string;
  data: Json<Record<string, unknown>>;
  hash: string;
  prevHash: string | null;
}

export interface FeedbackContactsTable {
  caseId: number;
  fullName: string;
  phone: string | null;
  email: string | null;
}

export interface FeedbackOpeningsTable {
  id: Generated<number>;
  agencyCode: string;
  openedOn: string;
  openedBy: string;
  openedByName: string;
  witnesses: Json<string[]>;
  letterCount: number;
  note: string;
  createdAt: Timestamp;
}

export interface FeedbackActionsTakenTable {
  id: Generated<number>;
  agencyCode: string;
  takenOn: string;
  summary: string;
  recordedBy: string;
  createdAt: Timestamp;
}

export interface Open311KeysTable {
  id: Generated<number>;
  name: string;
  keyHash: string;
  agencyCode: string | null;
  createdBy: string;
  createdAt: Timestamp;
  revokedAt: Timestamp | null;
}

export interface FeedbackActionCasesTable {
  actionId: number;
  caseId: number;
}

export interface Database {
  adminUnits: AdminUnitsTable;
  agencies: AgenciesTable;
  procedures: ProceduresTable;
  procedureCases: ProcedureCasesTable;
  dossierComponents: DossierComponentsTable;
  catalogueImports: CatalogueImportsTable;
  staffAccounts: StaffAccountsTable;
  sessions: SessionsTable;
  citizenAccounts: CitizenAccountsTable;
  citizenSessions: CitizenSessionsTable;
  citizenDrafts: CitizenDraftsTable;
  citizenDraftFiles: CitizenDraftFilesTable;
  calendarYears: CalendarYearsTable;
  statutoryHolidays: StatutoryHolidaysTable;
  siteSettings: SiteSettingsTable;
  schemaMigrations: SchemaMigrationsTable;
  caseWorkflows: CaseWorkflowsTable;
  workflowVersions: WorkflowVersionsTable;
  dossiers: DossiersTable;
  dossierActions: DossierActionsTable;
  dossierFiles: DossierFilesTable;
  auditCheckpoints: AuditCheckpointsTable;
  dossierCodeSequences: DossierCodeSequencesTable;
  counterSlips: CounterSlipsTable;
  heldIntakes: HeldIntakesTable;
  slipSequences: SlipSequencesTable;
  idempotencyKeys: IdempotencyKeysTable;
  outbox: OutboxTable;
  deadlineWarnings: DeadlineWarningsTable;
  staffNotices: StaffNoticesTable;
  stepDurationStats: StepDurationStatsTable;
  notificationDeliveries: NotificationDeliveriesTable;
  notificationTemplates: NotificationTemplatesTable;
  complaintCases: ComplaintCasesTable;
  receptionScheduleEntries: ReceptionScheduleEntriesTable;
  receptionRegistrations: ReceptionRegistrationsTable;
  receptionRecords: ReceptionRecordsTable;
  dialogues: DialoguesTable;
  dialogueQuestions: DialogueQuestionsTable;
  dialogueCommitments: DialogueCommitmentsTable;
  agencyContacts: AgencyContactsTable;
  receptionLog: ReceptionLogTable;
  complaintEntries: ComplaintEntriesTable;
  complaintParties: ComplaintPartiesTable;
  complaintIdentityAccess: ComplaintIdentityAccessTable;
  notificationPreferences: NotificationPreferencesTable;
  notificationSink: NotificationSinkTable;
  anonymousReports: AnonymousReportsTable;
  anonymousReportActions: AnonymousReportActionsTable;
  dossierRatings: DossierRatingsTable;
  ratingKiosks: RatingKiosksTable;
  ratingInvitations: RatingInvitationsTable;
  feedbackCases: FeedbackCasesTable;
  feedbackEntries: FeedbackEntriesTable;
  feedbackContacts: FeedbackContactsTable;
  feedbackOpenings: FeedbackOpeningsTable;
  feedbackActionsTaken: FeedbackActionsTakenTable;
  feedbackActionCases: FeedbackActionCasesTable;
  open311Keys: Open311KeysTable;
}
