/** Builds the seeded template database once per run (see test-db.ts). */
import fs from 'node:fs';
import { openDatabase } from '../src/adapters/db/database.ts';
import { migrate } from '../src/adapters/db/migrate.ts';
import { seedDemo } from '../src/seed/demo-seed.ts';
import {
  adminQuery,
  databaseUrl,
  FIXTURE_CATALOGUE,
  PG_TEMPLATE_DB,
  PGLITE_TEMPLATE_FILE,
  TEST_ENGINE,
  TMP_DIR,
} from './test-db.ts';

export default async function setup(): Promise<() => Promise<void>> {
  if (TEST_ENGINE === 'postgres') {
    await adminQuery(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    const handle = await openDatabase({ databaseUrl: databaseUrl(PG_TEMPLATE_DB) });
    await migrate(handle.pool);
    await seedDemo(handle.db, { catalogueDir: FIXTURE_CATALOGUE });
    await handle.close();
    return async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    };
  }
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.pool);
  await seedDemo(handle.db, { catalogueDir: FIXTURE_CATALOGUE });
  const dump = await handle.dumpDataDir!();
  fs.writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  return async () => {};
}
