import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end journeys in Debian's Chromium (`apt-get install chromium`; run with
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). By default the web is built and a server with demo data is started
 * on a fresh data directory; set E2E_BASE_URL to test a server that is already running instead.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? 'http://127.0.0.1:3100';
const binPath = `${root}node_modules/.bin`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: externalBaseURL
    ? undefined
    : {
        command:
          'vite build packages/web --logLevel warn && rm -rf .tmp/e2e-data && node packages/server/src/main.ts',
        cwd: root,
        url: 'http://127.0.0.1:3100/api/health',
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          ...(process.env as Record<string, string>),
          PATH: `${binPath}:${process.env.PATH ?? ''}`,
          PORT: '3100',
          MOTCUA_DATA_DIR: '.tmp/e2e-data',
          MOTCUA_SEED: 'demo',
          // The journeys sign in as the same officers many times a minute from one address.
          MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
          MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '1000',
          MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '1000',
          PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
        },
      },
});
