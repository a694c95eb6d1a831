/** Reads and writes of the published catalogue. */
import {
  type AgencyKind,
  type ComponentForm,
  type FeeStatus,
  foldVietnamese,
  type Level,
  type OnlineService,
  type Procedure,
  processingFigures,
  type TimeLimitUnit,
} from '@motcua/core';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';

export interface SearchQuery {
  q?: string | undefined;
  field?: string | undefined;
  level?: Level | undefined;
  online?: OnlineService | undefined;
  page: number;
  pageSize: number;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  level: Level;
  agencyKind: AgencyKind;
  agencyName: string;
  onlineService: OnlineService;
  postal: boolean;
  timeLimit: { value: number; unit: TimeLimitUnit };
  processingDays?: number;
  processingHours?: number;
  calendarDays?: number;
}

/** Similarity above which a near miss is offered as "did you mean". */
const SUGGESTION_THRESHOLD = 0.3;

/**
 * The procedures (`p`) a query finds, and how well each matches: a full-text match on unaccented words, a
 * substring of the folded name ("khai sinh", "dang ky ket hon"), or the exact code ("1.001193"). The public
 * search and the workflow editor's list share it.
 */
export function matchProcedures(db: Db, q: string | undefined) {
  const folded = q ? foldVietnamese(q) : '';
  let base = db.selectFrom('procedures as p');
  if (folded !== '') {
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`p.search_vector @@ plainto_tsquery('motcua_vi', ${folded})`,
        sql<boolean>`p.name_folded LIKE ${`%${escapeLike(folded)}%`}`,
        eb('p.code', '=', q?.trim() ?? ''),
      ]),
    );
  }
  const rank =
    folded === ''
      ? undefined
      : sql`ts_rank(p.search_vector, plainto_tsquery('motcua_vi', ${folded})) + similarity(p.name_folded, ${folded})`;
  return { base, folded, rank };
}

export async function searchProcedures(db: Db, query: SearchQuery) {
  const { base: matched, folded, rank } = matchProcedures(db, query.q);
  let base = matched;
  if (query.field) base = base.where('p.field', '=', query.field);
  if (query.level) base = base.where('p.level', '=', query.level);
  if (query.online) base = base.where('p.onlineService', '=', query.online);

  const [{ total }] = (await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [
    { total: number },
  ];
  const rows = await base
    .leftJoin('procedureCases as c', (join) =>
      join.onRef('c.procedureCode', '=', 'p.code').on('c.position', '=', 0).on('c.retiredAt', 'is', null),
    )
    .select([
      'p.code',
      'p.name',
      'p.nameEn',
      'p.field',
      'p.fieldEn',
      'p.level',
      'p.agencyKind',
      'p.onlineService',
      'p.postal',
      'c.timeLimitValue',
      'c.timeLimitUnit',
    ])
    .$call((qb) => (rank ? qb.orderBy(rank, 'desc') : qb))
    .orderBy('p.name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();

  const agencyNames = await agencyNamesByKind(db);
  const items: ProcedureSummary[] = rows.map((r) => {
    const timeLimit = {
      value: r.timeLimitValue ?? 0,
      unit: (r.timeLimitUnit ?? 'working-days') as TimeLimitUnit,
    };
    return {
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      field: r.field,
      fieldEn: r.fieldEn,
      level: r.level as Level,
      agencyKind: r.agencyKind as AgencyKind,
      agencyName: agencyNames.get(r.agencyKind) ?? '',
      onlineService: r.onlineService as OnlineService,
      postal: r.postal,
      timeLimit,
      ...processingFigures(timeLimit),
    };
  });

  let suggestion: string | undefined;
  if (folded !== '' && total === 0) {
    const near = await db
      .selectFrom('procedures')
      .select(['name', sql<number>`word_similarity(${folded}, name_folded)`.as('score')])
      .where(sql<boolean>`word_similarity(${folded}, name_folded) >= ${SUGGESTION_THRESHOLD}`)
      .orderBy('score', 'desc')
      // Among equally close names, the one closest as a whole ("khai snh" → "Đăng ký khai sinh").
      .orderBy(sql`similarity(${folded}, name_folded)`, 'desc')
      .orderBy('name')
      .limit(1)
      .executeTakeFirst();
    suggestion = near?.name;
  }
  return { items, total, page: query.page, pageSize: query.pageSize, ...(suggestion ? { suggestion } : {}) };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * What citizens read as "implementing agency": the province's agency of that kind (a department), or the
 * generic commune People's Committee for commune-level procedures that every commune carries out.
 */
export async function agencyNamesByKind(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('agencies')
    .select(['kind', 'name'])
    .where('effectiveTo', 'is', null)
    .orderBy('code')
    .execute();
  const names = new Map<string, string>();
  for (const row of rows) if (!names.has(row.kind)) names.set(row.kind, row.name);
  names.set('ubnd-xa', 'Ủy ban nhân dân cấp xã');
  names.set('cong-an-xa', 'Công an cấp xã');
  return names;
}

export async function findProcedure(db: Db, code: string): Promise<Procedure | undefined> {
  const p = await db.selectFrom('procedures').selectAll().where('code', '=', code).executeTakeFirst();
  if (!p) return undefined;
  const cases = await db
    .selectFrom('procedureCases')
    .selectAll()
    .where('procedureCode', '=', code)
    .where('retiredAt', 'is', null)
    .orderBy('position')
    .execute();
  const components = await db
    .selectFrom('dossierComponents')
    .selectAll()
    .where('procedureCode', '=', code)
    .orderBy('caseCode')
    .orderBy('position')
    .execute();
  return {
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    field: p.field,
    fieldEn: p.fieldEn,
    level: p.level as Level,
    agencyKind: p.agencyKind as AgencyKind,
    onlineService: p.onlineService as OnlineService,
    postal: p.postal,
    result: p.result,
    resultEn: p.resultEn,
    subjects: p.subjects,
    requirements: p.requirements,
    steps: p.steps,
    submission: p.submission,
    legalBasis: p.legalBasis,
    source: p.source,
    notes: p.notes,
    paymentStopsClock: p.paymentStopsClock,
    paymentStopsClockBasis: p.paymentStopsClockBasis,
    cases: cases.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      timeLimit: { value: c.timeLimitValue, unit: c.timeLimitUnit as TimeLimitUnit },
      channelLimits: c.channelLimits,
      limitChanges: c.limitChanges,
      extensions: c.extensions,
      agreedExtension: c.agreedExtension,
      feeStatus: c.feeStatus as FeeStatus,
      fees: c.fees,
      feeNote: c.feeNote,
      components: components
        .filter((d) => d.caseCode === c.code)
        .map((d) => ({
          id: d.id,
          name: d.name,
          nameEn: d.nameEn,
          form: d.form as ComponentForm,
          quantity: d.quantity,
          required: d.required,
          template: d.template,
          note: d.note,
        })),
    })),
  };
}

export async function listFields(db: Db) {
  return db
    .selectFrom('procedures')
    .select([
      'field',
      (eb) => eb.fn.max('fieldEn').as('fieldEn'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .groupBy('field')
    .orderBy('field')
    .execute();
}

/**
 * Upserts the given procedures with their cases and components, in the caller's transaction: the file is the
 * truth for what it contains. A case the file no longer lists is retired, not deleted (docs/adr/0004): it is
 * no longer offered, while the dossiers received under it keep what their log recorded; listed again, it
 * comes back. The components of each listed case are replaced.
 */
export async function saveProcedures(
  trx: Transaction<Database>,
  procedures: readonly Procedure[],
): Promise<void> {
  for (const p of procedures) {
    const row = {
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      field: p.field,
      fieldEn: p.fieldEn,
      level: p.level,
      agencyKind: p.agencyKind,
      onlineService: p.onlineService,
      postal: p.postal,
      result: p.result,
      resultEn: p.resultEn,
      subjects: p.subjects,
      requirements: p.requirements,
      steps: JSON.stringify(p.steps),
      submission: JSON.stringify(p.submission),
      legalBasis: JSON.stringify(p.legalBasis),
      source: p.source,
      notes: p.notes,
      paymentStopsClock: p.paymentStopsClock,
      paymentStopsClockBasis: p.paymentStopsClockBasis,
    };
    const { code: _code, ...update } = row;
    await trx
      .insertInto('procedures')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...update, updatedAt: sql`now()` }))
      .execute();
    const listed = p.cases.map((c) => c.code);
    await trx
      .updateTable('procedureCases')
      .set({ retiredAt: sql`now()` })
      .where('procedureCode', '=', p.code)
      .where('retiredAt', 'is', null)
      .$if(listed.length > 0, (qb) => qb.where('code', 'not in', listed))
      .execute();
    if (p.cases.length === 0) continue;
    await trx
      .insertInto('procedureCases')
      .values(
        p.cases.map((c, position) => ({
          procedureCode: p.code,
          code: c.code,
          position,
          name: c.name,
          nameEn: c.nameEn,
          timeLimitValue: c.timeLimit.value,
          timeLimitUnit: c.timeLimit.unit,
          fees: JSON.stringify(c.fees),
          feeNote: c.feeNote,
          channelLimits: JSON.stringify(c.channelLimits ?? {}),
          limitChanges: JSON.stringify(c.limitChanges ?? []),
          extensions: JSON.stringify(c.extensions ?? []),
          agreedExtension: c.agreedExtension ?? false,
          feeStatus: c.feeStatus ?? 'set',
          retiredAt: null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['procedureCode', 'code']).doUpdateSet((eb) => ({
          position: eb.ref('excluded.position'),
          name: eb.ref('excluded.name'),
          nameEn: eb.ref('excluded.nameEn'),
          timeLimitValue: eb.ref('excluded.timeLimitValue'),
          timeLimitUnit: eb.ref('excluded.timeLimitUnit'),
          fees: eb.ref('excluded.fees'),
          feeNote: eb.ref('excluded.feeNote'),
          channelLimits: eb.ref('excluded.channelLimits'),
          limitChanges: eb.ref('excluded.limitChanges'),
          extensions: eb.ref('excluded.extensions'),
          agreedExtension: eb.ref('excluded.agreedExtension'),
          feeStatus: eb.ref('excluded.feeStatus'),
          retiredAt: null,
        })),
      )
      .execute();
    await trx
      .deleteFrom('dossierComponents')
      .where('procedureCode', '=', p.code)
      .where('caseCode', 'in', listed)
      .execute();
    const components = p.cases.flatMap((c) =>
      c.components.map((d, position) => ({
        procedureCode: p.code,
        caseCode: c.code,
        id: d.id,
        position,
        name: d.name,
        nameEn: d.nameEn,
        form: d.form,
        quantity: d.quantity,
        required: d.required,
        template: d.template,
        note: d.note,
      })),
    );
    if (components.length > 0) await trx.insertInto('dossierComponents').values(components).execute();
  }
}
