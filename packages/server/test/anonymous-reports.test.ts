/**
 * Anonymous reports of bribery and unlawful demands (issue 12, item 3): the public form and its receipt, the
 * proof that nothing identifying the sender is kept (database, logs, cookies), the per-address limit by a
 * rotating keyed hash, and the inspectorate's handling, answer and statistics.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findReportChainBreak } from '../src/modules/reports/report-chain.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const ADDRESS = '203.0.113.77';
const OTHER_ADDRESS = '198.51.100.23';
const USER_AGENT = 'Mozilla/5.0 (Linux; Android 14; UA-MARKER-7f3a) Mobile';
const COOKIE = 'tracker=COOKIE-MARKER-91b2';
const FORWARDED = '192.0.2.250';
const RECEIPT = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;
const AGENCY = 'ninh-binh.phuong-hoa-lu.ubnd';
const PROCEDURE = '1.001193';
const CONTENT =
  'Cán bộ ở quầy số 3 đòi 500.000 đồng “bồi dưỡng” thì mới nhận hồ sơ đăng ký khai sinh cho con tôi.';

const logLines: string[] = [];
let t: TestApp;

const report = (payload: object, remoteAddress = ADDRESS) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload,
    remoteAddress,
    headers: { 'user-agent': USER_AGENT, cookie: COOKIE, 'x-forwarded-for': FORWARDED },
  });
const follow = (receipt: string, remoteAddress = ADDRESS) =>
  t.app.inject({
    url: `/api/public/reports/${encodeURIComponent(receipt)}`,
    remoteAddress,
    headers: { 'user-agent': USER_AGENT, cookie: COOKIE },
  });
const as = async (who: string, options: { method?: 'GET' | 'POST'; url: string; payload?: object }) =>
  t.app.inject({ ...options, headers: { cookie: await t.as(who) } });

/** Every value of every row of every table, as text (both databases). */
async function everything(): Promise<string> {
  const tables = await t.database.pool.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await t.database.pool.query<{ row: string }>(
      `SELECT row_to_json(x)::text AS row FROM "${name}" x`,
    );
    parts.push(...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp({
    env: {
      LOG_LEVEL: 'trace',
      MOTCUA_REPORTS_PER_ADDRESS_PER_MINUTE: '4',
      MOTCUA_REPORT_LOOKUPS_PER_ADDRESS_PER_MINUTE: '1000',
    },
    logStream: { write: (line) => void logLines.push(line) },
  });
});
afterAll(() => t.close());

describe('the public form', () => {
  let receipt = '';

  it('answers a random receipt, sets no cookie, and follows the report by it', async () => {
    const res = await report({
      content: CONTENT,
      kind: 'bribe-asked',
      agencyCode: AGENCY,
      procedureCode: PROCEDURE,
      occurredOn: '2026-11-30',
      counter: 'Quầy số 3',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['set-cookie']).toBeUndefined();
    receipt = res.json().receipt;
    expect(receipt).toMatch(RECEIPT);
    expect(Object.keys(res.json())).toEqual(['receipt']);

    const seen = await follow(receipt.toLowerCase().replaceAll('-', ' '));
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.headers['set-cookie']).toBeUndefined();
    expect(seen.json()).toMatchObject({
      status: 'received',
      kind: 'bribe-asked',
      agency: { code: AGENCY },
      procedure: { code: PROCEDURE },
      answer: null,
    });
    expect(seen.json().receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives two reports different receipts, and a guessed or malformed one finds nothing', async () => {
    const other = (await report({ content: CONTENT }, '192.0.2.9')).json().receipt;
    expect(other).toMatch(RECEIPT);
    expect(other).not.toBe(receipt);
    for (const wrong of [
      '2222-2222-2222-2222',
      'khong-phai-ma',
      receipt.replace(/.$/, (c) => (c === '2' ? '3' : '2')),
    ]) {
      const res = await follow(wrong);
      expect(res.statusCode, wrong).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('keeps nothing that identifies the sender in the database: no address, user agent, cookie, instant or receipt', async () => {
    const all = await everything();
    expect(all).toContain('500.000 đồng');
    for (const trace of [
      ADDRESS,
      FORWARDED,
      'UA-MARKER-7f3a',
      'COOKIE-MARKER-91b2',
      'Android',
      receipt,
      receipt.replaceAll('-', ''),
    ]) {
      expect(all, trace).not.toContain(trace);
    }
    // No session is made for the public routes.
    const sessions = async () =>
      (await t.database.pool.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n as number;
    const before = await sessions();
    expect((await report({ content: CONTENT }, '192.0.2.11')).statusCode).toBe(201);
    expect(await sessions()).toBe(before);
    // Only dates: no column of the report or its first log entry holds an instant.
    const columns = await t.database.pool.query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('anonymous_reports', 'anonymous_report_actions')",
    );
    const instants = columns.rows
      .filter((c) => c.data_type.startsWith('timestamp'))
      .map((c) => `${c.table_name}.${c.column_name}`);
    expect(instants).toEqual(['anonymous_report_actions.at']);
    const first = await t.database.pool.query(
      "SELECT at, actor FROM anonymous_report_actions WHERE action = 'receive'",
    );
    expect(first.rows.length).toBeGreaterThan(0);
    for (const row of first.rows) expect(row).toEqual({ at: null, actor: null });
  });

  it('writes no log line for its requests, even at trace level, while other routes’ lines carry the address', async () => {
    const text = logLines.join('\n');
    expect(text).not.toContain('/api/public/reports');
    for (const trace of [ADDRESS, FORWARDED, 'UA-MARKER-7f3a', 'COOKIE-MARKER-91b2', receipt, '500.000']) {
      expect(text, trace).not.toContain(trace);
    }
    // The public page of the form is not logged either.
    await t.app.inject({ url: '/phan-anh-tieu-cuc', remoteAddress: ADDRESS });
    expect(logLines.join('\n')).not.toContain(ADDRESS);
    // The capture works: another route's line does carry the client's address.
    const before = logLines.length;
    await t.app.inject({ url: '/api/health', remoteAddress: ADDRESS, headers: { 'user-agent': USER_AGENT } });
    expect(logLines.slice(before).join('\n')).toContain(ADDRESS);
  });

  it('logs a server error of its routes without the client: method, route pattern and status only', async () => {
    const before = logLines.length;
    const failing = vi
      .spyOn(t.app.ctx.reference, 'agencies')
      .mockRejectedValueOnce(new Error('database down'));
    const res = await report({ content: CONTENT, agencyCode: AGENCY }, '192.0.2.10');
    failing.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    const lines = logLines.slice(before);
    expect(lines.join('\n')).toContain('database down');
    for (const line of lines) {
      const entry = JSON.parse(line);
      if (entry.req) expect(entry.req).toEqual({ method: 'POST', url: '/api/public/reports' });
      expect(line).not.toContain('192.0.2.10');
      expect(line).not.toContain('UA-MARKER-7f3a');
      expect(line).not.toContain('COOKIE-MARKER');
      expect(line).not.toContain('500.000');
    }
    // Refused input (400) and malformed JSON write nothing.
    const quiet = logLines.length;
    expect((await report({ content: 'ngắn' }, '192.0.2.10')).statusCode).toBe(400);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: '192.0.2.10',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      payload: '{"content": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(logLines.slice(quiet).join('\n')).not.toContain('192.0.2.10');
  });

  it('follows by the receipt in the body too, kept out of the URL (proxies log URLs)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports/lookup',
      payload: { receipt: receipt.toLowerCase() },
      remoteAddress: ADDRESS,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'received', kind: 'bribe-asked' });
    expect(res.headers['set-cookie']).toBeUndefined();
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports/lookup',
      payload: { receipt: '2222-2222-2222-2222' },
      remoteAddress: ADDRESS,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('limits reports per address by a keyed hash: the fifth in a minute is refused, another address is not', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < 4; i++) expect((await report({ content: CONTENT }, address)).statusCode).toBe(201);
    const refused = await report({ content: CONTENT }, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect((await report({ content: CONTENT }, OTHER_ADDRESS)).statusCode).toBe(201);
    // One IPv6 subscriber's /64 counts as one.
    for (let i = 0; i < 4; i++) {
      expect((await report({ content: CONTENT }, `2001:db8:1:2::${i + 1}`)).statusCode).toBe(201);
    }
    expect((await report({ content: CONTENT }, '2001:db8:1:2:ffff::9')).statusCode).toBe(429);
    expect(logLines.join('\n')).not.toContain('2001:db8');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = async () =>
      (await t.database.pool.query('SELECT count(*)::int AS n FROM anonymous_reports')).rows[0].n as number;
    const before = await count();
    const cases: [object, string][] = [
      [{}, 'content'],
      [{ content: 'quá ngắn' }, 'content'],
      [{ content: ' '.repeat(30) }, 'content'],
      [{ content: 'x'.repeat(5001) }, 'content'],
      [{ content: CONTENT, kind: 'vip' }, 'kind'],
      [{ content: CONTENT, agencyCode: 'khong-co' }, 'agencyCode'],
      [{ content: CONTENT, procedureCode: '9.999999' }, 'procedureCode'],
      [{ content: CONTENT, occurredOn: '2999-01-01' }, 'occurredOn'],
      [{ content: CONTENT, occurredOn: '2026-02-30' }, 'occurredOn'],
      [{ content: CONTENT, occurredOn: 'hôm qua' }, 'occurredOn'],
      [{ content: CONTENT, counter: 'q'.repeat(201) }, 'counter'],
      [{ content: CONTENT, fullName: 'Nguyễn Văn A' }, 'fullName'],
      [{ content: 42 }, 'content'],
    ];
    for (const [i, [payload, field]] of cases.entries()) {
      const res = await report(payload, `192.0.2.${200 + i}`);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(res.json().error.fields), JSON.stringify(payload)).toContain(field);
    }
    expect(await count()).toBe(before);
    expect((await follow('x'.repeat(41))).statusCode).toBe(400);
  }, 20_000);
});

describe('the inspectorate', () => {
  let id = '';
  let receipt = '';

  beforeAll(async () => {
    const res = await report(
      {
        content: `${CONTENT} <script>alert(1)</script>`,
        kind: 'extra-papers',
        agencyCode: AGENCY,
        procedureCode: PROCEDURE,
      },
      '192.0.2.150',
    );
    receipt = res.json().receipt;
  });

  it('lists and opens the reports; nobody else may', async () => {
    const list = await as('thanhtra.tinh', { url: '/api/reports?status=received' });
    expect(list.statusCode, list.body).toBe(200);
    const mine = list.json().items.find((r: { kind: string; excerpt: string }) => r.kind === 'extra-papers');
    expect(mine).toMatchObject({ status: 'received', outcome: 'pending', agency: { code: AGENCY } });
    id = mine.id;
    const one = await as('thanhtra.tinh', { url: `/api/reports/${id}` });
    expect(one.json().content).toContain('<script>alert(1)</script>');
    expect(one.json().allowedActions).toContain('verify');
    for (const who of ['admin', 'giamsat.tinh', 'lanhdao.xa', 'chuyenvien.xa']) {
      expect((await as(who, { url: '/api/reports' })).statusCode, who).toBe(403);
      expect((await as(who, { url: `/api/reports/${id}` })).statusCode, who).toBe(403);
    }
    expect((await t.app.inject({ url: `/api/reports/${id}` })).statusCode).toBe(401);
  });

  it('records the handling in a hash-chained log and publishes the answer to the receipt', async () => {
    const act = (payload: object) =>
      as('thanhtra.tinh', { method: 'POST', url: `/api/reports/${id}/actions`, payload });
    expect((await act({ action: 'start-verification' })).statusCode).toBe(200);
    expect((await act({ action: 'note', text: 'Đã làm việc với Bộ phận Một cửa.' })).statusCode).toBe(200);
    expect((await act({ action: 'verify' })).statusCode).toBe(200);
    expect((await act({ action: 'transfer', agencyCode: AGENCY })).statusCode).toBe(200);
    const answered = await act({
      action: 'answer',
      text: 'Phản ánh đúng; đã chuyển UBND phường xử lý kỷ luật.',
    });
    expect(answered.json()).toMatchObject({
      status: 'transferred',
      outcome: 'transferred',
      transferredTo: { code: AGENCY },
    });
    const closed = await act({ action: 'close' });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().log.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'start-verification',
      'note',
      'verify',
      'transfer',
      'answer',
      'close',
    ]);
    expect(closed.json().log[0]).toMatchObject({ at: null, actor: null });
    expect(closed.json().log[1].actor.name).toBeTruthy();

    const again = await act({ action: 'verify' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.allowedActions).toEqual(['answer']);

    const seen = (await follow(receipt)).json();
    expect(seen).toMatchObject({
      status: 'closed',
      answer: { text: 'Phản ánh đúng; đã chuyển UBND phường xử lý kỷ luật.' },
    });
    expect(JSON.stringify(seen)).not.toContain('Bộ phận Một cửa'); // the internal note stays internal

    const rows = await t.database.db
      .selectFrom('anonymousReportActions')
      .selectAll()
      .where('reportId', '=', id)
      .orderBy('seq')
      .execute();
    const entries = rows.map((r) => ({ ...r, at: r.at?.toISOString() ?? null }));
    expect(findReportChainBreak(entries)).toBeNull();
    const tampered = entries.map((e) => (e.seq === 3 ? { ...e, text: 'Sửa lại' } : e));
    expect(findReportChainBreak(tampered)).toBe(3);
  });

  it('refuses a step without its text or agency, naming the field, and changes nothing', async () => {
    const other = (await as('thanhtra.tinh', { url: '/api/reports?status=received' })).json().items[0].id;
    const act = (payload: object) =>
      as('thanhtra.tinh', { method: 'POST', url: `/api/reports/${other}/actions`, payload });
    for (const [payload, field] of [
      [{ action: 'answer' }, 'text'],
      [{ action: 'note', text: '   ' }, 'text'],
      [{ action: 'transfer' }, 'agencyCode'],
      [{ action: 'transfer', agencyCode: 'khong-co' }, 'agencyCode'],
      [{ action: 'phe-duyet' }, 'action'],
      [{ action: 'close', extra: 1 }, 'extra'],
    ] as const) {
      const res = await act(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain(field);
    }
    const view = (await as('thanhtra.tinh', { url: `/api/reports/${other}` })).json();
    expect(view.log).toHaveLength(1);
    expect((await as('thanhtra.tinh', { url: '/api/reports/not-a-uuid' })).statusCode).toBe(400);
    expect(
      (await as('thanhtra.tinh', { url: '/api/reports/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  it('counts reports per agency and per procedure, by kind and outcome, for the inspectorate and the supervisor', async () => {
    for (const who of ['thanhtra.tinh', 'giamsat.tinh']) {
      const res = await as(who, { url: '/api/reports/stats' });
      expect(res.statusCode, res.body).toBe(200);
      const stats = res.json();
      const agency = stats.byAgency.find((r: { ref: { code: string } | null }) => r.ref?.code === AGENCY);
      expect(agency.total).toBe(2);
      expect(agency.kinds).toMatchObject({ 'bribe-asked': 1, 'extra-papers': 1 });
      expect(agency.outcomes).toMatchObject({ transferred: 1, pending: 1 });
      const procedure = stats.byProcedure.find(
        (r: { ref: { code: string } | null }) => r.ref?.code === PROCEDURE,
      );
      expect(procedure.total).toBe(2);
      expect(stats.total).toBe(stats.byProcedure.reduce((n: number, r: { total: number }) => n + r.total, 0));
      expect(JSON.stringify(stats)).not.toContain('500.000');
    }
    expect((await as('admin', { url: '/api/reports/stats' })).statusCode).toBe(403);
    expect(
      (await as('thanhtra.tinh', { url: '/api/reports/stats?from=2026-12-31&to=2026-01-01' })).statusCode,
    ).toBe(400);
    const none = (
      await as('thanhtra.tinh', { url: '/api/reports/stats?from=2001-01-01&to=2001-12-31' })
    ).json();
    expect(none).toMatchObject({ total: 0, byAgency: [], byProcedure: [] });
  });
});
