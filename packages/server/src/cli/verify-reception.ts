/**
 * `npm run reception:verify [-- <agency code>]`: verifies the hash-chained reception log of every agency
 * (docs/security.md#citizen-reception-dialogues-and-contacts-issue-12-item-4). Exit 0 when every chain holds.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { verifyReceptionChains } from '../modules/reception/reception.repo.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyReceptionChains(database.db, process.argv[2]);
  for (const b of result.broken)
    console.error(`Chuỗi băm hỏng / broken chain: ${b.agencyCode} at entry ${b.seq}`);
  console.info(
    `${result.agencies} cơ quan, ${result.entries} mục đã kiểm tra / agencies, entries checked, ${result.broken.length} hỏng / broken`,
  );
  process.exitCode = result.broken.length === 0 ? 0 : 1;
} finally {
  await database.close();
}
