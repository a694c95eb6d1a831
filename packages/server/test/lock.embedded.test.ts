/**
 * The embedded database's data directory is locked: a second process gets a clear error instead of silently
 * corrupting it, and a lock left by a killed process is taken over. Real processes, real files.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../src/adapters/db/lock-file.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function runServer(dataDir: string, port: number, seed = 'none') {
  const child = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      MOTCUA_DATA_DIR: dataDir,
      MOTCUA_SEED: seed,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not come up');
}

describe('embedded data directory lock', () => {
  it('refuses a second process on the same directory with a clear message', async () => {
    const dir = tempDir();
    const first = runServer(dir, 3711);
    try {
      await waitForHealth(3711);
      const second = runServer(dir, 3712);
      const code = await second.exited;
      expect(code).toBe(78);
      expect(second.output()).toMatch(/in use by process \d+/);
      // The first server is unharmed.
      expect((await fetch('http://127.0.0.1:3711/api/health')).ok).toBe(true);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    expect(fs.existsSync(path.join(dir, 'motcua.lock'))).toBe(false);
  }, 120_000);

  it('takes over a lock left by a killed process, keeping committed data', async () => {
    const dir = tempDir();
    const first = runServer(dir, 3713, 'demo');
    await waitForHealth(3713);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(path.join(dir, 'motcua.lock'))).toBe(true);
    const second = runServer(dir, 3714);
    try {
      await waitForHealth(3714);
      // The demo catalogue committed before the kill is all there.
      const res = await fetch('http://127.0.0.1:3714/api/procedures?pageSize=1');
      expect(((await res.json()) as { total: number }).total).toBeGreaterThanOrEqual(40);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);

  it('refuses the same directory twice within one process', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      lock.release();
    }
    lockDataDir(dir).release();
  });
});
