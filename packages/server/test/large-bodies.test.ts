/**
 * Issue 9, item 8: large bodies before authentication. Each route reads at most a small JSON body, the
 * uploads and catalogue imports alone more, and those check who calls before reading: each request below
 * declares a large body and sends only its first 64 KiB, so an answer at all proves it came before the body.
 * On a real socket (app.inject has no network), on both databases.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/modules/dossiers/files/dossier-files.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const MB = 1024 * 1024;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let port: number;
let code: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
  code = (
    await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
      fullName: 'Nguyễn Văn An',
      idNumber: '037090001234',
      phone: '0912345678',
    })
  ).code;
});
afterAll(() => t.close());

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** POSTs headers declaring `declared` bytes (or chunked), sends 64 KiB of them and waits 3 s for an answer. */
function early(path: string, headers: Record<string, string>, declared: number | 'chunked'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const length =
      declared === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(declared) };
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path,
      headers: { ...headers, ...length },
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within 3 s while the body was not sent: POST ${path}`));
    }, 3000);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        const body = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: performance.now() - started });
        req.destroy();
      });
    });
    // The server closing while the rest is unsent (EPIPE, ECONNRESET) is what an early answer looks like.
    req.on('error', () => {});
    req.write(Buffer.alloc(64 * 1024, 0x20));
  });
}

const expectRefused = (answer: Answer, status: number, code: string) => {
  expect(answer.status, answer.body).toBe(status);
  const error = JSON.parse(answer.body).error;
  expect(error).toMatchObject({ code, message: expect.any(String), messageEn: expect.any(String) });
  expect(answer.ms).toBeLessThan(2000);
  expect(answer.headers.connection).toBe('close');
};

const json = { 'content-type': 'application/json' };
const pdf = { 'content-type': 'application/pdf' };
const upload = (c: string) => `/api/dossiers/${c}/files?kind=scan&name=scan.pdf`;

describe('anonymous large bodies, refused at their headers', () => {
  it('JSON routes read at most a small body: 12 MB to the login is 413 before it is sent', async () => {
    expectRefused(await early('/api/auth/login', json, 12 * MB), 413, 'PAYLOAD_TOO_LARGE');
    expectRefused(await early('/api/dossiers', json, 12 * MB), 401, 'UNAUTHENTICATED');
    expectRefused(await early(`/api/dossiers/${code}/actions`, json, 12 * MB), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('the upload limit holds on the upload route only: a PDF body elsewhere is held to the JSON limit', async () => {
    expectRefused(await early('/api/auth/login', pdf, 1 * MB), 413, 'PAYLOAD_TOO_LARGE');
    expectRefused(await early('/api/dossiers', pdf, 1 * MB), 401, 'UNAUTHENTICATED');
  });

  it('uploads and catalogue imports ask who calls before reading: 401, within the limit or over it, chunked too', async () => {
    for (const declared of [8 * MB, 12 * MB, 'chunked'] as const) {
      expectRefused(await early(upload(code), pdf, declared), 401, 'UNAUTHENTICATED');
      expectRefused(
        await early('/api/admin/catalogue/import', { 'content-type': XLSX }, declared),
        401,
        'UNAUTHENTICATED',
      );
      expectRefused(await early('/api/admin/catalogue/import-csv', json, declared), 401, 'UNAUTHENTICATED');
    }
  });

  it('a counter officer is not an administrator: the catalogue import is 403 before its body', async () => {
    const cookie = await t.as('tiepnhan.xa');
    expectRefused(
      await early('/api/admin/catalogue/import', { 'content-type': XLSX, cookie }, 12 * MB),
      403,
      'FORBIDDEN',
    );
  });
});

describe('signed in', () => {
  it('a body over the route’s limit is 413 before it is sent', async () => {
    const cookie = await t.as('tiepnhan.xa');
    expectRefused(await early(upload(code), { ...pdf, cookie }, 12 * MB), 413, 'PAYLOAD_TOO_LARGE');
    expectRefused(await early('/api/dossiers', { ...json, cookie }, 12 * MB), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an upload within the limit still works, over the network, up to the upload limit', async () => {
    const cookie = await t.as('tiepnhan.xa');
    for (const body of [PDF, Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES - PDF.length)])]) {
      const res = await fetch(`http://127.0.0.1:${port}${upload(code)}`, {
        method: 'POST',
        headers: { ...pdf, cookie },
        body,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      expect(((await res.json()) as { sizeBytes: number }).sizeBytes).toBe(body.length);
    }
  });

  it('a JSON body within the limit still works (an intake with a 2,000-character address)', async () => {
    const cookie = await t.as('tiepnhan.xa');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/counter-slips/refusals',
      headers: { cookie },
      payload: {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        applicant: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' },
        reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường. '
          .repeat(25)
          .slice(0, 2000),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
