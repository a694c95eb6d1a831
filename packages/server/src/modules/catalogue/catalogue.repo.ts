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
  searchTerms,
  type TimeLimitUnit,
} from '@motcua/core';
import { type RawBuilder, sql, type Transaction } from 'kysely';
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

export async function searchProcedures(db: Db, query: SearchQuery) {
  const folded = query.q ? foldVietnamese(query.q) : '';
  // Every word of the query, as the name, an everyday word, the code or the field says it; else, for a
  // question typed as people speak ("lam giay khai sinh cho con"), any of its words that name something,
  // the procedures matching most of them first (a broad match, said so to the reader).
  let match = folded === '' ? undefined : allWords(folded, query.q?.trim() ?? '');
  let page = await searchPage(db, query, match);
  let broadMatch = false;
  // A near miss of the whole query ("khai snh") is offered as "did you mean", with any broad results.
  const missed = folded !== '' && page.total === 0;
  const terms = searchTerms(folded);
  if (missed && terms.length > 0) {
    match = anyWord(terms);
    page = await searchPage(db, query, match);
    broadMatch = page.total > 0;
  }
  const { total, rows } = page;

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
  if (missed) {
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
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    ...(broadMatch ? { broadMatch } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * The procedures (`p`) having every word of a query (in the name, its everyday words, the code or the
 * field), a substring of the folded name, or the exact code, and how well each matches. The workflow
 * editor's list uses it; the public search adds the broad match.
 */
export function matchProcedures(db: Db, q: string | undefined) {
  const folded = q ? foldVietnamese(q) : '';
  const match = folded === '' ? undefined : allWords(folded, q?.trim() ?? '');
  const all = db.selectFrom('procedures as p');
  return { base: match ? all.where(match.where) : all, folded, rank: match?.rank };
}

interface Match {
  where: RawBuilder<boolean>;
  rank: RawBuilder<unknown>;
}

function allWords(folded: string, raw: string): Match {
  const tsquery = sql`plainto_tsquery('motcua_vi', ${folded})`;
  return {
    // Full-text match on unaccented words, or a substring of the folded name ("khai sinh", "1.001193").
    where: sql<boolean>`(p.search_vector @@ ${tsquery} OR p.name_folded LIKE ${`%${escapeLike(folded)}%`} OR p.code = ${raw})`,
    rank: sql`ts_rank(p.search_vector, ${tsquery}) + similarity(p.name_folded, ${folded})`,
  };
}

/** Terms are letters and digits only (core's searchTerms), so joining them with | is a valid tsquery. */
function anyWord(terms: readonly string[]): Match {
  const tsquery = sql`to_tsquery('motcua_vi', ${terms.join(' | ')})`;
  return {
    where: sql<boolean>`p.search_vector @@ ${tsquery}`,
    // ts_rank grows with the matched words' count and weight (name and everyday words weigh most).
    rank: sql`ts_rank(p.search_vector, ${tsquery}) + similarity(p.name_folded, ${terms.join(' ')})`,
  };
}

async function searchPage(db: Db, query: SearchQuery, match: Match | undefined) {
  let base = db.selectFrom('procedures as p');
  if (match) base = base.where(match.where);
  if (query.field) base = base.where('p.field', '=', query.field);
  if (query.level) base = base.where('p.level', '=', query.level);
  if (query.online) base = base.where('p.onlineService', '=', query.online);

  const [{ total }] = (await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [
    { total: number },
  ];
  if (total === 0) return { total: 0, rows: [] };
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
    .$if(match !== undefined, (qb) => qb.orderBy(match?.rank ?? sql`0`, 'desc'))
    .orderBy('p.name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { total: Number(total), rows };
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
    synonyms: p.synonyms,
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
          templateUrl: d.templateUrl,
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
      synonyms: JSON.stringify(p.synonyms),
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
        templateUrl: d.templateUrl,
        note: d.note,
      })),
    );
    if (components.length > 0) await trx.insertInto('dossierComponents').values(components).execute();
  }
}
