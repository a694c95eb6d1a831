/**
 * One code path for both databases (docs/adr/0002): Kysely's PostgresDialect over a node-postgres Pool.
 * With DATABASE_URL the pool talks to PostgreSQL; without it, to an embedded PGlite through its
 * node-postgres adapter, under an exclusive lock on the data directory.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DirLock, lockDataDir } from './lock-file.ts';
import type { Database } from './schema.ts';

// Dates stay 'YYYY-MM-DD' strings (PlainDate); bigint counts become numbers (they stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type DatabaseKind = 'embedded' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  pool: pg.Pool;
  /** Embedded only: a gzip dump of the data directory (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm, pgcrypto };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Embedded data directory; `memory://` for an in-memory database (tests). */
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests: a migrated template, ~0.5 s instead of initdb). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool
    // replaces it on the next checkout.
    pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    return wrap(pool, 'postgres', async () => {});
  }
  const dataDir = options.dataDir ?? path.resolve('data');
  const isMemory = dataDir.startsWith('memory://');
  const lock: DirLock | undefined = isMemory ? undefined : lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({
      ...(isMemory ? {} : { dataDir: path.join(dataDir, 'pglite') }),
      extensions: PGLITE_EXTENSIONS,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const pool = new pg.Pool(createPgConfig(pglite));
    const handle = wrap(pool, 'embedded', async () => {
      await pglite.close();
      lock?.release();
    });
    return { ...handle, dumpDataDir: () => pglite.dumpDataDir('gzip') };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

function wrap(pool: pg.Pool, kind: DatabaseKind, closeEngine: () => Promise<void>): DatabaseHandle {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  let closed = false;
  return {
    db,
    kind,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await closeEngine();
    },
  };
}
