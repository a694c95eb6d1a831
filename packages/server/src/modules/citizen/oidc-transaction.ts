/**
 * One login in flight: state, nonce, the PKCE verifier and where to return, kept in a short-lived cookie
 * scoped to /api/auth/citizen and signed with the session secret (HMAC-SHA256), so nothing is stored for
 * a login that is never finished and a forged or edited cookie is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TRANSACTION_COOKIE = 'motcua.citizen.login';
export const TRANSACTION_PATH = '/api/auth/citizen';
export const TRANSACTION_MAX_AGE_S = 600;

export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
  /** ms since epoch: a transaction older than TRANSACTION_MAX_AGE_S is refused even if its cookie survives. */
  startedAt: number;
}

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`citizen-login|${payload}`).digest('base64url');

export function sealTransaction(secret: string, transaction: OidcTransaction): string {
  const payload = Buffer.from(JSON.stringify(transaction)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

export function openTransaction(
  secret: string,
  value: string | undefined,
  now: number,
): OidcTransaction | null {
  if (!value || value.length > 2000) return null;
  const [payload = '', mac = '', ...rest] = value.split('.');
  if (rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const t = JSON.parse(Buffer.from(payload, 'base64url').toString()) as OidcTransaction;
    if (typeof t.state !== 'string' || typeof t.nonce !== 'string' || typeof t.codeVerifier !== 'string')
      return null;
    if (typeof t.next !== 'string' || typeof t.startedAt !== 'number') return null;
    if (now - t.startedAt > TRANSACTION_MAX_AGE_S * 1000 || t.startedAt > now + 60_000) return null;
    return t;
  } catch {
    return null;
  }
}

/**
 * Where to go after login: a path on this site only ("/…", not "//host" or "/\host", no control characters),
 * else the account page, so the login cannot be used to send a citizen to another site.
 */
export const DEFAULT_NEXT = '/tai-khoan';
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 300) return DEFAULT_NEXT;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_NEXT;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return DEFAULT_NEXT;
  return next;
}
