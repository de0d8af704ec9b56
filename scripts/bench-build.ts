// `npm run bench:build -- [--items N[,N...]] [--keep]`: this project's build next to Jekyll's, on
// the same academicpages site, in one run. For each N (default 0, 100, 300, 1000) it generates an
// academicpages site as Jekyll reads it (scripts/bench-sites.ts: the project's academicpages
// fixture with N publications, N talks and N posts) and builds it twice: with Jekyll 4 (Debian's
// `jekyll`, when installed) and with `npm run import` then `npm run export`. Then a one-post
// rebuild of the N = 300 site (Jekyll's `--incremental`; ours: the imported post edited, then the
// export, with the build cache warm), the seed site's export (content/), and an al-folio-shaped site whose
// publications page lists a generated 500-entry .bib. Next to each N, Next's floor: an app of as
// many empty pages, built the same way (scripts/bench-sites.ts generateEmptyNextApp).
// Budgets (the run fails when one does not hold): at N = 300, at most 2x Jekyll's time and
// /publications/ at most 60 KB gzip; at N = 1000, at most 3x; the one-post rebuild at most 2x
// Jekyll's incremental one; the seed site's export at most 8 s; the .bib's page at most 80 KB gzip.
// Not part of `npm test`: build times are too noisy for CI, and Jekyll needs Ruby.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { commandLine } from './args';
import { ROOT, table } from './bench-lib';
import { generateBibSite, generateEmptyNextApp, generateJekyllSite, importedPostFile, postFile } from './bench-sites';
import { JEKYLL_ENV, JEKYLL_INSTALL, jekyllVersion } from './jekyll-lib';

const BUDGETS = { ratio: new Map([[300, 2], [1000, 3]]), rebuildRatio: 2, seedSeconds: 8, publicationsGzip: 60 * 1024, bibGzip: 80 * 1024 };
const REBUILD_AT = 300;
const BIB_ENTRIES = 500;

const USAGE = 'usage: npm run bench:build -- [--items N[,N...]] [--keep] (whole numbers, e.g. 0,100,300,1000)';
const { values } = commandLine('bench:build', USAGE, { items: { type: 'string', default: '0,100,300,1000' }, keep: { type: 'boolean' } });
const counts = values.items.split(',').map((part) => Number(part.trim()));
if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count < 0)) {
  console.error(USAGE);
  process.exit(1);
}
/** --keep: leave the generated sites in place (their folders are printed), to look at or profile. */
const KEEP = values.keep === true;

/** Runs a command and returns the seconds it took and what it printed; its output is shown only when it fails. */
function run(what: string, command: string, args: string[], { env = {}, cwd = ROOT }: { env?: Record<string, string>; cwd?: string } = {}): { seconds: number; stdout: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`bench:build: ${what} failed`);
    process.exit(result.status ?? 1);
  }
  return { seconds, stdout: result.stdout };
}
const timed = (what: string, command: string, args: string[], env: Record<string, string> = {}): number => run(what, command, args, { env }).seconds;

const tsx = (script: string, args: string[]) => ['tsx', path.join(ROOT, 'scripts', script), ...args];
/** `npm run import`, then `npm run export`: the seconds of each. */
function ours(source: string, project: string, out: string): { importSeconds: number; exportSeconds: number } {
  const importSeconds = timed(`importing ${source}`, 'npx', tsx('import.ts', [source, '--into', project, '--force']));
  return { importSeconds, exportSeconds: exportSite(project, out) };
}
const exportSite = (site: string, out: string) => timed(`exporting ${site}`, 'npx', tsx('export.ts', ['--site', site, '--out', out]));
const jekyllBuild = (source: string, out: string, extra: string[] = []) =>
  timed(`jekyll build of ${source}`, 'jekyll', ['build', '--source', source, '--destination', out, '--quiet', ...extra], JEKYLL_ENV);

/**
 * Next's floor for `pages` pages: an app of empty pages built as the export builds. Returns the
 * build's seconds and its prerender's (as Next prints it).
 */
const EMPTY_APP = path.join(ROOT, '.bench-build', 'empty-next');
function emptyNextBuild(pages: number): { seconds: number; prerender: number } {
  generateEmptyNextApp(EMPTY_APP, pages);
  const { seconds, stdout } = run('the empty Next app', process.execPath, [require.resolve('next/dist/bin/next'), 'build'], { cwd: EMPTY_APP });
  const match = /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(m?s)/.exec(stdout);
  const prerender = match === null ? Number.NaN : Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  return { seconds, prerender };
}

/** HTML files written, but for Next's own folder. */
function htmlPages(out: string): number {
  const result = spawnSync('find', [out, '-name', '*.html', '-not', '-path', '*/_next/*'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).length;
}

const jekyll = jekyllVersion();
if (jekyll === null) console.log(`bench:build: Jekyll is not installed, so only this project's times are measured. ${JEKYLL_INSTALL}`);
mkdirSync(path.join(ROOT, '.bench-build'), { recursive: true });
// Inside the project, so that the export moves its output instead of copying it across file systems.
const work = mkdtempSync(path.join(ROOT, '.bench-build', 'run-'));
// The first export after a change to the app compiles it again (Turbopack's cache is per source
// file): one untimed export of the seed site first, so that every row times the same work.
console.log('Warming the build cache with one untimed export of the seed site...');
exportSite(ROOT, path.join(work, 'warm'));

emptyNextBuild(10); // compiles the empty app once, untimed
const rows: (string | number)[][] = [];
const failures: string[] = [];
const ratioText = (mine: number, theirs: number | null) => (theirs === null ? '-' : (mine / theirs).toFixed(1));
function checkRatio(what: string, mine: number, theirs: number | null, budget: number | undefined): void {
  if (budget === undefined || theirs === null || mine / theirs <= budget) return;
  failures.push(`${what}: ${(mine / theirs).toFixed(1)}x Jekyll's time (budget ${budget}x)`);
}

let rebuildSite: string | null = null;
for (const n of counts) {
  console.log(`N = ${n}: generating an academicpages site with ${n} publications, ${n} talks and ${n} posts, then building it with both...`);
  const site = generateJekyllSite(n);
  const jekyllOut = path.join(work, `jekyll-${n}`);
  const jekyllSeconds = jekyll === null ? null : jekyllBuild(site, jekyllOut);
  const project = path.join(work, `project-${n}`);
  const out = path.join(work, `ours-${n}`);
  const { importSeconds, exportSeconds } = ours(site, project, out);
  const total = importSeconds + exportSeconds;
  const gzip = gzipSync(readFileSync(path.join(out, 'publications', 'index.html'))).length;
  const pages = htmlPages(out);
  const floor = emptyNextBuild(pages);
  rows.push([`N = ${n}`, jekyllSeconds?.toFixed(1) ?? '-', jekyll === null ? '-' : htmlPages(jekyllOut), importSeconds.toFixed(1), exportSeconds.toFixed(1), total.toFixed(1), pages, ratioText(total, jekyllSeconds), `${floor.seconds.toFixed(1)} (${floor.prerender.toFixed(1)})`]);
  checkRatio(`N = ${n}`, total, jekyllSeconds, BUDGETS.ratio.get(n));
  if (n === 300 && gzip > BUDGETS.publicationsGzip) failures.push(`N = ${n}: /publications/ is ${gzip} bytes gzip (budget ${BUDGETS.publicationsGzip})`);
  if (n === REBUILD_AT) rebuildSite = site;
  else if (KEEP) console.log(`kept the generated site in ${site}`);
  else rmSync(site, { recursive: true, force: true });
}

// The one-post rebuild, on the N = 300 site. Jekyll's --incremental (after one incremental build
// that writes its metadata) on its tree; ours as an owner works once moved: the post edited in
// content/, then `npm run export` (the import is done once), with Turbopack's cache warm.
if (rebuildSite !== null) {
  console.log(`The one-post rebuild of the N = ${REBUILD_AT} site...`);
  const jekyllOut = path.join(work, 'jekyll-incremental');
  if (jekyll !== null) jekyllBuild(rebuildSite, jekyllOut, ['--incremental']);
  appendFileSync(postFile(rebuildSite, 7), '\nAn edited line.\n');
  const jekyllSeconds = jekyll === null ? null : jekyllBuild(rebuildSite, jekyllOut, ['--incremental']);
  const project = path.join(work, `project-${REBUILD_AT}`);
  appendFileSync(importedPostFile(project, 7), '\nAn edited line.\n');
  const out = path.join(work, 'ours-rebuild');
  const exportSeconds = exportSite(project, out);
  rows.push([`one post edited, N = ${REBUILD_AT}`, jekyllSeconds?.toFixed(1) ?? '-', jekyll === null ? '-' : htmlPages(jekyllOut), '-', exportSeconds.toFixed(1), exportSeconds.toFixed(1), htmlPages(out), ratioText(exportSeconds, jekyllSeconds), '-']);
  checkRatio('one-post rebuild', exportSeconds, jekyllSeconds, BUDGETS.rebuildRatio);
  if (KEEP) console.log(`kept the generated site in ${rebuildSite}`);
  else rmSync(rebuildSite, { recursive: true, force: true });
}

console.log('The seed site (content/)...');
const seedOut = path.join(work, 'seed');
const seedSeconds = exportSite(ROOT, seedOut);
rows.push(['seed site (content/)', '-', '-', '-', seedSeconds.toFixed(1), seedSeconds.toFixed(1), htmlPages(seedOut), '-', '-']);
if (seedSeconds > BUDGETS.seedSeconds) failures.push(`the seed site's export took ${seedSeconds.toFixed(1)} s (budget ${BUDGETS.seedSeconds} s)`);

console.log(`A site whose publications page lists a ${BIB_ENTRIES}-entry .bib...`);
const bibSite = generateBibSite(BIB_ENTRIES);
const bibOut = path.join(work, 'bib');
const bibSeconds = exportSite(bibSite, bibOut);
const bibGzip = gzipSync(readFileSync(path.join(bibOut, 'publications', 'index.html'))).length;
rows.push([`.bib of ${BIB_ENTRIES} entries`, '-', '-', '-', bibSeconds.toFixed(1), bibSeconds.toFixed(1), htmlPages(bibOut), '-', '-']);
if (bibGzip > BUDGETS.bibGzip) failures.push(`${BIB_ENTRIES} BibTeX entries: /publications/ is ${bibGzip} bytes gzip (budget ${BUDGETS.bibGzip})`);
if (KEEP) console.log(`kept the generated site in ${bibSite}`);
else rmSync(bibSite, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

console.log(`\n${jekyll ?? 'Jekyll: not installed'}; Node ${process.version}; ${os.cpus().length} cores.\n`);
console.log(table(['site', 'Jekyll s', 'Jekyll pages', 'import s', 'export s', 'ours s', 'our pages', 'x Jekyll', 'empty Next app s (prerender s)'], rows));
console.log("\nThe last column is Next's floor: an app of as many empty pages, built as the export builds (its prerender as Next reports it).");
console.log(
  `\nBudgets: N = 300 at most ${BUDGETS.ratio.get(300)}x Jekyll, N = 1000 at most ${BUDGETS.ratio.get(1000)}x; the one-post rebuild at most ${BUDGETS.rebuildRatio}x Jekyll's incremental one; ` +
    `the seed site at most ${BUDGETS.seedSeconds} s; /publications/ at N = 300 at most ${BUDGETS.publicationsGzip} bytes gzip, from the .bib at most ${BUDGETS.bibGzip}.`,
);
if (failures.length > 0) {
  for (const failure of failures) console.error(`over budget: ${failure}`);
  process.exit(1);
}
console.log('Within budget.');
