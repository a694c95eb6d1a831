/**
 * Production mode refuses to start on a database that still holds demo accounts, with the published demo
 * portal token, or with a secret that looks typed rather than generated.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../src/app.ts';
import { DEMO_PORTAL_TOKEN, readEnv } from '../src/env.ts';
import { PRODUCTION_CITIZEN_OIDC } from './citizen-oidc-env.ts';
import { adminQuery, databaseUrl, PG_TEMPLATE_DB, TEST_ENGINE } from './test-db.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  MOTCUA_SESSION_SECRET: randomBytes(32).toString('base64'),
  MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn',
  MOTCUA_AUDIT_KEY: randomBytes(32).toString('base64'),
  ...PRODUCTION_CITIZEN_OIDC,
};

/** A seeded database for this test: a PostgreSQL clone of the template, or a fresh embedded directory. */
async function seededDatabase(): Promise<{ location: Record<string, string>; drop(): Promise<void> }> {
  if (TEST_ENGINE === 'postgres') {
    const name = `motcua_test_prod_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    return {
      location: { DATABASE_URL: databaseUrl(name) },
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-prod-'));
  const dev = await startApp(readEnv({ MOTCUA_DATA_DIR: dir, MOTCUA_SEED: 'demo' }), { logger: false });
  await dev.close();
  return {
    location: { MOTCUA_DATA_DIR: dir },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

describe('production start', () => {
  it('refuses demo accounts, then starts once they are disabled', async () => {
    const database = await seededDatabase();
    try {
      const env = readEnv({ ...PRODUCTION, ...database.location });
      await expect(startApp(env, { logger: false })).rejects.toThrow(/refuses demo accounts/);
      // The failed start released everything (embedded: the lock); disable the demo accounts and retry.
      const dev = await startApp(readEnv({ ...database.location }), { logger: false });
      await dev.database.db
        .updateTable('staffAccounts')
        .set({ disabledAt: new Date() })
        .where('isDemo', '=', true)
        .execute();
      await dev.close();
      const started = await startApp(env, { logger: false });
      await started.close();
    } finally {
      await database.drop();
    }
  }, 120_000);
});

describe('production configuration', () => {
  const main = path.resolve(import.meta.dirname, '../src/main.ts');
  it.each([
    ['the published demo portal token', { MOTCUA_PORTAL_TOKEN: DEMO_PORTAL_TOKEN }, /MOTCUA_PORTAL_TOKEN/],
    [
      'a long but repetitive session secret',
      { MOTCUA_SESSION_SECRET: 'motcua'.repeat(8) },
      /MOTCUA_SESSION_SECRET/,
    ],
    [
      'a low-entropy portal token',
      { MOTCUA_PORTAL_TOKEN: 'abcdefghijklmnopqrstuvwxyz012345' },
      /MOTCUA_PORTAL_TOKEN/,
    ],
    ['trusting every proxy', { MOTCUA_TRUSTED_PROXIES: 'true' }, /MOTCUA_TRUSTED_PROXIES/],
  ])('refuses to start with %s, naming the variable', (_label, change, message) => {
    // Its own empty directory and any free port, should a regression let it start (killed after 20 s).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-prod-config-'));
    try {
      const started = spawnSync(process.execPath, [main], {
        env: { PATH: process.env.PATH ?? '', ...PRODUCTION, MOTCUA_DATA_DIR: dir, PORT: '0', ...change },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(started.status, started.stderr).toBe(78);
      expect(started.stderr).toMatch(message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
