/**
 * Whether a configured secret (the session secret, the portal token) looks generated rather than typed.
 * Production refuses one that is not: its length alone says little ('aaaa…', 'passwordpassword…',
 * 'abcdefgh…' are long). An estimate, not a proof: the string's own symbol frequencies give its entropy
 * (Shannon, bits per character × length), and runs of one step (abcd, 4321, aaaa) count as one character.
 * `openssl rand -base64 32` or `-hex 32` always passes; a phrase of dictionary words may too (not detected).
 */

/**
 * At least this many estimated bits. The estimate undercounts short random strings (32 random hex digits,
 * 128 bits, estimate 84 to 125), so the bar sits below them and the other checks catch the patterns.
 */
export const MIN_SECRET_BITS = 80;
const MIN_DISTINCT = 8;
/** At most this share of repeated three-character pieces ('Tr0ub4dor&3' three times): random strings have ~none. */
const MAX_REPEATED_SHARE = 0.25;

export function estimatedSecretBits(secret: string): number {
  const chars = [...secret];
  // A character that continues a run of constant step (aaaa, abcd, 9876) adds nothing.
  const kept = chars.filter((c, i) => {
    if (i < 2) return true;
    const step = (c.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0);
    const previousStep = (chars[i - 1]?.codePointAt(0) ?? 0) - (chars[i - 2]?.codePointAt(0) ?? 0);
    return !(step === previousStep && Math.abs(step) <= 1);
  });
  const counts = new Map<string, number>();
  for (const c of kept) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const n of counts.values()) bitsPerChar -= (n / kept.length) * Math.log2(n / kept.length);
  return bitsPerChar * kept.length;
}

/** Why a secret is too weak for production, or undefined. */
export function weakSecretReason(secret: string): string | undefined {
  if (new Set(secret).size < MIN_DISTINCT) return `uses fewer than ${MIN_DISTINCT} different characters`;
  if (repeatedShare(secret) > MAX_REPEATED_SHARE) return 'repeats itself';
  const bits = estimatedSecretBits(secret);
  if (bits < MIN_SECRET_BITS) {
    return `looks predictable (about ${Math.floor(bits)} bits, at least ${MIN_SECRET_BITS} needed)`;
  }
  return undefined;
}

function repeatedShare(secret: string): number {
  const chars = [...secret];
  const pieces = chars.slice(2).map((c, i) => `${chars[i]}${chars[i + 1]}${c}`);
  return pieces.length === 0 ? 0 : 1 - new Set(pieces).size / pieces.length;
}
