/**
 * Counts of anonymous reports per agency and per procedure, by kind and by outcome, over the dates of
 * receipt (from, to inclusive). Counts only: no content, so the supervisor may read them too.
 */
import {
  fieldError,
  isPlainDate,
  REPORT_KINDS,
  REPORT_OUTCOMES,
  type ReportKind,
  type ReportOutcome,
  type ReportStats,
  validationError,
} from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import type { ReferenceCache } from '../reference/reference-cache.ts';

type Row = ReportStats['byAgency'][number];

const emptyRow = (ref: Row['ref']): Row => ({
  ref,
  total: 0,
  kinds: Object.fromEntries(REPORT_KINDS.map((k) => [k, 0])) as Row['kinds'],
  outcomes: Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, 0])) as Row['outcomes'],
});

export async function reportStats(
  db: Db,
  reference: ReferenceCache,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<ReportStats> {
  const fields = [];
  if (range.from !== undefined && !isPlainDate(range.from)) {
    fields.push(fieldError('from', 'Ngày không hợp lệ.', 'Not a valid date.'));
  }
  if (range.to !== undefined && !isPlainDate(range.to)) {
    fields.push(fieldError('to', 'Ngày không hợp lệ.', 'Not a valid date.'));
  }
  if (!fields.length && range.from && range.to && range.from > range.to) {
    fields.push(fieldError('to', 'Ngày kết thúc trước ngày bắt đầu.', 'The end is before the start.'));
  }
  if (fields.length) throw validationError(fields);

  const grouped = async (column: 'agencyCode' | 'procedureCode') => {
    let query = db
      .selectFrom('anonymousReports')
      .select([column, 'kind', 'outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy([column, 'kind', 'outcome']);
    if (range.from) query = query.where('receivedOn', '>=', range.from);
    if (range.to) query = query.where('receivedOn', '<=', range.to);
    return (await query.execute()).map((r) => ({
      code: (r as Record<string, unknown>)[column] as string | null,
      kind: r.kind as ReportKind,
      outcome: r.outcome as ReportOutcome,
      n: Number(r.n),
    }));
  };
  const fold = async (
    rows: Awaited<ReturnType<typeof grouped>>,
    nameOf: (code: string) => Promise<string>,
  ) => {
    const byCode = new Map<string | null, Row>();
    for (const r of rows) {
      let row = byCode.get(r.code);
      if (!row) {
        row = emptyRow(r.code === null ? null : { code: r.code, name: await nameOf(r.code) });
        byCode.set(r.code, row);
      }
      row.total += r.n;
      row.kinds[r.kind] += r.n;
      row.outcomes[r.outcome] += r.n;
    }
    return [...byCode.values()].sort(
      (a, b) => b.total - a.total || (a.ref?.name ?? '').localeCompare(b.ref?.name ?? ''),
    );
  };
  const agencies = await reference.agencies();
  const byAgency = await fold(await grouped('agencyCode'), async (code) => agencies.get(code)?.name ?? code);
  const byProcedure = await fold(
    await grouped('procedureCode'),
    async (code) => (await reference.procedure(code))?.name ?? code,
  );
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    total: byAgency.reduce((sum, r) => sum + r.total, 0),
    byAgency,
    byProcedure,
  };
}
