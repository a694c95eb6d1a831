/** `npm run seed`: (re)load the demo data into the configured database. Idempotent; refused in production. */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { seedDemo } from '../seed/demo-seed.ts';

const env = readEnv();
if (env.isProduction) {
  console.error('Production mode refuses demo data.');
  process.exit(78);
}
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const counts = await seedDemo(database.db);
  console.log(
    `Đã nạp dữ liệu mẫu / demo data loaded: ${counts.units} units, ${counts.agencies} agencies, ` +
      `${counts.accounts} accounts, ${counts.procedures} procedures`,
  );
} finally {
  await database.close();
}
