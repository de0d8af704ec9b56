// Builds every site the browser tests visit, each printed as one line with its time; a build's
// own output is shown only when it fails (the fixtures' intended warnings are asserted in
// tests/fixture-sites.test.ts, not printed here). None of them is the owner's content/, so that
// editing it never changes what the browser tests see (npm run test:content checks content/):
// - the fixture site tests/fixtures/site, built with `npm run build` (next build, then the lean
//   pass) into .e2e-fixture/.next (what the tests serve with `npm start`), and its static exports
//   .e2e-fixture/out and .e2e-fixture/out-site (BASE_PATH=/site);
// - the same site with a client component added (.e2e-client/: a copy of the app plus
//   components/ClientProbe.tsx on /client-probe/), whose build keeps Next's runtime and says so;
// - the academicpages fixture run through the importer into .e2e-site/, built and exported;
// - the French, Arabic and BibTeX (scholar) fixture sites (tests/fixtures/sites/), exported into .e2e-locales/;
// - the al-folio fixture (tests/fixtures/al-folio) run through the importer and exported into
//   .e2e-alfolio/, and its CV (from _data/cv.yml) printed by npm run cv:pdf.
// `npm test` type-checks the project with tsc first, so these builds skip Next's own type check.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const E2E_SITE = path.join(ROOT, '.e2e-site');
const E2E_CLIENT = path.join(ROOT, '.e2e-client');
/** What a copy of the project needs to build and serve itself. */
const APP = ['app', 'components', 'lib', 'scripts', 'next.config.js', 'tsconfig.json', 'package.json', 'server.ts'];
const LOCALES = path.join(ROOT, '.e2e-locales');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' };

function step(name: string, command: string[], options: { cwd?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
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
  return result;
}

const tsx = (script: string, ...args: string[]) => ['npx', 'tsx', path.join(ROOT, 'scripts', script), ...args];

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');
step('the fixture site (npm run build)', ['npm', 'run', 'build'], {
  env: { CONTENT_DIR: path.join(FIXTURE, 'content'), NEXT_DIST_DIR: path.join('.e2e-fixture', '.next') },
});
step('its export .e2e-fixture/out', tsx('export.ts', '--site', FIXTURE, '--out', path.join(ROOT, '.e2e-fixture', 'out')));
step('its export .e2e-fixture/out-site (BASE_PATH=/site)', tsx('export.ts', '--site', FIXTURE, '--out', path.join(ROOT, '.e2e-fixture', 'out-site')), {
  env: { BASE_PATH: '/site', SITE_URL: 'https://grace-hopper.example.org/site' },
});

rmSync(E2E_SITE, { recursive: true, force: true });
mkdirSync(E2E_SITE);
for (const name of APP) cpSync(path.join(ROOT, name), path.join(E2E_SITE, name), { recursive: true });
step('the academicpages fixture, imported', tsx('import.ts', path.join(ROOT, 'tests', 'fixtures', 'academicpages'), '--into', E2E_SITE));
// node_modules is found in the project folder above, which is also Turbopack's root (the lockfile).
step('the imported site (npm run build)', ['npm', 'run', 'build'], { cwd: E2E_SITE });
step('its export .e2e-site/out/', tsx('export.ts', '--site', E2E_SITE, '--out', path.join(E2E_SITE, 'out')));

// A client component added to the fixture site: the build must keep Next's runtime, say so in one
// line (kept in build.log for e2e/client-component.spec.ts) and serve working pages.
rmSync(E2E_CLIENT, { recursive: true, force: true });
mkdirSync(E2E_CLIENT);
for (const name of APP) cpSync(path.join(ROOT, name), path.join(E2E_CLIENT, name), { recursive: true });
writeFileSync(
  path.join(E2E_CLIENT, 'components', 'ClientProbe.tsx'),
  `'use client';
import { useState } from 'react';

export function ClientProbe() {
  const [count, setCount] = useState(0);
  return <button type="button" onClick={() => setCount(count + 1)}>Clicked {count} times</button>;
}
`,
);
mkdirSync(path.join(E2E_CLIENT, 'app', 'client-probe'));
writeFileSync(
  path.join(E2E_CLIENT, 'app', 'client-probe', 'page.tsx'),
  `import { ClientProbe } from '@/components/ClientProbe';

export default function Page() {
  return <main id="content"><h1>Client probe</h1><ClientProbe /></main>;
}
`,
);
const client = step('the fixture site with a client component (npm run build)', ['npm', 'run', 'build'], {
  cwd: E2E_CLIENT,
  env: { CONTENT_DIR: path.join(FIXTURE, 'content') },
});
writeFileSync(path.join(E2E_CLIENT, 'build.log'), `${client.stdout}\n${client.stderr}`);

rmSync(LOCALES, { recursive: true, force: true });
for (const locale of ['fr', 'ar', 'scholar']) {
  const site = path.join(ROOT, 'tests', 'fixtures', 'sites', locale);
  step(`the ${locale} fixture site, exported`, tsx('export.ts', '--site', site, '--out', path.join(LOCALES, locale)));
}
// An al-folio v1 site (tests/fixtures/al-folio), imported and exported as its owner would.
const AL_FOLIO = path.join(ROOT, '.e2e-alfolio');
rmSync(AL_FOLIO, { recursive: true, force: true });
step('the al-folio fixture, imported', tsx('import.ts', path.join(ROOT, 'tests', 'fixtures', 'al-folio'), '--into', path.join(AL_FOLIO, 'site')));
step('its export .e2e-alfolio/out', tsx('export.ts', '--site', path.join(AL_FOLIO, 'site'), '--out', path.join(AL_FOLIO, 'out')));
step('its CV as a PDF (npm run cv:pdf)', tsx('cv-pdf.ts', '--site', path.join(ROOT, 'tests', 'fixtures', 'sites', 'scholar'), '--from', path.join(LOCALES, 'scholar'), '--out', path.join(LOCALES, 'scholar-cv.pdf')));
step('the al-folio CV (from _data/cv.yml) as a PDF', tsx('cv-pdf.ts', '--site', path.join(AL_FOLIO, 'site'), '--from', path.join(AL_FOLIO, 'out'), '--out', path.join(AL_FOLIO, 'cv.pdf')));
