/**
 * Large bodies before authentication (issue 9, item 8): /api/health latency while 16 anonymous senders send
 * large bodies (8 logins and 4 intakes of 12 MB JSON, a 12 MB string in them; 4 PDF uploads of 9 MB to a
 * dossier), against the same server at rest.
 *
 *   node_modules/.bin/node bench/large-bodies.ts [--root <checkout>] [--rounds 3] [--seconds 5]
 *
 * Each round: /api/health at rest (100 sequential requests), then for `--seconds` 16 senders each sending
 * its body again as soon as the last one is answered, while /api/health is asked sequentially.
 *
 * `--root` runs another checkout's server (e.g. a detached worktree of the commit before), this script
 * unchanged. Embedded database on a fresh data directory with the demo seed, port 3901. Prints JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const root = path.resolve(option('root', path.resolve(import.meta.dirname, '..')));
const ROUNDS = Number(option('rounds', '3'));
const PORT = 3901;
const BASE = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;
const BODIES = 16;
const SECONDS = Number(option('seconds', '5'));
const UPLOAD = '/api/dossiers/000.01.31.H42-250303-0001/files?kind=scan&name=a.pdf';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

let server: ChildProcess | undefined;
process.on('exit', () => server?.kill('SIGKILL'));

async function startServer(dataDir: string): Promise<void> {
  server = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      MOTCUA_DATA_DIR: dataDir,
      MOTCUA_SEED: 'demo',
      LOG_LEVEL: 'error',
      MOTCUA_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function health(): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${BASE}/api/health`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`health ${res.status}`);
  return performance.now() - started;
}

/** Sends the whole body (the client does not stop early) and resolves with the status, or 0 if none came. */
function send(pathname: string, contentType: string, body: Buffer): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let status = 0;
    const req = httpRequest(`${BASE}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': String(body.length) },
      agent: false,
    });
    const done = () => resolve({ status, ms: performance.now() - started });
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', done);
      res.on('error', done);
    });
    req.on('error', () => {
      if (status === 0) done();
    });
    req.end(body);
  });
}

const jsonBody = Buffer.from(JSON.stringify({ username: 'ä'.repeat(6 * MB), password: 'x' }));
// Within the upload limit (10 MB), which the code before already enforced at the headers for larger ones.
const pdfBody = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(9 * MB - 9, 0x20)]);

/** 16 senders, each sending a body again as soon as the last is answered, for SECONDS; health polled meanwhile. */
async function round() {
  const rest: number[] = [];
  for (let i = 0; i < 100; i++) rest.push(await health());
  const until = performance.now() + SECONDS * 1000;
  const statuses = new Map<number, number>();
  const answerMs: number[] = [];
  const sender = async (i: number) => {
    while (performance.now() < until) {
      const { status, ms } =
        i % 4 === 3
          ? await send(UPLOAD, 'application/pdf', pdfBody)
          : await send(i % 4 === 1 ? '/api/dossiers' : '/api/auth/login', 'application/json', jsonBody);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      answerMs.push(ms);
    }
  };
  const senders = Promise.all(Array.from({ length: BODIES }, (_, i) => sender(i)));
  const loaded: number[] = [];
  while (performance.now() < until) loaded.push(await health());
  await senders;
  return {
    restMedianMs: median(rest),
    loadedMedianMs: median(loaded),
    loadedP95Ms: percentile(loaded, 0.95),
    loadedMaxMs: Math.max(...loaded),
    healthRequests: loaded.length,
    bodiesSent: answerMs.length,
    bodyAnswerMedianMs: median(answerMs),
    // 0: the connection closed before an answer was read (the server refused the rest of the body).
    statuses: Object.fromEntries(statuses),
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-bodies-'));
try {
  await startServer(dataDir);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
  const summary = {
    root,
    commit: (await import('node:child_process'))
      .execSync('git rev-parse --short HEAD', { cwd: root })
      .toString()
      .trim(),
    senders: '8 × 12 MB JSON login, 4 × 12 MB JSON intake, 4 × 9 MB PDF upload, all anonymous',
    restMedianMs: round1(median(rounds.map((r) => r.restMedianMs))),
    loadedMedianMs: round1(median(rounds.map((r) => r.loadedMedianMs))),
    loadedMaxMs: round1(Math.max(...rounds.map((r) => r.loadedMaxMs))),
    bodyAnswerMedianMs: round1(median(rounds.map((r) => r.bodyAnswerMedianMs))),
    rounds: rounds.map((r) => ({
      ...r,
      restMedianMs: round1(r.restMedianMs),
      loadedMedianMs: round1(r.loadedMedianMs),
      loadedP95Ms: round1(r.loadedP95Ms),
      loadedMaxMs: round1(r.loadedMaxMs),
      bodyAnswerMedianMs: round1(r.bodyAnswerMedianMs),
    })),
  };
  console.log(JSON.stringify(summary, null, 2));
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
