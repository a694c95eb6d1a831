/**
 * The login limits cannot be walked around: one spelling of a username (trimmed, NFC, lower-case) for both
 * the limit and the account; a limit on failures per address across usernames (spraying); and the address
 * is the socket's unless a configured proxy vouches for X-Forwarded-For.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCTION_CITIZEN_OIDC } from './citizen-oidc-env.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const opened: TestApp[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestApp({ env });
  opened.push(t);
  return t;
}

const PRODUCTION = {
  NODE_ENV: 'production',
  MOTCUA_SESSION_SECRET: randomBytes(32).toString('base64'),
  MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn',
  MOTCUA_AUDIT_KEY: randomBytes(32).toString('base64'),
  ...PRODUCTION_CITIZEN_OIDC,
};

const login = (
  t: TestApp,
  username: string,
  password: string,
  headers: Record<string, string> = {},
  remoteAddress = '127.0.0.1',
) =>
  t.app
    .inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      headers,
      remoteAddress,
    })
    .then((r) => r.statusCode);

describe('one spelling of a username', () => {
  it('counts whitespace and case variants against the same limit, and blocks the right password under them', async () => {
    const t = await app();
    for (let i = 0; i < 10; i++) expect(await login(t, 'admin', `sai-${i}`)).toBe(401);
    for (const variant of [' admin', 'admin ', 'ADMIN', '\tAdmin\n', ' admin  ']) {
      expect(await login(t, variant, 'sai')).toBe(429);
      expect(await login(t, variant, 'motcua-demo')).toBe(429);
    }
  });

  it('counts composed and decomposed Unicode as one username', async () => {
    const t = await app();
    const composed = 'nguyễn.văn'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    for (let i = 0; i < 10; i++) expect(await login(t, composed, `sai-${i}`)).toBe(401);
    expect(await login(t, decomposed, 'sai')).toBe(429);
    expect(await login(t, decomposed.toUpperCase(), 'sai')).toBe(429);
  });

  it('signs in under a variant spelling when nothing is blocked', async () => {
    const t = await app();
    expect(await login(t, '  TiepNhan.Tinh ', 'motcua-demo')).toBe(200);
  });
});

describe('failures per address across usernames', () => {
  it('slows spraying 30 usernames from one address; another address is not affected', async () => {
    const t = await app();
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push(await login(t, `nguoi-dung-${i}`, 'motcua-demo'));
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20).every((c) => c === 429)).toBe(true);
    // Blocked for every username from this address, even the right password…
    expect(await login(t, 'tiepnhan.tinh', 'motcua-demo')).toBe(429);
    // …but not from another address.
    expect(await login(t, 'tiepnhan.tinh', 'motcua-demo', {}, '203.0.113.7')).toBe(200);
  });

  it('does not count successful logins (an office behind one address signs in all morning)', async () => {
    const t = await app({ MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    for (let i = 0; i < 40; i++) expect(await login(t, 'tiepnhan.tinh', 'motcua-demo')).toBe(200);
  });

  it('is configurable (MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE)', async () => {
    const t = await app({ MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect(await login(t, `x${i}`, 'sai')).toBe(401);
    expect(await login(t, 'x9', 'sai')).toBe(429);
  });
});

describe('the client address behind proxies', () => {
  const spoofed = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}` });

  it('ignores X-Forwarded-For in production when no proxy is trusted', async () => {
    const t = await app(PRODUCTION);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push(await login(t, 'admin', `sai-${i}`, spoofed(i)));
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });

  it('takes the address the trusted proxy saw, not the left-most one a client wrote', async () => {
    for (const trusted of ['1', '127.0.0.0/8, 10.0.0.0/8']) {
      const t = await app({ ...PRODUCTION, MOTCUA_TRUSTED_PROXIES: trusted });
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) {
        const header = { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` };
        codes.push(await login(t, 'admin', `sai-${i}`, header));
      }
      expect(codes.slice(10), trusted).toEqual([429, 429]);
      // The proxy's own address is not the client's: another client behind it is not blocked.
      expect(await login(t, 'admin', 'sai', { 'x-forwarded-for': '203.0.113.10' }), trusted).toBe(401);
    }
  });

  it('does not trust a forwarded address from an untrusted peer', async () => {
    const t = await app({ ...PRODUCTION, MOTCUA_TRUSTED_PROXIES: '10.0.0.1' });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push(await login(t, 'admin', `sai-${i}`, spoofed(i), '192.0.2.1'));
    expect(codes.slice(10)).toEqual([429, 429]);
  });
});
