/**
 * `npm run complaints:verify [-- <case code>]`: verifies the hash chain of every complaint and denunciation
 * case (docs/domain/complaints-and-denunciations.md#states-and-actions). Exit 0 when every chain holds.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { verifyCaseChains } from '../modules/complaints/complaints.repo.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyCaseChains(database.db, process.argv[2]);
  for (const b of result.broken) console.error(`Chuỗi băm hỏng / broken chain: ${b.code} at entry ${b.seq}`);
  console.info(
    `${result.checked} vụ việc đã kiểm tra / cases checked, ${result.broken.length} hỏng / broken`,
  );
  process.exitCode = result.broken.length === 0 ? 0 : 1;
} finally {
  await database.close();
}
