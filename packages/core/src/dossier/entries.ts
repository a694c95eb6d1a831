/**
 * The dossier's action log as it is recorded: one entry per action, each carrying what was decided at that
 * moment (a due date, the time limit applied, a slip's register number, a result code), so that reading a
 * dossier never re-derives a past decision from reference data that may have changed since
 * (docs/adr/0004-decisions-in-the-log.md). Entries are written only by the deciders (decide.ts) and read by
 * the reducer (derive-state.ts).
 */
import type { OfficeHours, PlainDate } from '../calendar/index.ts';
import type {
  ComponentForm,
  DossierComponent,
  Fee,
  FeeStatus,
  LimitExtension,
  SubmissionChannel,
  TimeLimit,
} from '../catalogue/procedure.ts';
import type { ActionType } from './actions.ts';

export const CHANNELS = ['counter', 'online', 'postal'] as const satisfies readonly SubmissionChannel[];
/** How a dossier was submitted: at the counter, online (national portal), or by public postal service. */
export type Channel = (typeof CHANNELS)[number];

/** A citizen's login as its session recorded it (issue 11): the identity and how it was authenticated. */
export interface CitizenLogin {
  idNumber: string;
  identityProvider: string;
  assurance: string;
  nationalEid: boolean;
}

export interface DossierActor {
  id: string;
  name: string;
  /** The role the actor acted in (a staff role, or 'citizen' for the portal). */
  role: string;
  agencyCode: string;
}

/** One component of the case's checklist as it stood at intake, with what the applicant gave. */
export interface SubjectComponent
  extends Pick<DossierComponent, 'id' | 'name' | 'nameEn' | 'form' | 'quantity' | 'required'> {
  /** Copies given at intake; 0 when the component was not given. */
  given: number;
}

/**
 * What the dossier asks for, as the catalogue published it on the day it came in: recorded once in the
 * first entry, so a later catalogue import (a new time limit, a renamed or dropped case) never changes it.
 */
export interface DossierSubject {
  procedure: {
    code: string;
    name: string;
    nameEn: string;
    /**
     * Whether waiting for a payment stops the clock, as the procedure's law said at intake. Absent in subjects
     * recorded before December 2026, whose payment waits keep stopping it (the behaviour they were read with).
     */
    paymentStopsClock?: boolean;
    paymentStopsClockBasis?: string;
  };
  case: {
    code: string;
    name: string;
    nameEn: string;
    /** The published limit for the dossier's channel (limit.channel). */
    timeLimit: TimeLimit;
    fees: Fee[];
    feeStatus?: FeeStatus;
    /** How the limit was chosen at intake; absent in subjects recorded before December 2026. */
    limit?: RecordedLimit;
  };
  checklist: SubjectComponent[];
}

/** A written agreement with the applicant on a later return date (recorded with the agreement's reference). */
export interface AgreedDueDate {
  dueDate: PlainDate;
  reference: string;
}

/** The channel whose limit applies, the extension conditions the counter ticked, an agreed later date. */
export interface RecordedLimit {
  channel: Channel;
  /** The later law whose limit applied, when one was in force on the day the dossier came in. */
  changedBy?: { effectiveFrom: PlainDate; basis: string };
  extensions: LimitExtension[];
  agreed?: AgreedDueDate;
}

/** Whether the subject's payment wait stops the clock (subjects recorded before the rule existed: yes). */
export const paymentStopsClock = (subject: Pick<DossierSubject, 'procedure'> | undefined): boolean =>
  subject?.procedure.paymentStopsClock !== false;

/** A workflow step started by an entry, with the deadline decided then. */
export interface StepStart {
  index: number;
  key: string;
  /** ISO instant. */
  dueAt: string;
}

/** The deadline moved when a wait for the applicant ended (after reception). */
export interface Resumption {
  waitedWorkingDays: number;
  dueDate: PlainDate;
  dueAt?: string;
  /** The open step's new deadline. */
  stepDueAt?: string;
}

/**
 * How Form 04 reached the applicant: on paper through the counter (or by post for a postal dossier), by
 * e-mail or SMS for an online one (docs/domain/deadlines.md#apology-and-extension).
 */
export const APOLOGY_DELIVERIES = ['paper', 'post', 'email', 'sms'] as const;
export type ApologyDelivery = (typeof APOLOGY_DELIVERIES)[number];

/** How the applicant asked to stop processing (Form 05 is issued on their request). */
export const STOP_REQUEST_CHANNELS = ['in-person', 'post', 'online'] as const;
export type StopRequestChannel = (typeof STOP_REQUEST_CHANNELS)[number];

/** The seven forms of Circular 03/2025 Annex I (docs/domain/slips.md). */
export const SLIP_FORMS = ['01', '02', '03', '04', '05', '06', '07'] as const;

/** The hand-over receipt of a result handed over in person: the counter's own form, not one of Annex I's. */
export const HANDOVER_FORM = 'GN';
/** Every slip a dossier lists: the legal forms and the hand-over receipt. */
export const DOSSIER_SLIP_FORMS = [...SLIP_FORMS, HANDOVER_FORM] as const;

/** A slip numbered in an agency's yearly register when it was issued (Forms 02–05); issued at the entry's time. */
export interface IssuedSlip {
  form: '02' | '03' | '04' | '05';
  /** As printed, e.g. '12/HDHS'. */
  number: string;
  /** The agency whose register it is in (and whose heading it carries). */
  agencyCode: string;
}

/** Who signed a document, with the title printed above the name ('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH'). */
export interface Signer {
  name: string;
  title: string;
}

export interface MissingItem {
  /** One of the subject's checklist ids, when the item is a listed component. */
  id?: string;
  name: string;
  form?: ComponentForm;
  quantity?: number;
  reason: string;
}

export interface ResultFile {
  id: string;
  name: string;
  sha256: string;
}

export const RETURN_PLACES = ['counter', 'home'] as const;
export type ReturnPlace = (typeof RETURN_PLACES)[number];

export const RETURN_METHODS = ['counter', 'post', 'online', 'home'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

/** Returns where a person takes the result from an officer's hand, so who took it is recorded. */
export const HANDED_RETURN_METHODS = ['counter', 'home'] as const satisfies readonly ReturnMethod[];

/**
 * Who collected a result handed over in person: the applicant themself, someone they authorised in writing
 * (giấy ủy quyền), their legal representative (a minor's parent or guardian, an organisation's head), or a
 * family member (docs/domain/slips.md#hand-over-receipt).
 */
export const COLLECTOR_RELATIONS = ['self', 'authorised', 'legal-representative', 'family'] as const;
export type CollectorRelation = (typeof COLLECTOR_RELATIONS)[number];

/** The person who took the result, as the returning officer recorded them (12-digit personal ID). */
export interface Collector {
  fullName: string;
  idNumber: string;
  relation: CollectorRelation;
  /** The paper they showed, e.g. 'Giấy ủy quyền số 12/2026 ngày 05/01/2026'; required when authorised. */
  authorisationNote?: string;
}

export const PAYMENT_METHODS = ['cash', 'transfer', 'online'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A back-dated reception's approval: who recorded and who approved it, at the server's times. */
export interface BackdatedReception {
  heldId: string;
  /** The server's time when the officer recorded the intake (held). */
  heldAt: string;
  approvedBy: { id: string; name: string };
  /** The server's time of the approval. */
  approvedAt: string;
}

/** What each action records, besides the actor, the time and the reason. */
export interface RecordedData {
  'submit-online': {
    channel: 'online';
    subject: DossierSubject;
    portalReference?: string;
    /** The check code of the public lookup (check-code.ts); absent in entries written before it existed. */
    checkCode?: string;
    /**
     * Submitted from a citizen account: who, and how the login vouched for them (the identity provider, its
     * assurance level, whether the national e-ID did: Decision 766 indicator 4.5). Absent from the portal.
     */
    account?: CitizenLogin;
  };
  receive: {
    channel: Channel;
    /** Absent when the dossier was submitted online: its subject is in the submission. */
    subject?: DossierSubject;
    /** The check code, when this is the first entry (absent for an online dossier and before it existed). */
    checkCode?: string;
    /** The office hours and same-day cut-off the deadlines were counted with. */
    office: OfficeHours;
    /** The appointment date (and hour, for limits in working hours). */
    dueDate: PlainDate;
    dueAt?: string;
    step?: StepStart;
    /** A dossier on paper (counter, post): when its paper files must reach the agency (Decree 118 Art. 18). */
    paperDueAt?: string;
    /** Dated to an earlier day (an offline intake): held, then approved; the reason is the entry's. */
    backdated?: BackdatedReception;
    /** The applicant came back with the papers a Form 02 counter slip asked for: that slip. */
    supplementSlip?: { id: string; number: string };
  };
  refuse: { slip: IssuedSlip };
  'request-supplement': { missing: MissingItem[]; override?: true; slip: IssuedSlip };
  supplement: { resumed?: Resumption };
  transfer: { step?: StepStart };
  'send-paper': { toAgencyCode: string; late?: true };
  assign: { assignee: string; assigneeName: string; step?: StepStart };
  appraise: Record<string, never>;
  'submit-for-approval': { step?: StepStart };
  approve: { step?: StepStart };
  'return-for-rework': { step?: StepStart };
  consult: { agencyCode: string };
  'consult-reply': { agencyCode: string };
  forward: {
    toAgencyCode: string;
    resultCode?: string;
    resultName?: string;
    resultFile?: ResultFile;
    step?: StepStart;
  };
  'request-payment': { amount: number; fees?: Fee[] };
  'record-payment': { method: PaymentMethod; amount: number; reference?: string; resumed?: Resumption };
  'apologize-extend': {
    previousDueDate: PlainDate;
    previousDueAt?: string;
    newDueDate: PlainDate;
    newDueAt?: string;
    delivery?: ApologyDelivery;
    /** Issued on or after the due date, where the law wants it at least a day before: a breach. */
    late?: true;
    /** A second reset of the appointment, confirmed as a breach (the law allows one). */
    override?: true;
    slip: IssuedSlip;
    signer: Signer;
  };
  stop: { legalGround: string; requestedVia?: StopRequestChannel; slip: IssuedSlip; signer: Signer };
  withdraw: Record<string, never>;
  'issue-result': { resultCode: string; number: string; signer?: string; resultFile?: ResultFile };
  'schedule-return': { appointmentAt: string; place: ReturnPlace; address?: string };
  /** At the counter or at home: who took it (absent on entries recorded before it was asked). */
  'return-result': { method: ReturnMethod; waybill?: string; collector?: Collector };
}

interface EntryOf<A extends ActionType> {
  seq: number;
  /** The business time: when it happened (ISO instant with offset). */
  at: string;
  /** When the server wrote the entry (absent only before it is written). */
  recordedAt?: string;
  actor: DossierActor;
  action: A;
  reason?: string;
  data: RecordedData[A];
}

/** A log entry: a discriminated union on `action`, so each action's data has its own type. */
export type DossierEntry = { [A in ActionType]: EntryOf<A> }[ActionType];

export type EntryFor<A extends ActionType> = Extract<DossierEntry, { action: A }>;

/** The step an entry starts, if it moves the workflow on (or back). */
export const stepStarted = (e: DossierEntry): StepStart | undefined =>
  'step' in e.data ? (e.data.step as StepStart | undefined) : undefined;
