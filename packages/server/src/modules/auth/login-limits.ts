/**
 * The login's limits. A username is compared in one spelling (trimmed, Unicode NFC, lower-case) by both
 * the limit and the account lookup, so ' Admin' is neither a fresh allowance of guesses nor a way in while
 * 'admin' is blocked. Per address and username, @fastify/rate-limit counts every attempt (auth.routes.ts);
 * per address whatever the username, FailureLimit counts failed attempts only (spraying many usernames),
 * so an office signing in behind one address all morning is never slowed by its own successes.
 * Both live in the process's memory: each API node counts on its own.
 */
import { WindowLimit } from '../../adapters/cache/window-limit.ts';

export const normaliseUsername = (raw: string): string =>
  raw.normalize('NFC').trim().toLowerCase().normalize('NFC');

/** Failed logins per address: a window limit whose successes are taken back. */
export { WindowLimit as FailureLimit };
