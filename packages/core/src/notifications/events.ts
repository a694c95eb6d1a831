/**
 * Which outbox topics notify whom, and the facts a message is written from. The facts are taken from the
 * log entry when it is written (notificationFacts) and travel in the outbox row, so a message says what was
 * decided then (due date, missing papers, amount, new date), never what the catalogue or the dossier says
 * later.
 */
import type { DossierEntry } from '../dossier/entries.ts';
import { ratingPath } from '../evaluation/rating.ts';

export const NOTIFICATION_CHANNELS = ['sms', 'email', 'zalo'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const CITIZEN_EVENTS = [
  'submitted',
  'received',
  'online-accepted',
  'online-refused',
  'supplement-requested',
  'payment-requested',
  'apology',
  'result-ready',
  'returned',
  'stopped',
  /** A PAKN (phản ánh, kiến nghị) was received, and its answer was given (packages/server/src/modules/feedback). */
  'feedback-received',
  'feedback-answered',
] as const;
/** Staff e-mails about a dossier's deadline (written by the deadline jobs). */
export const STAFF_EVENTS = ['officer-warning', 'leader-warning'] as const;
export const NOTIFICATION_EVENTS = [...CITIZEN_EVENTS, ...STAFF_EVENTS] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const isNotificationEvent = (value: unknown): value is NotificationEvent =>
  typeof value === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(value);
export const isStaffEvent = (event: NotificationEvent): boolean =>
  (STAFF_EVENTS as readonly string[]).includes(event);

const TOPIC_EVENTS: Readonly<Record<string, NotificationEvent>> = {
  'dossier.submitted': 'submitted',
  'dossier.received': 'received',
  'dossier.receive': 'online-accepted',
  'dossier.refuse': 'online-refused',
  'dossier.request-supplement': 'supplement-requested',
  'dossier.request-payment': 'payment-requested',
  'dossier.apologize-extend': 'apology',
  'dossier.schedule-return': 'result-ready',
  'dossier.return-result': 'returned',
  'dossier.stop': 'stopped',
  'feedback.received': 'feedback-received',
  'feedback.answered': 'feedback-answered',
  'deadline.officer-warning': 'officer-warning',
  'deadline.leader-warning': 'leader-warning',
};

/** The event an outbox topic announces; null when nobody is told (it is marked handled, no message). */
export const eventOfTopic = (topic: string): NotificationEvent | null => TOPIC_EVENTS[topic] ?? null;

/** What a message may say. Dates are 'YYYY-MM-DD' or ISO instants; amount in đồng. */
export interface NotificationFacts {
  code: string;
  procedureName?: string;
  dueDate?: string;
  previousDueDate?: string;
  newDueDate?: string;
  missing?: string[];
  amount?: number;
  appointmentAt?: string;
  /** Where to collect the result, as the counter was named and placed when the return was scheduled. */
  place?: string;
  reason?: string;
  staffName?: string;
  /** The rating page with the receipt's check code, on the return (evaluation/rating.ts). */
  ratingPath?: string;
}

/** Where the counter returning a result is, as the reference data says when the action is recorded. */
export interface CounterPlace {
  name: string;
  address?: string | null;
}

/**
 * The facts of a log entry, for the outbox row written with it. `dueDate` is the dossier's due date after
 * the entry (the caller's cached column); `counter` names the receiving counter for a return there.
 */
export function notificationFacts(
  entry: DossierEntry,
  dossier: { code: string; procedureName: string; dueDate: string | null; checkCode?: string | undefined },
  counter?: CounterPlace,
): NotificationFacts {
  const facts: NotificationFacts = { code: dossier.code, procedureName: dossier.procedureName };
  if (dossier.dueDate) facts.dueDate = dossier.dueDate;
  if (entry.reason) facts.reason = entry.reason;
  switch (entry.action) {
    case 'receive':
      facts.dueDate = entry.data.dueDate;
      break;
    case 'request-supplement':
      facts.missing = entry.data.missing.map((m) => m.name);
      break;
    case 'request-payment':
      facts.amount = entry.data.amount;
      break;
    case 'apologize-extend':
      facts.previousDueDate = entry.data.previousDueDate;
      facts.newDueDate = entry.data.newDueDate;
      facts.dueDate = entry.data.newDueDate;
      break;
    case 'schedule-return':
      facts.appointmentAt = entry.data.appointmentAt;
      facts.place =
        entry.data.place === 'home'
          ? `tại nhà: ${entry.data.address ?? ''}`.trim()
          : [counter?.name, counter?.address].filter(Boolean).join(', ') || 'bộ phận một cửa';
      break;
    case 'return-result':
      if (dossier.checkCode) facts.ratingPath = ratingPath(dossier.code, dossier.checkCode);
      break;
    case 'stop':
      facts.reason = entry.data.legalGround + (entry.reason ? ` — ${entry.reason}` : '');
      break;
    default:
      break;
  }
  return facts;
}

/** An applicant's addresses as the dossier holds them, and their ID number (for their preferences). */
export interface Recipient {
  phone?: string | null;
  email?: string | null;
  idNumber?: string | null;
}

export interface ChannelPreferences {
  sms: boolean;
  email: boolean;
  zalo: boolean;
}

/** Without a citizen's own choice: SMS to the phone, e-mail when one was given, no Zalo. */
export const DEFAULT_PREFERENCES: ChannelPreferences = { sms: true, email: true, zalo: false };

/** The (channel, address) pairs one event goes to. Staff events are e-mail only. */
export function recipientsFor(
  event: NotificationEvent,
  to: Recipient,
  preferences: ChannelPreferences | null,
): { channel: NotificationChannel; address: string }[] {
  const email = to.email?.trim() || null;
  const phone = to.phone?.replace(/[\s.-]/g, '') || null;
  if (isStaffEvent(event)) return email ? [{ channel: 'email', address: email }] : [];
  const p = preferences ?? DEFAULT_PREFERENCES;
  const out: { channel: NotificationChannel; address: string }[] = [];
  if (p.sms && phone) out.push({ channel: 'sms', address: phone });
  if (p.email && email) out.push({ channel: 'email', address: email });
  if (p.zalo && phone) out.push({ channel: 'zalo', address: phone });
  return out;
}
