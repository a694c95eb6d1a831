/**
 * SMS length and cost. A message in the GSM-7 default alphabet (3GPP TS 23.038) takes 160 characters in
 * one segment, 153 per segment once split (the rest is the concatenation header); the extension table's
 * characters (€ [ ] { } ^ ~ \ | and form feed) take two. Anything else forces UCS-2: 70 UTF-16 code units
 * in one segment, 67 per segment once split. Vietnamese with diacritics is always UCS-2, so a long text
 * may cost less written without them (as Vietnamese SMS often are): smsText picks the cheaper form.
 */

import { withoutDiacritics } from '../catalogue/search-text.ts';

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Units one segment holds at this length (160/153 or 70/67). */
  perSegment: number;
}

export const isGsm7 = (text: string): boolean => {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
};

export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += EXTENSION.has(ch) ? 2 : 1;
    return withSegments('gsm7', units, 160, 153);
  }
  return withSegments('ucs2', text.length, 70, 67);
}

function withSegments(encoding: SmsEncoding, units: number, single: number, multi: number): SmsLength {
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1, perSegment: single };
  return { encoding, units, segments: Math.ceil(units / multi), perSegment: multi };
}

/** The text to send: as written, unless the same words without diacritics take fewer segments. */
export function smsText(text: string): { text: string; length: SmsLength; stripped: boolean } {
  const asWritten = smsLength(text);
  if (asWritten.encoding === 'gsm7') return { text, length: asWritten, stripped: false };
  const plain = withoutDiacritics(text);
  const plainLength = smsLength(plain);
  return plainLength.segments < asWritten.segments
    ? { text: plain, length: plainLength, stripped: true }
    : { text, length: asWritten, stripped: false };
}

/** Cost in đồng of a text at a price per segment, after smsText's choice. */
export const smsCost = (text: string, pricePerSegment: number): number =>
  smsText(text).length.segments * pricePerSegment;
