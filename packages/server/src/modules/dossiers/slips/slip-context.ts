/** Gathers what a slip prints about a dossier (STYLE.md item 8): names, dates, components, fees. */
import type { SlipContext, TimeLimit } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';
import { dossierCase, type ReferenceCache } from '../reference/reference-cache.ts';
import type { DossierRow } from './dossiers.repo.ts';

export function timeLimitText(limit: TimeLimit): string {
  const n = String(limit.value).padStart(2, '0');
  switch (limit.unit) {
    case 'working-days':
      return `${n} ngày làm việc`;
    case 'working-hours':
      return `${n} giờ làm việc`;
    case 'same-day':
      return 'Trong ngày (tiếp nhận sau 15 giờ trả kết quả ngày làm việc tiếp theo)';
    case 'calendar-days':
      return `${n} ngày`;
  }
}

/** The issuing body of a counter: the body it acts for above it, and the place name for the dateline. */
export async function issuingBody(
  db: Kysely<Database>,
  agencyCode: string,
): Promise<SlipContext['issuingBody']> {
  const agency = await db
    .selectFrom('agencies as a')
    .leftJoin('agencies as p', 'p.code', 'a.parentCode')
    .innerJoin('adminUnits as u', 'u.code', 'a.unitCode')
    .select(['a.name', 'a.address', 'a.phone', 'p.name as parentName', 'u.name as unitName'])
    .where('a.code', '=', agencyCode)
    .executeTakeFirstOrThrow();
  const placeName = agency.unitName.replace(/^(Tỉnh|Thành phố|Phường|Xã|Đặc khu)\s+/u, '');
  return {
    // A counter prints the body it acts for on top (UBND PHƯỜNG HOA LƯ) and itself below.
    name: (agency.parentName ?? agency.name).toLocaleUpperCase('vi'),
    unitName: agency.parentName ? agency.name.toLocaleUpperCase('vi') : 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
    ...(agency.address ? { address: agency.address } : {}),
    ...(agency.phone ? { phone: agency.phone } : {}),
    placeName,
  };
}

export async function slipContext(
  db: Kysely<Database>,
  reference: ReferenceCache,
  row: DossierRow,
  officer: { fullName: string },
  trackingUrl: string,
  issuedAt: string,
): Promise<SlipContext> {
  const { procedure, procedureCase } = await dossierCase(reference, row);
  const body = await issuingBody(db, row.receivingAgencyCode);
  const receiving = (await reference.agencies()).get(row.receivingAgencyCode);
  return {
    issuingBody: body,
    officer,
    issuedAt,
    dossier: {
      code: row.code,
      receivedAt: row.receivedAt?.toISOString() ?? issuedAt,
      ...(row.dueDate ? { dueDate: row.dueDate } : {}),
      ...(row.dueAt ? { dueAt: row.dueAt.toISOString() } : {}),
      channel: row.channel as 'counter' | 'online' | 'postal',
      applicant: row.applicant,
      ...(row.representative ? { representative: row.representative } : {}),
      procedure: { code: procedure.code, name: procedure.name },
      caseName: procedureCase.name,
      timeLimitText: timeLimitText(procedureCase.timeLimit),
      components: row.components.map((c) => {
        const item = procedureCase.components.find((k) => k.id === c.id);
        return { name: item?.name ?? c.id, form: item?.form ?? ('copy' as const), quantity: c.quantity };
      }),
      sets: 1,
      fees: procedureCase.fees,
      resultDelivery: row.channel === 'postal' ? 'Qua dịch vụ bưu chính công ích' : (receiving?.name ?? ''),
      trackingUrl,
    },
  };
}
