/**
 * Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown, 412×823 screen), on the citizen pages:
 * home, the results of a search, a procedure page and the tracking page of a dossier received at the
 * counter. Starts the server on a fresh data directory with the demo data, then runs each page in Debian
 * Chromium (headless) and prints performance, FCP, LCP, TBT, CLS and the JavaScript the page loaded, gzipped.
 *
 *   node_modules/.bin/node bench/lighthouse.ts [--runs 3] [--web-dist DIR] [--only home,tracking] [--port 3910]
 *
 * --web-dist serves another build (MOTCUA_WEB_DIST), e.g. one built from an older commit for a before/after.
 * "JS before first render" counts every script the page requested before its first contentful paint
 * (observed, unthrottled load): for this SPA that is the entry, its preloaded chunks and the route's chunk.
 * Its size is the gzip (level 6) of each body, whatever the server sent, so a build is compared as shipped.
 * Writes bench/out/lighthouse.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 3);
const WEB_DIST = option('web-dist');
const PORT = Number(option('port') ?? 3910);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

let server: ChildProcess | undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lighthouse-'));
process.on('exit', () => {
  server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer() {
  server = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      MOTCUA_SEED: 'demo',
      MOTCUA_DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      MOTCUA_RATE_LIMIT_PER_MINUTE: '1000000',
      ...(WEB_DIST ? { MOTCUA_WEB_DIST: path.resolve(WEB_DIST) } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A dossier received at the counter by the demo officer, so the tracking page has something to show. */
async function receiveDossier(): Promise<string> {
  const headers = { 'content-type': 'application/json', origin: BASE };
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'tiepnhan.xa', password: 'motcua-demo' }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const procedure = await (await fetch(`${BASE}/api/procedures/1.001193`)).json();
  const components = procedure.cases[0].components
    .filter((c: { required: boolean }) => c.required)
    .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
  const res = await fetch(`${BASE}/api/dossiers`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({
      procedureCode: '1.001193',
      caseCode: procedure.cases[0].code,
      channel: 'counter',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090001234', phone: '0912345678' },
      components,
    }),
  });
  if (res.status !== 201) throw new Error(`intake: ${res.status} ${await res.text()}`);
  return (await res.json()).code;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  networkRequestTime?: number;
  transferSize?: number;
}

const gzippedCache = new Map<string, number>();
async function gzippedSize(url: string): Promise<number> {
  const known = gzippedCache.get(url);
  if (known !== undefined) return known;
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const size = gzipSync(body, { level: 6 }).length;
  gzippedCache.set(url, size);
  return size;
}

/** One Lighthouse run; a run whose trace failed (NO_NAVSTART, seen on a fresh or loaded browser) is retried. */
async function audit(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`no result for ${url}`);
    if (!result.lhr.runtimeError) return result.lhr;
    if (attempt === 3) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    console.warn(`${url}: ${result.lhr.runtimeError.code}, again`);
  }
}

async function measure(name: string, url: string, port: number) {
  const lhr = await audit(url, port);
  // The whole report of the page's last run, to see what an audit found (layout shifts, long tasks).
  fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
  fs.writeFileSync(path.join(root, `bench/out/lighthouse-${name}.json`), JSON.stringify(lhr));
  const audits = lhr.audits;
  const fcpObserved = (audits.metrics?.details as { items: Array<Record<string, number>> } | undefined)
    ?.items[0]?.observedFirstContentfulPaint;
  const requests = (
    (audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
  ).filter((r) => r.resourceType === 'Script');
  const beforeRender = requests.filter(
    (r) => fcpObserved === undefined || (r.networkRequestTime ?? 0) <= fcpObserved,
  );
  const gz = async (items: NetworkItem[]) =>
    (await Promise.all(items.map((r) => gzippedSize(r.url)))).reduce((a, b) => a + b, 0);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    jsBeforeRenderGzKb: Math.round((await gz(beforeRender)) / 102.4) / 10,
    jsTotalGzKb: Math.round((await gz(requests)) / 102.4) / 10,
    jsTransferredKb: Math.round(requests.reduce((a, r) => a + (r.transferSize ?? 0), 0) / 102.4) / 10,
    scripts: beforeRender.map((r) => new URL(r.url).pathname),
  };
}

await startServer();
const code = await receiveDossier();
const only = option('only');
const allPages: Record<string, string> = {
  home: '/',
  results: '/thu-tuc?q=khai%20sinh',
  procedure: '/thu-tuc/1.001193',
  tracking: `/tra-cuu/${code}`,
};
const pages = Object.fromEntries(
  Object.entries(allPages).filter(([name]) => !only || only.split(',').includes(name)),
);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const summary: Record<string, Record<string, unknown>> = {};
try {
  for (const [name, pathname] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(name, BASE + pathname, chrome.port));
    const pick = (key: 'performance' | 'lcpMs' | 'fcpMs' | 'tbtMs' | 'cls') =>
      median(runs.map((r) => r[key]));
    summary[name] = {
      path: pathname,
      performance: pick('performance'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      jsBeforeRenderGzKb: runs[0]!.jsBeforeRenderGzKb,
      jsTotalGzKb: runs[0]!.jsTotalGzKb,
      jsTransferredKb: runs[0]!.jsTransferredKb,
      scripts: runs[0]!.scripts,
      performanceRuns: runs.map((r) => r.performance),
    };
    console.log(
      `${name.padEnd(10)} perf ${String(pick('performance')).padStart(3)}  FCP ${pick('fcpMs')} ms  LCP ${pick('lcpMs')} ms  TBT ${pick('tbtMs')} ms  CLS ${pick('cls')}  JS before render ${runs[0]!.jsBeforeRenderGzKb} kB gz (page total ${runs[0]!.jsTotalGzKb} kB gz, ${runs[0]!.jsTransferredKb} kB on the wire)`,
    );
  }
} finally {
  await chrome.kill();
}
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench/out/lighthouse.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, webDist: WEB_DIST ?? null, pages: summary }, null, 2)}\n`,
);
process.exit(0);
