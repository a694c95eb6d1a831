import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { TEST_ENGINE } from './test-db.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and API documents', () => {
  it('reports the database kind', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded',
      version: expect.any(String),
    });
  });

  it('sends the security headers on every answer', async () => {
    for (const url of ['/api/health', '/api/procedures/does-not-exist']) {
      const res = await t.app.inject(url);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves the OpenAPI document with the fixed paths', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/health',
      '/api/procedures',
      '/api/procedures/{code}',
      '/api/procedures/{code}/qr.svg',
      '/api/calendar/working-days',
      '/api/calendar/holidays',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('serves browsable docs', async () => {
    const res = await t.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await t.app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.any(String),
      messageEn: expect.any(String),
    });
  });

  it('names the site after the seeded province and centre', async () => {
    const res = await t.app.inject('/api/site');
    expect(res.json().provinceName).toMatch(/^Tỉnh /);
    expect(res.json().centreName).toMatch(/Trung tâm/);
  });
});
