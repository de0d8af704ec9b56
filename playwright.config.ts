import { defineConfig, devices } from '@playwright/test';
import { E2E } from './e2e/targets';
import { findChromium } from './scripts/find-chromium';

const FIXTURE_CONTENT = 'tests/fixtures/site/content';
const VISITOR_TESTS = /(home|look|markup|seo)\.spec\.ts/;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium(),
    // A closed network: no background fetches (they fail and slow the browser down).
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};
const quietEnv = { NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1' };
const staticServer = (folder: string, port: number, base = '') => ({
  command: `npx tsx scripts/serve-static.ts ${folder} --port ${port}${base ? ` --base ${base}` : ''}`,
  url: `http://127.0.0.1:${port}${base}/`,
  reuseExistingServer: !process.env.CI,
});

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: E2E.server.url,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'server',
      testIgnore: /(imported-site|export|locales|scholar|client-component|al-folio|dev-preview)\.spec\.ts/,
      use: browser,
    },
    {
      name: 'imported-site',
      testMatch: /imported-site\.spec\.ts/,
      use: { ...browser, baseURL: E2E.imported.url },
    },
    {
      name: 'export',
      testMatch: [VISITOR_TESTS, /export\.spec\.ts/],
      use: { ...browser, baseURL: E2E.export.url },
    },
    {
      name: 'locales',
      testMatch: /locales\.spec\.ts/,
      use: browser,
    },
    {
      name: 'client-component',
      testMatch: /client-component\.spec\.ts/,
      use: { ...browser, baseURL: E2E.client.url },
    },
    {
      name: 'scholar',
      testMatch: /scholar\.spec\.ts/,
      use: { ...browser, baseURL: E2E.scholar.url },
    },
    {
      // Starts its own `next dev` (e2e/dev-preview.spec.ts).
      name: 'dev',
      testMatch: /dev-preview\.spec\.ts/,
      use: browser,
    },
    {
      name: 'al-folio',
      testMatch: /al-folio\.spec\.ts/,
      use: { ...browser, baseURL: E2E.alFolio.url },
    },
  ],
  // The builds `npm run build:e2e` made (npm test runs it first): the fixture site as `npm start`
  // serves it, the imported academicpages fixture, and the static exports behind a plain file server.
  webServer: [
    {
      command: 'npx tsx server.ts',
      url: E2E.server.url,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...quietEnv, PORT: String(E2E.server.port), CONTENT_DIR: FIXTURE_CONTENT, NEXT_DIST_DIR: '.e2e-fixture/.next' },
    },
    {
      command: 'npx tsx server.ts',
      cwd: '.e2e-site',
      url: E2E.imported.url,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...quietEnv, PORT: String(E2E.imported.port) },
    },
    {
      command: 'npx tsx server.ts',
      cwd: '.e2e-client',
      url: E2E.client.url,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...quietEnv, PORT: String(E2E.client.port), CONTENT_DIR: `../${FIXTURE_CONTENT}` },
    },
    staticServer('.e2e-fixture/out', E2E.export.port),
    staticServer('.e2e-site/out', E2E.importedExport.port),
    staticServer('.e2e-fixture/out-site', E2E.basePath.port, '/site'),
    staticServer('.e2e-locales/fr', E2E.fr.port),
    staticServer('.e2e-locales/ar', E2E.ar.port),
    staticServer('.e2e-locales/scholar', E2E.scholar.port),
    staticServer('.e2e-alfolio/out', E2E.alFolio.port),
  ],
});
