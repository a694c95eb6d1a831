/**
 * Search that understands everyday words (issue 10, item 4): the top-1 and top-3 hit rates of the demo
 * catalogue's everyday queries (packages/server/seed/catalogue/everyday-queries.csv) and their latency, on
 * the embedded database, against two baselines measured in the same run on the same data:
 *   - "name words only": the search before this change — every word must be in the name, code or field, and
 *     no broad match (a query that matched nothing found nothing);
 *   - "broad, no everyday words": the broad match of some words, with the catalogue's synonyms emptied.
 *
 *   node_modules/.bin/node bench/everyday-search.ts [--rounds 5]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { openDatabase } from '../packages/server/src/adapters/db/database.ts';
import { migrate } from '../packages/server/src/adapters/db/migrate.ts';
import { searchProcedures } from '../packages/server/src/modules/catalogue/catalogue.repo.ts';
import { SEED_DIR, seedDemo } from '../packages/server/src/seed/demo-seed.ts';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 5) || 5;
const queries = parse(fs.readFileSync(path.join(SEED_DIR, 'catalogue/everyday-queries.csv')), {
  columns: true,
}) as { query: string; expected_code: string }[];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const handle = await openDatabase({ dataDir: 'memory://' });
await migrate(handle.pool);
await seedDemo(handle.db);

async function measure(countBroadAsMiss: boolean) {
  let top1 = 0;
  let top3 = 0;
  const ms: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { query, expected_code } of queries) {
      const started = performance.now();
      const result = await searchProcedures(handle.db, { q: query, page: 1, pageSize: 3 });
      ms.push(performance.now() - started);
      if (round > 0) continue;
      const codes = countBroadAsMiss && result.broadMatch ? [] : result.items.map((i) => i.code);
      if (codes[0] === expected_code) top1++;
      if (codes.includes(expected_code)) top3++;
    }
  }
  const n = queries.length;
  return {
    top1: `${top1}/${n} (${((100 * top1) / n).toFixed(0)} %)`,
    top3: `${top3}/${n} (${((100 * top3) / n).toFixed(0)} %)`,
    medianMs: Number(median(ms).toFixed(2)),
  };
}

const everyday = await measure(false);
await sql`UPDATE procedures SET synonyms = '[]'`.execute(handle.db);
const broadOnly = await measure(false);
const nameOnly = await measure(true);
await handle.close();

const summary = {
  queries: queries.length,
  rounds: ROUNDS,
  'everyday words + broad match (now)': everyday,
  'broad match, no everyday words': broadOnly,
  'name words only (before)': nameOnly,
};
console.log(JSON.stringify(summary, null, 2));
fs.mkdirSync(path.join(import.meta.dirname, 'out'), { recursive: true });
fs.writeFileSync(
  path.join(import.meta.dirname, 'out/everyday-search.json'),
  JSON.stringify(summary, null, 2),
);
