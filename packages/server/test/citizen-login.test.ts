/**
 * Citizen login through the development IdP on a real socket (openid-client discovers and exchanges the
 * code over HTTP, as with VNeID): login → the IdP's sign-in form → callback → /api/citizen/me, and what
 * must fail: a wrong password, a tampered state, a forged login cookie, each cookie on the other's routes.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CITIZENS } from '../src/modules/citizen/dev-idp-citizens.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { fields: { path: string }[] } }).error;
let base: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  t = await createTestApp({ env: { PORT: String(port) } });
  await t.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => t.close());

/** A browser's cookie jar (one host here) with manual redirects. */
function browser() {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  async function go(url: string, init: RequestInit = {}) {
    const response = await fetch(new URL(url, base), {
      ...init,
      redirect: 'manual',
      headers: { accept: 'text/html', cookie: cookieHeader(), ...(init.headers as Record<string, string>) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value.join('=') === '') jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    return response;
  }
  /** Follows redirects from `url` while they stay on the IdP; returns the first answer that leaves it or is no redirect. */
  async function follow(url: string, init?: RequestInit) {
    let response = await go(url, init);
    while (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location') ?? '', base);
      if (!location.pathname.startsWith('/dev-idp/')) return { response, location };
      response = await go(location.href);
    }
    return { response, location: undefined };
  }
  /** From the login route to the IdP's sign-in form: the form's action. */
  async function toSignIn(next = '/tai-khoan') {
    const login = await go(`/api/auth/citizen/login?next=${encodeURIComponent(next)}`);
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location') ?? '');
    const { response } = await follow(authorize.href);
    expect(response.status).toBe(200);
    const html = await response.text();
    // Its own policy: no inline script or style; a referrer policy under which the form's POST says its origin.
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    expect(action).toBeDefined();
    return { authorize, html, action: action ?? '' };
  }
  async function signIn(action: string, idNumber: string, password: string) {
    return follow(action, {
      method: 'POST',
      body: new URLSearchParams({ idNumber, password }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    });
  }
  return { jar, go, follow, toSignIn, signIn };
}

const citizen = DEMO_CITIZENS[0] as (typeof DEMO_CITIZENS)[number];

describe('citizen login (OpenID Connect, development IdP)', () => {
  it('signs in a demo citizen: code + PKCE S256, state, nonce; the account records provider and assurance', async () => {
    const b = browser();
    const { authorize, html, action } = await b.toSignIn('/tai-khoan?tab=1');
    expect(authorize.pathname).toBe('/dev-idp/auth');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(html).toContain('Số định danh cá nhân');
    expect(html).toContain('type="password"');
    expect(html).not.toMatch(/<script|<style|style=/);

    const { location } = await b.signIn(action, citizen.idNumber, 'motcua-demo');
    expect(location?.pathname).toBe('/api/auth/citizen/callback');
    const callback = await b.go(location?.href ?? '');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/tai-khoan?tab=1');
    expect(b.jar.has('motcua.citizen')).toBe(true);
    expect(b.jar.has('motcua.sid')).toBe(false);

    const me = await b.go('/api/citizen/me', { headers: { accept: 'application/json' } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      idNumber: citizen.idNumber,
      fullName: citizen.fullName,
      birthDate: citizen.birthDate,
      phone: citizen.phone,
      assurance: 'LoA2',
      identityProvider: `${base}/dev-idp`,
      nationalEid: true,
    });
    const account = await t.database.db
      .selectFrom('citizenAccounts')
      .selectAll()
      .where('idNumber', '=', citizen.idNumber)
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ fullName: citizen.fullName, assurance: 'LoA2', nationalEid: true });

    // The citizen cookie opens no staff route.
    expect((await b.go('/api/auth/me', { headers: { accept: 'application/json' } })).status).toBe(401);
    expect((await b.go('/api/dossiers', { headers: { accept: 'application/json' } })).status).toBe(401);

    const logout = await b.go('/api/auth/citizen/logout', { method: 'POST', headers: { origin: base } });
    expect(logout.status).toBe(204);
    expect((await b.go('/api/citizen/me')).status).toBe(401);
  });

  it('records a level-1 account as LoA1', async () => {
    const level1 = DEMO_CITIZENS.find((c) => c.acr === 'LoA1');
    const b = browser();
    const { action } = await b.toSignIn();
    const { location } = await b.signIn(action, level1?.idNumber ?? '', 'motcua-demo');
    expect((await b.go(location?.href ?? '')).status).toBe(302);
    expect(((await (await b.go('/api/citizen/me')).json()) as { assurance: string }).assurance).toBe('LoA1');
  });

  it('refuses a wrong password at the IdP and an unknown ID number, on the form again', async () => {
    const b = browser();
    const { action } = await b.toSignIn();
    const wrong = await b.signIn(action, citizen.idNumber, 'wrong-password');
    expect(wrong.response.status).toBe(401);
    expect(await wrong.response.text()).toContain('không đúng');
    const unknown = await b.signIn(action, '001099999999', 'motcua-demo');
    expect(unknown.response.status).toBe(401);
    expect(b.jar.has('motcua.citizen')).toBe(false);
  });

  it('answers a tampered state, a missing code or a forged login cookie with 400, never a session', async () => {
    const b = browser();
    const { action } = await b.toSignIn();
    const { location } = await b.signIn(action, citizen.idNumber, 'motcua-demo');
    const tampered = new URL(location?.href ?? '');
    tampered.searchParams.set('state', 'not-the-state');
    const saved = b.jar.get('motcua.citizen.login') ?? '';
    const res = await b.go(tampered.href);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('Thiếu hoặc sai tham số đăng nhập');
    expect(b.jar.has('motcua.citizen')).toBe(false);

    // The JSON shape for an API caller, naming the field.
    b.jar.set('motcua.citizen.login', saved);
    const noCode = await b.go(`/api/auth/citizen/callback?state=${tampered.searchParams.get('state')}`, {
      headers: { accept: 'application/json' },
    });
    expect(noCode.status).toBe(400);
    expect((await errorOf(noCode)).fields[0]?.path).toBe('query.code');

    // A login cookie edited by the client is refused (its HMAC no longer matches).
    const [payload = '', mac = ''] = saved.split('.');
    b.jar.set('motcua.citizen.login', `${payload}x.${mac}`);
    const forged = await b.go(location?.href ?? '', { headers: { accept: 'application/json' } });
    expect(forged.status).toBe(400);
    expect((await errorOf(forged)).fields[0]?.path).toBe('cookies.motcua.citizen.login');
    // Without any login cookie.
    b.jar.clear();
    expect((await b.go(location?.href ?? '')).status).toBe(400);
  });

  it('keeps the return path on this site', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const b = browser();
      const login = await b.go(`/api/auth/citizen/login?next=${encodeURIComponent(next)}`);
      expect(login.status).toBe(302);
      const { action } = await b.toSignIn(next);
      const { location } = await b.signIn(action, citizen.idNumber, 'motcua-demo');
      const callback = await b.go(location?.href ?? '');
      expect(callback.headers.get('location')).toBe('/tai-khoan');
    }
  });

  it('is no citizen with a staff cookie', async () => {
    const staff = await t.as('tiepnhan.tinh');
    const res = await t.app.inject({ url: '/api/citizen/me', headers: { cookie: staff } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cross-site logout', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/citizen/logout',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('citizen login limit per address', () => {
  it('answers 429 with Retry-After once an address has started or returned from too many logins', async () => {
    const limited = await createTestApp({ env: { MOTCUA_CITIZEN_LOGIN_PER_ADDRESS_PER_MINUTE: '2' } });
    try {
      for (const url of ['/api/auth/citizen/login', '/api/auth/citizen/callback?code=x&state=y']) {
        const statuses: number[] = [];
        for (let i = 0; i < 2; i++) statuses.push((await limited.app.inject({ url })).statusCode);
        expect(statuses).not.toContain(429);
        const over = await limited.app.inject({ url });
        expect(over.statusCode).toBe(429);
        expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Another address is not held back by the first one's attempts.
      const other = await limited.app.inject({
        url: '/api/auth/citizen/login',
        remoteAddress: '203.0.113.9',
      });
      expect(other.statusCode).not.toBe(429);
    } finally {
      await limited.close();
    }
  });
});
