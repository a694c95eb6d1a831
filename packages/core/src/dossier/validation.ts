/** Checks on applicant data entered at the counter or online. Each returns null when valid, else a message. */
import { epochMsFromLocalDateTime, isPlainDate, localDateTimeFromInstant } from '../calendar/index.ts';

export interface ValidationMessage {
  message: string;
  messageEn: string;
}

const msg = (message: string, messageEn: string): ValidationMessage => ({ message, messageEn });

/**
 * Province codes that open a 12-digit personal ID number (số định danh cá nhân / CCCD, Circular
 * 07/2016/TT-BCA, now 59/2021/TT-BCA): the 63 pre-2025 provincial codes of the national list of
 * administrative units, 001–096 with gaps. IDs issued before the 2025 merger keep their code, and merged
 * provinces kept one of these, so the list stays valid.
 */
export const CITIZEN_ID_PROVINCE_CODES: ReadonlySet<string> = new Set(
  [
    1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
    44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84,
    86, 87, 89, 91, 92, 93, 94, 95, 96,
  ].map((n) => String(n).padStart(3, '0')),
);

/** Strips the spaces people type between digit groups; the result is what to store and validate. */
export const normalizeCitizenId = (id: string): string => id.replace(/\s+/g, '');

/**
 * A 12-digit personal ID: 3-digit province code (of registration of birth), 1 digit for gender and
 * century, 2 digits of the birth year, 6 random digits. Pass it through normalizeCitizenId first.
 */
export const validateCitizenId = (id: string): ValidationMessage | null => {
  if (!/^\d{12}$/.test(id)) {
    return msg(
      'Số định danh cá nhân phải gồm đúng 12 chữ số.',
      'The personal ID number must be exactly 12 digits.',
    );
  }
  if (!CITIZEN_ID_PROVINCE_CODES.has(id.slice(0, 3))) {
    return msg(
      'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố hợp lệ.',
      'The first three digits of the personal ID number are not a valid province code.',
    );
  }
  // Digit 4 (gender and century) and digits 5–6 (birth year) take every value 0–9, so nothing to check.
  return null;
};

export interface CitizenIdInfo {
  provinceCode: string;
  gender: 'male' | 'female';
  birthYear: number;
}

/** Gender and birth year from a valid ID: digit 4 is 0/1 for 1900s, 2/3 for 2000s … 8/9 for 1800s; even = male. */
export const decodeCitizenId = (id: string): CitizenIdInfo | null => {
  if (validateCitizenId(id) !== null) return null;
  const g = Number(id[3]);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(g / 2)] ?? 1900;
  return {
    provinceCode: id.slice(0, 3),
    gender: g % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(id.slice(4, 6)),
  };
};

/**
 * Canonical domestic form '0…' of a Vietnamese phone number, or null: spaces, dots and hyphens are
 * dropped and '+84' becomes '0'. Mobiles: 10 digits starting 03, 05, 07, 08 or 09. Landlines: 11 digits
 * starting 02 (area codes 0203–0299 since 2017).
 */
export const normalizePhone = (phone: string): string | null => {
  let p = phone.trim().replace(/[\s.-]/g, '');
  if (p.startsWith('+84')) p = `0${p.slice(3)}`;
  if (/^0[35789]\d{8}$/.test(p) || /^02\d{9}$/.test(p)) return p;
  return null;
};

export const validatePhone = (phone: string): ValidationMessage | null =>
  normalizePhone(phone) === null
    ? msg(
        'Số điện thoại không hợp lệ: di động 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 chữ số bắt đầu bằng 02; có thể viết +84.',
        'Not a valid phone number: mobiles have 10 digits starting 03, 05, 07, 08 or 09; landlines 11 digits starting 02; +84 is accepted.',
      )
    : null;

/** ISO 8601 instant with its offset, as a JSON Schema `pattern` (the schemas of the API use it). */
export const INSTANT_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$';
const INSTANT_WITH_OFFSET = new RegExp(INSTANT_PATTERN);

/**
 * An ISO 8601 instant with its offset ('2025-03-03T14:30:00+07:00' or '…Z'). A local time without an
 * offset is refused: it would be read in the server's time zone.
 */
export const isInstantWithOffset = (value: unknown): value is string =>
  typeof value === 'string' &&
  INSTANT_WITH_OFFSET.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  // Date.parse rolls 30 February over to 2 March: the calendar date and the time must exist as written.
  isPlainDate(value.slice(0, 10)) &&
  Number(value.slice(11, 13)) < 24 &&
  Number(value.slice(14, 16)) < 60;

/**
 * Whether `at` is strictly later than `now` (both ISO instants with an offset, or `now` as epoch ms).
 * Throws RangeError for a malformed instant.
 */
export const isFutureInstant = (at: string, now: string | number): boolean => {
  const atMs = epochMsFromLocalDateTime(localDateTimeFromInstant(at));
  const nowMs = typeof now === 'number' ? now : epochMsFromLocalDateTime(localDateTimeFromInstant(now));
  if (!Number.isFinite(nowMs)) throw new RangeError(`Invalid instant: ${now}`);
  return atMs > nowMs;
};
