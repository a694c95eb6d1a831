/** What anyone may see of a dossier by its code (the receipt's QR): its status and where it is; no personal data. */
import { DomainError, type PublicDossier, type StatusKey, statusByKey } from '@motcua/core';
import type { Executor } from '../dossier.repo.ts';

export async function findPublicDossier(db: Executor, code: string): Promise<PublicDossier> {
  const row = await db
    .selectFrom('dossiers as d')
    .innerJoin('agencies as a', 'a.code', 'd.competentAgencyCode')
    .leftJoin('agencies as c', 'c.code', 'd.currentAgencyCode')
    .innerJoin('workflowVersions as w', 'w.id', 'd.workflowId')
    .select([
      'd.code',
      'd.status',
      'd.receivedAt',
      'd.dueDate',
      'd.procedureName',
      'w.steps as workflow',
      'd.currentStepKey',
      'a.name as agencyName',
      'c.name as currentAgencyName',
    ])
    .where('d.code', '=', code)
    .executeTakeFirst();
  if (!row) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ với mã này.', 'No dossier with this code.', {
      fields: [{ path: 'code', message: 'Mã hồ sơ không tồn tại.', messageEn: 'Unknown dossier code.' }],
    });
  }
  const status = statusByKey(row.status as StatusKey);
  const step = row.workflow.find((s) => s.key === row.currentStepKey);
  return {
    code: row.code,
    status: status.code,
    statusKey: status.key,
    statusLabel: status.publicLabel,
    statusLabelEn: status.publicLabelEn,
    procedureName: row.procedureName,
    agencyName: row.agencyName,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueDate: row.dueDate,
    // Where it is now (an inter-agency dossier moves between agencies); steps carry no personal data.
    currentStep:
      step && row.currentAgencyName ? { name: step.name, agencyName: row.currentAgencyName } : null,
  };
}
