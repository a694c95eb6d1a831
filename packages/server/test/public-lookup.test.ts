/**
 * The public lookup cannot be used to list a day's filings (issue 9, item 10): codes are sequential, so it
 * answers anyone only what the legal code and the status show, and the rest (received, due, current step) to
 * who gives the check code printed on the receipt; and it limits lookups per code prefix (one counter's
 * day) across all addresses, besides each address's own limit.
 */
import { CHECK_CODE_ALPHABET } from '@motcua/core';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const opened: TestApp[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});
const clock = () => new Date('2025-03-04T09:00:00+07:00');
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  // The server behind one proxy on this machine: X-Forwarded-For names the client.
  const t = await createTestApp({ env: { MOTCUA_TRUSTED_PROXIES: 'loopback', ...env }, clock });
  opened.push(t);
  return t;
}

const APPLICANT = { fullName: 'Đinh Thị Hoa', idNumber: '037190004321', phone: '0912000444' };
const CHECK_CODE = new RegExp(`^[${CHECK_CODE_ALPHABET}]{6}$`);

/** A birth registration at the commune's counter; at the province's centre, a judicial record extract. */
const receive = async (t: TestApp, officer = 'tiepnhan.xa') =>
  officer === 'tiepnhan.xa'
    ? (await t.receive(officer, '1.001193', 'dung-han', APPLICANT)).code
    : (await t.receive(officer, '2.001234', 'default', APPLICANT)).code;

/** The check code the officer sees on the dossier page. */
const checkCodeOf = async (t: TestApp, code: string): Promise<string> => {
  const res = await t.app.inject({
    url: `/api/dossiers/${code}`,
    headers: { cookie: await t.as('tiepnhan.xa') },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().checkCode;
};

const lookup = (t: TestApp, code: string, options: { check?: string; from?: string } = {}) =>
  t.app.inject({
    url: `/api/public/dossiers/${encodeURIComponent(code)}${
      options.check === undefined ? '' : `?check=${encodeURIComponent(options.check)}`
    }`,
    headers: { 'x-forwarded-for': options.from ?? '198.51.100.1' },
  });

const prefixOf = (code: string) => code.slice(0, code.lastIndexOf('-'));
const DETAILS = ['receivedAt', 'dueDate', 'currentStep'];

describe('what the lookup shows', () => {
  it('shows the status to anyone, and the due date and current step only with the check code', async () => {
    const t = await app();
    const code = await receive(t);
    const check = await checkCodeOf(t, code);
    expect(check).toMatch(CHECK_CODE);

    const bare = await lookup(t, code);
    expect(bare.statusCode, bare.body).toBe(200);
    expect(bare.json()).toEqual({
      code,
      status: 2,
      statusKey: 'received',
      statusLabel: expect.any(String),
      statusLabelEn: expect.any(String),
      procedureName: 'Đăng ký khai sinh',
      agencyName: expect.stringContaining('Hoa Lư'),
      details: 'check-code-needed',
    });
    for (const key of DETAILS) expect(bare.json()).not.toHaveProperty(key);

    const full = await lookup(t, code, { check });
    expect(full.json()).toMatchObject({
      code,
      details: 'shown',
      receivedAt: '2025-03-04T02:00:00.000Z',
      dueDate: expect.stringMatching(/^2025-03-\d\d$/),
      currentStep: { name: expect.any(String), agencyName: expect.stringContaining('Hoa Lư') },
    });
    // As people type it: lower case, a hyphen, O for 0 and I/L for 1 (Crockford's reading).
    const typed = `${check.slice(0, 3)}-${check.slice(3)}`
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l');
    expect((await lookup(t, code, { check: ` ${typed} ` })).json().details).toBe('shown');
  });

  it('answers a wrong check code with the same minimal answer, saying the code was wrong', async () => {
    const t = await app();
    const code = await receive(t);
    const check = await checkCodeOf(t, code);
    const wrong = `${check.slice(0, 5)}${check[5] === 'Z' ? 'Y' : 'Z'}`;
    const bare = (await lookup(t, code)).json();
    for (const attempt of [wrong, 'AAAAAU', 'x', '0000000']) {
      const res = await lookup(t, code, { check: attempt });
      expect(res.statusCode, attempt).toBe(200);
      expect(res.json(), attempt).toEqual({ ...bare, details: 'check-code-wrong' });
    }
    // An unknown code is 404 with or without a check code.
    const unknown = `${prefixOf(code)}-0999`;
    expect((await lookup(t, unknown)).statusCode).toBe(404);
    expect((await lookup(t, unknown, { check })).statusCode).toBe(404);
  });

  it('draws a check code for every intake, counter and online, and records it in the first log entry', async () => {
    const token = 'portal-token-for-tests-0123456789';
    const t = await app({ MOTCUA_PORTAL_TOKEN: token });
    const counter = [await receive(t), await receive(t), await receive(t, 'tiepnhan.tinh')];
    const online = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'online',
        receivingAgencyCode: 'ninh-binh.phuong-hoa-lu.ttpvhcc',
        components: [{ id: 'to-khai', quantity: 1 }],
        applicant: APPLICANT,
      },
    });
    expect(online.statusCode, online.body).toBe(201);
    const codes = [...counter, online.json().code as string];
    const rows = await sql<{ code: string; column: string | null; logged: unknown; action: string }>`
      SELECT d.code, d.check_code AS column, a.data->'checkCode' AS logged, a.action
      FROM dossiers d JOIN dossier_actions a ON a.dossier_id = d.id AND a.seq = 1
      WHERE d.code = ANY(${codes}::text[])`.execute(t.database.db);
    expect(rows.rows).toHaveLength(4);
    for (const r of rows.rows) {
      expect(r.column, r.code).toMatch(CHECK_CODE);
      expect(r.logged, r.code).toBe(r.column);
    }
    expect(rows.rows.map((r) => r.action).sort()).toEqual(['receive', 'receive', 'receive', 'submit-online']);
    expect(new Set(rows.rows.map((r) => r.column)).size).toBe(4);
    // The online dossier, once received at the counter, keeps the code it was submitted with.
    const onlineCode = online.json().code as string;
    const before = await checkCodeOf(t, onlineCode);
    expect((await t.act('tiepnhan.xa', onlineCode, 'receive')).statusCode).toBe(200);
    expect(await checkCodeOf(t, onlineCode)).toBe(before);
    expect((await lookup(t, onlineCode, { check: before })).json().details).toBe('shown');
  });

  it('shows only the status of a dossier from before check codes, which has none', async () => {
    const t = await app();
    const code = await receive(t);
    // As migration 0015 leaves a dossier received before it: no check code on its row (the lookup reads the row).
    await sql`UPDATE dossiers SET check_code = NULL WHERE code = ${code}`.execute(t.database.db);
    const res = (await lookup(t, code, { check: 'AAAAAA' })).json();
    expect(res.details).toBe('unavailable');
    for (const key of DETAILS) expect(res).not.toHaveProperty(key);
  });
});

describe('the receipt’s QR code', () => {
  it('opens the tracking page of MOTCUA_PUBLIC_URL with the check code', async () => {
    const t = await app({ MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn' });
    const code = await receive(t);
    const check = await checkCodeOf(t, code);
    const pdf = await t.app.inject({
      url: `/api/dossiers/${code}/forms/01.pdf`,
      headers: { cookie: await t.as('tiepnhan.xa'), host: 'evil.example' },
    });
    expect(pdf.statusCode).toBe(200);
    // The QR's payload is also the link over it (no QR decoder is installed): read the annotation back.
    const links = [...pdf.rawPayload.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual([`https://motcua.ninhbinh.gov.vn/tra-cuu/${code}?check=${check}`]);
  });
});

describe('the limits of the lookup', () => {
  it('refuses the 31st lookup of a minute on one counter’s day from 31 addresses; other prefixes still work', async () => {
    const t = await app({ MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE: '30' });
    const first = await receive(t);
    const check = await checkCodeOf(t, first);
    const other = await receive(t, 'tiepnhan.tinh'); // the province centre: another agency identifier
    expect(prefixOf(other)).not.toBe(prefixOf(first));
    const prefix = prefixOf(first);
    // A walker with 31 addresses tries the day's numbers 0001, 0002, …: each address stays under its own 60.
    const statuses: number[] = [];
    for (let n = 1; n <= 31; n++) {
      const res = await lookup(t, `${prefix}-${String(n).padStart(4, '0')}`, { from: `203.0.113.${n}` });
      statuses.push(res.statusCode);
      if (n === 31) {
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.json().error).toMatchObject({
          code: 'RATE_LIMITED',
          message: expect.stringContaining('tối đa 30 lượt mỗi phút'),
          messageEn: expect.stringContaining('at most 30 a minute'),
        });
      }
    }
    expect(statuses.slice(0, 30).every((s) => s === 200 || s === 404)).toBe(true);
    expect(statuses.slice(0, 30).filter((s) => s === 200)).toHaveLength(1); // only 0001 exists
    expect(statuses[30]).toBe(429);
    // A new address, a wrong check code: still that prefix, still refused.
    expect((await lookup(t, first, { from: '192.0.2.77' })).statusCode).toBe(429);
    expect((await lookup(t, first, { from: '192.0.2.78', check: 'ZZZZZZ' })).statusCode).toBe(429);
    // The citizen holding the receipt is not turned away by someone else's walk.
    const holder = await lookup(t, first, { from: '192.0.2.79', check });
    expect(holder.statusCode, holder.body).toBe(200);
    expect(holder.json().details).toBe('shown');
    // Another counter's codes are not affected.
    expect((await lookup(t, other, { from: '203.0.113.200' })).statusCode).toBe(200);
  });

  it('limits each address on its own (MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE)', async () => {
    const t = await app({ MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE: '3' });
    const code = await receive(t);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await lookup(t, code, { from: '198.51.100.9' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    expect((await lookup(t, code, { from: '198.51.100.10' })).statusCode).toBe(200);
  });
});
