/**
 * A browser's cross-site request cannot change anything (403 in the API's shape, nothing done), requests
 * without Origin from non-browser clients still work, and slips with personal data are never cached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn' } });
});
afterAll(() => t.close());

const applicant = { fullName: 'Lò Văn Páo', idNumber: '037095001111', phone: '0915222333' };
const me = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode;

describe('state-changing requests from another site', () => {
  it('refuses a cross-site logout with 403, and the session stays', async () => {
    const cookie = await t.login('tiepnhan.xa');
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost.evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, ...headers },
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      const { error } = res.json();
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.any(String),
        messageEn: expect.any(String),
      });
      expect(error.fields[0].path).toMatch(/^headers\./);
    }
    expect(await me(cookie)).toBe(200);
  });

  it('refuses a cross-site intake and writes nothing', async () => {
    const cookie = await t.as('tiepnhan.xa');
    const before = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { cookie, origin: 'https://evil.example' },
      payload: {
        procedureCode: '1.001193',
        caseCode: 'qua-han',
        channel: 'counter',
        applicant,
        components: [],
      },
    });
    expect(res.statusCode).toBe(403);
    const after = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('accepts its own origin (the Host it was sent to, or MOTCUA_PUBLIC_URL) and clients without Origin', async () => {
    for (const headers of [
      { origin: 'http://localhost' },
      { origin: 'https://localhost' }, // a TLS proxy that does not say it forwarded https
      { origin: 'https://motcua.ninhbinh.gov.vn' },
      { origin: 'http://10.0.0.5:3000', host: '10.0.0.5:3000' },
      { 'sec-fetch-site': 'same-origin' },
      {}, // curl, the national portal, scripts
    ]) {
      const cookie = await t.login('tiepnhan.xa');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, ...headers },
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(204);
    }
  });

  it('lets a cross-site GET read public data (only state changes are guarded)', async () => {
    const res = await t.app.inject({ url: '/api/procedures', headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
  });
});

describe('no caching of personal data', () => {
  it('sends Cache-Control: no-store on slips, queues and the signed-in user', async () => {
    const cookie = await t.as('tiepnhan.xa');
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    const refusal = await t.app.inject({
      method: 'POST',
      url: '/api/counter-slips/refusals',
      headers: { cookie },
      payload: { procedureCode: '1.001193', caseCode: 'qua-han', applicant, reason: 'Thiếu giấy tờ' },
    });
    expect(refusal.statusCode, refusal.body).toBe(201);
    const slipUrl = refusal.json().forms.refusal as string;
    for (const url of [`/api/dossiers/${code}/forms/01.pdf`, slipUrl, '/api/auth/me', '/api/dossiers']) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    // The dossier's own view may be revalidated by the polling console (ETag), but never by a shared cache.
    const view = await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie } });
    expect(String(view.headers['cache-control'])).toMatch(/private|no-store/);
  });

  it('keeps the cache policy a route chose for itself (the public QR code)', async () => {
    const res = await t.app.inject({ url: '/api/procedures/1.001193/qr.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).not.toBe('no-store');
  });
});
