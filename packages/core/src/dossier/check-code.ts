/**
 * The check code (mã kiểm tra) printed on the receipt next to the dossier's code (issue 9, item 10). Dossier
 * codes are sequential, so a day's codes can be listed; the public lookup shows anyone the status of a code,
 * and what else it knows (received, due, the current step) only to who also gives this code, i.e. who holds
 * the receipt or its QR. Six characters of Crockford's base32 (digits and capitals without I, L, O, U): 30
 * bits, 1,073,741,824 values, chosen at random when the dossier comes in and recorded in its first log entry.
 * Not a secret of any weight (what it unlocks is no personal data); a guess is bounded by the lookup's limits.
 */

/** Crockford's base32: no I and L (read as 1), no O (read as 0), no U. In the order of its values. */
export const CHECK_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_CODE_LENGTH = 6;
const CHECK_CODE_RE = new RegExp(`^[${CHECK_CODE_ALPHABET}]{${CHECK_CODE_LENGTH}}$`);

/**
 * A check code from CHECK_CODE_LENGTH random bytes (the caller's: core has no randomness). Each byte's low five
 * bits pick a character; 256 is a multiple of 32, so uniform bytes give uniform characters. Throws RangeError
 * for fewer bytes.
 */
export const checkCodeFromBytes = (bytes: Uint8Array): string => {
  if (bytes.length < CHECK_CODE_LENGTH) {
    throw new RangeError(`A check code needs ${CHECK_CODE_LENGTH} random bytes, got ${bytes.length}`);
  }
  let code = '';
  for (let i = 0; i < CHECK_CODE_LENGTH; i++) code += CHECK_CODE_ALPHABET[bytes[i]! & 31];
  return code;
};

export const isCheckCode = (text: string): boolean => CHECK_CODE_RE.test(text);

/**
 * What a person typed, read as Crockford reads it: any case, spaces and hyphens ignored ('ab3-k9z'), O as 0,
 * I and L as 1. Null when what is left is not a check code (a U, another letter, the wrong length).
 */
export const normaliseCheckCode = (typed: string): string | null => {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return isCheckCode(code) ? code : null;
};

/** The query parameter of the tracking page and of the public lookup that carries the check code. */
export const CHECK_CODE_PARAM = 'check';

/**
 * The public tracking page of a dossier, as the web app routes it (`/tra-cuu/:code`) and the slips' QR codes
 * print it: with the check code, the page shows the details it unlocks without anything to type.
 */
export const trackingPath = (dossierCode: string, checkCode?: string | null): string =>
  `/tra-cuu/${encodeURIComponent(dossierCode)}` +
  (checkCode ? `?${CHECK_CODE_PARAM}=${encodeURIComponent(checkCode)}` : '');
