/**
 * The receipt code an anonymous reporter follows their report by. It is the only link between the reporter
 * and the report, so it is random (chosen by the server's cryptographic generator, see `receiptFromIndices`),
 * long enough that guessing one is hopeless (16 symbols of 31: about 79 bits), and easy to read aloud or copy
 * by hand: four groups of four, without the symbols people confuse (0/O, 1/I/L). The server keeps only a hash
 * of it (server/src/modules/reports), so the database cannot give it back.
 */

/** 2–9 and A–Z without I, L and O: 31 symbols, none mistaken for another when read or written. */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RECEIPT_LENGTH = 16;
const GROUP = 4;

/** Bits of entropy of a receipt (log2 31 × 16 ≈ 79.3). */
export const RECEIPT_BITS = RECEIPT_LENGTH * Math.log2(RECEIPT_ALPHABET.length);

/**
 * A receipt from RECEIPT_LENGTH indices into the alphabet (each 0–30, drawn uniformly by the caller's
 * cryptographic generator: core does no I/O). Throws on anything else, so a bad generator is caught.
 */
export function receiptFromIndices(indices: readonly number[]): string {
  if (indices.length !== RECEIPT_LENGTH) throw new RangeError(`a receipt has ${RECEIPT_LENGTH} symbols`);
  const symbols = indices.map((i) => {
    const symbol = Number.isInteger(i) ? RECEIPT_ALPHABET[i] : undefined;
    if (symbol === undefined) throw new RangeError(`not a symbol index: ${i}`);
    return symbol;
  });
  const groups: string[] = [];
  for (let at = 0; at < RECEIPT_LENGTH; at += GROUP) groups.push(symbols.slice(at, at + GROUP).join(''));
  return groups.join('-');
}

/**
 * A receipt as typed back: case, spaces and hyphens ignored. A symbol outside the alphabet (O, 0, I, 1, L
 * and the like) makes it invalid rather than guessed at: no receipt contains one. Returns the canonical form
 * (groups with hyphens), or null when it is not a receipt.
 */
export function normalizeReceipt(text: string): string | null {
  const bare = text.toUpperCase().replace(/[\s-]+/g, '');
  if (bare.length !== RECEIPT_LENGTH) return null;
  const indices = [...bare].map((c) => RECEIPT_ALPHABET.indexOf(c));
  if (indices.some((i) => i < 0)) return null;
  return receiptFromIndices(indices);
}
