// `npm run test:content [-- --site <folder>]`: the one test of the owner's own content, true for any
// valid content: it passes the content check (its warnings are printed, not failed: they are what
// Jekyll tolerates too), it builds (the lean static export, into .e2e-content/), and every page,
// redirect, feed entry (news and posts) and the sitemap came out of the build with what the
// content says. The rest of the suite runs on fixtures, so editing content/ never
// turns it red.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { checkContent, warningLines } from '../lib/check';
import { exportedPath, redirectFile } from '../lib/export/redirect-page';
import { buildFeeds, postEntries } from '../lib/publish/feeds';
import { absoluteUrl } from '../lib/content/routes';
import { siteFolders } from '../lib/site-model';
import { commandLine } from './args';

type Node = DefaultTreeAdapterMap['node'];

const ROOT = path.resolve(__dirname, '..');
const { values } = commandLine('test:content', 'usage: npm run test:content [-- --site <folder with content/ and public/>]', { site: { type: 'string' } });
const SITE = path.resolve(values.site ?? ROOT);
const OUT = path.join(ROOT, '.e2e-content');
const shown = path.relative(process.cwd(), path.join(SITE, 'content')) || 'content';

function fail(problems: string[]): never {
  console.error(`test:content: ${shown}/ failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

/** The text of the first element with this tag name, or undefined. */
function textOf(node: Node, tag: string): string | undefined {
  if ('tagName' in node && node.tagName === tag) {
    const collect = (n: Node): string => (n.nodeName === '#text' && 'value' in n ? n.value : 'childNodes' in n ? n.childNodes.map(collect).join('') : '');
    return collect(node).replace(/\s+/g, ' ').trim();
  }
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = textOf(child, tag);
    if (found !== undefined) return found;
  }
  return undefined;
}

// 1. The content check: no error. Its warnings (what Jekyll tolerates too) are printed, for the owner.
const verdict = checkContent(siteFolders(SITE));
if (!verdict.ok) fail([...verdict.lines, verdict.message]);
const { model } = verdict;
const warnings = warningLines(model);
for (const line of warnings) console.log(line);

// 2. It builds: the export runs Next's build of every page.
const started = Date.now();
const build = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', 'export.ts'), '--site', SITE, '--out', OUT], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SKIP_BUILD_TYPECHECK: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) fail([`the build failed:\n${build.stdout}${build.stderr}`]);

// 3. Every page rendered, with its heading and title in the site's language.
const problems: string[] = [];
const read = (file: string): string | undefined => (existsSync(path.join(OUT, file)) ? readFileSync(path.join(OUT, file), 'utf8') : undefined);
const { site } = model;
for (const page of model.pages) {
  const at = exportedPath(page.meta.permalink, '');
  const file = at.endsWith('/') ? `${at.slice(1)}index.html` : at.slice(1);
  const html = read(file);
  if (html === undefined) {
    problems.push(`${page.file}: no page at ${at} (${file})`);
    continue;
  }
  const document = parse(html);
  const heading = page.meta.permalink === '/' ? site.author.name : page.meta.title || site.title;
  if (textOf(document, 'h1') !== heading) problems.push(`${page.file}: the page's <h1> is ${JSON.stringify(textOf(document, 'h1'))}, not ${JSON.stringify(heading)}`);
  if (!textOf(document, 'title')) problems.push(`${page.file}: the page has no <title>`);
  if (!html.includes(`<html lang="${site.locale}" dir="${site.dir}"`)) problems.push(`${page.file}: the page is not marked as ${site.locale}, ${site.dir}`);
  const sections = (html.match(/<section class="section /g) ?? []).length;
  if (sections !== page.sections.length) problems.push(`${page.file}: ${sections} sections rendered of ${page.sections.length}`);
}
for (const { from, file } of model.redirects) {
  if (read(redirectFile(from)) === undefined) problems.push(`${file}: no redirect page for ${from}`);
}
const notFound = read('404.html');
if (notFound === undefined || textOf(parse(notFound), 'h1') !== site.ui.page_not_found) problems.push('404.html is missing or has another heading');

// 4. The feeds hold every dated news item and every post; the sitemap lists every page.
const [home] = model.pages;
const expected = home ? buildFeeds(site, home, model.pages).entries.length : 0;
const posts = postEntries(site, model.pages).length;
const news = expected - posts;
const feed: unknown = JSON.parse(read('feed.json') ?? '{}');
const items = typeof feed === 'object' && feed !== null && 'items' in feed && Array.isArray(feed.items) ? feed.items.length : -1;
if (items !== expected) problems.push(`feed.json has ${items} items, the news has ${news} dated items and the blog ${posts} dated posts`);
const sitemap = read('sitemap.xml') ?? '';
for (const page of model.pages) {
  const url = absoluteUrl(site, page.meta.permalink);
  if (!sitemap.includes(`<loc>${url}</loc>`)) problems.push(`sitemap.xml does not list ${url}`);
}

if (problems.length > 0) fail(problems);
console.log(
  `test:content: ${shown}/ passes the check (${warnings.length} warning${warnings.length === 1 ? '' : 's'}), builds in ${((Date.now() - started) / 1000).toFixed(1)} s, and renders ` +
    `${model.pages.length} page${model.pages.length === 1 ? '' : 's'}, ${model.redirects.length} redirect${model.redirects.length === 1 ? '' : 's'}, ` +
    `${expected} feed entr${expected === 1 ? 'y' : 'ies'} (${news} news, ${posts} posts), the sitemap and the 404 page.`,
);
