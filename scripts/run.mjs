#!/usr/bin/env node
/**
 * The two README commands, `npm start` and `npm test`, on a fresh clone. Runs under whatever Node the machine
 * has (20 here): it installs the dependencies when needed, which bring Node 22 (the `node` npm package,
 * docs/adr/0001), then runs everything else with that Node 22.
 *
 *   node scripts/run.mjs start   build the web if needed, then run the server with demo data
 *   node scripts/run.mjs test    lint, types, layers, unit + API tests on PGlite and PostgreSQL, browser tests
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'node_modules/.bin');
const node22 = path.join(bin, 'node');
const isCI = process.env.CI === 'true' || process.env.CI === '1';
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} (exit ${status})`);
    process.exit(status);
  }
}

/**
 * Installs when node_modules is missing or was installed from another package-lock.json. `npm install`, not
 * `npm ci`: npm 11 leaves other platforms' optional packages out of the lockfile and `npm ci` then refuses
 * it; `npm install` keeps the locked versions.
 */
function ensureInstalled() {
  const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(root, 'node_modules/.motcua-lock-hash');
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : '';
  if (current === hash && fs.existsSync(node22)) return;
  console.log('→ Cài đặt thư viện / installing dependencies (npm install)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    env: { ...env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  process.stderr.write(withoutEngineWarnings(result.stderr ?? ''));
  if (result.status !== 0) {
    console.error(`\n✗ npm install (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  const installed = createHash('sha256')
    .update(fs.readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
  fs.writeFileSync(stamp, installed);
}

/**
 * npm checks engines against the Node that runs it (the machine's, 20 here) and warns about packages that ask
 * for Node 22 (cookie@2, content-disposition@3). They run on the Node 22 this install brings, so the warnings
 * say something is wrong when nothing is: one plain line replaces them. Every other message is kept.
 */
function withoutEngineWarnings(stderr) {
  const lines = stderr.split('\n');
  const packages = lines
    .map((line) => /^npm warn EBADENGINE\s+package: '([^']+)'/.exec(line)?.[1])
    .filter(Boolean);
  const kept = lines.filter((line) => !line.startsWith('npm warn EBADENGINE')).join('\n');
  if (packages.length === 0) return kept;
  const note = `ℹ ${packages.join(', ')}: cần Node ≥ 22, chạy bằng Node 22 vừa cài (node_modules/.bin/node) / need Node ≥ 22 and run on the Node 22 just installed, not on this machine's Node ${process.versions.node}.\n`;
  return `${kept.trimEnd()}${kept.trim() ? '\n' : ''}${note}`;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its build is missing or older than its sources (or the core it imports). */
function ensureWebBuilt(force = false) {
  const built = path.join(root, 'packages/web/dist/index.html');
  const sources = Math.max(
    newestMtime(path.join(root, 'packages/web')),
    newestMtime(path.join(root, 'packages/core/src')),
  );
  if (!force && fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  console.log('→ Đóng gói giao diện web / building the web app…');
  must(node22, [path.join(bin, 'vite'), 'build', 'packages/web', '--logLevel', 'warn']);
}

function canConnect(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function start() {
  ensureInstalled();
  ensureWebBuilt();
  const serverEnv = { ...env };
  if (process.env.NODE_ENV !== 'production' && serverEnv.MOTCUA_SEED === undefined)
    serverEnv.MOTCUA_SEED = 'demo';
  const result = spawnSync(node22, ['packages/server/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: serverEnv,
  });
  process.exit(result.status ?? 0);
}

async function test() {
  ensureInstalled();
  const pgUrl = process.env.MOTCUA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const pgPort = Number(new URL(pgUrl).port || 5432);
  const pgHost = new URL(pgUrl).hostname;
  const hasPostgres = await canConnect(pgPort, pgHost);
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const hasChromium = fs.existsSync(chromium);
  const vitest = [path.join(bin, 'vitest'), 'run'];

  const steps = [
    ['format and lint (biome)', node22, [path.join(bin, 'biome'), 'check', '.']],
    ['types: core', node22, [path.join(bin, 'tsc'), '-p', 'packages/core/tsconfig.json']],
    ['types: server', node22, [path.join(bin, 'tsc'), '-p', 'packages/server/tsconfig.json']],
    ['types: web', node22, [path.join(bin, 'tsc'), '-p', 'packages/web/tsconfig.json']],
    ['types: e2e', node22, [path.join(bin, 'tsc'), '-p', 'e2e/tsconfig.json']],
    [
      'layers (dependency-cruiser)',
      node22,
      [path.join(bin, 'depcruise'), 'packages', '--config', '.dependency-cruiser.cjs'],
    ],
    ['core, TZ=UTC', node22, [...vitest, '--project', 'core'], { TZ: 'UTC' }],
    ['core, TZ=Asia/Ho_Chi_Minh', node22, [...vitest, '--project', 'core'], { TZ: 'Asia/Ho_Chi_Minh' }],
    ['web helpers', node22, [...vitest, '--project', 'web']],
    ['server on PGlite', node22, [...vitest, '--project', 'server'], { MOTCUA_TEST_DB: 'pglite', TZ: 'UTC' }],
  ];
  const skipped = [];
  if (hasPostgres) {
    steps.push([
      'server on PostgreSQL',
      node22,
      [...vitest, '--project', 'server'],
      { MOTCUA_TEST_DB: 'postgres', MOTCUA_TEST_PG_URL: pgUrl, TZ: 'Asia/Ho_Chi_Minh' },
    ]);
  } else {
    skipped.push(`server on PostgreSQL: nothing answers at ${pgHost}:${pgPort} (set MOTCUA_TEST_PG_URL)`);
  }
  if (hasChromium) {
    steps.push([
      'browser journeys (Playwright, Chromium)',
      node22,
      [path.join(bin, 'playwright'), 'test'],
      { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CHROMIUM_PATH: chromium },
    ]);
  } else {
    skipped.push(`browser journeys: no Chromium at ${chromium} (apt-get install -y chromium)`);
  }

  const results = [];
  for (const [name, command, args, extraEnv] of steps) {
    console.log(`\n━━ ${name}`);
    const started = Date.now();
    const status = run(command, args, { env: { ...env, ...extraEnv } });
    results.push({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  }

  console.log('\n━━ Tóm tắt / summary');
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`);
  for (const s of skipped) console.log(`⚠ SKIPPED ${s}`);
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.length - failed;
  if (skipped.length > 0) {
    console.log(
      `\n${'!'.repeat(72)}\n! ${skipped.length} step(s) SKIPPED — this run does not cover everything.\n${'!'.repeat(72)}`,
    );
  }
  console.log(
    `\nsteps: ${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`,
  );
  if (failed > 0) process.exit(1);
  if (skipped.length > 0 && isCI) {
    console.error('CI=true: nothing may be skipped.');
    process.exit(1);
  }
}

/** The checks of docs/security.md, on both databases: `npm run security:check`. */
const SECURITY_TESTS = [
  'login-limits',
  'auth',
  'cross-site',
  'bad-input',
  'env',
  'production',
  'audit-tamper',
  'authorization-matrix',
  'sigkill',
  'unicode-nfc',
  'intake-limit',
  'dossier-sequence',
  'large-bodies',
  'dossier-files',
  'catalogue-zip-bomb',
  'retention-purge',
  'public-lookup',
  'dossier-backdated',
].map((name) => `packages/server/test/${name}.test.ts`);

async function security() {
  ensureInstalled();
  const vitest = [path.join(bin, 'vitest'), 'run', '--project', 'server', ...SECURITY_TESTS];
  let failed = 0;
  for (const [name, extraEnv] of [
    ['PGlite', { MOTCUA_TEST_DB: 'pglite', TZ: 'UTC' }],
    ['PostgreSQL', { MOTCUA_TEST_DB: 'postgres', TZ: 'Asia/Ho_Chi_Minh' }],
  ]) {
    console.log(`\n━━ security checks on ${name}`);
    if (run(node22, vitest, { env: { ...env, ...extraEnv } }) !== 0) failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}

const command = process.argv[2];
if (command === 'start') await start();
else if (command === 'test') await test();
else if (command === 'security') await security();
else {
  console.error('usage: node scripts/run.mjs start|test|security');
  process.exit(2);
}
