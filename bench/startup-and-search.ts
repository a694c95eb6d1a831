/**
 * Start-up time of the server (fresh data directory vs reopened) and catalogue search latency, on the
 * embedded database and on PostgreSQL, with /api/health measured in the same run as the baseline.
 *
 *   node_modules/.bin/node bench/startup-and-search.ts [--runs 3] [--requests 400]
 *
 * Needs PostgreSQL at MOTCUA_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) for the
 * PostgreSQL half; skips it otherwise. Writes a JSON summary to bench/out/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 3);
const REQUESTS = option('requests', 400);
const PORT = 3900;
const PG_URL = process.env.MOTCUA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      MOTCUA_SEED: 'demo',
      LOG_LEVEL: 'error',
      MOTCUA_RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.ok) return { child, ms: performance.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const QUERIES = [
  'dang ky khai sinh',
  'chứng thực bản sao',
  'ket hon',
  'giay phep xay dung',
  'ho kinh doanh',
  'tro cap',
  'đất đai',
  'dang ky khai sinhh',
];

async function latency(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const url = urls[i % urls.length]!;
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} → ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function measureSearch() {
  const base = `http://127.0.0.1:${PORT}`;
  const search = QUERIES.map((q) => `${base}/api/procedures?q=${encodeURIComponent(q)}`);
  await latency(search.slice(0, 2)); // warm-up
  const health = await latency([`${base}/api/health`]);
  const searched = await latency(search);
  const detail = await latency([`${base}/api/procedures/1.001193`]);
  return {
    healthMedianMs: median(health),
    searchMedianMs: median(searched),
    searchP95Ms: percentile(searched, 0.95),
    detailMedianMs: median(detail),
    searchOverHealth: median(searched) / median(health),
  };
}

async function embedded() {
  const fresh: number[] = [];
  const reopen: number[] = [];
  let search: Awaited<ReturnType<typeof measureSearch>> | undefined;
  for (let run = 0; run < RUNS; run++) {
    const dir = path.join(root, `.tmp/bench-data-${run}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const first = await startServer({ MOTCUA_DATA_DIR: dir });
    fresh.push(first.ms);
    await stop(first.child);
    const second = await startServer({ MOTCUA_DATA_DIR: dir });
    reopen.push(second.ms);
    if (run === 0) search = await measureSearch();
    await stop(second.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    freshStartMs: fresh,
    reopenStartMs: reopen,
    freshMedianMs: median(fresh),
    reopenMedianMs: median(reopen),
    search,
  };
}

async function postgres() {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch {
    return { skipped: `no PostgreSQL at ${PG_URL}` };
  }
  const dbName = 'motcua_bench';
  const url = new URL(PG_URL);
  url.pathname = `/${dbName}`;
  const starts: number[] = [];
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  const first = await startServer({ DATABASE_URL: url.toString() });
  starts.push(first.ms);
  const search = await measureSearch();
  await stop(first.child);
  const again = await startServer({ DATABASE_URL: url.toString() });
  starts.push(again.ms);
  await stop(again.child);
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  return { firstStartMs: starts[0], restartMs: starts[1], search };
}

const result = {
  at: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  requests: REQUESTS,
  embedded: await embedded(),
  postgres: await postgres(),
};
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/out/startup-and-search.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
