/**
 * The tracking book's numbers (Form 01's 'Quyển số … Số thứ tự …', Form 07's STT): one book per receiving
 * counter and calendar year; each dossier's place is decided when it is received (in the intake statement,
 * or with the counter's `receive` of an online dossier) and written on its row (docs/domain/slips.md).
 */
import type { Executor } from '../dossier.repo.ts';

export interface BookPlace {
  /** 'Quyển số': '01/2026', the counter's book for the year. */
  volume: string;
  /** 'Số thứ tự' in that book. */
  no: number;
}

export const bookVolume = (year: number): string => `01/${year}`;

/** Each dossier received by `agencyCode` in `year`, with the place in that year's book decided at reception. */
export async function bookNumbers(
  db: Executor,
  agencyCode: string,
  year: number,
): Promise<Map<string, BookPlace>> {
  const rows = await db
    .selectFrom('dossiers')
    .select(['id', 'bookNo'])
    .where('receivingAgencyCode', '=', agencyCode)
    .where('bookYear', '=', year)
    .where('bookNo', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, { volume: bookVolume(year), no: Number(r.bookNo) }]));
}
