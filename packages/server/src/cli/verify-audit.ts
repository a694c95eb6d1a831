/**
 * `npm run audit:verify [-- <dossier code>]`: checks the hash chain of one dossier's log, or of all of them,
 * and names the first broken link. Exit 0 when every chain holds, 1 otherwise.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { verifyAuditChains } from '../modules/dossiers/audit/verify-audit-chains.ts';

const env = readEnv();
const code = process.argv[2];
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyAuditChains(database.db, code);
  for (const b of result.broken) {
    console.log(
      `✗ ${b.code}: chuỗi băm hỏng tại mục ${b.seq} (${b.reason}) / chain broken at entry ${b.seq}`,
    );
  }
  console.log(
    result.ok
      ? `✓ ${result.checked} hồ sơ, chuỗi nhật ký nguyên vẹn / ${result.checked} dossiers, every chain holds`
      : `✗ ${result.broken.length}/${result.checked} hồ sơ có chuỗi nhật ký bị sửa / chains broken`,
  );
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
