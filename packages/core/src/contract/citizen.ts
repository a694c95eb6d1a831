/** The citizen's own routes (issue 11): drafts of an online submission, "Hồ sơ của tôi", their actions. */
import { type Static, Type } from 'typebox';
import { CITIZEN_ONLINE_ACTIONS } from '../dossier/citizen-actions.ts';
import { DOSSIER_SLIP_FORMS } from '../dossier/entries.ts';
import { DRAFT_STEPS } from '../dossier/online-draft.ts';
import { STATUS_KEYS } from '../dossier/statuses.ts';
import { DateText, InstantText, NamedRef, Nullable, StringEnum } from './common.ts';
import { SubmittedOutcomeSchema } from './intake.ts';

/**
 * What the applicant may edit: the contact details. The name, ID number and birth date are the identity's
 * (the e-ID vouched for them): an account cannot submit under another name.
 */
export const DraftApplicantSchema = Type.Object(
  {
    phone: Type.String({ maxLength: 20 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const DraftCreateSchema = Type.Object(
  {
    procedureCode: Type.String({ minLength: 1, maxLength: 32 }),
    caseCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const DraftUpdateSchema = Type.Object(
  {
    version: Type.Integer({
      minimum: 1,
      description: 'The version this change was made on; another device’s newer save answers 409',
    }),
    caseCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    receivingAgencyCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    applicant: Type.Optional(DraftApplicantSchema),
    step: Type.Optional(StringEnum(DRAFT_STEPS)),
  },
  { additionalProperties: false },
);
export type DraftUpdate = Static<typeof DraftUpdateSchema>;

export const DraftFileSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  componentId: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: InstantText,
});
export type DraftFile = Static<typeof DraftFileSchema>;

export const DraftSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  version: Type.Integer({ description: 'Also the ETag' }),
  procedure: NamedRef,
  caseCode: Nullable(Type.String()),
  receivingAgencyCode: Nullable(Type.String()),
  applicant: Type.Object({
    /** The identity's, never the draft's (name, ID number, birth date): not editable. */
    fullName: Type.String(),
    idNumber: Type.String(),
    birthDate: Nullable(DateText),
    phone: Type.String(),
    email: Type.Optional(Type.String()),
    address: Type.Optional(Type.String()),
  }),
  step: StringEnum(DRAFT_STEPS),
  files: Type.Array(DraftFileSchema),
  limits: Type.Object({
    maxFileBytes: Type.Integer(),
    maxDraftBytes: Type.Integer(),
    maxFilesPerComponent: Type.Integer(),
  }),
  /** Once submitted: the dossier's code (a repeated submission answers with it). */
  submittedCode: Nullable(Type.String()),
  createdAt: InstantText,
  updatedAt: InstantText,
  /** When the retention job deletes it. */
  expiresAt: InstantText,
});
export type Draft = Static<typeof DraftSchema>;

export const DraftListSchema = Type.Object({ items: Type.Array(DraftSchema) });

export const DraftParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const DraftFileParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
});

export const CitizenUploadQuery = Type.Object(
  {
    componentId: Type.String({ minLength: 1, maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const CitizenSubmittedSchema = Type.Object({
  ...SubmittedOutcomeSchema.properties,
  draftId: Type.String({ format: 'uuid' }),
});
export type CitizenSubmitted = Static<typeof CitizenSubmittedSchema>;

export const CitizenDossierItemSchema = Type.Object({
  code: Type.String(),
  procedure: NamedRef,
  channel: Type.String(),
  status: Type.Integer(),
  statusKey: StringEnum(STATUS_KEYS),
  statusLabel: Type.String(),
  submittedAt: InstantText,
  receivedAt: Nullable(InstantText),
  dueDate: Nullable(DateText),
  /** Submitted from this account (else the citizen is its applicant, e.g. at the counter). */
  fromAccount: Type.Boolean(),
  actions: Type.Array(StringEnum(CITIZEN_ONLINE_ACTIONS)),
});
export const CitizenDossierListSchema = Type.Object({ items: Type.Array(CitizenDossierItemSchema) });

export const CitizenDossierSchema = Type.Object({
  ...CitizenDossierItemSchema.properties,
  case: NamedRef,
  receivingAgency: NamedRef,
  /** The slips issued to the applicant (receipt, supplement request, refusal, apology, stop notice). */
  slips: Type.Array(
    Type.Object({
      form: StringEnum(DOSSIER_SLIP_FORMS),
      number: Nullable(Type.String()),
      issuedAt: Nullable(InstantText),
      url: Type.String(),
    }),
  ),
  /** The electronic results (`-KQn`) with a signed file. */
  results: Type.Array(Type.Object({ code: Type.String(), fileName: Type.String(), url: Type.String() })),
  files: Type.Array(
    Type.Object({
      id: Type.String(),
      componentId: Nullable(Type.String()),
      fileName: Type.String(),
      uploadedAt: InstantText,
      byApplicant: Type.Boolean(),
    }),
  ),
  /** While a supplement request waits: what it asks for. */
  missing: Type.Array(
    Type.Object({ id: Type.Optional(Type.String()), name: Type.String(), reason: Type.String() }),
  ),
  checklist: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), required: Type.Boolean() })),
});
export type CitizenDossier = Static<typeof CitizenDossierSchema>;

export const CitizenWithdrawSchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) },
  { additionalProperties: false },
);
