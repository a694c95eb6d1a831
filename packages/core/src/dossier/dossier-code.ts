/**
 * Dossier codes (mã hồ sơ), Circular 01/2018/TT-VPCP Art. 19: `<agency identifier>-<YYMMDD>-<NNNN>`, e.g.
 * `000.00.31.H56-250701-0001`. The identifier is the agency's code under QCVN 102:2016
 * (`V1V2V3.Z1Z2.Y1Y2.MX1X2`), YYMMDD the date of reception and NNNN that agency's sequence for the day.
 * The code never changes, even when the dossier is supplemented (Decree 45/2020 Art. 12).
 */
import { type PlainDate, parsePlainDate, toParts } from '../calendar/index.ts';

const AGENCY_IDENTIFIER = '[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}';
export const AGENCY_IDENTIFIER_PATTERN = new RegExp(`^${AGENCY_IDENTIFIER}$`);
const DOSSIER_CODE_RE = new RegExp(`^(${AGENCY_IDENTIFIER})-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})$`);
const RESULT_CODE_RE = /^(.+)-KQ([1-9]\d*)$/;

export const MAX_DAILY_SEQUENCE = 9999;

export interface DossierCodeParts {
  agencyIdentifier: string;
  date: PlainDate;
  sequence: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Throws RangeError for a malformed identifier, a year outside 2000–2099 or a sequence outside 1..9999. */
export const formatDossierCode = (
  agencyIdentifier: string,
  receivedDate: PlainDate,
  sequence: number,
): string => {
  if (!AGENCY_IDENTIFIER_PATTERN.test(agencyIdentifier)) {
    throw new RangeError(`Not an agency identifier (QCVN 102:2016): ${agencyIdentifier}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw new RangeError(`Dossier sequence must be an integer from 1 to ${MAX_DAILY_SEQUENCE}: ${sequence}`);
  }
  const { year, month, day } = toParts(receivedDate);
  // YY cannot say which century; codes are read back as 20YY.
  if (year < 2000 || year > 2099) throw new RangeError(`Dossier date outside 2000–2099: ${receivedDate}`);
  return `${agencyIdentifier}-${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}-${pad(sequence, 4)}`;
};

/** Strict parse; null unless the code is exactly what formatDossierCode would produce. */
export const parseDossierCode = (code: string): DossierCodeParts | null => {
  const m = DOSSIER_CODE_RE.exec(code);
  if (!m) return null;
  const [, agencyIdentifier, yy, mm, dd, seq] = m;
  if (agencyIdentifier === undefined || seq === undefined) return null;
  const date = parsePlainDate(`20${yy}-${mm}-${dd}`);
  const sequence = Number(seq);
  if (date === null || sequence < 1) return null;
  return { agencyIdentifier, date, sequence };
};

export const isDossierCode = (code: string): boolean => parseDossierCode(code) !== null;

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
