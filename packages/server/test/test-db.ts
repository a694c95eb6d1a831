/**
 * Test databases. Each test file gets its own database, cloned from a template that global-setup migrated
 * and seeded once: a PGlite data-dir dump (~0.5 s to load) or a PostgreSQL `CREATE DATABASE … TEMPLATE`.
 * MOTCUA_TEST_DB picks the engine: `pglite` (default) or `postgres` (MOTCUA_TEST_PG_URL).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/adapters/db/database.ts';

export const TEST_ENGINE = (process.env.MOTCUA_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const ADMIN_URL = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TMP_DIR = path.resolve(import.meta.dirname, '../../../.tmp');
export const PGLITE_TEMPLATE_FILE = path.join(TMP_DIR, 'pglite-template.tar.gz');
export const PG_TEMPLATE_DB = process.env.MOTCUA_TEST_PG_TEMPLATE ?? 'motcua_test_template';
export const FIXTURE_CATALOGUE = path.resolve(import.meta.dirname, 'fixtures/catalogue');

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the seeded template; `close` drops it. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (TEST_ENGINE === 'postgres') {
    const name = `motcua_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    const handle = await openDatabase({ databaseUrl: databaseUrl(name), poolSize: 4 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dump = new Blob([fs.readFileSync(PGLITE_TEMPLATE_FILE)]);
  return openDatabase({ dataDir: 'memory://', loadDataDir: dump });
}
