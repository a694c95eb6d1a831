/**
 * The tracking book's numbers (Form 01's 'Quyển số … Số thứ tự …', Form 07's STT): one book per receiving
 * counter and calendar year, the dossiers numbered in the order their reception was written (the server's
 * time of the `receive` entry, which only grows, so a number never moves, even after a back-dated reception).
 * Read from the log, not recorded on its own: docs/domain/slips.md says why and what that leaves open.
 */
import { instantFromLocalDateTime, type PlainDate } from '@motcua/core';
import { sql } from 'kysely';
import type { Executor } from '../dossier.repo.ts';

export interface BookPlace {
  /** 'Quyển số': '01/2026', the counter's book for the year. */
  volume: string;
  /** 'Số thứ tự' in that book. */
  no: number;
}

const yearStart = (year: number): Date =>
  new Date(instantFromLocalDateTime({ date: `${year}-01-01` as PlainDate, minutes: 0 }));

export const bookVolume = (year: number): string => `01/${year}`;

/** Each dossier received by `agencyCode` in `year`, with its number in that year's book. */
export async function bookNumbers(
  db: Executor,
  agencyCode: string,
  year: number,
): Promise<Map<string, BookPlace>> {
  const rows = await sql<{ dossierId: string; no: string | number }>`
    SELECT a.dossier_id AS "dossierId",
           row_number() OVER (ORDER BY a.recorded_at, a.seq, a.dossier_id) AS "no"
    FROM dossier_actions a JOIN dossiers d ON d.id = a.dossier_id
    WHERE a.action = 'receive' AND d.receiving_agency_code = ${agencyCode}
      AND a.at >= ${yearStart(year)} AND a.at < ${yearStart(year + 1)}`.execute(db);
  return new Map(rows.rows.map((r) => [r.dossierId, { volume: bookVolume(year), no: Number(r.no) }]));
}
