/**
 * Never lost, never doubled in effect (issue 11, "Done when"): the notification worker runs as a child
 * process and is SIGKILLed twice — once after the outbox rows were committed into pg-boss and before
 * anything was sent, once after sending and before recording it — then restarted. Every (outbox row,
 * channel) reaches its receiver, and each receiver, honouring the message key as a real provider's
 * idempotency key, holds it exactly once, although the second kill made the worker send some twice
 * (at-least-once delivery, once in effect: ADR 0003).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/adapters/db/database.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../src/modules/notifications/channels/smtp-catcher.ts';
import { adminQuery, databaseUrl, PG_TEMPLATE_DB, PGLITE_TEMPLATE_FILE, TEST_ENGINE } from './test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(import.meta.dirname, 'fixtures/notify-worker-child.ts');
const ROWS = 40;

/** What each receiver got: every arrival, by message key. */
const received = { email: [] as string[], sms: [] as string[], zalo: [] as string[] };
let catcher: SmtpCatcher;
const servers: http.Server[] = [];
async function receiver(onBody: (body: Record<string, unknown>) => void, answer: string): Promise<string> {
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      onBody(JSON.parse(data));
      res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
}

let dataDir = '';
let dbName = '';
let smsUrl = '';
let zaloUrl = '';
beforeAll(async () => {
  catcher = await startSmtpCatcher(async (m) => {
    received.email.push(m.key);
  });
  smsUrl = await receiver((b) => received.sms.push(String(b.reference)), '{"ok":true}');
  zaloUrl = await receiver(
    (b) => received.zalo.push(String(b.tracking_id)),
    '{"error":0,"message":"Success"}',
  );
  const handle =
    TEST_ENGINE === 'postgres'
      ? await (async () => {
          dbName = `motcua_notify_kill_${process.pid}`;
          await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${PG_TEMPLATE_DB}`);
          return openDatabase({ databaseUrl: databaseUrl(dbName) });
        })()
      : await (async () => {
          dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-notify-kill-'));
          return openDatabase({ dataDir, loadDataDir: new Blob([fs.readFileSync(PGLITE_TEMPLATE_FILE)]) });
        })();
  // Committed outbox rows, as intake writes them; every third applicant chose Zalo as well.
  for (let i = 0; i < ROWS; i++) {
    const idNumber = String(37_190_100_000 + i).padStart(12, '0');
    if (i % 3 === 0) {
      await handle.db
        .insertInto('notificationPreferences')
        .values({ idNumber, sms: true, email: true, zalo: true, updatedAt: new Date() })
        .execute();
    }
    await handle.db
      .insertInto('outbox')
      .values({
        topic: 'dossier.received',
        payload: JSON.stringify({
          code: `KILL-${i}`,
          seq: 1,
          to: { phone: `09120${String(i).padStart(5, '0')}`, email: `a${i}@example.vn`, idNumber },
          facts: { code: `KILL-${i}`, procedureName: 'Đăng ký khai sinh', dueDate: '2026-03-10' },
        }),
      })
      .execute();
  }
  await handle.close();
}, 60_000);
afterAll(async () => {
  await catcher?.close();
  for (const s of servers) s.close();
  if (dbName) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the child until it prints `until`; SIGKILLs it at a crash point. */
function run(crash: 'before-send' | 'after-send' | 'none'): Promise<string> {
  const child: ChildProcess = spawn(process.execPath, [CHILD], {
    cwd: ROOT,
    env: {
      ...process.env,
      NOTIFY_CRASH: crash,
      NOTIFY_SMTP_URL: catcher.url,
      NOTIFY_SMS_URL: smsUrl,
      NOTIFY_ZALO_URL: zaloUrl,
      ...(dbName ? { DATABASE_URL: databaseUrl(dbName) } : { NOTIFY_DATA_DIR: dataDir }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let errors = '';
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker (${crash}) did not get there: ${out} ${errors}`));
    }, 90_000);
    child.stdout?.on('data', (d) => {
      out += d;
      if (out.includes('CRASH-POINT')) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && out.includes('CRASH-POINT')) resolve('killed');
      else if (code === 0 && out.includes('SETTLED')) resolve('settled');
      else reject(new Error(`the worker exited (${code ?? signal}): ${out} ${errors}`));
    });
  });
}

describe('SIGKILL between commit and send', () => {
  it('delivers every message exactly once in effect', async () => {
    expect(await run('before-send')).toBe('killed');
    const afterFirst = received.email.length + received.sms.length + received.zalo.length;
    expect(afterFirst, 'killed before anything was sent').toBe(0);
    expect(await run('after-send')).toBe('killed');
    const sentUnrecorded = received.email.length + received.sms.length + received.zalo.length;
    expect(sentUnrecorded, 'the second worker sent before it was killed').toBeGreaterThan(0);
    expect(await run('none')).toBe('settled');

    const expected = (channel: string, every = 1) =>
      Array.from({ length: ROWS }, (_, i) => i)
        .filter((i) => i % every === 0)
        .map((i) => `outbox-${i}-${channel}`);
    const ids = async () => {
      // The outbox ids are the template's next ones: read them back instead of assuming.
      const handle = dbName
        ? await openDatabase({ databaseUrl: databaseUrl(dbName) })
        : await openDatabase({ dataDir });
      try {
        const rows = await handle.db
          .selectFrom('notificationDeliveries')
          .select(['outboxId', 'channel', 'status', 'attempts'])
          .orderBy('id')
          .execute();
        const outbox = await handle.db.selectFrom('outbox').select(['id', 'payload']).orderBy('id').execute();
        return { rows, outbox };
      } finally {
        await handle.close();
      }
    };
    const { rows, outbox } = await ids();
    const idOf = new Map(outbox.map((o) => [String((o.payload as { code?: string }).code), o.id]));
    const keys = (channel: string, every = 1) =>
      expected(channel, every)
        .map((k) => k.replace(/outbox-(\d+)-/, (_, i) => `outbox-${idOf.get(`KILL-${i}`)}-`))
        .sort();
    const once = (list: string[]) => [...new Set(list)].sort();
    // Every message reached its receiver; each receiver holds each key once.
    expect(once(received.email)).toEqual(keys('email'));
    expect(once(received.sms)).toEqual(keys('sms'));
    expect(once(received.zalo)).toEqual(keys('zalo', 3));
    // One delivery per (outbox row, channel), all recorded as sent.
    expect(rows).toHaveLength(ROWS * 2 + Math.ceil(ROWS / 3));
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const arrivals = received.email.length + received.sms.length + received.zalo.length;
    const unique = rows.length;
    expect(arrivals).toBeGreaterThan(unique); // the kill after sending did make the worker send again
    console.info(
      `notify SIGKILL (${TEST_ENGINE}): ${unique} messages, ${arrivals} arrivals (${arrivals - unique} resent after the kill, dropped by key), 0 lost, 0 doubled`,
    );
  }, 240_000);
});
