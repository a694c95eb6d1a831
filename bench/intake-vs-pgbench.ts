/**
 * Counter intake throughput over HTTP on PostgreSQL (load from wrk when installed, else Node's fetch) (with log entry, code generation and outbox row),
 * against the TPC-B tps of `pgbench -c 8 -j 2 -T 20` on the same server in the same run (issue 3's target:
 * at least 0.5×).
 *
 *   node_modules/.bin/node bench/intake-vs-pgbench.ts [--runs 3] [--seconds 20] [--clients 8]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ADMIN_URL, admin, dbUrl, median } from './pg-bench.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 3);
const SECONDS = option('seconds', 20);
const CLIENTS = option('clients', 8);
const PORT = 3902;

function pgbenchTps(db: string): number {
  const url = new URL(ADMIN_URL);
  const common = ['-h', url.hostname, '-p', url.port || '5432', '-U', url.username || 'postgres'];
  const out = execFileSync('pgbench', [...common, '-c', '8', '-j', '2', '-T', String(SECONDS), db], {
    encoding: 'utf8',
  });
  const match = /tps = ([\d.]+)/.exec(out);
  if (!match) throw new Error(`no tps in pgbench output:\n${out}`);
  return Number(match[1]);
}

let server: ChildProcess | undefined;
process.on('exit', () => server?.kill('SIGKILL'));

async function startServer(databaseUrl: string) {
  server = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: databaseUrl,
      MOTCUA_SEED: 'demo',
      LOG_LEVEL: 'error',
      MOTCUA_RATE_LIMIT_PER_MINUTE: '100000000',
      // The benchmark is one officer receiving as fast as the server can.
      MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * One counter officer per client, each at a different commune's one-stop section, as on a province's
 * working day (a single counter's daily code sequence is a row lock every intake of that counter shares).
 */
async function counterCookies(databaseUrl: string, base: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows: sections } = await db.query<{ code: string }>(
    "SELECT code FROM agencies WHERE kind = 'one-stop-section' ORDER BY code",
  );
  await db.query(
    `INSERT INTO staff_accounts (username, full_name, password_hash, roles, agency_code, is_demo)
     SELECT 'bench.' || a.code, 'Bench ' || a.code, s.password_hash, ARRAY['counter-officer'], a.code, true
     FROM agencies a, staff_accounts s
     WHERE a.kind = 'one-stop-section' AND s.username = 'tiepnhan.xa'
     ON CONFLICT (username) DO NOTHING`,
  );
  await db.end();
  const cookies: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const section = sections[i % sections.length]!.code;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `bench.${section}`, password: 'motcua-demo' }),
    });
    if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
    cookies.push((login.headers.get('set-cookie') ?? '').split(';')[0]!);
  }
  return cookies;
}

async function intakeTps(databaseUrl: string): Promise<{ tps: number; errors: number }> {
  const base = `http://127.0.0.1:${PORT}`;
  const cookies = await counterCookies(databaseUrl, base);
  const procedure = await (await fetch(`${base}/api/procedures/1.001193`)).json();
  const components = procedure.cases[0].components
    .filter((c: { required: boolean }) => c.required)
    .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
  const body = JSON.stringify({
    procedureCode: '1.001193',
    caseCode: procedure.cases[0].code,
    channel: 'counter',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' },
    components,
  });
  if (hasWrk()) return wrkLoad(base, cookies, body);
  const headersOf = (i: number) => ({ 'content-type': 'application/json', cookie: cookies[i]! });
  // Warm-up.
  for (let i = 0; i < 50; i++)
    await fetch(`${base}/api/dossiers`, { method: 'POST', headers: headersOf(i % CLIENTS), body });
  let done = 0;
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (Date.now() < until) {
        const res = await fetch(`${base}/api/dossiers`, { method: 'POST', headers: headersOf(client), body });
        await res.arrayBuffer();
        if (res.status === 201) done++;
        else errors++;
      }
    }),
  );
  return { tps: done / ((performance.now() - started) / 1000), errors };
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { status?: number }).status === 1;
  }
}

/**
 * The load from wrk (Debian's `wrk`, a C client like pgbench's), so the client's own CPU does not eat the
 * server's share of the 2 cores; each request takes the next counter's session in turn.
 */
function wrkLoad(base: string, cookies: string[], body: string): { tps: number; errors: number } {
  const script = path.join(root, '.tmp/intake.lua');
  fs.mkdirSync(path.dirname(script), { recursive: true });
  fs.writeFileSync(
    script,
    `local cookies = {${cookies.map((c) => JSON.stringify(c)).join(',')}}
local body = ${JSON.stringify(body)}
local n = 0
request = function()
  n = n + 1
  return wrk.format('POST', '/api/dossiers', { ['Content-Type'] = 'application/json', ['Cookie'] = cookies[(n % #cookies) + 1] }, body)
end
`,
  );
  execFileSync('wrk', ['-t2', `-c${CLIENTS}`, '-d5s', '-s', script, base], { encoding: 'utf8' }); // warm-up
  const out = execFileSync('wrk', ['-t2', `-c${CLIENTS}`, `-d${SECONDS}s`, '-s', script, base], {
    encoding: 'utf8',
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  return { tps: total > 0 ? (rps * (total - errors)) / total : rps, errors };
}

const runs: { pgbenchTps: number; intakeTps: number; ratio: number; errors: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const name = 'motcua_bench_intake';
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  await startServer(dbUrl(name));
  const intake = await intakeTps(dbUrl(name));
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  server = undefined;
  // pgbench on its own tables in the same database and server, right after.
  execFileSync('pgbench', ['-i', '-s', '10', '-q', '-h', '127.0.0.1', '-U', 'postgres', name], {
    stdio: 'ignore',
  });
  const tps = pgbenchTps(name);
  runs.push({ pgbenchTps: tps, intakeTps: intake.tps, ratio: intake.tps / tps, errors: intake.errors });
  console.error(`run ${run + 1}: intake ${intake.tps.toFixed(0)}/s, pgbench ${tps.toFixed(0)} tps`);
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
const result = {
  at: new Date().toISOString(),
  seconds: SECONDS,
  clients: CLIENTS,
  runs,
  medianIntakeTps: median(runs.map((r) => r.intakeTps)),
  medianPgbenchTps: median(runs.map((r) => r.pgbenchTps)),
  medianRatio: median(runs.map((r) => r.ratio)),
};
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/out/intake-vs-pgbench.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
