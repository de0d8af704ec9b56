// Builds every site the browser tests visit, each printed as one line with its time; a build's
// own output is shown only when it fails (the fixtures' intended warnings are asserted in
// tests/fixture-sites.test.ts, not printed here). None of them is the owner's content/, so that
// editing it never changes what the browser tests see (npm run test:content checks content/):
// - the fixture site tests/fixtures/site, built into .e2e-fixture/.next (what the tests serve
//   with `npm start`), and its static exports .e2e-fixture/out and .e2e-fixture/out-site
//   (BASE_PATH=/site);
// - the academicpages fixture run through the importer into .e2e-site/, built and exported;
// - the French, Arabic and BibTeX (scholar) fixture sites (tests/fixtures/sites/), exported into .e2e-locales/.
// `npm test` type-checks the project with tsc first, so these builds skip Next's own type check.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const E2E_SITE = path.join(ROOT, '.e2e-site');
const LOCALES = path.join(ROOT, '.e2e-locales');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' };

function step(name: string, command: string[], options: { cwd?: string; env?: Record<string, string> } = {}): void {
  const started = Date.now();
  const [program = 'npx', ...args] = command;
  const result: SpawnSyncReturns<string> = spawnSync(program, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...ENV, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`build-e2e: ${name} failed after ${seconds} s (${command.join(' ')})`);
    process.exit(result.status ?? 1);
  }
  console.log(`build-e2e: ${name} in ${seconds} s`);
}

const tsx = (script: string, ...args: string[]) => ['npx', 'tsx', path.join(ROOT, 'scripts', script), ...args];

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');
step('the fixture site (next build)', ['npx', 'next', 'build'], {
  env: { CONTENT_DIR: path.join(FIXTURE, 'content'), NEXT_DIST_DIR: path.join('.e2e-fixture', '.next') },
});
step('its export .e2e-fixture/out', tsx('export.ts', '--site', FIXTURE, '--out', path.join(ROOT, '.e2e-fixture', 'out')));
step('its export .e2e-fixture/out-site (BASE_PATH=/site)', tsx('export.ts', '--site', FIXTURE, '--out', path.join(ROOT, '.e2e-fixture', 'out-site')), {
  env: { BASE_PATH: '/site', SITE_URL: 'https://grace-hopper.example.org/site' },
});

rmSync(E2E_SITE, { recursive: true, force: true });
mkdirSync(E2E_SITE);
for (const name of ['app', 'components', 'lib', 'next.config.js', 'tsconfig.json', 'package.json', 'server.ts']) {
  cpSync(path.join(ROOT, name), path.join(E2E_SITE, name), { recursive: true });
}
step('the academicpages fixture, imported', tsx('import.ts', path.join(ROOT, 'tests', 'fixtures', 'academicpages'), '--into', E2E_SITE));
// node_modules is found in the project folder above, which is also Turbopack's root (the lockfile).
step('the imported site (next build)', ['npx', 'next', 'build'], { cwd: E2E_SITE });
step('its export .e2e-site/out/', tsx('export.ts', '--site', E2E_SITE, '--out', path.join(E2E_SITE, 'out')));

rmSync(LOCALES, { recursive: true, force: true });
for (const locale of ['fr', 'ar', 'scholar']) {
  const site = path.join(ROOT, 'tests', 'fixtures', 'sites', locale);
  step(`the ${locale} fixture site, exported`, tsx('export.ts', '--site', site, '--out', path.join(LOCALES, locale)));
}
step('its CV as a PDF (npm run cv:pdf)', tsx('cv-pdf.ts', '--site', path.join(ROOT, 'tests', 'fixtures', 'sites', 'scholar'), '--from', path.join(LOCALES, 'scholar'), '--out', path.join(LOCALES, 'scholar-cv.pdf')));
