import { defineConfig } from 'vitest/config';

// Projects: the pure core, the web's pure helpers, and the server (which runs once per database: MOTCUA_TEST_DB=pglite|postgres).
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          isolate: false,
          environment: 'node',
          // Property tests run thousands of cases; leave room on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.test.ts'],
          // *.embedded.test.ts exercise the embedded database itself (lock file, kill -9): once, on PGlite.
          exclude: process.env.MOTCUA_TEST_DB === 'postgres' ? ['**/*.embedded.test.ts'] : [],
          environment: 'node',
          globalSetup: ['packages/server/test/global-setup.ts'],
          // One module graph per worker, not per file: importing the server anew for each of ~60 files was
          // a third of the suite's time. Tests therefore do not mock modules (vi.mock); seams are parameters.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
