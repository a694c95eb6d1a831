/**
 * The counter's intake form: its values (text as typed), the body sent to POST /api/dossiers (core's
 * IntakeBody) or to a refusal (RefusalBody), the checks core makes on the applicant before anything is sent,
 * and where the server's field errors go back on the form.
 */
import {
  applicantErrors,
  backdateReasonErrors,
  type FieldError,
  fieldError,
  type HomeServiceReason,
  type IntakeBody,
  isEarlierDay,
  normalizeCitizenId,
  type RefusalBody,
  representativeErrors,
} from '@motcua/core';
import type { DossierComponent, ProcedureCase, ProcedureDetail } from '../../catalogue/api';

export type IntakeChannel = Extract<IntakeBody['channel'], 'counter' | 'postal'>;

/** One line of the case's checklist, in the catalogue's order. */
export interface ComponentRow {
  id: string;
  checked: boolean;
  quantity: string;
}

export interface IntakeFormValues {
  caseCode: string;
  components: ComponentRow[];
  applicant: { fullName: string; idNumber: string; phone: string; email: string; address: string };
  hasRep: boolean;
  representative: {
    fullName: string;
    idNumber: string;
    relation: string;
    address: string;
    phone: string;
    email: string;
    authorization: string;
  };
  channel: IntakeChannel;
  postalWaybill: string;
  homeService: boolean;
  homeReason: HomeServiceReason;
  /** Codes of the case's extension conditions the counter found to apply. */
  limitExtensions: string[];
  /** A later return date agreed in writing with the applicant (where the case allows it). */
  hasAgreed: boolean;
  agreedDueDate: string;
  agreedReference: string;
  /** When it was received, Vietnam wall clock as a datetime-local input gives it; empty for now. */
  receivedAtLocal: string;
  /** Why a reception is recorded on a later day (it then waits for a leader's approval). */
  backdateReason: string;
  /** The Form 02 slip the applicant came back to (its id), or empty. */
  supplementSlip: string;
}

/** A Form 02 slip taken in again: its case, applicant and the components given then. */
export interface ReopenedSlip {
  id: string;
  case: { code: string };
  applicant: { fullName: string; idNumber: string; phone: string; email?: string; address?: string };
  given: readonly { id: string; quantity: number }[];
}

export interface RefusalFormValues {
  reason: string;
}

/** The copies the catalogue asks for, as the quantity to propose (some entries are text such as "01"). */
export function defaultQuantity(c: Pick<DossierComponent, 'quantity'>): string {
  if (typeof c.quantity === 'number') return String(c.quantity);
  const n = Number.parseInt(c.quantity, 10);
  return Number.isFinite(n) && n > 0 ? String(n) : '1';
}

export const caseOf = (p: ProcedureDetail, caseCode: string): ProcedureCase | undefined =>
  p.cases?.find((c) => c.code === caseCode) ?? p.cases?.[0];

/** The rows start unticked and empty: ticking one proposes its quantity (quantityOnTick). */
export const componentRows = (c: ProcedureCase | undefined): ComponentRow[] =>
  (c?.components ?? []).map((x) => ({ id: x.id, checked: false, quantity: '' }));

/**
 * The quantity a tick or untick leaves (issue 10: fewer key presses): ticked, what was typed, else the
 * catalogue's number of copies (1 unless it asks for more); unticked, nothing.
 */
export const quantityOnTick = (
  c: Pick<DossierComponent, 'quantity'>,
  checked: boolean,
  typed: string,
): string => (checked ? typed.trim() || defaultQuantity(c) : '');

/** The form's start: empty, or from a Form 02 slip (its case, applicant and earlier ticks, as given). */
export function initialValues(p: ProcedureDetail, reopen?: ReopenedSlip): IntakeFormValues {
  const first = (reopen && p.cases?.find((c) => c.code === reopen.case.code)) || p.cases?.[0];
  const given = new Map(reopen?.given.map((g) => [g.id, g.quantity]));
  const a = reopen?.applicant;
  return {
    caseCode: first?.code ?? '',
    components: componentRows(first).map((row) => {
      const quantity = given.get(row.id);
      return quantity === undefined ? row : { ...row, checked: true, quantity: String(quantity) };
    }),
    applicant: {
      fullName: a?.fullName ?? '',
      idNumber: a?.idNumber ?? '',
      phone: a?.phone ?? '',
      email: a?.email ?? '',
      address: a?.address ?? '',
    },
    hasRep: false,
    representative: {
      fullName: '',
      idNumber: '',
      relation: '',
      address: '',
      phone: '',
      email: '',
      authorization: '',
    },
    channel: 'counter',
    postalWaybill: '',
    homeService: false,
    homeReason: 'disability',
    ...noLimitChoice,
    receivedAtLocal: '',
    backdateReason: '',
    supplementSlip: reopen?.id ?? '',
  };
}

/** What the counter chose of a case's ways to a later date: nothing (another case starts from this). */
export const noLimitChoice = {
  limitExtensions: [] as string[],
  hasAgreed: false,
  agreedDueDate: '',
  agreedReference: '',
};

const text = (value: string): string | undefined => value.trim() || undefined;

/** The instant of a datetime-local value ('2025-03-03T09:30'), read as Vietnam's wall clock. */
export const receivedAtOf = (local: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : undefined;

/** Whether the time typed is on an earlier day than today (core's rule): a reason and a leader's approval. */
export const needsApproval = (v: Pick<IntakeFormValues, 'receivedAtLocal'>, now = Date.now()): boolean => {
  const at = receivedAtOf(v.receivedAtLocal);
  return at !== undefined && isEarlierDay(at, now);
};

function applicantOf(v: IntakeFormValues): IntakeBody['applicant'] {
  const { fullName, idNumber, phone, email, address } = v.applicant;
  return {
    fullName: fullName.trim(),
    idNumber: normalizeCitizenId(idNumber),
    phone: phone.trim(),
    ...(text(email) ? { email: email.trim() } : {}),
    ...(text(address) ? { address: address.trim() } : {}),
  };
}

/** The components ticked, in checklist order: the server's `components[i]` is the i-th of these. */
export const sentComponentIds = (v: IntakeFormValues): string[] =>
  v.components.filter((c) => c.checked).map((c) => c.id);

export function intakeBody(procedure: Pick<ProcedureDetail, 'code'>, v: IntakeFormValues): IntakeBody {
  const rep = v.representative;
  return {
    procedureCode: procedure.code,
    ...(v.caseCode ? { caseCode: v.caseCode } : {}),
    channel: v.channel,
    applicant: applicantOf(v),
    ...(v.hasRep
      ? {
          representative: {
            fullName: rep.fullName.trim(),
            idNumber: normalizeCitizenId(rep.idNumber),
            relation: rep.relation.trim(),
            ...(rep.address.trim() ? { address: rep.address.trim() } : {}),
            ...(rep.phone.trim() ? { phone: rep.phone.trim() } : {}),
            ...(rep.email.trim() ? { email: rep.email.trim() } : {}),
            ...(rep.authorization.trim() ? { authorization: rep.authorization.trim() } : {}),
          },
        }
      : {}),
    components: v.components
      .filter((c) => c.checked)
      .map((c) => ({ id: c.id, quantity: Math.max(1, Number.parseInt(c.quantity, 10) || 1) })),
    ...(v.channel === 'postal' ? { postalWaybill: v.postalWaybill.trim() } : {}),
    ...(v.homeService ? { homeService: { reason: v.homeReason } } : {}),
    ...(v.limitExtensions.length > 0 ? { limitExtensions: v.limitExtensions } : {}),
    ...(v.hasAgreed
      ? { agreedExtension: { dueDate: v.agreedDueDate, reference: v.agreedReference.trim() } }
      : {}),
    ...(receivedAtOf(v.receivedAtLocal) ? { receivedAt: receivedAtOf(v.receivedAtLocal) } : {}),
    // With its time only (the server ignores it for a time today after opening, and asks for it before).
    ...(receivedAtOf(v.receivedAtLocal) && v.backdateReason.trim()
      ? { backdateReason: v.backdateReason.trim() }
      : {}),
    ...(v.supplementSlip ? { supplementSlip: v.supplementSlip } : {}),
  };
}

export function refusalBody(
  procedure: Pick<ProcedureDetail, 'code'>,
  v: IntakeFormValues,
  reason: string,
): RefusalBody {
  return {
    procedureCode: procedure.code,
    ...(v.caseCode ? { caseCode: v.caseCode } : {}),
    applicant: applicantOf(v),
    reason: reason.trim(),
  };
}

/** Core's checks of the people on the dossier, worded as the server words them. */
export function intakeErrors(v: IntakeFormValues, now = Date.now()): FieldError[] {
  return [
    ...applicantErrors(v.applicant),
    ...(v.hasRep ? representativeErrors(v.representative) : []),
    // As the server's intake check words it (check-intake.ts); core has no shared check for it yet.
    ...(v.channel === 'postal' && !v.postalWaybill.trim()
      ? [fieldError('postalWaybill', 'Cần số vận đơn bưu chính.', 'The postal waybill number is required.')]
      : []),
    ...(needsApproval(v, now) && !v.backdateReason.trim() ? backdateReasonErrors() : []),
  ];
}

/** A refusal needs who asked and why (the reason is printed on Form 03). */
export function refusalErrors(reason: string): FieldError[] {
  // Worded as the server's schema check of an empty text (schema-errors.ts).
  return reason.trim() ? [] : [fieldError('reason', 'Không được để trống.', 'Must not be empty.')];
}

export const APPLICANT_FIELDS = ['applicant.fullName', 'applicant.idNumber', 'applicant.phone'] as const;

const SHOWN =
  /^(applicant\.(fullName|idNumber|phone|email|address)|representative\.(fullName|idNumber|relation|address|phone|email|authorization)|caseCode|channel|postalWaybill)$/;

/**
 * The intake form's field for an error of the API's `path`: `components[i]` is the i-th component sent,
 * shown on its checklist row; the home-service reason on its select; undefined for what has no field.
 */
export function intakeFieldName(path: string, v: IntakeFormValues, sentIds: readonly string[]) {
  const component = /^components\[(\d+)\]/.exec(path);
  if (component) {
    const row = v.components.findIndex((c) => c.id === sentIds[Number(component[1])]);
    return row >= 0 ? `components.${row}.checked` : undefined;
  }
  if (path === 'homeService.reason') return 'homeReason';
  if (path.startsWith('limitExtensions')) return 'limitExtensions';
  if (path === 'agreedExtension.reference') return 'agreedReference';
  if (path.startsWith('agreedExtension')) return 'agreedDueDate';
  if (path === 'receivedAt') return 'receivedAtLocal';
  if (path === 'backdateReason') return 'backdateReason';
  // The slip has no field of its own: its error shows in the summary.
  if (path === 'supplementSlip') return undefined;
  return SHOWN.test(path) ? path : undefined;
}
