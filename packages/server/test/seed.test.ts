import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoIfChanged } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const counts = async () => {
  const db = t.database.db;
  const n = async (table: 'adminUnits' | 'agencies' | 'staffAccounts' | 'procedures' | 'dossierComponents') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    units: await n('adminUnits'),
    agencies: await n('agencies'),
    accounts: await n('staffAccounts'),
    procedures: await n('procedures'),
    components: await n('dossierComponents'),
  };
};

describe('demo seed', () => {
  it('loads the real catalogue, province and accounts, and is idempotent', async () => {
    const first = await seedDemo(t.database.db);
    expect(first.procedures).toBeGreaterThanOrEqual(40);
    expect(first.accounts).toBe(14);
    const after1 = await counts();
    await seedDemo(t.database.db);
    expect(await counts()).toEqual(after1);
    expect(after1.procedures).toBeGreaterThanOrEqual(40);
  });

  it('skips a database that already holds the same seed', async () => {
    expect(await seedDemoIfChanged(t.database.db)).toBe(true);
    expect(await seedDemoIfChanged(t.database.db)).toBe(false);
  });

  it('has a province after the 2025 reform with merged predecessors and at least 10 departments', async () => {
    const db = t.database.db;
    const province = await db
      .selectFrom('adminUnits')
      .selectAll()
      .where('kind', '=', 'province')
      .where('effectiveTo', 'is', null)
      .executeTakeFirstOrThrow();
    expect(province.effectiveFrom).toBe('2025-07-01');
    const predecessors = await db
      .selectFrom('adminUnits')
      .select('name')
      .where('successorCode', '=', province.code)
      .execute();
    expect(predecessors.length).toBeGreaterThanOrEqual(2);
    const communes = await db
      .selectFrom('adminUnits')
      .select('code')
      .where('parentCode', '=', province.code)
      .where('kind', 'in', ['commune', 'ward', 'special-zone'])
      .where('effectiveTo', 'is', null)
      .execute();
    expect(communes.length).toBeGreaterThanOrEqual(5);
    const departments = await db
      .selectFrom('agencies')
      .select('code')
      .where('kind', 'like', 'so-%')
      .execute();
    expect(departments.length).toBeGreaterThanOrEqual(10);
    const sections = await db
      .selectFrom('agencies')
      .select('code')
      .where('kind', '=', 'one-stop-section')
      .execute();
    expect(sections.length).toBeGreaterThanOrEqual(5);
  });

  it('covers both levels, every online level and every time-limit unit in use', async () => {
    const db = t.database.db;
    const levels = await db.selectFrom('procedures').select('level').distinct().execute();
    expect(levels.map((l) => l.level).sort()).toEqual(['commune', 'province']);
    const units = await db.selectFrom('procedureCases').select('timeLimitUnit').distinct().execute();
    expect(units.map((u) => u.timeLimitUnit)).toEqual(expect.arrayContaining(['working-days', 'same-day']));
    // Every procedure's implementing agency exists in the province (or is the generic commune body).
    const kinds = await db.selectFrom('procedures').select('agencyKind').distinct().execute();
    const present = new Set((await db.selectFrom('agencies').select('kind').execute()).map((a) => a.kind));
    for (const { agencyKind } of kinds) expect(present.has(agencyKind), agencyKind).toBe(true);
    // Each procedure records its published source.
    const unsourced = await db.selectFrom('procedures').select('code').where('source', '=', '').execute();
    expect(unsourced).toEqual([]);
  });
});
