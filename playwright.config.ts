import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The second site: the academicpages fixture after `npm run import` (npm run build:e2e-site).
const importedPort = port + 1;
const importedURL = `http://127.0.0.1:${importedPort}`;
// The static export (npm run export) served by a plain file server: out/, and out-site/ (BASE_PATH=/site).
const exportPort = port + 2;
const exportURL = `http://127.0.0.1:${exportPort}`;
const basePathPort = port + 3;
const importedExportPort = port + 4;
const VISITOR_TESTS = /(home|look|markup|seo)\.spec\.ts/;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium(),
    // A closed network: no background fetches (they fail and slow the browser down).
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'server',
      testIgnore: /(imported-site|export)\.spec\.ts/,
      use: browser,
    },
    {
      name: 'imported-site',
      testMatch: /imported-site\.spec\.ts/,
      use: { ...browser, baseURL: importedURL },
    },
    {
      name: 'export',
      testMatch: [VISITOR_TESTS, /export\.spec\.ts/],
      use: { ...browser, baseURL: exportURL },
    },
  ],
  // The production build (`npm test` runs `next build` first), served as `npm start` serves it.
  webServer: [
    {
      command: 'node server.mjs',
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
    },
    {
      command: 'node server.mjs',
      cwd: '.e2e-site',
      url: importedURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(importedPort), HOSTNAME: '127.0.0.1' },
    },
    {
      command: `node scripts/serve-static.mjs out --port ${exportPort}`,
      url: `${exportURL}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.mjs .e2e-site/out --port ${importedExportPort}`,
      url: `http://127.0.0.1:${importedExportPort}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve-static.mjs out-site --port ${basePathPort} --base /site`,
      url: `http://127.0.0.1:${basePathPort}/site/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
