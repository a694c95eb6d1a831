/** Use case: verify the hash chain of one dossier's log, or of all; names the first broken link of each. */
import { notFound } from '@motcua/core';
import type { Db } from '../../../adapters/db/database.ts';
import { loadLog } from '../dossier.repo.ts';
import { type ChainBreak, findChainBreak } from './audit-chain.ts';

export async function verifyAuditChains(db: Db, code?: string) {
  let query = db.selectFrom('dossiers').select(['id', 'code']).orderBy('code');
  if (code) query = query.where('code', '=', code);
  const dossiers = await query.execute();
  if (code && dossiers.length === 0) throw notFound(`hồ sơ "${code}"`, `Dossier "${code}"`);
  const broken: ({ code: string } & ChainBreak)[] = [];
  for (const d of dossiers) {
    const log = await loadLog(db, d.id);
    const found = findChainBreak(
      log.map((e) => ({
        dossierId: d.id,
        seq: e.seq,
        at: e.at,
        recordedAt: e.recordedAt,
        actor: e.actor,
        action: e.action,
        reason: e.reason ?? null,
        agencyCode: null,
        data: e.data,
        hash: e.hash,
        prevHash: e.prevHash,
      })),
    );
    if (found) broken.push({ code: d.code, ...found });
  }
  return { checked: dossiers.length, ok: broken.length === 0, broken };
}
