/**
 * Retention (issue 9, finding 14): expired staff and citizen sessions, old idempotency keys and delivered outbox rows are
 * purged in batches by the rule core states; nothing younger than its period, no undelivered notification.
 */
import { DEFAULT_RETENTION, isDueForPurge, purgeCutoffs } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.ts';
import { purgeExpired, startPurgeTimer } from '../src/jobs/purge-expired.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-02T03:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Ages around each period's edge (a row exactly at the edge is kept).
const AGES = [-DAY, 0, 1, 60_000, DAY, 7 * DAY - 1, 7 * DAY, 7 * DAY + 1, 30 * DAY, 30 * DAY + 1, 400 * DAY];

async function fill() {
  const db = t.database.db;
  await db.deleteFrom('sessions').execute();
  await db.deleteFrom('citizenSessions').execute();
  await db
    .insertInto('citizenAccounts')
    .values({
      idNumber: '001090000001',
      fullName: 'Nguyễn Văn Thử',
      birthDate: null,
      phone: null,
      identityProvider: 'test',
      subject: 'test-1',
      assurance: 'LoA2',
      nationalEid: true,
      firstLoginAt: now,
      lastLoginAt: now,
    })
    .onConflict((oc) => oc.column('idNumber').doNothing())
    .execute();
  await db.deleteFrom('idempotencyKeys').execute();
  await db.deleteFrom('outbox').execute();
  await db.deleteFrom('notificationSink').execute();
  for (const [i, age] of AGES.entries()) {
    await db
      .insertInto('sessions')
      .values({ id: `s${i}`, data: '{}', expiresAt: ago(age) })
      .execute();
    await db
      .insertInto('citizenSessions')
      .values({
        tokenHash: `c${i}`,
        idNumber: '001090000001',
        identityProvider: 'test',
        assurance: 'LoA2',
        nationalEid: true,
        createdAt: ago(age + DAY),
        expiresAt: ago(age),
      })
      .execute();
    await db
      .insertInto('idempotencyKeys')
      .values({
        owner: 'portal',
        key: `k${i}`,
        requestHash: 'h',
        status: 201,
        response: '{}',
        createdAt: ago(age),
      })
      .execute();
    await db
      .insertInto('outbox')
      .values([
        { topic: `delivered-${i}`, payload: '{}', createdAt: ago(age + DAY), deliveredAt: ago(age) },
        { topic: `pending-${i}`, payload: '{}', createdAt: ago(age) },
      ])
      .execute();
    await db
      .insertInto('notificationSink')
      .values({
        channel: 'sms',
        messageKey: `m${i}`,
        recipient: '0911000111',
        body: 'x',
        receivedAt: ago(age),
      })
      .execute();
  }
}

describe('retention purge', () => {
  it('deletes exactly what core says is due, in batches, and nothing else', async () => {
    await fill();
    const counts = await purgeExpired(t.database.db, now, { batchSize: 2 });
    const c = purgeCutoffs(now, DEFAULT_RETENTION);
    const expected = (due: (age: number) => boolean) => AGES.filter((a) => !due(a)).length;
    const sessions = await t.database.db.selectFrom('sessions').select('expiresAt').execute();
    const citizenSessions = await t.database.db.selectFrom('citizenSessions').select('expiresAt').execute();
    const keys = await t.database.db.selectFrom('idempotencyKeys').select('createdAt').execute();
    const outbox = await t.database.db.selectFrom('outbox').select(['topic', 'deliveredAt']).execute();
    expect(sessions).toHaveLength(expected((a) => isDueForPurge.session({ expiresAt: ago(a) }, c)));
    expect(citizenSessions).toHaveLength(sessions.length);
    expect(keys).toHaveLength(expected((a) => isDueForPurge.idempotencyKey({ createdAt: ago(a) }, c)));
    expect(outbox.filter((r) => r.deliveredAt !== null)).toHaveLength(
      expected((a) => isDueForPurge.outbox({ deliveredAt: ago(a) }, c)),
    );
    const sink = await t.database.db.selectFrom('notificationSink').select('receivedAt').execute();
    expect(sink).toHaveLength(expected((a) => isDueForPurge.demoSinkCopy({ receivedAt: ago(a) }, c)));
    // Every undelivered row stays, however old.
    expect(outbox.filter((r) => r.deliveredAt === null)).toHaveLength(AGES.length);
    for (const s of sessions) expect(s.expiresAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
    for (const k of keys) expect(k.createdAt.getTime()).toBeGreaterThanOrEqual(now.getTime() - 7 * DAY);
    expect(counts).toEqual({
      sessions: 9,
      citizenSessions: 9,
      idempotencyKeys: 4,
      outbox: 2,
      drafts: 0,
      demoSink: 2,
    });
    // Again: nothing more is due.
    expect(await purgeExpired(t.database.db, now)).toEqual({
      sessions: 0,
      citizenSessions: 0,
      idempotencyKeys: 0,
      outbox: 0,
      drafts: 0,
      demoSink: 0,
    });
  });

  it('takes its periods from the environment', async () => {
    await fill();
    const env = readEnv({
      MOTCUA_DATA_DIR: '.tmp/unused',
      MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS: '1',
      MOTCUA_RETAIN_DELIVERED_OUTBOX_DAYS: '365',
    });
    const counts = await purgeExpired(t.database.db, now, { periods: env.retention });
    expect(counts).toEqual({
      sessions: 9,
      citizenSessions: 9,
      idempotencyKeys: 6,
      outbox: 1,
      drafts: 0,
      demoSink: 1,
    });
    expect(readEnv({ MOTCUA_DATA_DIR: '.tmp/unused' }).purgeIntervalMs).toBe(60 * 60_000);
    for (const bad of ['0', '-1', '1.5', 'x'])
      expect(() =>
        readEnv({ MOTCUA_DATA_DIR: '.tmp/unused', MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS: bad }),
      ).toThrow(/MOTCUA_RETAIN_IDEMPOTENCY_KEYS_DAYS/);
    expect(() => readEnv({ MOTCUA_DATA_DIR: '.tmp/unused', MOTCUA_PURGE_INTERVAL_MINUTES: 'often' })).toThrow(
      /MOTCUA_PURGE_INTERVAL_MINUTES/,
    );
  });

  it('runs in the server at once and then on its interval, until stopped', async () => {
    await fill();
    const reports: unknown[] = [];
    const timer = startPurgeTimer(t.database.db, {
      periods: DEFAULT_RETENTION,
      intervalMs: 60 * 60_000,
      clock: () => now,
      report: (outcome) => reports.push(outcome),
    });
    await timer.stop();
    expect(reports).toEqual([
      { sessions: 9, citizenSessions: 9, idempotencyKeys: 4, outbox: 2, drafts: 0, demoSink: 2 },
    ]);
    const off = startPurgeTimer(t.database.db, {
      periods: DEFAULT_RETENTION,
      intervalMs: 0,
      report: () => {},
    });
    await off.stop();
  });

  it('keeps a signed-in officer’s live session', async () => {
    const cookie = await t.login('tiepnhan.xa');
    await purgeExpired(t.database.db, new Date());
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });
});
