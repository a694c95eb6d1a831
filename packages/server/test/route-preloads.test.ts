/**
 * A citizen page's HTML names its chunk and its data (<link rel="modulepreload">, <link rel="preload"
 * as="fetch">), from the build's .vite/route-preloads.json, so that a phone fetches them with the main script.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const html =
  '<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-AbC123.js"></script>\n  </head><body><div id="root"></div></body></html>';
const preloads = {
  routes: [
    { path: '/', modules: [], data: ['/api/site', '/api/procedure-fields'] },
    {
      path: '/thu-tuc/:code',
      modules: ['/assets/ProcedurePage-X1.js', '/assets/format-X2.js'],
      data: ['/api/site', '/api/procedures/:code'],
    },
    {
      path: '/tra-cuu/:code',
      modules: ['/assets/TrackingPage-X3.js'],
      data: ['/api/site', '/api/public/dossiers/:code?check'],
    },
  ],
};

let dist: string;
let t: TestApp;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
  fs.mkdirSync(path.join(dist, '.vite'));
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  fs.writeFileSync(path.join(dist, '.vite/route-preloads.json'), JSON.stringify(preloads));
  t = await createTestApp({ env: { MOTCUA_WEB_DIST: dist } });
}, 60_000);

afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const links = (body: string) => [...body.matchAll(/<link [^>]*>/g)].map((m) => m[0]);

describe('route preloads', () => {
  it("names a procedure page's chunks and data in its head, revalidated on every visit", async () => {
    const res = await t.app.inject({ url: '/thu-tuc/1.001193' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(links(res.body)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/ProcedurePage-X1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/format-X2.js">',
      '<link rel="preload" as="fetch" crossorigin href="/api/site">',
      '<link rel="preload" as="fetch" crossorigin href="/api/procedures/1.001193">',
    ]);
    // In the head, after the build's own tags; the rest of the page as built.
    const head = res.body.slice(0, res.body.indexOf('</head>'));
    expect(links(head)).toHaveLength(4);
    expect(res.body.replace(/\s*<link [^>]*>/g, '').replace(/\s+<\/head>/, '</head>')).toBe(
      html.replace(/\s+<\/head>/, '</head>'),
    );
  });

  it("carries the tracking page's check code, encoded as the page's request encodes it", async () => {
    const res = await t.app.inject({ url: '/tra-cuu/000.01.31.H42-261203-0001?check=AB%2012&x=1' });
    expect(links(res.body)).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/public/dossiers/000.01.31.H42-261203-0001?check=AB%2012">',
    );
    const bare = await t.app.inject({ url: '/tra-cuu/000.01.31.H42-261203-0001' });
    expect(links(bare.body)).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/public/dossiers/000.01.31.H42-261203-0001">',
    );
  });

  it('never lets an address write markup: its values are percent-encoded', async () => {
    const res = await t.app.inject({ url: '/thu-tuc/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>');
    expect(links(res.body)).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/procedures/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E">',
    );
    // Malformed percent-encoding: refused before any page (a 4xx), never a 500.
    const malformed = await t.app.inject({ url: '/thu-tuc/%E0%A4%A' });
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.statusCode).toBeLessThan(500);
  });

  it('sends index.html as built for a route the build names nothing for', async () => {
    for (const url of ['/dang-nhap', '/thu-tuc/1.001193/extra', '/can-bo/ho-so']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(html);
    }
    const home = await t.app.inject({ url: '/' });
    expect(links(home.body)).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/site">',
      '<link rel="preload" as="fetch" crossorigin href="/api/procedure-fields">',
    ]);
  });
});
