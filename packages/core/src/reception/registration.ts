/**
 * Registering for a reception session (đăng ký tiếp công dân): a citizen picks a dated session of an
 * agency's schedule, gives a name, a phone number and the subject, and gets a code to follow it by. A session
 * takes at most its capacity; the server counts and inserts in one transaction.
 */
import { addDays, isPlainDate, type PlainDate, type WorkingCalendar } from '../calendar/index.ts';
import { normalizePhone, validatePhone } from '../dossier/validation.ts';
import { DomainError, type FieldError, fieldError, validationError } from '../errors.ts';
import { RECEIPT_ALPHABET } from '../reports/receipt.ts';
import { type DatedSession, expandSchedule, type ScheduleEntry, SESSIONS, type Session } from './schedule.ts';

export const REGISTRATION_CODE_SYMBOLS = 10;
/** How far ahead a session may be booked. */
export const BOOKING_HORIZON_DAYS = 62;
export const MAX_SUBJECT = 2000;
export const MAX_NAME = 200;

export interface RegistrationInput {
  entryId: string;
  date: string;
  session: string;
  fullName: string;
  phone: string;
  subject: string;
}

export interface Registration {
  entryId: string;
  date: PlainDate;
  session: Session;
  fullName: string;
  phone: string;
  subject: string;
}

/**
 * A registration code from REGISTRATION_CODE_SYMBOLS indices into the receipt alphabet (drawn by the
 * server's cryptographic generator), written "TCD-XXXXX-XXXXX". About 49.5 bits; lookups are rate-limited.
 */
export function registrationCodeFromIndices(indices: readonly number[]): string {
  if (indices.length !== REGISTRATION_CODE_SYMBOLS) throw new RangeError('bad code length');
  const s = indices
    .map((i) => {
      const c = Number.isInteger(i) ? RECEIPT_ALPHABET[i] : undefined;
      if (c === undefined) throw new RangeError(`not a symbol index: ${i}`);
      return c;
    })
    .join('');
  return `TCD-${s.slice(0, 5)}-${s.slice(5)}`;
}

/** A code as typed back (case, spaces and hyphens ignored), canonical, or null. */
export function normalizeRegistrationCode(text: string): string | null {
  const bare = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/^TCD/, '');
  if (bare.length !== REGISTRATION_CODE_SYMBOLS) return null;
  const idx = [...bare].map((c) => RECEIPT_ALPHABET.indexOf(c));
  return idx.some((i) => i < 0) ? null : registrationCodeFromIndices(idx);
}

/**
 * Checks a registration against the schedule: the fields, and that the session exists on that date, is
 * not in the past and is within the booking horizon. Returns the session and the normalised registration;
 * throws VALIDATION_FAILED naming the field.
 */
export function checkRegistration(
  input: RegistrationInput,
  entries: readonly ScheduleEntry[],
  today: PlainDate,
  cal: WorkingCalendar,
): { registration: Registration; session: DatedSession } {
  const errors: FieldError[] = [];
  const name = input.fullName.trim();
  if (!name || name.length > MAX_NAME)
    errors.push(fieldError('fullName', 'Ghi họ và tên.', 'Give your full name.'));
  const phoneError = validatePhone(input.phone);
  if (phoneError) errors.push(fieldError('phone', phoneError.message, phoneError.messageEn));
  const subject = input.subject.trim();
  if (!subject || subject.length > MAX_SUBJECT)
    errors.push(
      fieldError('subject', 'Tóm tắt nội dung cần trình bày.', 'Say briefly what you want to raise.'),
    );
  if (!SESSIONS.includes(input.session as Session))
    errors.push(fieldError('session', 'Chọn buổi sáng hoặc chiều.', 'Choose morning or afternoon.'));
  let session: DatedSession | undefined;
  if (!isPlainDate(input.date)) {
    errors.push(fieldError('date', 'Ngày không hợp lệ.', 'Not a valid date.'));
  } else if (input.date < today || input.date > addDays(today, BOOKING_HORIZON_DAYS)) {
    errors.push(
      fieldError(
        'date',
        `Chỉ đăng ký được buổi tiếp từ hôm nay đến ${BOOKING_HORIZON_DAYS} ngày tới.`,
        `Sessions can be booked from today up to ${BOOKING_HORIZON_DAYS} days ahead.`,
      ),
    );
  } else {
    session = expandSchedule(entries, input.date, input.date, cal).find(
      (s) => s.entryId === input.entryId && s.session === input.session,
    );
    if (!session)
      errors.push(
        fieldError(
          'entryId',
          'Không có buổi tiếp công dân này trong lịch.',
          'There is no such session in the schedule.',
        ),
      );
  }
  if (errors.length || !session) throw validationError(errors);
  return {
    registration: {
      entryId: session.entryId,
      date: session.date,
      session: session.session,
      fullName: name,
      phone: normalizePhone(input.phone) ?? input.phone.trim(),
      subject,
    },
    session,
  };
}

/** Whether one more registration fits: `taken` already booked in the session. Throws CONFLICT when full. */
export function admitToSession(taken: number, capacity: number): void {
  if (taken >= capacity) {
    throw new DomainError(
      'CONFLICT',
      'Buổi tiếp công dân này đã đủ số lượt đăng ký. Vui lòng chọn buổi khác.',
      'This session is fully booked. Please choose another.',
      { details: { reason: 'session-full', capacity } },
    );
  }
}

/** Places left in a session (never negative). */
export const placesLeft = (taken: number, capacity: number): number => Math.max(0, capacity - taken);

/** A phone number as shown to whoever follows a code: only its last three digits. */
export const maskPhone = (phone: string): string =>
  phone.length <= 3 ? '***' : `${'*'.repeat(phone.length - 3)}${phone.slice(-3)}`;
