/** Production mode refuses to start on a database that still holds demo accounts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../src/app.ts';
import { readEnv } from '../src/env.ts';
import { adminQuery, databaseUrl, PG_TEMPLATE_DB, TEST_ENGINE } from './test-db.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  MOTCUA_SESSION_SECRET: 'a-production-secret-with-more-than-32-chars',
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
