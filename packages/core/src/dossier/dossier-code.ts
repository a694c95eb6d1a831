/**
 * Dossier codes (mã hồ sơ), Circular 01/2018/TT-VPCP Art. 19: `<agency identifier>-<YYMMDD>-<XXXX>`, e.g.
 * `000.00.31.H56-250701-0001`. The identifier is the agency's code under QCVN 102:2016
 * (`V1V2V3.Z1Z2.Y1Y2.MX1X2`), YYMMDD the date of reception and XXXX that agency's sequence for the day,
 * "04 ký tự số". The code never changes, even when the dossier is supplemented (Decree 45/2020 Art. 12).
 *
 * Overflow (our rule, docs/domain/codes-and-identity.md): four digits hold 9,999 dossiers a day, which one
 * token or one officer used up in 11 s, after which walk-ins failed for the day. Numbers 1–9,999 are written
 * as the Circular says; from 10,000 the same four places continue with letters: a letter first (A–Z without
 * I and O), then three places of digits and those letters, counted in that order. The code keeps its length,
 * its separators and the Circular's "letters and digits"; sorted as text, an agency's codes of a day are in
 * the order they were given; and 953,295 numbers a day cannot be used up (11 a second for 24 hours).
 */
import { type PlainDate, parsePlainDate, toParts } from '../calendar/index.ts';

const AGENCY_IDENTIFIER = '[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}';
export const AGENCY_IDENTIFIER_PATTERN = new RegExp(`^${AGENCY_IDENTIFIER}$`);
/** Letters of the overflow places: none that reads as a digit on a printed slip (I as 1, O as 0). */
export const SEQUENCE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** The alphabet of the overflow's last three places, in the order of its character codes. */
export const SEQUENCE_ALPHABET = `0123456789${SEQUENCE_LETTERS}`;
/** The last sequence written in four digits (the Circular's own numbers). */
export const MAX_DIGIT_SEQUENCE = 9999;
const BASE = SEQUENCE_ALPHABET.length;
/** The last number of a day: 9,999 in digits, then a letter × three places of the alphabet (24 × 34³). */
export const MAX_DAILY_SEQUENCE = MAX_DIGIT_SEQUENCE + SEQUENCE_LETTERS.length * BASE ** 3;
const SEQUENCE = `\\d{4}|[${SEQUENCE_LETTERS}][${SEQUENCE_ALPHABET}]{3}`;
const SEQUENCE_RE = new RegExp(`^(?:${SEQUENCE})$`);
const DOSSIER_CODE_RE = new RegExp(`^(${AGENCY_IDENTIFIER})-(\\d{2})(\\d{2})(\\d{2})-(${SEQUENCE})$`);
const RESULT_CODE_RE = /^(.+)-KQ([1-9]\d*)$/;

export interface DossierCodeParts {
  agencyIdentifier: string;
  date: PlainDate;
  sequence: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const isSequence = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_DAILY_SEQUENCE;

/**
 * The four places of a day's n-th dossier: `0001`–`9999`, then `A000`, `A001`, …, `A00Z`, `A010`, …, `ZZZZ`.
 * Throws RangeError outside 1..MAX_DAILY_SEQUENCE.
 */
export const sequencePlaces = (n: number): string => {
  if (!isSequence(n)) {
    throw new RangeError(`Dossier sequence must be an integer from 1 to ${MAX_DAILY_SEQUENCE}: ${n}`);
  }
  if (n <= MAX_DIGIT_SEQUENCE) return pad(n, 4);
  const m = n - MAX_DIGIT_SEQUENCE - 1;
  const at = (i: number) => SEQUENCE_ALPHABET[i]!;
  return (
    SEQUENCE_LETTERS[Math.floor(m / BASE ** 3)]! +
    at(Math.floor(m / BASE ** 2) % BASE) +
    at(Math.floor(m / BASE) % BASE) +
    at(m % BASE)
  );
};

/** The number four places stand for; null unless they are what sequencePlaces writes. */
export const parseSequencePlaces = (places: string): number | null => {
  if (!SEQUENCE_RE.test(places)) return null;
  if (/^\d{4}$/.test(places)) return Number(places) >= 1 ? Number(places) : null;
  const [first, ...rest] = places;
  let m = SEQUENCE_LETTERS.indexOf(first!);
  for (const c of rest) m = m * BASE + SEQUENCE_ALPHABET.indexOf(c);
  return MAX_DIGIT_SEQUENCE + 1 + m;
};

/** The years a dossier code can say (its date is YYMMDD, read back as 20YY). */
export const DOSSIER_CODE_FIRST_YEAR = 2000;
export const DOSSIER_CODE_LAST_YEAR = 2099;

/** Throws RangeError for a malformed identifier, a year outside 2000–2099 or a sequence outside 1..MAX_DAILY_SEQUENCE. */
export const formatDossierCode = (
  agencyIdentifier: string,
  receivedDate: PlainDate,
  sequence: number,
): string => {
  if (!AGENCY_IDENTIFIER_PATTERN.test(agencyIdentifier)) {
    throw new RangeError(`Not an agency identifier (QCVN 102:2016): ${agencyIdentifier}`);
  }
  const places = sequencePlaces(sequence);
  const { year, month, day } = toParts(receivedDate);
  // YY cannot say which century; codes are read back as 20YY.
  if (year < DOSSIER_CODE_FIRST_YEAR || year > DOSSIER_CODE_LAST_YEAR)
    throw new RangeError(`Dossier date outside 2000–2099: ${receivedDate}`);
  return `${agencyIdentifier}-${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}-${places}`;
};

/** Strict parse; null unless the code is exactly what formatDossierCode would produce. */
export const parseDossierCode = (code: string): DossierCodeParts | null => {
  const m = DOSSIER_CODE_RE.exec(code);
  if (!m) return null;
  const [, agencyIdentifier, yy, mm, dd, seq] = m;
  if (agencyIdentifier === undefined || seq === undefined) return null;
  const date = parsePlainDate(`20${yy}-${mm}-${dd}`);
  const sequence = parseSequencePlaces(seq);
  if (date === null || sequence === null) return null;
  return { agencyIdentifier, date, sequence };
};

export const isDossierCode = (code: string): boolean => parseDossierCode(code) !== null;

/**
 * The part of a code that says whose and which day it is, `<agency identifier>-<YYMMDD>`: the codes sharing it
 * are one counter's numbers of one day, which the public lookup limits across all addresses (issue 9,
 * item 10). Null for what is not a dossier code.
 */
export const dossierCodePrefix = (code: string): string | null =>
  isDossierCode(code) ? code.slice(0, code.lastIndexOf('-')) : null;

/**
 * The code of a dossier's n-th electronic result, synced to the citizen's data store: Decree 45/2020
 * Art. 14.3 writes it `<dossier code>-KQ(n)`. We read "(n)" as the placeholder for the number, not literal
 * parentheses, and write `-KQ1`, `-KQ2`: parentheses are awkward in URLs and file names, and n starts at 1.
 */
export const resultCode = (dossierCode: string, n: number): string => {
  if (!isDossierCode(dossierCode)) throw new RangeError(`Not a dossier code: ${dossierCode}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Result number must be a positive integer: ${n}`);
  return `${dossierCode}-KQ${n}`;
};

export const parseResultCode = (code: string): { dossierCode: string; n: number } | null => {
  const m = RESULT_CODE_RE.exec(code);
  if (!m || m[1] === undefined || !isDossierCode(m[1])) return null;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) ? { dossierCode: m[1], n } : null;
};
