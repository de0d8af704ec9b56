// `npm run import -- <academicpages checkout> [--force] [--into <folder>]`: moves an academicpages
// site's content here. Copies _pages/about.md to content/profile.md and the other real pages to
// content/pages/, turns _config.yml (title, url, description, locale, author) and
// _data/navigation.yml into content/site.yml, and copies images/ and files/ into public/. Writes
// nothing when a file it would write exists, unless --force; says what it did and what it skipped,
// then runs the content check on what it wrote.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { checkContent, warningLines } from '../lib/check';
import { PAGE_EXTENSIONS } from '../lib/content/pages';
import { siteFolders } from '../lib/site-model';

const AUTHOR_KEYS = ['name', 'avatar', 'bio', 'location', 'employer', 'uri', 'email', 'googlescholar', 'orcid', 'github', 'gitlab', 'linkedin', 'twitter', 'bluesky', 'mastodon', 'researchgate', 'youtube'];
const COLLECTIONS = ['_publications', '_talks', '_teaching', '_portfolio', '_posts', '_drafts'];
const NOT_CARRIED_OVER = [
  'collections (publications, talks, teaching, portfolio, blog posts): listed above with their counts',
  'Liquid beyond the base path and site URL (loops, includes, conditionals): shown as text, with a build warning',
  'HTML pages in _pages/ (Liquid templates such as publications.html, talkmap.html)',
  'the talk map, comments (Disqus, Staticman), analytics and other _config.yml settings',
  "the theme (_sass/, _includes/, _layouts/, assets/): this site has its own",
];

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { source: string; into: string; force: boolean } {
  const args: { source?: string; into: string; force: boolean } = { into: process.cwd(), force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--force') args.force = true;
    else if (arg === '--into') args.into = path.resolve(argv[(i += 1)] ?? fail('--into needs a folder'));
    else if (arg?.startsWith('--')) fail(`unknown option ${arg}`);
    else if (args.source === undefined) args.source = path.resolve(arg ?? '');
    else fail(`one academicpages folder at a time (got ${args.source} and ${arg})`);
  }
  if (args.source === undefined) fail('usage: npm run import -- <path to an academicpages checkout> [--force] [--into <folder>]');
  return { ...args, source: args.source };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

function readYaml(file: string): Record<string, unknown> {
  try {
    const data = YAML.parse(readFileSync(file, 'utf8'));
    return isRecord(data) ? data : {};
  } catch (error) {
    return fail(`${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile());
}

const args = parseArgs(process.argv.slice(2));
const { source } = args;
if (!existsSync(source) || !statSync(source).isDirectory()) fail(`${source} is not a folder`);
const missing = ['_config.yml', '_pages'].filter((name) => !existsSync(path.join(source, name)));
if (missing.length > 0) fail(`${source} is not an academicpages site: it has no ${missing.join(' and no ')}`);

const config = readYaml(path.join(source, '_config.yml'));
const plan: { to: string; from?: string; write?: string; note: string }[] = [];
const skipped: string[] = [];
const notes: string[] = [];

// Pages.
let home = '';
/** the imported pages' routes, for checking the menu */
const imported = new Set<string>();
for (const name of readdirSync(path.join(source, '_pages')).sort()) {
  const file = path.join(source, '_pages', name);
  const shown = `_pages/${name}`;
  if (!statSync(file).isFile()) continue;
  if (!PAGE_EXTENSIONS.includes(path.extname(name))) {
    skipped.push(`${shown}: an HTML template (Liquid), not a markdown page`);
    continue;
  }
  const raw = readFileSync(file, 'utf8');
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(raw);
    data = isRecord(parsed.data) ? parsed.data : {};
    body = parsed.content;
  } catch (error) {
    skipped.push(`${shown}: front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    continue;
  }
  const permalink = text(data.permalink);
  if (permalink === '') {
    skipped.push(`${shown}: no permalink in its front matter`);
    continue;
  }
  if (permalink === '/404.html' || name === '404.md') {
    skipped.push(`${shown}: this site has its own 404 page`);
    continue;
  }
  const content = body.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '').trim();
  if (content === '') {
    skipped.push(`${shown}: only Liquid (a collection listing), not yet supported`);
    continue;
  }
  const loops = [...body.matchAll(/\{%-?\s*(?:for|if|unless|case|capture|assign|include(?!\s+base_path\s))\b[^%]*%\}/g)].map((match) => match[0]);
  if (loops.length > 0) notes.push(`${shown}: has Liquid this site does not run (${loops.slice(0, 2).join(', ')}${loops.length > 2 ? ', ...' : ''}); it shows as text until you edit it`);
  if (permalink === '/' && home !== '') {
    skipped.push(`${shown}: a second page at "/" (${home} is the home page)`);
    continue;
  }
  imported.add(permalink.replace(/\/+$/, '') || '/');
  if (permalink === '/') {
    home = shown;
    plan.push({ from: file, to: 'content/profile.md', note: `from ${shown}` });
  } else {
    plan.push({ from: file, to: `content/pages/${name}`, note: `from ${shown}` });
  }
}
if (home === '') fail(`${source}/_pages has no page with "permalink: /" (usually _pages/about.md)`);

// site.yml.
const author = isRecord(config.author) ? config.author : {};
const siteAuthor: Record<string, string> = {};
const unshown: string[] = [];
for (const [key, value] of Object.entries(author)) {
  const shown = text(value);
  if (shown === '') continue;
  siteAuthor[key] = shown;
  if (!AUTHOR_KEYS.includes(key)) unshown.push(key);
}
siteAuthor.name ||= text(config.name) || text(config.title);
const repository = text(config.repository);
const userSite = /^[\w-]+\/([\w-]+\.github\.io)$/i.exec(repository)?.[1];
const url = (text(config.url) || (userSite ? `https://${userSite}` : '')).replace(/\/+$/, '');
const baseurl = text(config.baseurl).replace(/\/+$/, '');
const navigation = existsSync(path.join(source, '_data', 'navigation.yml')) ? readYaml(path.join(source, '_data', 'navigation.yml')) : {};
const nav = (Array.isArray(navigation.main) ? navigation.main : [])
  .filter(isRecord)
  .map((item) => ({ title: text(item.title), url: text(item.url) }))
  .filter((item) => item.title !== '' && item.url !== '');
const site = {
  title: text(config.title) || siteAuthor.name,
  url: url === '' ? null : `${url}${baseurl}`,
  description: text(config.description) || null,
  locale: text(config.locale) || null,
  author: { name: siteAuthor.name, ...siteAuthor },
  ...(nav.length > 0 ? { nav } : {}),
};
const siteYml = [
  `# Imported from ${path.basename(source)}/_config.yml${nav.length > 0 ? ' and _data/navigation.yml' : ''} by npm run import.`,
  '# Keys follow academicpages; see README.md for what each one does.',
  YAML.stringify(site, { lineWidth: 0 }).trimEnd(),
  '',
].join('\n');
plan.push({ to: 'content/site.yml', write: siteYml, note: `from _config.yml${nav.length > 0 ? ` (${nav.length} menu entries from _data/navigation.yml)` : ''}` });
if (site.url === null) notes.push('content/site.yml: _config.yml has no url: set `url` to the address of your site before building');
if (baseurl !== '') notes.push(`content/site.yml: url includes the baseurl ${baseurl}; build with BASE_PATH=${baseurl} to serve the site under it`);
// Static files.
for (const folder of ['images', 'files']) {
  for (const name of filesUnder(path.join(source, folder))) {
    plan.push({ from: path.join(source, folder, name), to: `public/${folder}/${name}`, note: '' });
  }
}

// A menu entry may point at a page or at a copied file (/files/cv.pdf).
const copied = new Set(plan.filter((step) => step.to.startsWith('public/')).map((step) => step.to.slice('public'.length)));
for (const item of nav) {
  const target = item.url.replace(/[?#].*$/, '');
  if (/^https?:/i.test(item.url) || copied.has(target) || imported.has(target.replace(/\/+$/, '') || '/')) continue;
  notes.push(`content/site.yml: the menu entry "${item.title}" (${item.url}) points to a page that was not imported`);
}
if (unshown.length > 0) notes.push(`content/site.yml: author keys kept but not shown in the sidebar yet: ${unshown.join(', ')}`);

// Collections are not pages.
const collectionDirs = new Set([...COLLECTIONS, ...Object.keys(isRecord(config.collections) ? config.collections : {}).map((name) => `_${name}`)]);
for (const dir of [...collectionDirs].sort()) {
  const count = filesUnder(path.join(source, dir)).filter((name) => /\.(md|markdown|html)$/.test(name)).length;
  if (count > 0) skipped.push(`${dir}/: ${count} file${count === 1 ? '' : 's'}, a collection: not yet supported`);
}

// Refuse before writing anything.
const existing = plan.filter((step) => existsSync(path.join(args.into, step.to))).map((step) => step.to);
if (existing.length > 0 && !args.force) {
  console.error(`import: ${existing.length} file${existing.length === 1 ? '' : 's'} already exist${existing.length === 1 ? 's' : ''}; nothing was written:`);
  for (const file of existing.slice(0, 20)) console.error(`  ${file}`);
  if (existing.length > 20) console.error(`  ... and ${existing.length - 20} more`);
  console.error('Run again with --force to replace them.');
  process.exit(1);
}

for (const step of plan) {
  const target = path.join(args.into, step.to);
  mkdirSync(path.dirname(target), { recursive: true });
  if (step.write !== undefined) writeFileSync(target, step.write);
  else if (step.from !== undefined) cpSync(step.from, target);
}

const statics = plan.filter((step) => step.to.startsWith('public/'));
console.log(`Imported ${source} into ${args.into}${args.force && existing.length > 0 ? ` (replaced ${existing.length} existing file${existing.length === 1 ? '' : 's'})` : ''}:`);
for (const step of plan.filter((s) => !s.to.startsWith('public/'))) console.log(`  wrote ${step.to} ${step.note}`);
for (const folder of ['images', 'files']) {
  const count = statics.filter((step) => step.to.startsWith(`public/${folder}/`)).length;
  if (count > 0) console.log(`  copied ${count} file${count === 1 ? '' : 's'} from ${folder}/ to public/${folder}/`);
}
if (skipped.length > 0) {
  console.log('Skipped:');
  for (const line of skipped) console.log(`  ${line}`);
}
if (notes.length > 0) {
  console.log('Check:');
  for (const line of notes) console.log(`  ${line}`);
}
console.log('Not carried over:');
for (const line of NOT_CARRIED_OVER) console.log(`  ${line}`);

// The same check as the build, on what was just written.
const verdict = checkContent(siteFolders(args.into));
if (!verdict.ok) {
  console.log('Content check: the imported content does not build yet; fix this line and run npm run dev:');
  console.error(verdict.message);
  process.exit(1);
}
const warnings = warningLines(verdict.model);
console.log(`Content check: ${verdict.model.pages.length} page${verdict.model.pages.length === 1 ? '' : 's'} read, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${warnings.length > 0 ? ':' : '.'}`);
for (const line of warnings) console.log(`  ${line}`);
console.log('Next: npm run dev.');
