/**
 * Search that understands everyday words (issue 10, item 4): each query of the demo catalogue's test set,
 * typed as people type it, finds its procedure among the first three results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFolder } from '../src/modules/catalogue/catalogue-file.ts';
import { importCatalogueSheets } from '../src/modules/catalogue/import-catalogue-file.ts';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const DEMO_CATALOGUE = path.join(SEED_DIR, 'catalogue');
const QUERIES_FILE = path.join(DEMO_CATALOGUE, 'everyday-queries.csv');
const queries = parse(fs.readFileSync(QUERIES_FILE), { columns: true }) as {
  query: string;
  expected_code: string;
}[];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // The test set is written for the demo catalogue (the tests' own catalogue is a small fixture).
  await importCatalogueSheets(t.database.db, readCsvFolder(DEMO_CATALOGUE), {
    importedBy: 'test',
    fileName: 'seed/catalogue',
  });
});
afterAll(() => t.close());

const search = async (q: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/procedures?q=${encodeURIComponent(q)}&pageSize=3`,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { code: string }[]; total: number; broadMatch?: boolean };
};

describe('everyday queries', () => {
  it('has at least 30 queries, each naming a procedure of the demo catalogue', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    for (const { expected_code } of queries) {
      const res = await t.app.inject({ method: 'GET', url: `/api/procedures/${expected_code}` });
      expect(res.statusCode, expected_code).toBe(200);
    }
  });

  it.each(queries)('"$query" finds $expected_code in the top 3', async ({ query, expected_code }) => {
    const { items } = await search(query);
    expect(items.map((i) => i.code)).toContain(expected_code);
  });

  it('says when no procedure has every word and the results match only some', async () => {
    const exact = await search('dang ky khai sinh');
    expect(exact.broadMatch).toBeUndefined();
    const broad = await search('lam giay khai sinh cho con nho');
    expect(broad.broadMatch).toBe(true);
    expect(broad.items[0]?.code).toBe('1.001193');
  });

  it('finds nothing, and suggests nothing broad, for words that name no procedure', async () => {
    const { total, broadMatch } = await search('xyzzy qwerty');
    expect(total).toBe(0);
    expect(broadMatch).toBeUndefined();
  });
});
