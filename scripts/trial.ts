// npm run trial -- <site folder>... [--out <folder>]: moves real Jekyll sites over as a new user
// would (`npm run import`, then `npm run export`) and measures what came through against Jekyll's
// own build of the same tree (built here when `jekyll` is installed). Prints one table row per site:
// import and export exit codes, pages in Jekyll's output and in ours, pages Jekyll has that we do
// not, pages that show markup or Liquid as text, internal links that lead nowhere (ours / Jekyll's),
// and the importer's warnings. A benchmark for developers: not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { commandLine } from './args';
import { pageKey, pagesOf } from './jekyll-compare';

type Node = DefaultTreeAdapterMap['node'];

const { values, positionals } = commandLine('trial', 'usage: npm run trial -- <site folder>... [--out <folder>]', { out: { type: 'string', default: '.trial' } }, { positionals: [1, 1000] });
const outRoot = path.resolve(values.out);
const tsx = path.resolve('node_modules/.bin/tsx');
// The plugins Debian packages; a site's others (jemoji, jekyll-scholar…) are left out of its build.
const JEKYLL_PLUGINS = ['jekyll-feed', 'jekyll-paginate', 'jekyll-sitemap', 'jekyll-redirect-from'];

function run(command: string, args: string[], log: string, cwd = process.cwd()): number {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', JEKYLL_NO_BUNDLER_REQUIRE: 'true' }, timeout: 900_000 });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status ?? 1;
}

function jekyllBuild(source: string, dir: string): string | null {
  const out = path.join(dir, 'jekyll');
  if (existsSync(path.join(out, 'index.html'))) return out;
  if (spawnSync('jekyll', ['--version']).status !== 0) return null;
  const override = path.join(dir, 'jekyll-plugins.yml');
  writeFileSync(override, `plugins: [${JEKYLL_PLUGINS.join(', ')}]\nwhitelist: [${JEKYLL_PLUGINS.join(', ')}]\n`);
  const status = run('jekyll', ['build', '-s', source, '-d', out, '--config', `${path.join(source, '_config.yml')},${override}`], path.join(dir, 'jekyll.log'), source);
  return status === 0 ? out : null;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if ('tagName' in node && ['script', 'style', 'code', 'pre', 'template'].includes(node.tagName)) return '';
  return 'childNodes' in node ? node.childNodes.map(textOf).join(' ') : '';
}

function hrefs(node: Node, out: string[] = []): string[] {
  if ('attrs' in node && node.tagName !== 'link') for (const attribute of node.attrs) if (attribute.name === 'href' || attribute.name === 'src') out.push(attribute.value);
  if ('childNodes' in node) for (const child of node.childNodes) hrefs(child, out);
  return out;
}

/** Markup or Liquid a reader would see as text: tags, `{% %}`, `{{ }}`, kramdown attribute lists, table footers. */
const SHOWN_AS_TEXT = /\{%|\{\{|<\/?(?:div|p|article|h\d|span|a|img|ul|li|table|br|section|style|script)\b|\{:\s*[.#\w]|\|={3,}/i;

/** The site's own address (`url` and `baseurl` of its _config.yml): Jekyll's templates write internal links with it. */
function siteAddress(source: string): string | null {
  try {
    const config: unknown = load(readFileSync(path.join(source, '_config.yml'), 'utf8'));
    if (typeof config !== 'object' || config === null || !('url' in config) || typeof config.url !== 'string' || config.url === '') return null;
    const base = 'baseurl' in config && typeof config.baseurl === 'string' ? config.baseurl : '';
    return `${config.url.replace(/\/+$/, '')}${base.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** The pages that show markup as text, and the internal links of every page that lead to no file. */
function inspect(folder: string, address: string | null): { pages: Map<string, string>; shownAsText: string[]; broken: Set<string> } {
  const pages = pagesOf(folder);
  const shownAsText: string[] = [];
  const broken = new Set<string>();
  for (const [key, html] of pages) {
    const document = parse(html);
    if (SHOWN_AS_TEXT.test(textOf(document))) shownAsText.push(key);
    for (const written of hrefs(document)) {
      const href = address !== null && written.toLowerCase().startsWith(`${address.toLowerCase()}/`) ? written.slice(address.length) : written;
      if (href === '' || /^[a-z][a-z\d+.-]*:|^\/\/|^#/i.test(href)) continue;
      const target = decodeURI(href.split(/[?#]/)[0] ?? '');
      const absolute = target.startsWith('/') ? target : path.posix.join(key.endsWith('/') ? key : `${key}/`, target);
      const file = path.join(folder, absolute);
      const found = (existsSync(file) && statSync(file).isFile()) || existsSync(path.join(file, 'index.html')) || existsSync(`${file}.html`);
      if (!found) broken.add(absolute);
    }
  }
  return { pages, shownAsText, broken };
}

const rows = ['| site | import | export | pages Jekyll / ours | Jekyll pages we lack | markup shown as text | broken internal links ours / Jekyll | warnings |', '|---|---|---|---|---|---|---|---|'];
for (const source of positionals.map((folder) => path.resolve(folder))) {
  const name = path.basename(source);
  const dir = path.join(outRoot, name);
  mkdirSync(dir, { recursive: true });
  rmSync(path.join(dir, 'site'), { recursive: true, force: true });
  const imported = run(tsx, ['scripts/import.ts', source, '--into', path.join(dir, 'site')], path.join(dir, 'import.log'));
  const exported = imported === 0 ? run(tsx, ['scripts/export.ts', '--site', path.join(dir, 'site'), '--out', path.join(dir, 'out')], path.join(dir, 'export.log')) : null;
  const warnings = readFileSync(path.join(dir, 'import.log'), 'utf8').split('\n').filter((line) => line.includes('warning:')).length;
  const address = siteAddress(source);
  const ours = exported === 0 ? inspect(path.join(dir, 'out'), address) : null;
  const jekyllOut = jekyllBuild(source, dir);
  const jekyll = jekyllOut === null ? null : inspect(jekyllOut, address);
  const lost = ours && jekyll ? [...jekyll.pages.keys()].filter((key) => !ours.pages.has(key)) : [];
  const jekyllBroken = new Set([...(jekyll?.broken ?? [])].map(pageKey));
  const brokenOurs = ours ? [...ours.broken].filter((link) => !jekyllBroken.has(pageKey(link))) : [];
  rows.push(
    `| ${name} | ${imported} | ${exported ?? '-'} | ${jekyll?.pages.size ?? '?'} / ${ours?.pages.size ?? '-'} | ${lost.join(' ') || '0'} | ${ours ? `${ours.shownAsText.length}${ours.shownAsText.length > 0 ? ` (${ours.shownAsText.join(' ')})` : ''}` : '-'} | ${ours ? `${ours.broken.size} / ${jekyll?.broken.size ?? '?'}` : '-'}${brokenOurs.length > 0 ? ` (only ours: ${brokenOurs.join(' ')})` : ''} | ${warnings} |`,
  );
}
console.log(rows.join('\n'));
