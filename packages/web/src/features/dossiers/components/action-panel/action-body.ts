/**
 * An action form's values (text as typed) turned into the body the server takes (core's ActionBody): blank
 * text is left out, so a missing required field gets core's "required" message, and the values are checked
 * by core's actionInputErrors, the very check the server runs.
 */
import {
  ACTION_DATA,
  type ActionBody,
  type ApologyDelivery,
  type AvailableActionView,
  type CollectorRelation,
  type DossierView,
  defaultApologyDelivery,
  STAFF_ACTION_TYPES,
  type StaffActionType,
  type StopRequestChannel,
} from '@motcua/core';

/** Who takes a result handed over in person, as typed. */
export interface CollectorValues {
  fullName: string;
  idNumber: string;
  relation: CollectorRelation;
  authorisationNote: string;
}

export interface MissingRowValues {
  name: string;
  reason: string;
}

/** One shape for every action's form; each form shows only its own fields. */
export interface ActionFormValues {
  reason: string;
  data: {
    assignee: string;
    missing: MissingRowValues[];
    override: boolean;
    newDueDate: string;
    amount: string;
    /** Payment method (record-payment) or delivery method (return-result): one form at a time. */
    method: string;
    reference: string;
    resultName: string;
    resultFileId: string;
    number: string;
    signer: string;
    /** A datetime-local value: Vietnam wall-clock time, no offset. */
    appointmentAt: string;
    place: string;
    address: string;
    waybill: string;
    /** The applicant collects the result themself: the collector is the applicant, as recorded. */
    collectorIsApplicant: boolean;
    collector: CollectorValues;
    agencyCode: string;
    requestedVia: StopRequestChannel;
    delivery: ApologyDelivery;
  };
}

export const isStaffAction = (action: string): action is StaffActionType =>
  (STAFF_ACTION_TYPES as readonly string[]).includes(action);

/** The actions offered by the server that the console can send (all but the citizen's online submission). */
export const staffActions = (allowed: readonly AvailableActionView[]) =>
  allowed.filter((a): a is AvailableActionView & { action: StaffActionType } => isStaffAction(a.action));

export const emptyMissingRow = (): MissingRowValues => ({ name: '', reason: '' });

/** The applicant as the collector of their own result. */
export const applicantCollector = (applicant: Pick<DossierView['applicant'], 'fullName' | 'idNumber'>) => ({
  fullName: applicant.fullName,
  idNumber: applicant.idNumber,
  relation: 'self' as const,
  authorisationNote: '',
});

/** Someone else collecting: the officer types who (an authorised person is the usual case). */
export const otherCollector = (): CollectorValues => ({
  fullName: '',
  idNumber: '',
  relation: 'authorised',
  authorisationNote: '',
});

/** What a form starts with: the dossier's own facts where they decide the likely answer. */
export function defaultValues(
  action: StaffActionType,
  dossier: Pick<DossierView, 'homeService' | 'returnAppointment' | 'files' | 'channel' | 'applicant'>,
  signer: string,
  consultAgencies: readonly string[] = [],
): ActionFormValues {
  const atHome = dossier.homeService !== null || dossier.returnAppointment?.place === 'home';
  return {
    reason: '',
    data: {
      assignee: '',
      missing: [emptyMissingRow()],
      override: false,
      newDueDate: '',
      amount: '',
      method: action === 'return-result' ? (atHome ? 'home' : 'counter') : 'cash',
      reference: '',
      resultName: '',
      // The latest signed result is proposed; the officer may pick another or none.
      resultFileId: dossier.files.filter((f) => f.kind === 'result').at(-1)?.id ?? '',
      number: '',
      signer,
      appointmentAt: '',
      // A dossier flagged at intake is returned at home.
      place: dossier.homeService !== null ? 'home' : 'counter',
      address: '',
      waybill: '',
      // Most results are collected by the applicant: the officer unticks for anyone else.
      collectorIsApplicant: true,
      collector: applicantCollector(dossier.applicant),
      // A reply is most often from the only agency still to answer.
      agencyCode:
        action === 'consult-reply' && consultAgencies.length === 1 ? (consultAgencies[0] ?? '') : '',
      requestedVia: 'in-person',
      delivery: defaultApologyDelivery(dossier.channel),
    },
  };
}

/** Trimmed text, or nothing when blank. */
const text = (value: string): string | undefined => value.trim() || undefined;

/** Only the keys that have a value (the server refuses none of them, and blanks are "not given"). */
const given = <T extends Record<string, unknown>>(data: T) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

/** A whole number as typed ("150000"); anything else is kept as a number the check will refuse. */
const amount = (value: string): number | undefined => (value.trim() ? Number(value.trim()) : undefined);

function dataOf(action: StaffActionType, v: ActionFormValues['data']): Record<string, unknown> | undefined {
  switch (action) {
    case 'assign':
      return given({ assignee: text(v.assignee) });
    case 'request-supplement':
      return given({
        missing: v.missing.map((m) => given({ name: text(m.name), reason: text(m.reason) })),
        override: v.override ? (true as const) : undefined,
      });
    case 'apologize-extend':
      return given({
        newDueDate: text(v.newDueDate),
        delivery: v.delivery,
        override: v.override ? (true as const) : undefined,
      });
    case 'request-payment':
      // Left empty, the server takes the case's fees from the catalogue.
      return given({ amount: amount(v.amount) });
    case 'record-payment':
      return given({ method: v.method, reference: text(v.reference), amount: amount(v.amount) });
    case 'forward':
      return given({ resultName: text(v.resultName), resultFileId: text(v.resultFileId) });
    case 'issue-result':
      return given({ number: text(v.number), signer: text(v.signer), resultFileId: text(v.resultFileId) });
    case 'schedule-return':
      return given({
        // datetime-local gives Vietnam wall-clock time; the API takes an instant with its offset.
        appointmentAt: v.appointmentAt ? `${v.appointmentAt}:00+07:00` : undefined,
        place: v.place,
        address: v.place === 'home' ? text(v.address) : undefined,
      });
    case 'return-result': {
      // Only a result handed over in person has someone to record (core's rule checks it again).
      const handed = v.method === 'counter' || v.method === 'home';
      const c = v.collector;
      return given({
        method: v.method,
        waybill: v.method === 'post' ? text(v.waybill) : undefined,
        collector: handed
          ? given({
              fullName: text(c.fullName),
              idNumber: text(c.idNumber),
              relation: c.relation,
              authorisationNote: text(c.authorisationNote),
            })
          : undefined,
      });
    }
    case 'consult':
    case 'consult-reply':
      return given({ agencyCode: text(v.agencyCode) });
    case 'stop':
      return given({ requestedVia: v.requestedVia });
    default:
      return undefined;
  }
}

/** The request body for one action; check it with core's actionInputErrors before sending. */
export function actionBody(action: StaffActionType, values: ActionFormValues): ActionBody {
  const reason = text(values.reason);
  const data = dataOf(action, values.data);
  return { action, ...(reason ? { reason } : {}), ...(data ? { data } : {}) } as ActionBody;
}

/**
 * The form name where an error of the API's `path` is shown: the reason, each field of the action's data
 * (every form shows all its action's fields), and each missing item's name and reason; nothing else.
 */
export function shownName(action: StaffActionType, name: string): string | undefined {
  if (name === 'reason') return name;
  if (action === 'request-supplement' && /^data\.missing\.\d+\.(name|reason)$/.test(name)) return name;
  if (
    action === 'return-result' &&
    /^data\.collector\.(fullName|idNumber|relation|authorisationNote)$/.test(name)
  ) {
    return name;
  }
  const field = /^data\.(\w+)$/.exec(name)?.[1];
  const properties: Record<string, unknown> = ACTION_DATA[action].properties;
  // Lists and groups (missing items, the collector) are shown field by field, never as a whole.
  return field && field !== 'missing' && field !== 'collector' && field in properties ? name : undefined;
}
