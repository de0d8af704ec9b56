// `npm run bench:build -- --items N[,N...]`: how the build grows with the content. Generates an
// academicpages-shaped site with N publications, N talks and N posts (every tenth post with
// math) in a temporary folder, exports it (`npm run export`: next build, then the lean pass) and
// prints its time next to the seed site's (content/), measured in the same run, with the cost
// per page and the bytes of /publications/ in the lean export.
// Budgets, checked at N = 300: at most 3x the seed site's time; /publications/ at most 60 KB gzip.
// Then an al-folio-shaped site whose publications page lists a generated 500-entry .bib: its
// parse-and-render time and the page's bytes (budget: 80 KB gzip).
// --keep leaves the generated sites in place. Not part of `npm test`: build times are too noisy for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { commandLine } from './args';
import { ROOT, table } from './bench-lib';

const TIME_RATIO_BUDGET = 3;
const PUBLICATIONS_GZIP_BUDGET = 60 * 1024;
const BUDGET_AT = 300;

const USAGE = 'usage: npm run bench:build -- [--items N[,N...]] [--keep] (whole numbers, e.g. 0,100,300,1000)';
const { values } = commandLine('bench:build', USAGE, { items: { type: 'string', default: '0,100,300,1000' }, keep: { type: 'boolean' } });

function itemsArgument(): number[] {
  const counts = values.items.split(',').map((part) => Number(part.trim()));
  if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count < 0)) {
    console.error(USAGE);
    process.exit(1);
  }
  return counts;
}

const WORDS = 'engine analysis card variable operation number series bernoulli loom pattern calculus machine'.split(' ');
const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');
const iso = (index: number) => new Date(Date.UTC(2000, 0, 1) + index * 86_400_000 * 3).toISOString().slice(0, 10);

/** An academicpages-shaped site with n items in each of three collections. */
function generateSite(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-build-${n}-`));
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  write(
    'content/site.yml',
    [
      'title: Bench Lab',
      'url: https://bench.example.org',
      'author:',
      '  name: Ada Bench',
      '  bio: A generated site for npm run bench:build.',
      'nav:',
      '  - title: Publications',
      '    url: /publications/',
      '  - title: Talks',
      '    url: /talks/',
      '  - title: Blog',
      '    url: /year-archive/',
      'publication_category:',
      '  manuscripts:',
      "    title: 'Journal Articles'",
      '  conferences:',
      "    title: 'Conference Papers'",
      '',
    ].join('\n'),
  );
  write('content/profile.md', '---\npermalink: /\ntitle: About\n---\nA generated site.\n\n## News\n\n- 2024-01-01: Generated.\n');
  write(
    'content/pages/publications.html',
    `---\ntitle: Publications\npermalink: /publications/\n---\n{% include base_path %}\n{% for category in site.publication_category %}\n  {% assign title_shown = false %}\n  {% for post in site.publications reversed %}\n    {% if post.category != category[0] %}{% continue %}{% endif %}\n    {% unless title_shown %}<h2>{{ category[1].title }}</h2><hr />{% assign title_shown = true %}{% endunless %}\n    {% include archive-single.html %}\n  {% endfor %}\n{% endfor %}\n`,
  );
  write('content/pages/talks.html', '---\ntitle: Talks\npermalink: /talks/\n---\n{% for post in site.talks reversed %}\n  {% include archive-single-talk.html %}\n{% endfor %}\n');
  write(
    'content/pages/year-archive.html',
    "---\ntitle: Blog posts\npermalink: /year-archive/\n---\n{% capture written_year %}'None'{% endcapture %}\n{% for post in site.posts %}\n  {% capture year %}{{ post.date | date: '%Y' }}{% endcapture %}\n  {% if year != written_year %}<h2 id=\"y{{ year }}\">{{ year }}</h2>{% capture written_year %}{{ year }}{% endcapture %}{% endif %}\n  {% include archive-single.html %}\n{% endfor %}\n",
  );
  for (let i = 0; i < n; i += 1) {
    const date = iso(i);
    write(
      `content/publications/${date}-paper-${i}.md`,
      `---\ntitle: "On the ${words(i, 4)} (${i})"\ncollection: publications\ncategory: ${i % 3 === 0 ? 'conferences' : 'manuscripts'}\ndate: ${date}\nvenue: 'Journal of ${words(i + 1, 2)}'\npaperurl: '/files/paper-${i}.pdf'\nexcerpt: 'We study the ${words(i + 2, 8)}.'\ncitation: 'Bench, A. (${date.slice(0, 4)}). &quot;On the ${words(i, 4)}.&quot; <i>Journal of ${words(i + 1, 2)}</i>.'\n---\n${words(i, 60)}\n\n${words(i + 5, 40)}\n`,
    );
    write(
      `content/talks/${date}-talk-${i}.md`,
      `---\ntitle: "Talk on ${words(i, 3)}"\ncollection: talks\ntype: Talk\nvenue: "${words(i + 3, 2)} seminar"\ndate: ${date}\nlocation: "City ${i % 17}"\n---\n${words(i, 30)}\n`,
    );
    write(`content/posts/${date}-post-${i}.md`, `---\ntitle: "Post ${i}: ${words(i, 3)}"\ntags: [${words(i, 2).replace(' ', ', ')}]\n---\n${words(i, 50)}${i % 10 === 0 ? ' with $\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$.' : '.'}\n\n${words(i + 1, 40)}\n`);
  }
  return dir;
}

/** An al-folio-shaped site: a publications page listing a generated .bib of n entries. */
function generateBibSite(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-bib-${n}-`));
  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  write('content/site.yml', 'title: Bench Lab\nurl: https://bench.example.org\nauthor:\n  name: Ada Bench\nscholar:\n  last_name: [Bench]\n  first_name: [Ada, A.]\n');
  write('content/profile.md', '---\npermalink: /\ntitle: About\nselected_papers: true\n---\nA generated site.\n');
  write('content/pages/publications.md', '---\npermalink: /publications/\ntitle: Publications\n---\n<div class="publications">\n\n{% bibliography %}\n\n</div>\n');
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const entries = Array.from({ length: n }, (_, i) => {
    const fields = [
      `  title = {On the {${words(i, 2)}} of ${words(i + 1, 4)} ({\\"u}ber ${i})}`,
      `  author = {Bench, Ada and M{\\"u}ller, J{\\"o}rg and ${words(i, 1)}, Carl and others}`,
      i % 2 === 0 ? `  journal = {Journal of ${words(i + 2, 2)}}` : `  booktitle = {Proceedings of ${words(i + 3, 2)}}`,
      `  year = {${2000 + (i % 25)}}`,
      `  month = ${months[i % 12]}`,
      i % 3 === 0 ? `  abbr = {J${i % 7}}` : '',
      i % 5 === 0 ? '  selected = {true}' : '',
      i % 2 === 0 ? '  bibtex_show = {true}' : '',
      `  abstract = {We study ${words(i, 30)}.}`,
      `  doi = {10.1000/bench.${i}}`,
      i % 4 === 0 ? `  arxiv = {2101.${String(i).padStart(5, '0')}}` : '',
      i % 3 === 0 ? `  code = {https://github.com/bench/repo-${i}}` : '',
    ].filter(Boolean);
    return `@${i % 2 === 0 ? 'article' : 'inproceedings'}{bench${i},\n${fields.join(',\n')}\n}`;
  });
  write('content/bibliography/papers.bib', `${entries.join('\n\n')}\n`);
  return dir;
}

/** Exports a site folder into `out`; returns the seconds it took. */
function exportSite(site: string, out: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', 'export.ts'), '--site', site, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`bench:build: exporting ${site} failed`);
    process.exit(result.status ?? 1);
  }
  return seconds;
}

const htmlPages = (out: string): number => {
  const result = spawnSync('find', [out, '-name', '*.html', '-not', '-path', '*/_next/*'], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean).length;
};

const counts = itemsArgument();
/** --keep: leave the generated sites in place (their folders are printed), to look at or profile. */
const KEEP = values.keep === true;
// Inside the project, so that the export moves its output instead of copying it across file systems.
mkdirSync(path.join(ROOT, '.bench-build'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.bench-build', 'out-'));
// Turbopack's cache makes the first export slower than the rest: warm it on the seed site first.
if (!existsSync(path.join(ROOT, '.export-build', '.next', 'cache'))) {
  console.log('Warming the build cache with one untimed export of the seed site...');
  exportSite(ROOT, path.join(work, 'warm'));
}
console.log('Exporting the seed site (content/)...');
const seedOut = path.join(work, 'seed');
const seedSeconds = exportSite(ROOT, seedOut);
const seedPages = htmlPages(seedOut);
const rows: (string | number)[][] = [['seed (content/)', seedPages, seedSeconds.toFixed(1), '1.00', ((seedSeconds * 1000) / seedPages).toFixed(0), '-', '-']];
const failures: string[] = [];
for (const n of counts) {
  console.log(`Generating and exporting a site with ${n} publications, ${n} talks and ${n} posts...`);
  const site = generateSite(n);
  const out = path.join(work, `items-${n}`);
  const seconds = exportSite(site, out);
  const pages = htmlPages(out);
  const publications = readFileSync(path.join(out, 'publications', 'index.html'));
  const gzip = gzipSync(publications).length;
  const ratio = seconds / seedSeconds;
  rows.push([`N = ${n}`, pages, seconds.toFixed(1), ratio.toFixed(2), ((seconds * 1000) / pages).toFixed(0), publications.length, gzip]);
  if (n === BUDGET_AT && ratio > TIME_RATIO_BUDGET) failures.push(`N = ${n}: ${ratio.toFixed(2)}x the seed site's build time (budget ${TIME_RATIO_BUDGET}x)`);
  if (n === BUDGET_AT && gzip > PUBLICATIONS_GZIP_BUDGET) failures.push(`N = ${n}: /publications/ is ${gzip} bytes gzip (budget ${PUBLICATIONS_GZIP_BUDGET})`);
  if (KEEP) console.log(`kept the generated site in ${site}`);
  else rmSync(site, { recursive: true, force: true });
}
// al-folio's publications page from a generated .bib.
const BIB_ENTRIES = 500;
const BIB_GZIP_BUDGET = 80 * 1024;
console.log(`Generating and exporting a site whose publications page lists a ${BIB_ENTRIES}-entry .bib...`);
const bibSite = generateBibSite(BIB_ENTRIES);
const modelStarted = process.hrtime.bigint();
const probe = spawnSync('npx', ['tsx', '-e', `require('${path.join(ROOT, 'lib', 'site-model.ts').replace(/\\/g, '/')}').loadSiteModel(require('${path.join(ROOT, 'lib', 'site-model.ts').replace(/\\/g, '/')}').siteFolders(${JSON.stringify(bibSite)}), {})`], {
  cwd: ROOT,
  encoding: 'utf8',
});
const modelSeconds = Number(process.hrtime.bigint() - modelStarted) / 1e9;
if (probe.status !== 0) {
  process.stderr.write(probe.stderr);
  process.exit(1);
}
const bibOut = path.join(work, 'bib');
const bibSeconds = exportSite(bibSite, bibOut);
const bibPage = readFileSync(path.join(bibOut, 'publications', 'index.html'));
const bibGzip = gzipSync(bibPage).length;
rows.push([`.bib, ${BIB_ENTRIES} entries`, htmlPages(bibOut), bibSeconds.toFixed(1), (bibSeconds / seedSeconds).toFixed(2), ((bibSeconds * 1000) / htmlPages(bibOut)).toFixed(0), bibPage.length, bibGzip]);
if (bibGzip > BIB_GZIP_BUDGET) failures.push(`${BIB_ENTRIES} BibTeX entries: /publications/ is ${bibGzip} bytes gzip (budget ${BIB_GZIP_BUDGET})`);
if (KEEP) console.log(`kept the generated site in ${bibSite}`);
else rmSync(bibSite, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

console.log(`\nBuild (npm run export: content check, next build, lean pass) on ${os.cpus().length} cores, Node ${process.version}:\n`);
console.log(table(['site', 'HTML pages', 'build s', 'x seed', 'ms / page', '/publications/ bytes', 'gzip'], rows));
console.log(`\nThe ${BIB_ENTRIES}-entry .bib: read, parsed and every page rendered (the content check, with Node and tsx starting) in ${modelSeconds.toFixed(1)} s.`);
console.log(`Budgets at N = ${BUDGET_AT}: build at most ${TIME_RATIO_BUDGET}x the seed site's, /publications/ at most ${PUBLICATIONS_GZIP_BUDGET} bytes gzip; from the .bib, /publications/ at most ${BIB_GZIP_BUDGET} bytes gzip.`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`over budget: ${failure}`);
  process.exit(1);
}
console.log(counts.includes(BUDGET_AT) ? 'Within budget.' : `Within budget (no N = ${BUDGET_AT} in this run: its budgets were not checked).`);
