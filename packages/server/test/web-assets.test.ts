/**
 * The web build as a phone receives it: hashed assets compressed (the build's .br/.gz) and kept a year,
 * index.html and the SPA shell revalidated on every visit, the API's JSON compressed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../src/http/web-assets.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const script = `export const greeting = ${JSON.stringify('Xin chào — '.repeat(400))};\n`;
const html = `<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;

let dist: string;
let t: TestApp;

beforeAll(async () => {
  // A fake build: one hashed script with the .br and .gz the build writes (marked, to prove they are sent).
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  fs.writeFileSync(path.join(dist, 'assets/index-AbC123.js'), script);
  const { brotliCompressSync, gzipSync } = await import('node:zlib');
  fs.writeFileSync(path.join(dist, 'assets/index-AbC123.js.br'), brotliCompressSync(`${script}// br\n`));
  fs.writeFileSync(path.join(dist, 'assets/index-AbC123.js.gz'), gzipSync(`${script}// gz\n`));
  fs.writeFileSync(path.join(dist, 'index.html.br'), brotliCompressSync(html));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await createTestApp({ env: { MOTCUA_WEB_DIST: dist } });
}, 60_000);

afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('web assets', () => {
  it('sends a hashed asset precompressed with brotli, cached a year as immutable', async () => {
    const res = await t.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(`${script}// br\n`);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(`${script}// gz\n`);
    const plain = await t.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html and the SPA shell of a client route on every visit', async () => {
    for (const url of ['/index.html', '/thu-tuc/1.001193', '/']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(html);
    }
  });

  it('answers HEAD on a client route as GET, and a POST there with a 404', async () => {
    expect((await t.app.inject({ method: 'HEAD', url: '/thu-tuc/1.001193' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/thu-tuc/1.001193' })).statusCode).toBe(404);
  });

  it('answers a missing asset with a 404, not the shell, and a file outside /assets/ is not immutable', async () => {
    const missing = await t.app.inject({ url: '/assets/gone-XyZ.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
    const icon = await t.app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it("compresses the API's JSON, and leaves it plain for a client that does not ask", async () => {
    const res = await t.app.inject({
      url: '/api/procedures?pageSize=20',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString()).items.length).toBeGreaterThan(0);
    const plain = await t.app.inject({ url: '/api/procedures?pageSize=20' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().items.length).toBeGreaterThan(0);
  });
});

describe('the web build and the rate limit', () => {
  it("does not count the build's files against a client's API budget (a page is a dozen chunks)", async () => {
    const limited = await createTestApp({
      env: { MOTCUA_WEB_DIST: dist, MOTCUA_RATE_LIMIT_PER_MINUTE: '5' },
    });
    try {
      for (let i = 0; i < 12; i++) {
        const asset = await limited.app.inject({ url: '/assets/index-AbC123.js' });
        expect(asset.statusCode, `asset request ${i + 1}`).toBe(200);
        expect((await limited.app.inject({ url: '/favicon.svg' })).statusCode).toBe(200);
      }
      const statuses = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await limited.app.inject({ url: '/api/procedures' })).statusCode);
      expect(statuses).toContain(429);
    } finally {
      await limited.close();
    }
  }, 60_000);
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
