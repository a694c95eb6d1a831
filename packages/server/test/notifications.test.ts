/**
 * Notifications (issue 11 item 3): every event of a dossier's life gives one message per channel, written
 * from what the log entry decided; retries with backoff, a dead letter after the last attempt, and an
 * outbox row handed out twice still sends once. Runs on PGlite and PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError } from '../src/modules/notifications/channels/channel.ts';
import { dispatchOutbox } from '../src/modules/notifications/dispatch-outbox.ts';
import { startTestWorker, type TestWorker } from './notify-helpers.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const TOKEN = 'portal-token-for-tests-0123456789';
let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
let w: TestWorker;
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_PORTAL_TOKEN: TOKEN }, clock: () => clock });
  w = await startTestWorker(t.database);
}, 60_000);
afterAll(async () => {
  await w?.stop();
  await t?.close();
});

const sink = async (code: string) =>
  (
    await t.database.db
      .selectFrom('notificationSink')
      .selectAll()
      .where('dossierCode', '=', code)
      .orderBy('id')
      .execute()
  ).map((r) => ({ channel: r.channel, to: r.recipient, subject: r.subject, text: r.body, copies: r.copies }));
const deliveries = (code: string) =>
  t.database.db
    .selectFrom('notificationDeliveries')
    .selectAll()
    .where('dossierCode', '=', code)
    .orderBy('id')
    .execute();

const act = async (username: string, code: string, action: string, extra: object = {}) => {
  const res = await t.act(username, code, action, extra);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
};

/** A late birth registration received at the commune's counter for applicant n (ID, phone from n). */
const receiveFor = (n: number, fullName: string, email?: string) =>
  t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
    fullName,
    idNumber: `0371900010${String(n).padStart(2, '0')}`,
    phone: `09120000${String(n).padStart(2, '0')}`,
    ...(email ? { email } : {}),
  } as never);

describe('one message per event and channel', () => {
  it('tells the applicant at each step of a dossier’s life, by SMS and e-mail', async () => {
    const { code, dueDate } = await receiveFor(1, 'Đỗ Thị Mai', 'mai@example.vn');
    await act('tiepnhan.xa', code, 'transfer');
    await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    await act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy tờ',
      data: { missing: [{ name: 'Giấy chứng sinh (bản chính)', reason: 'Chưa nộp' }] },
    });
    await act('tiepnhan.xa', code, 'supplement');
    await act('chuyenvien.xa', code, 'request-payment', { data: { amount: 8000 } });
    await act('tiepnhan.xa', code, 'record-payment', { data: { method: 'cash' } });
    await act('lanhdao.xa', code, 'apologize-extend', {
      reason: 'Chờ kết quả xác minh',
      data: { newDueDate: '2025-03-20' },
    });
    await act('chuyenvien.xa', code, 'submit-for-approval');
    await act('lanhdao.xa', code, 'approve');
    await act('vanthu.xa', code, 'issue-result', { data: { number: '1/2025' } });
    await act('tiepnhan.xa', code, 'schedule-return', {
      data: { appointmentAt: '2025-03-20T09:00:00+07:00' },
    });
    await act('tiepnhan.xa', code, 'return-result', {
      data: { collector: { fullName: 'Đỗ Thị Mai', idNumber: '037190001001', relation: 'self' } },
    });
    await w.settle();

    const got = await sink(code);
    const sms = got.filter((m) => m.channel === 'sms').map((m) => m.text);
    const mail = got.filter((m) => m.channel === 'email');
    // received, supplement, payment, apology, result ready, returned: nothing for the officers' own steps.
    expect(sms).toHaveLength(6);
    expect(mail).toHaveLength(6);
    expect(got.every((m) => m.copies === 1)).toBe(true);
    const [dd, mm, yyyy] = [dueDate.slice(8, 10), dueDate.slice(5, 7), dueDate.slice(0, 4)];
    expect(sms.find((m) => /da duoc tiep nhan|đã được tiếp nhận/.test(m))).toContain(`${dd}/${mm}/${yyyy}`);
    expect(sms.find((s) => /bo sung|bổ sung/.test(s))).toMatch(/Giấy chứng sinh|Giay chung sinh/);
    expect(sms.find((s) => /8\.000/.test(s))).toBeDefined();
    expect(sms.find((s) => s.includes('20/03/2025') && /(X|x)in lỗi|(X|x)in loi/.test(s))).toBeDefined();
    expect(sms.find((s) => s.includes('09:00 20/03/2025'))).toMatch(/Hoa Lư|Hoa Lu/);
    // The return's message carries the rating page with the receipt's check code (issue 13, item 1).
    const check = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as('tiepnhan.xa') } })
    ).json().checkCode as string;
    expect(sms.find((s) => /tra ket qua|trả kết quả/.test(s) && s.includes('/danh-gia/'))).toContain(
      `/danh-gia/${code}?check=${check}`,
    );
    const receivedMail = mail.find((m) => m.subject === `Hồ sơ ${code} đã được tiếp nhận`);
    expect(receivedMail?.to).toBe('mai@example.vn');
    expect(receivedMail?.text).toContain('Kính gửi ông/bà');
    const rows = await deliveries(code);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.sentAt !== null)).toBe(true);
  }, 120_000);

  it('tells an online applicant their dossier was sent, accepted or refused, and a stop', async () => {
    clock = new Date('2025-03-04T09:00:00+07:00');
    const submit = async (ref: string, idNumber: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/dossiers',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: {
          procedureCode: '1.001193',
          caseCode: 'dung-han',
          channel: 'online',
          receivingAgencyCode: 'ninh-binh.phuong-hoa-lu.ttpvhcc',
          portalReference: ref,
          applicant: { fullName: 'Lò Văn Páo', idNumber, phone: '0915222333' },
          components: [{ id: 'to-khai', quantity: 1 }],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().code as string;
    };
    const accepted = await submit('G22-250304-000001', '037095001111');
    const refused = await submit('G22-250304-000002', '037095001112');
    await act('tiepnhan.xa', accepted, 'receive');
    await act('tiepnhan.xa', refused, 'refuse', { reason: 'Hồ sơ không thuộc thẩm quyền' });
    await act('tiepnhan.xa', accepted, 'stop', {
      reason: 'Người nộp đề nghị dừng',
      data: { requestedVia: 'post' },
    });
    await w.settle();
    // Sent, accepted, stopped: one SMS each (no e-mail given, no Zalo chosen). Events a moment apart may
    // be sent by batches in flight at once, so the order they land in is not asserted (ADR 0003).
    const a = (await sink(accepted)).map((m) => `${m.channel}: ${m.text}`);
    expect(a).toHaveLength(3);
    for (const said of [
      /gui truc tuyen|gửi trực tuyến/,
      /da duoc tiep nhan|đã được tiếp nhận/,
      /dung giai quyet|dừng giải quyết/,
    ]) {
      expect(
        a.filter((m) => said.test(m)),
        String(said),
      ).toHaveLength(1);
    }
    const r = (await sink(refused)).map((m) => m.text);
    expect(r).toHaveLength(2);
    expect(r.filter((m) => /khong thuoc tham quyen|không thuộc thẩm quyền/.test(m))).toHaveLength(1);
  }, 60_000);

  it('follows a citizen’s own choice of channels (Zalo only), keyed by the ID number', async () => {
    // A signed-in citizen (their account and session, as the VNeID login leaves them).
    const idNumber = '037190001002';
    const token = 'citizen-session-token-for-the-notification-test';
    const now = new Date();
    await t.database.db
      .insertInto('citizenAccounts')
      .values({
        idNumber,
        fullName: 'Vũ Văn Nam',
        birthDate: '1990-01-01',
        phone: '0912000002',
        identityProvider: 'test',
        subject: idNumber,
        assurance: 'LoA2',
        nationalEid: true,
        firstLoginAt: now,
        lastLoginAt: now,
      })
      .execute();
    await t.database.db
      .insertInto('citizenSessions')
      .values({
        tokenHash: createHash('sha256').update(token).digest('hex'),
        idNumber,
        identityProvider: 'test',
        assurance: 'LoA2',
        nationalEid: true,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 3600_000),
      })
      .execute();
    const cookie = `motcua.citizen=${token}`;
    const url = '/api/citizen/notification-preferences';
    expect((await t.app.inject({ url, headers: { cookie } })).json()).toEqual({
      sms: true,
      email: true,
      zalo: false,
      chosen: false,
    });
    const bad = await t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { sms: 'yes' } });
    expect(bad.statusCode).toBe(400);
    const chose = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie },
      payload: { sms: false, email: false, zalo: true },
    });
    expect(chose.json()).toEqual({ sms: false, email: false, zalo: true, chosen: true });
    const { code } = await receiveFor(2, 'Vũ Văn Nam', 'nam@example.vn');
    await w.settle();
    expect((await sink(code)).map((m) => [m.channel, m.to])).toEqual([['zalo', '0912000002']]);
    expect((await deliveries(code))[0]?.params).toMatchObject({ code });
  });

  it('uses the administrator’s wording, refusing unknown placeholders, and goes back to the default', async () => {
    const admin = await t.as('admin');
    const url = '/api/admin/notification-templates/received/sms';
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: admin },
      payload: { body: 'Hẹn {ngay_hen}' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body');
    const noSms = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/notification-templates/officer-warning/sms',
      headers: { cookie: admin },
      payload: { body: 'x' },
    });
    expect(noSms.statusCode).toBe(404);
    const ok = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: admin },
      payload: { body: 'MotCua: ho so {code} da tiep nhan, hen tra {dueDate}.' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const list = (
      await t.app.inject({ url: '/api/admin/notification-templates', headers: { cookie: admin } })
    ).json();
    expect(
      list.items.find(
        (i: { event: string; channel: string }) => i.event === 'received' && i.channel === 'sms',
      ),
    ).toMatchObject({ edited: true, updatedBy: 'admin' });
    const { code } = await receiveFor(5, 'Hà Văn Tư');
    await w.settle();
    expect((await sink(code))[0]?.text).toMatch(
      new RegExp(`^MotCua: ho so ${code.replace(/\./g, '\\.')} da tiep nhan, hen tra \\d\\d/`),
    );
    expect((await t.app.inject({ method: 'DELETE', url, headers: { cookie: admin } })).statusCode).toBe(200);
    const back = (
      await t.app.inject({ url: '/api/admin/notification-templates', headers: { cookie: admin } })
    ).json();
    expect(
      back.items.find(
        (i: { event: string; channel: string }) => i.event === 'received' && i.channel === 'sms',
      ).edited,
    ).toBe(false);
  });

  it('marks unknown topics handled with no message, and e-mails the deadline warnings to staff', async () => {
    const topics = [
      ['dossier.appraise', { code: 'X' }],
      [
        'deadline.officer-warning',
        {
          code: 'DL-0001',
          procedureName: 'Đăng ký khai sinh',
          dueDate: '2025-03-06',
          staffId: 's1',
          staffName: 'Nguyễn Văn Chuyên',
          email: 'chuyenvien@example.vn',
        },
      ],
      [
        'deadline.leader-warning',
        {
          code: 'DL-0001',
          procedureName: 'Đăng ký khai sinh',
          dueDate: '2025-03-06',
          staffId: 's2',
          staffName: 'Trần Văn Lãnh',
          email: 'lanhdao@example.vn',
        },
      ],
      [
        'deadline.leader-warning',
        {
          code: 'DL-0002',
          procedureName: 'Đăng ký khai sinh',
          dueDate: '2025-03-06',
          staffId: 's3',
          staffName: 'Không Thư',
          email: null,
        },
      ],
    ] as const;
    const ids = [];
    for (const [topic, payload] of topics) {
      const row = await t.database.db
        .insertInto('outbox')
        .values({ topic, payload: JSON.stringify(payload) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    await w.settle();
    const outcomes = await t.database.db
      .selectFrom('outbox')
      .select(['id', 'outcome'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(outcomes.map((o) => o.outcome)).toEqual(['no-message', 'sent', 'sent', 'no-message']);
    const mails = await sink('DL-0001');
    expect(mails.map((m) => [m.channel, m.to])).toEqual([
      ['email', 'chuyenvien@example.vn'],
      ['email', 'lanhdao@example.vn'],
    ]);
    expect(mails[0]?.subject).toBe('Sắp đến hạn: hồ sơ DL-0001 / Due soon: dossier DL-0001');
    expect(mails[0]?.text).toContain('Nguyễn Văn Chuyên');
    expect(mails[1]?.text).toContain('06/03/2025');
    expect(mails[1]?.text).toContain('Dear Trần Văn Lãnh');
  });
});

describe('at-least-once delivery, once in effect', () => {
  it('an outbox row handed out twice still sends once per channel', async () => {
    const { code } = await receiveFor(3, 'Lê Văn Hai', 'hai@example.vn');
    await w.settle();
    // As if a second worker had taken the same row: undelivered again, dispatched again.
    await sql`UPDATE outbox SET delivered_at = NULL WHERE payload->>'code' = ${code}`.execute(t.database.db);
    await dispatchOutbox(t.database.db, w.worker.boss, {
      batchSize: 100,
      maxAgeMs: 3600_000,
      channels: ['sms', 'email'],
    });
    await w.settle();
    expect((await deliveries(code)).length).toBe(2);
    expect((await sink(code)).map((m) => [m.channel, m.copies])).toEqual([
      ['sms', 1],
      ['email', 1],
    ]);
  });

  it('retries a failing channel with backoff, then dead-letters it after the last attempt', async () => {
    await w.stop();
    let calls = 0;
    const flaky = {
      async send() {
        calls++;
        throw new ChannelError('gateway down');
      },
    };
    w = await startTestWorker(
      t.database,
      { retryLimit: 2, retryDelaySeconds: 1, retryDelayMaxSeconds: 1 },
      { sms: flaky },
    );
    const { code } = await receiveFor(4, 'Phan Văn Ba', 'ba@example.vn');
    const until = Date.now() + 40_000;
    let rows = await deliveries(code);
    while (Date.now() < until) {
      await w.worker.dispatchNow();
      rows = await deliveries(code);
      if (rows.find((r) => r.channel === 'sms')?.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const smsRow = rows.find((r) => r.channel === 'sms');
    expect(smsRow).toMatchObject({ status: 'failed', attempts: 3, lastError: 'gateway down' });
    expect(calls).toBe(3);
    expect(rows.find((r) => r.channel === 'email')?.status).toBe('sent');
    // The dead letter is queued by pg-boss just after the last failure is recorded: wait for it too.
    let dead = await w.worker.boss.findJobs('notify.dead', { data: { deliveryId: smsRow?.id } });
    while (dead.length === 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      dead = await w.worker.boss.findJobs('notify.dead', { data: { deliveryId: smsRow?.id } });
    }
    expect(dead).toHaveLength(1);
    // The administrators' list shows it as failed.
    const list = await t.app.inject({
      url: `/api/admin/notifications?dossier=${code}`,
      headers: { cookie: await t.as('admin') },
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.find((i: { channel: string }) => i.channel === 'sms')).toMatchObject({
      event: 'received',
      status: 'failed',
      attempts: 3,
      to: '0912000004',
    });
  }, 60_000);
});
