/**
 * Public status lookup (issue 11): `GET /api/public/dossiers/{code}?check=…` (the QR's full answer: status,
 * dates, current step, countdown and forecast) on PostgreSQL, against a bare Fastify route doing one select
 * by the unique code on the same database (bench/bare-lookup-server.ts), in the same run: wrk at 8
 * connections, the two sides interleaved (app, bare, bare, app, …) because the machine is shared; the app's
 * own `/api/health` (one `SELECT 1` through every hook) is measured in each round too, as the framework's
 * ceiling. Target: ≥ 0.6× the bare route's requests/s and p99 < 20 ms.
 *
 *   node_modules/.bin/node bench/public-lookup.ts [--rounds 9] [--seconds 5] [--dossiers 400] [--server-root DIR]
 *
 * --server-root runs the server of another checkout (e.g. `git archive` of an earlier commit with this
 * tree's node_modules linked in) against the same baseline, for a before/after comparison.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { admin, dbUrl, median } from './pg-bench.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('rounds', 9);
const SECONDS = option('seconds', 5);
const DOSSIERS = option('dossiers', 400);
const SERVER_ROOT = (() => {
  const i = args.indexOf('--server-root');
  return i >= 0 ? path.resolve(args[i + 1] as string) : root;
})();
const CONNECTIONS = 8;
const APP_PORT = 3906;
const BARE_PORT = 3907;
const NAME = 'motcua_bench_lookup';
const DB_URL = dbUrl(NAME);

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

async function start(script: string, port: number, env: Record<string, string>, cwd = root) {
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { ...process.env, PORT: String(port), DATABASE_URL: DB_URL, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Receives DOSSIERS birth registrations at one counter and transfers half of them (a step further on). */
async function fill(base: string): Promise<void> {
  const login = async (username: string) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'motcua-demo' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${await res.text()}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const cookie = await login('tiepnhan.xa');
  const procedure = await (await fetch(`${base}/api/procedures/1.001193`)).json();
  const c = procedure.cases[0];
  const components = c.components
    .filter((k: { required: boolean }) => k.required)
    .map((k: { id: string; quantity: number }) => ({ id: k.id, quantity: k.quantity }));
  for (let i = 0; i < DOSSIERS; i++) {
    const res = await fetch(`${base}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        procedureCode: '1.001193',
        caseCode: c.code,
        channel: 'counter',
        applicant: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' },
        components,
      }),
    });
    if (res.status !== 201) throw new Error(`intake: ${res.status} ${await res.text()}`);
    const { code } = await res.json();
    if (i % 2 === 0) {
      await fetch(`${base}/api/dossiers/${code}/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ action: 'transfer' }),
      });
    }
  }
}

function wrk(port: number, script: string, seconds: number) {
  const out = execFileSync(
    'wrk',
    ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, `http://127.0.0.1:${port}`],
    { encoding: 'utf8' },
  );
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p99Ms = p99 ? Number(p99[1]) * (p99[2] === 'us' ? 0.001 : p99[2] === 's' ? 1000 : 1) : Number.NaN;
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { rps, p99Ms, errors };
}

await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
await admin(`CREATE DATABASE ${NAME}`);
const appEnv = {
  MOTCUA_SEED: 'demo',
  // The web role alone, as an API node of a deployment runs it: the worker (notifications, deadline jobs)
  // would otherwise deliver the seeded dossiers' messages in the same process during the rounds.
  MOTCUA_ROLES: 'web',
  LOG_LEVEL: 'error',
  MOTCUA_RATE_LIMIT_PER_MINUTE: '100000000',
  MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '100000000',
  MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE: '100000000',
  MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE: '100000000',
};
const app = await start('packages/server/src/main.ts', APP_PORT, appEnv, SERVER_ROOT);
await fill(`http://127.0.0.1:${APP_PORT}`);
await start('bench/bare-lookup-server.ts', BARE_PORT, {});

const db = new pg.Client({ connectionString: DB_URL });
await db.connect();
const { rows } = await db.query<{ code: string; check_code: string }>(
  'SELECT code, check_code FROM dossiers',
);
await db.end();
const scriptOf = (name: string, paths: string[]) => {
  const file = path.join(root, `.tmp/${name}.lua`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local n = 0
request = function()
  n = n + 1
  return wrk.format('GET', paths[(n % #paths) + 1])
end
`,
  );
  return file;
};
const appScript = scriptOf(
  'lookup-app',
  rows.map((r) => `/api/public/dossiers/${r.code}?check=${r.check_code}`),
);
const bareScript = scriptOf(
  'lookup-bare',
  rows.map((r) => `/bare/${r.code}`),
);
const sample = await (
  await fetch(
    `http://127.0.0.1:${APP_PORT}/api/public/dossiers/${rows[0]!.code}?check=${rows[0]!.check_code}`,
  )
).json();
if (sample.details !== 'shown') throw new Error(`lookup without details: ${JSON.stringify(sample)}`);

wrk(APP_PORT, appScript, 3); // warm-up
wrk(BARE_PORT, bareScript, 3);
const healthScript = scriptOf('lookup-health', ['/api/health']);
type Run = ReturnType<typeof wrk>;
const rounds: { app: Run; bare: Run; health: Run; ratio: number }[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate who goes first, so neither side always gets the quieter half of the round.
  const first = r % 2 === 0 ? 'app' : 'bare';
  const a = first === 'app' ? wrk(APP_PORT, appScript, SECONDS) : undefined;
  const b = wrk(BARE_PORT, bareScript, SECONDS);
  const appRun = a ?? wrk(APP_PORT, appScript, SECONDS);
  const health = wrk(APP_PORT, healthScript, SECONDS);
  rounds.push({ app: appRun, bare: b, health, ratio: appRun.rps / b.rps });
  console.error(
    `round ${r + 1}: app ${appRun.rps.toFixed(0)}/s p99 ${appRun.p99Ms} ms, bare ${b.rps.toFixed(0)}/s p99 ${b.p99Ms} ms, ratio ${(appRun.rps / b.rps).toFixed(2)}; health ${health.rps.toFixed(0)}/s`,
  );
}
for (const c of children) c.kill('SIGTERM');
await new Promise((r) => app.once('exit', r));
if (!args.includes('--keep')) await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
const result = {
  at: new Date().toISOString(),
  serverRoot: SERVER_ROOT,
  seconds: SECONDS,
  connections: CONNECTIONS,
  dossiers: rows.length,
  rounds,
  median: {
    appRps: median(rounds.map((r) => r.app.rps)),
    bareRps: median(rounds.map((r) => r.bare.rps)),
    ratio: median(rounds.map((r) => r.ratio)),
    appP99Ms: median(rounds.map((r) => r.app.p99Ms)),
    bareP99Ms: median(rounds.map((r) => r.bare.p99Ms)),
    healthRps: median(rounds.map((r) => r.health.rps)),
    healthToBare: median(rounds.map((r) => r.health.rps / r.bare.rps)),
  },
};
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
const out = SERVER_ROOT === root ? 'public-lookup.json' : 'public-lookup-other.json';
fs.writeFileSync(path.join(root, 'bench/out', out), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result.median, null, 2));
