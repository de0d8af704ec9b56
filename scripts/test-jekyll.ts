// `npm run test:jekyll`: real Jekyll as the oracle of what "as Jekyll does" means. Each fixture
// tree (tests/fixtures/academicpages, tests/fixtures/jekyll-parity, tests/fixtures/al-folio: Jekyll
// sites of our own writing, in the shapes real ones have) is built twice: by Jekyll 4 (Debian's `jekyll` with
// jekyll-feed, jekyll-sitemap and jekyll-redirect-from), with the site's built-in includes written
// out as its _includes/ and tests/jekyll/oracle.rb for the filters they use; and by this project,
// `npm run import` then `npm run export`. Every page is compared (URL, visible text, links,
// headings: scripts/jekyll-compare.ts); differences listed in tests/jekyll/intended.json are the
// project's, each with its reason; any other fails the run. Needs Ruby, so it is not in `npm test`
// (a site owner runs that); .ci/run installs Jekyll and runs it after.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { planImport, writeImport } from '../lib/import/academicpages';
import { commandLine } from './args';
import { table } from './bench-lib';
import { JEKYLL_ENV, JEKYLL_INSTALL, jekyllVersion, prepareJekyllTree } from './jekyll-lib';
import { type Difference, type Intended, compareViews, isIntended, jekyllView, ourView, pagesOf } from './jekyll-compare';

const ROOT = path.resolve(__dirname, '..');
/**
 * The fixture trees, each with what Jekyll needs here beyond its _config.yml: the al-folio one names
 * plugins Debian does not package (jekyll-scholar, jekyll-paginate-v2, jekyll-archives, jekyll-tabs…),
 * so Jekyll builds it with the packaged ones only and without the two pages whose tags need the
 * others (its bibliography page and a post with details and tabs); the pages those plugins make are
 * ours alone (tests/jekyll/intended.json says which).
 */
const FIXTURES: { name: string; config?: string }[] = [
  { name: 'academicpages' },
  { name: 'jekyll-parity' },
  {
    name: 'al-folio',
    config: [
      'plugins: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from]',
      'whitelist: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from]',
      'exclude: [_bibliography, _pages/publications.md, _posts/2024-02-10-field-season.md, bin/, Gemfile, Gemfile.lock, vendor, README.md]',
    ].join('\n'),
  },
];
const { values } = commandLine('test:jekyll', 'usage: npm run test:jekyll [-- --keep]', { keep: { type: 'boolean' } });

const intendedSchema = z.array(
  z.object({
    site: z.string(),
    page: z.string(),
    kind: z.enum(['missing', 'extra', 'text', 'links', 'headings']),
    detail: z.string(),
    reason: z.string().min(10),
  }),
);
const INTENDED: Intended[] = intendedSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'tests', 'jekyll', 'intended.json'), 'utf8')));

const jekyll = jekyllVersion();
if (jekyll === null) {
  console.error(`test:jekyll: Jekyll is not installed. ${JEKYLL_INSTALL}`);
  process.exit(1);
}
console.log(`test:jekyll: ${jekyll} as the oracle`);

/** Runs a command; its output is shown only when it fails. */
function run(name: string, command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): void {
  const result = spawnSync(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return;
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  console.error(`test:jekyll: ${name} failed`);
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'test-jekyll-'));
const rows: string[][] = [];
const unintended: (Difference & { site: string })[] = [];
for (const { name: fixture, config } of FIXTURES) {
  const source = path.join(ROOT, 'tests', 'fixtures', fixture);
  // Jekyll's build, with the site's includes and the oracle's filters.
  const tree = path.join(work, fixture, 'jekyll-source');
  prepareJekyllTree(source, tree);
  const jekyllOut = path.join(work, fixture, 'jekyll');
  const configs = [path.join(tree, '_config.yml')];
  if (config !== undefined) {
    writeFileSync(path.join(work, fixture, 'override.yml'), `${config}\n`);
    configs.push(path.join(work, fixture, 'override.yml'));
  }
  run(`jekyll build of ${fixture}`, 'jekyll', ['build', '--source', tree, '--destination', jekyllOut, '--config', configs.join(','), '--quiet'], { env: JEKYLL_ENV });
  // This project's: the importer, then the export.
  const project = path.join(work, fixture, 'project');
  writeImport(planImport(source), project);
  const ours = path.join(work, fixture, 'ours');
  run(`the export of ${fixture}`, 'npx', ['tsx', path.join(ROOT, 'scripts', 'export.ts'), '--site', project, '--out', ours], { env: { NEXT_TELEMETRY_DISABLED: '1' } });

  const theirs = pagesOf(jekyllOut);
  const mine = pagesOf(ours);
  for (const key of [...new Set([...theirs.keys(), ...mine.keys()])].sort()) {
    const jekyllHtml = theirs.get(key);
    const ourHtml = mine.get(key);
    const differences: Difference[] =
      jekyllHtml === undefined
        ? [{ page: key, kind: 'extra', detail: '*' }]
        : ourHtml === undefined
          ? [{ page: key, kind: 'missing', detail: '*' }]
          : compareViews(jekyllView(key, jekyllHtml), ourView(key, ourHtml));
    const open = differences.filter((difference) => !isIntended(fixture, difference, INTENDED));
    unintended.push(...open.map((difference) => ({ ...difference, site: fixture })));
    const verdict = differences.length === 0 ? 'equal' : open.length === 0 ? `intended: ${differences.map((d) => d.kind).join(', ')}` : `DIFFERENT: ${open.map((d) => d.kind).join(', ')}`;
    rows.push([fixture, key, verdict]);
  }
}
console.log(table(['fixture', 'page', 'Jekyll and ours'], rows));
if (values.keep === true) console.log(`test:jekyll: the builds are in ${work}`);
else rmSync(work, { recursive: true, force: true });
if (unintended.length > 0) {
  console.error(`test:jekyll: ${unintended.length} difference${unintended.length === 1 ? '' : 's'} not listed in tests/jekyll/intended.json:`);
  for (const difference of unintended) console.error(`  ${difference.site} ${difference.page} (${difference.kind}): ${difference.detail}`);
  process.exit(1);
}
const equal = rows.filter((row) => row[2] === 'equal').length;
console.log(`test:jekyll: ${rows.length} pages, ${equal} equal to Jekyll's, ${rows.length - equal} with intended differences only.`);
