import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_CITIZEN_OIDC } from './citizen-oidc-env.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, app = t) =>
  app.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('staff login', () => {
  it.each([
    ['admin', ['system-admin'], 'service-centre'],
    ['tiepnhan.tinh', ['counter-officer'], 'service-centre'],
    ['chuyenvien.tuphap', ['specialist'], 'so-tu-phap'],
    ['lanhdao.tuphap', ['leader'], 'so-tu-phap'],
    ['tiepnhan.xa', ['counter-officer'], 'one-stop-section'],
    ['chuyenvien.xa', ['specialist'], 'ubnd-xa'],
    ['lanhdao.xa', ['leader'], 'ubnd-xa'],
    ['tiepnhan.xa2', ['counter-officer'], 'one-stop-section'],
  ])('%s signs in with the demo password and gets roles %j', async (username, roles, agencyKind) => {
    const res = await login(username, 'motcua-demo');
    expect(res.statusCode).toBe(200);
    const { user } = res.json();
    expect(user).toMatchObject({ username, roles });
    const agency = await t.database.db
      .selectFrom('agencies')
      .select('kind')
      .where('code', '=', user.agency.code)
      .executeTakeFirstOrThrow();
    expect(agency.kind).toBe(agencyKind);
    const cookie = res.cookies.find((c) => c.name === 'motcua.sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('keeps the two communes apart', async () => {
    const one = (await login('tiepnhan.xa', 'motcua-demo')).json().user.agency.code;
    const two = (await login('tiepnhan.xa2', 'motcua-demo')).json().user.agency.code;
    expect(one).not.toBe(two);
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await t.database.db
      .selectFrom('staffAccounts')
      .select('passwordHash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('motcua-demo');
  });

  it('refuses a wrong password or an unknown user with the same answer', async () => {
    const wrong = await login('admin', 'sai-mat-khau');
    const unknown = await login('khong-co-ai', 'motcua-demo');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('validates the body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('password');
  });

  it('me answers with the session user, and 401 after logout', async () => {
    const cookie = await t.login('lanhdao.xa');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: 'lanhdao.xa',
      fullName: 'Đỗ Quang Hải',
      roleLabels: [{ vi: 'Lãnh đạo', en: 'Leader' }],
    });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a disabled account', async () => {
    await t.database.db
      .updateTable('staffAccounts')
      .set({ disabledAt: new Date() })
      .where('username', '=', 'tiepnhan.xa2')
      .execute();
    expect((await login('tiepnhan.xa2', 'motcua-demo')).statusCode).toBe(401);
  });
});

describe('login rate limit', () => {
  it('answers 429 after 10 attempts a minute for one user from one address', async () => {
    const limited = await (await import('./test-app.ts')).createTestApp();
    try {
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) codes.push((await login('admin', `sai-${i}`, limited)).statusCode);
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes.slice(10)).toEqual([429, 429]);
      const res = await login('admin', 'motcua-demo', limited);
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe('RATE_LIMITED');
      // Another username from the same address is not blocked by the first one's failures.
      expect((await login('tiepnhan.tinh', 'motcua-demo', limited)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('production mode', () => {
  it('refuses demo accounts at login', async () => {
    const prod = await (await import('./test-app.ts')).createTestApp({
      env: {
        NODE_ENV: 'production',
        MOTCUA_SESSION_SECRET: 'a-real-secret-of-at-least-thirty-two-characters',
        MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn',
        MOTCUA_AUDIT_KEY: 'another-real-key-of-at-least-thirty-two-chars',
        ...PRODUCTION_CITIZEN_OIDC,
      },
    });
    try {
      expect((await login('admin', 'motcua-demo', prod)).statusCode).toBe(401);
    } finally {
      await prod.close();
    }
  });
});
