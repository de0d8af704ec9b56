// `npm run import -- <academicpages checkout> [--force] [--into <folder>]`: moves an academicpages
// site's content here. Copies _pages/about.md to content/profile.md and the other pages (markdown
// and HTML) to content/pages/; the collections (_publications, _talks, _teaching, _portfolio,
// _posts and any other _config.yml names) to content/<name>/; _data/ to content/_data/; the
// _includes/ files that content uses and that are not built in to content/_includes/; turns
// _config.yml (title, url, description, locale, author, publication_category, collections,
// defaults, permalink) and _data/navigation.yml into content/site.yml, and copies images/ and
// files/ into public/. Writes nothing when a file it would write exists, unless --force; says what
// it did and what it skipped, then runs the content check on what it wrote.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { checkContent, warningLines } from '../lib/check';
import { PAGE_EXTENSIONS } from '../lib/content/pages';
import { builtInInclude } from '../lib/render/includes';
import { siteFolders } from '../lib/site-model';

const AUTHOR_KEYS = ['name', 'avatar', 'bio', 'location', 'employer', 'uri', 'email', 'googlescholar', 'orcid', 'github', 'gitlab', 'linkedin', 'twitter', 'bluesky', 'mastodon', 'researchgate', 'youtube'];
const COLLECTIONS = ['publications', 'talks', 'teaching', 'portfolio', 'posts'];
const NOT_CARRIED_OVER = [
  'the talk map (talkmap.html and talkmap/): it runs JavaScript from other sites; link to a map image instead',
  'comments (Disqus, Staticman, utterances) and analytics: third-party scripts, which this site does not load',
  "the theme (_sass/, _layouts/, assets/ and the theme's own _includes/): this site has its own design",
  '_config.yml settings other than the site, author, publication_category, collections, defaults, permalink and scholar',
  '_drafts/: unpublished posts stay where they are',
];
const ITEM_EXTENSIONS = /\.(md|markdown|html)$/i;

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
/** text of every copied page, item and include, to find the includes it uses */
const copiedTexts: string[] = [];
for (const name of readdirSync(path.join(source, '_pages')).sort()) {
  const file = path.join(source, '_pages', name);
  const shown = `_pages/${name}`;
  if (!statSync(file).isFile()) continue;
  if (!PAGE_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
    skipped.push(`${shown}: not a page (only ${PAGE_EXTENSIONS.join(', ')} files are)`);
    continue;
  }
  const raw = readFileSync(file, 'utf8');
  let data: Record<string, unknown>;
  try {
    const parsed = matter(raw);
    data = isRecord(parsed.data) ? parsed.data : {};
  } catch (error) {
    skipped.push(`${shown}: front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    continue;
  }
  const permalink = text(data.permalink);
  if (permalink === '') {
    skipped.push(`${shown}: no permalink in its front matter`);
    continue;
  }
  if (permalink === '/404.html' || /^404\./.test(name)) {
    skipped.push(`${shown}: this site has its own 404 page`);
    continue;
  }
  if (/^\/talkmap(?:\.html|\/)?$/.test(permalink) || name.startsWith('talkmap.')) {
    skipped.push(`${shown}: the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load`);
    continue;
  }
  if (permalink === '/' && home !== '') {
    skipped.push(`${shown}: a second page at "/" (${home} is the home page)`);
    continue;
  }
  copiedTexts.push(raw);
  const route = permalink.replace(/\/index\.html?$/i, '/');
  imported.add(route.replace(/\/+$/, '') || '/');
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
// Collections: the five academicpages has and any other that _config.yml names.
const configuredCollections = isRecord(config.collections) ? config.collections : {};
const collectionNames = [...new Set([...COLLECTIONS, ...Object.keys(configuredCollections)])];
const categories: Record<string, unknown> = isRecord(config.publication_category) ? { ...config.publication_category } : {};
const hadCategories = Object.keys(categories).length > 0;
const collectionCounts: string[] = [];
for (const name of collectionNames) {
  const files = filesUnder(path.join(source, `_${name}`)).filter((file) => ITEM_EXTENSIONS.test(file));
  for (const file of files.sort()) {
    const from = path.join(source, `_${name}`, file);
    const raw = readFileSync(from, 'utf8');
    copiedTexts.push(raw);
    plan.push({ from, to: `content/${name}/${file}`, note: '' });
    if (name !== 'publications' || !hadCategories) continue;
    // academicpages' publications loop drops a paper whose category it does not list: add it.
    let category = '';
    try {
      const data: unknown = matter(raw).data;
      category = isRecord(data) ? text(data.category) : '';
    } catch {
      category = '';
    }
    if (category !== '' && !(category in categories)) {
      const title = category.replace(/[-_]+/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());
      categories[category] = { title };
      notes.push(`content/site.yml: publication_category gains "${category}" (title "${title}") for _publications/${file}, which academicpages' publications page silently left out`);
    }
  }
  if (files.length > 0) collectionCounts.push(`${files.length} ${name}`);
}
const drafts = filesUnder(path.join(source, '_drafts')).length;
if (drafts > 0) skipped.push(`_drafts/: ${drafts} unpublished post${drafts === 1 ? '' : 's'}`);

// BibTeX (al-folio's _bibliography/), for {% bibliography %}.
for (const name of filesUnder(path.join(source, '_bibliography')).filter((file) => /\.bib$/i.test(file)).sort()) {
  plan.push({ from: path.join(source, '_bibliography', name), to: `content/bibliography/${name}`, note: '' });
}

// Data files, as site.data.
for (const name of filesUnder(path.join(source, '_data')).filter((file) => /\.(ya?ml|json)$/i.test(file)).sort()) {
  plan.push({ from: path.join(source, '_data', name), to: `content/_data/${name}`, note: '' });
}

// The includes that content uses, and those they use, unless this site has them built in.
const includesDir = path.join(source, '_includes');
const usedIncludes = new Set<string>();
const stockIncludes = new Set<string>();
const missingIncludes = new Set<string>();
const INCLUDE_NAME = /\{%-?\s*include\s+([\w./-]+)/g;
for (let queue = [...copiedTexts]; queue.length > 0; ) {
  const next = queue.pop() ?? '';
  for (const match of next.matchAll(INCLUDE_NAME)) {
    const name = match[1] ?? '';
    if (builtInInclude(name) !== undefined) {
      stockIncludes.add(name);
      continue;
    }
    if (usedIncludes.has(name) || missingIncludes.has(name)) continue;
    const file = path.join(includesDir, name);
    if (!path.resolve(file).startsWith(`${path.resolve(includesDir)}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) {
      missingIncludes.add(name);
      continue;
    }
    usedIncludes.add(name);
    queue.push(readFileSync(file, 'utf8'));
  }
}
for (const name of [...usedIncludes].sort()) plan.push({ from: path.join(includesDir, name), to: `content/_includes/${name}`, note: '' });
for (const name of [...missingIncludes].sort()) notes.push(`content: {% include ${name} %} is used, but _includes/${name} does not exist; the content check will stop on it`);

const siteSettings: Record<string, unknown> = {};
for (const key of ['permalink', 'collections', 'defaults', 'scholar']) if (config[key] != null) siteSettings[key] = config[key];
const site = {
  title: text(config.title) || siteAuthor.name,
  url: url === '' ? null : `${url}${baseurl}`,
  description: text(config.description) || null,
  locale: text(config.locale) || null,
  author: { name: siteAuthor.name, ...siteAuthor },
  ...(nav.length > 0 ? { nav } : {}),
  ...(Object.keys(categories).length > 0 ? { publication_category: categories } : {}),
  ...siteSettings,
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
const grouped = (step: { to: string }) => step.to.startsWith('public/') || /^content\/(?:_data|_includes|bibliography)\//.test(step.to) || collectionNames.some((name) => step.to.startsWith(`content/${name}/`));
for (const step of plan.filter((s) => !grouped(s))) console.log(`  wrote ${step.to} ${step.note}`);
if (collectionCounts.length > 0) console.log(`  copied the collections to content/: ${collectionCounts.join(', ')}`);
const dataFiles = plan.filter((step) => step.to.startsWith('content/_data/')).map((step) => step.to.slice('content/_data/'.length));
if (dataFiles.length > 0) console.log(`  copied _data/ to content/_data/: ${dataFiles.join(', ')}`);
const bibFiles = plan.filter((step) => step.to.startsWith('content/bibliography/')).map((step) => step.to.slice('content/bibliography/'.length));
if (bibFiles.length > 0) console.log(`  copied _bibliography/ to content/bibliography/: ${bibFiles.join(', ')}`);
if (usedIncludes.size > 0) console.log(`  copied the includes the content uses to content/_includes/: ${[...usedIncludes].sort().join(', ')}`);
if (stockIncludes.size > 0) console.log(`  built in, not copied: ${[...stockIncludes].sort().join(', ')}`);
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
const pageCount = verdict.model.pages.length;
console.log(`Content check: ${pageCount} page${pageCount === 1 ? '' : 's'} rendered, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${warnings.length > 0 ? ':' : '.'}`);
for (const line of warnings) console.log(`  ${line}`);
console.log('Next: npm run dev.');
