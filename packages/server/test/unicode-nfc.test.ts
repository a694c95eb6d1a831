/**
 * Text is stored as one Unicode spelling (NFC): a Vietnamese keyboard may send 'Nguyễn' decomposed (e + two
 * combining marks, NFD), which compares unequal to the composed name, searches apart from it and prints as
 * loose marks on Form 01. The edge composes every string of a body, query and path before validation.
 */
import { execFileSync } from 'node:child_process';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputGuard } from '../src/http/input-guard.ts';
import { hasPdftotext } from './pdf-text.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NAME = 'Nguyễn Thị Ánh Tuyết';
const DECOMPOSED = NAME.normalize('NFD');

describe('text input composed to NFC at the edge', () => {
  it('stores a name typed decomposed as the composed name and prints it so on Form 01', async () => {
    expect(DECOMPOSED).not.toBe(NAME); // the test sends what a decomposing keyboard sends
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      fullName: DECOMPOSED,
      idNumber: '037095004321',
      phone: '0915444555',
    });
    const view = await t.app.inject({
      url: `/api/dossiers/${encodeURIComponent(code)}`,
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().applicant.fullName).toBe(NAME);

    const pdf = await t.app.inject({
      url: `/api/dossiers/${encodeURIComponent(code)}/forms/01.pdf`,
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(pdf.statusCode).toBe(200);
    if (!hasPdftotext) return;
    // Read back without composing (pdf-text.ts composes to compare layouts): the glyphs printed are the
    // composed letters, not a base letter followed by loose marks.
    const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
      input: pdf.rawPayload,
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(raw).toContain(NAME);
    expect(raw).not.toMatch(/\p{M}/u);
  });

  it('composes query strings, path parameters and object keys too, before the schema sees them', async () => {
    const app = Fastify();
    inputGuard(app);
    app.post<{ Params: { name: string } }>(
      '/echo/:name',
      { schema: { body: { type: 'object', properties: { name: { type: 'string', maxLength: 5 } } } } },
      async (request) => ({ params: request.params, query: request.query, body: request.body }),
    );
    const word = 'Huế'; // 3 letters composed, 4 code points decomposed
    const res = await app.inject({
      method: 'POST',
      url: `/echo/${encodeURIComponent(word.normalize('NFD'))}?q=${encodeURIComponent(word.normalize('NFD'))}`,
      payload: { name: 'Tuyết'.normalize('NFD'), list: [word.normalize('NFD')], [word.normalize('NFD')]: 1 },
    });
    expect(res.statusCode, res.body).toBe(200); // 'Tuyết' is 5 letters: maxLength counts the composed form
    expect(res.json()).toEqual({
      params: { name: word },
      query: { q: word },
      body: { name: 'Tuyết', list: [word], [word]: 1 },
    });
    await app.close();
  });
});
