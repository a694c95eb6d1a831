/**
 * `npm run audit:verify [-- <dossier code>]`: verifies the audit trail of one dossier or of all — each log's
 * hash chain, the signed checkpoints of the chain heads (MOTCUA_AUDIT_KEY), the rows' cached columns and the
 * stored files' digests (docs/security.md#audit-trail). Exit 0 when everything holds, 1 otherwise.
 */
import { openDatabase } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { readEnv } from '../env.ts';
import { verifyAuditChains } from '../modules/dossiers/audit/verify-audit-chains.ts';
import { auditDeps } from './audit-deps.ts';
import { printAuditResult } from './print-audit.ts';

const env = readEnv();
const code = process.argv[2];
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(database.pool);
  const result = await verifyAuditChains(database.db, await auditDeps(database.db, env), code);
  printAuditResult(result);
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
