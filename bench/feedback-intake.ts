/**
 * Public feedback (PAKN) intake vs counter intake on PostgreSQL, in the same run on the same server (issue 12:
 * the public form at ≥ 0.5× the counter-intake rate). Each intake is a row, its first hash-chained log entry,
 * its code and (with a contact) an outbox row; the counter's is a dossier with its slip and outbox row. Load
 * from Node's fetch, the same number of clients for both.
 *
 *   node_modules/.bin/node bench/feedback-intake.ts [--runs 3] [--seconds 15] [--clients 8]
 */
import { type ChildProcess, spawn } from 'node:child_process';
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
const RUNS = option('runs', 3);
const SECONDS = option('seconds', 15);
const CLIENTS = option('clients', 8);
const PORT = 3903;
const base = `http://127.0.0.1:${PORT}`;

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
      MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '100000000',
      MOTCUA_FEEDBACK_PER_ADDRESS_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One counter officer per client, each at a different commune's one-stop section. */
async function counterCookies(databaseUrl: string): Promise<string[]> {
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
    const section = sections[i % sections.length]?.code;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `bench.${section}`, password: 'motcua-demo' }),
    });
    if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
    cookies.push((login.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }
  return cookies;
}

async function load(
  url: string,
  bodies: (client: number) => { headers: Record<string, string>; body: string },
) {
  for (let i = 0; i < 30; i++)
    await (await fetch(url, { method: 'POST', ...bodies(i % CLIENTS) })).arrayBuffer();
  let done = 0;
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (Date.now() < until) {
        const res = await fetch(url, { method: 'POST', ...bodies(client) });
        await res.arrayBuffer();
        if (res.status === 201) done++;
        else errors++;
      }
    }),
  );
  return { tps: done / ((performance.now() - started) / 1000), errors };
}

const runs: { counterTps: number; feedbackTps: number; ratio: number; errors: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const name = 'motcua_bench_pakn';
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  await startServer(dbUrl(name));
  const cookies = await counterCookies(dbUrl(name));
  const procedure = await (await fetch(`${base}/api/procedures/1.001193`)).json();
  const dossier = JSON.stringify({
    procedureCode: '1.001193',
    caseCode: procedure.cases[0].code,
    channel: 'counter',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' },
    components: procedure.cases[0].components
      .filter((c: { required: boolean }) => c.required)
      .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity })),
  });
  const feedback = JSON.stringify({
    kind: 'regulation',
    title: 'Đề nghị bỏ yêu cầu bản sao giấy tờ đã có trong cơ sở dữ liệu',
    content: 'Bộ phận một cửa vẫn yêu cầu nộp bản sao sổ hộ khẩu dù quy định đã bỏ. Đề nghị xem xét.',
    contact: { fullName: 'Trần Thị Bình', phone: '0912000111' },
  });
  const json = { 'content-type': 'application/json' };
  const counter = await load(`${base}/api/dossiers`, (i) => ({
    headers: { ...json, cookie: cookies[i] ?? '' },
    body: dossier,
  }));
  const pakn = await load(`${base}/api/public/feedback`, () => ({ headers: json, body: feedback }));
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  server = undefined;
  runs.push({
    counterTps: counter.tps,
    feedbackTps: pakn.tps,
    ratio: pakn.tps / counter.tps,
    errors: counter.errors + pakn.errors,
  });
  console.error(`run ${run + 1}: counter ${counter.tps.toFixed(0)}/s, feedback ${pakn.tps.toFixed(0)}/s`);
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
const result = {
  at: new Date().toISOString(),
  seconds: SECONDS,
  clients: CLIENTS,
  runs,
  medianCounterTps: median(runs.map((r) => r.counterTps)),
  medianFeedbackTps: median(runs.map((r) => r.feedbackTps)),
  medianRatio: median(runs.map((r) => r.ratio)),
};
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/out/feedback-intake.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
