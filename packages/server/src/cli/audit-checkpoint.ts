/**
 * `npm run audit:checkpoint`: verifies the audit trail, then signs a checkpoint of every dossier's chain head
 * with MOTCUA_AUDIT_KEY (docs/security.md#audit-trail). Refuses (exit 1) when the trail does not hold, so a
 * checkpoint never vouches for a tampered state. Prints the new checkpoint's HMAC: keep it outside the
 * database too (a ticket, the operations log), which shows the newest checkpoints deleted.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { writeCheckpoint } from '../modules/dossiers/audit/audit-checkpoint.ts';
import { verifyAuditChains } from '../modules/dossiers/audit/verify-audit-chains.ts';
import { auditDeps } from './audit-deps.ts';
import { printAuditResult } from './print-audit.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyAuditChains(database.db, await auditDeps(database.db, env));
  if (!result.ok) {
    printAuditResult(result);
    console.log('✗ không ghi mốc khi nhật ký có vấn đề / no checkpoint written over a broken trail');
    process.exitCode = 1;
  } else {
    const checkpoint = await writeCheckpoint(database.db, env.auditKey, new Date());
    console.log(
      `✓ mốc kiểm tra / checkpoint ${checkpoint.seq}: ${checkpoint.heads.length} hồ sơ / dossiers, ` +
        `${checkpoint.at}, HMAC ${checkpoint.hmac}`,
    );
  }
} finally {
  await database.close();
}
