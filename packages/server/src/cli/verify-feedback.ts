/**
 * `npm run feedback:verify [-- <PAKN code>]`: verifies the hash chain of every feedback and petition case
 * (docs/domain/feedback.md). Exit 0 when every chain holds.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { verifyFeedbackChains } from '../modules/feedback/feedback.repo.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyFeedbackChains(database.db, process.argv[2]);
  for (const b of result.broken) console.error(`Chuỗi băm hỏng / broken chain: ${b.code} at entry ${b.seq}`);
  console.info(
    `${result.checked} phản ánh, kiến nghị đã kiểm tra / cases checked, ${result.broken.length} hỏng / broken`,
  );
  process.exitCode = result.broken.length === 0 ? 0 : 1;
} finally {
  await database.close();
}
