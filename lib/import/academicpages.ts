// Moves an academicpages site's content here, as a plan first (what to copy or write, what to
// skip, what to check) and then its writing, so that each can be tested alone:
// _pages/about.md -> content/profile.md; the other pages (markdown and HTML) -> content/pages/;
// the collections (_publications, _talks, _teaching, _portfolio, _posts and any other _config.yml
// names) -> content/<name>/; _data/ -> content/_data/; _bibliography/ -> content/bibliography/;
// the _includes/ files the content uses that are not built in -> content/_includes/; _config.yml
// (title, url, description, locale, author, publication_category, collections, defaults,
// permalink, scholar) and _data/navigation.yml -> content/site.yml; images/ and files/ -> public/.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { STOCK_COLLECTIONS } from '../content/collections';
import { DOCUMENT_EXTENSIONS } from '../content/front-matter';
import { AUTHOR_KEYS } from '../content/site';
import { isRecord } from '../content/yaml';
import { builtInInclude } from '../render/includes';

/** What the importer cannot do at all: the folder is not an academicpages site. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** One file of the import: copied from the site, or written from what was read. */
export interface ImportStep {
  /** relative to the folder imported into */
  to: string;
  from?: string;
  write?: string;
  /** said next to it in the report */
  note: string;
}

export interface ImportPlan {
  source: string;
  steps: ImportStep[];
  /** files left where they are, each with why */
  skipped: string[];
  /** what the owner should look at */
  notes: string[];
  /** "4 publications", "2 talks", ... */
  collectionCounts: string[];
  /** the collections copied, by name */
  collections: string[];
  /** the owner's includes copied, and the stock ones the site has built in */
  includes: { copied: string[]; builtIn: string[] };
}

/** Said at the end of every import: what academicpages has that this site does not take, and why. */
export const NOT_CARRIED_OVER = [
  'the talk map (talkmap.html and talkmap/): it runs JavaScript from other sites; link to a map image instead',
  'comments (Disqus, Staticman, utterances) and analytics: third-party scripts, which this site does not load',
  "the theme (_sass/, _layouts/, assets/ and the theme's own _includes/): this site has its own design",
  '_config.yml settings other than the site, author, publication_category, collections, defaults, permalink and scholar',
  '_drafts/: unpublished posts stay where they are',
];

/** The static folders academicpages serves as they are. */
const STATIC_FOLDERS = ['images', 'files'];

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

function readYaml(file: string): Record<string, unknown> {
  try {
    const data: unknown = YAML.parse(readFileSync(file, 'utf8'));
    return isRecord(data) ? data : {};
  } catch (error) {
    throw new ImportError(`${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  }
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile());
}

const isDocument = (name: string) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** The front matter of a file, or what is wrong with it. */
function frontMatterOf(raw: string): { data: Record<string, unknown> } | { error: string } {
  try {
    const data: unknown = matter(raw).data;
    return { data: isRecord(data) ? data : {} };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  }
}

/** The pages of _pages/: the home page, the others, and what is left out. */
function planPages(source: string, plan: ImportPlan, texts: string[]): Set<string> {
  const imported = new Set<string>();
  let home = '';
  for (const name of readdirSync(path.join(source, '_pages')).sort()) {
    const file = path.join(source, '_pages', name);
    const shown = `_pages/${name}`;
    if (!statSync(file).isFile()) continue;
    if (!isDocument(name)) {
      plan.skipped.push(`${shown}: not a page (only ${DOCUMENT_EXTENSIONS.join(', ')} files are)`);
      continue;
    }
    const raw = readFileSync(file, 'utf8');
    const read = frontMatterOf(raw);
    if ('error' in read) {
      plan.skipped.push(`${shown}: front matter is not valid YAML (${read.error})`);
      continue;
    }
    const permalink = text(read.data.permalink);
    if (permalink === '') {
      plan.skipped.push(`${shown}: no permalink in its front matter`);
      continue;
    }
    if (permalink === '/404.html' || /^404\./.test(name)) {
      plan.skipped.push(`${shown}: this site has its own 404 page`);
      continue;
    }
    if (/^\/talkmap(?:\.html|\/)?$/.test(permalink) || name.startsWith('talkmap.')) {
      plan.skipped.push(`${shown}: the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load`);
      continue;
    }
    if (permalink === '/' && home !== '') {
      plan.skipped.push(`${shown}: a second page at "/" (${home} is the home page)`);
      continue;
    }
    texts.push(raw);
    imported.add(permalink.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/');
    if (permalink === '/') home = shown;
    plan.steps.push({ from: file, to: permalink === '/' ? 'content/profile.md' : `content/pages/${name}`, note: `from ${shown}` });
  }
  if (home === '') throw new ImportError(`${source}/_pages has no page with "permalink: /" (usually _pages/about.md)`);
  return imported;
}

/**
 * The collections' items. academicpages' publications loop drops a paper whose category
 * `publication_category` does not list: the category is added, and said.
 */
function planCollections(source: string, names: readonly string[], categories: Record<string, unknown>, plan: ImportPlan, texts: string[]): void {
  const hadCategories = Object.keys(categories).length > 0;
  for (const name of names) {
    const files = filesUnder(path.join(source, `_${name}`)).filter(isDocument).sort();
    for (const file of files) {
      const from = path.join(source, `_${name}`, file);
      const raw = readFileSync(from, 'utf8');
      texts.push(raw);
      plan.steps.push({ from, to: `content/${name}/${file}`, note: '' });
      if (name !== 'publications' || !hadCategories) continue;
      const read = frontMatterOf(raw);
      const category = 'data' in read ? text(read.data.category) : '';
      if (category === '' || category in categories) continue;
      const title = category.replace(/[-_]+/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());
      categories[category] = { title };
      plan.notes.push(`content/site.yml: publication_category gains "${category}" (title "${title}") for _publications/${file}, which academicpages' publications page silently left out`);
    }
    if (files.length > 0) {
      plan.collectionCounts.push(`${files.length} ${name}`);
      plan.collections.push(name);
    }
  }
}

/** The includes the copied texts use, and those they use, unless this site has them built in. */
function planIncludes(source: string, texts: readonly string[], plan: ImportPlan): void {
  const includesDir = path.join(source, '_includes');
  const used = new Set<string>();
  const stock = new Set<string>();
  const missing = new Set<string>();
  const includeName = /\{%-?\s*include\s+([\w./-]+)/g;
  for (let queue = [...texts]; queue.length > 0; ) {
    const next = queue.pop() ?? '';
    for (const match of next.matchAll(includeName)) {
      const name = match[1] ?? '';
      if (builtInInclude(name) !== undefined) {
        stock.add(name);
        continue;
      }
      if (used.has(name) || missing.has(name)) continue;
      const file = path.join(includesDir, name);
      if (!path.resolve(file).startsWith(`${path.resolve(includesDir)}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) {
        missing.add(name);
        continue;
      }
      used.add(name);
      queue.push(readFileSync(file, 'utf8'));
    }
  }
  for (const name of [...used].sort()) plan.steps.push({ from: path.join(includesDir, name), to: `content/_includes/${name}`, note: '' });
  for (const name of [...missing].sort()) plan.notes.push(`content: {% include ${name} %} is used, but _includes/${name} does not exist; the content check will stop on it`);
  plan.includes = { copied: [...used].sort(), builtIn: [...stock].sort() };
}

/** content/site.yml from _config.yml and _data/navigation.yml. */
function planSiteYml(source: string, config: Record<string, unknown>, categories: Record<string, unknown>, plan: ImportPlan): { title: string; url: string }[] {
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
  const userSite = /^[\w-]+\/([\w-]+\.github\.io)$/i.exec(text(config.repository))?.[1];
  const url = (text(config.url) || (userSite ? `https://${userSite}` : '')).replace(/\/+$/, '');
  const baseurl = text(config.baseurl).replace(/\/+$/, '');
  const navigationFile = path.join(source, '_data', 'navigation.yml');
  const navigation = existsSync(navigationFile) ? readYaml(navigationFile) : {};
  const nav = (Array.isArray(navigation.main) ? navigation.main : [])
    .filter(isRecord)
    .map((item) => ({ title: text(item.title), url: text(item.url) }))
    .filter((item) => item.title !== '' && item.url !== '');
  const settings: Record<string, unknown> = {};
  for (const key of ['permalink', 'collections', 'defaults', 'scholar']) if (config[key] != null) settings[key] = config[key];
  const site = {
    title: text(config.title) || siteAuthor.name,
    url: url === '' ? null : `${url}${baseurl}`,
    description: text(config.description) || null,
    locale: text(config.locale) || null,
    author: { name: siteAuthor.name, ...siteAuthor },
    ...(nav.length > 0 ? { nav } : {}),
    ...(Object.keys(categories).length > 0 ? { publication_category: categories } : {}),
    ...settings,
  };
  const yml = [
    `# Imported from ${path.basename(source)}/_config.yml${nav.length > 0 ? ' and _data/navigation.yml' : ''} by npm run import.`,
    '# Keys follow academicpages; see docs/content.md for what each one does.',
    YAML.stringify(site, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
  plan.steps.push({ to: 'content/site.yml', write: yml, note: `from _config.yml${nav.length > 0 ? ` (${nav.length} menu entries from _data/navigation.yml)` : ''}` });
  if (site.url === null) plan.notes.push('content/site.yml: _config.yml has no url: set `url` to the address of your site before building');
  if (baseurl !== '') plan.notes.push(`content/site.yml: url includes the baseurl ${baseurl}; build with BASE_PATH=${baseurl} to serve the site under it`);
  if (unshown.length > 0) plan.notes.push(`content/site.yml: author keys kept but not shown in the sidebar yet: ${unshown.join(', ')}`);
  return nav;
}

/** Reads an academicpages checkout and says what the import would do; writes nothing. */
export function planImport(source: string): ImportPlan {
  if (!existsSync(source) || !statSync(source).isDirectory()) throw new ImportError(`${source} is not a folder`);
  const missing = ['_config.yml', '_pages'].filter((name) => !existsSync(path.join(source, name)));
  if (missing.length > 0) throw new ImportError(`${source} is not an academicpages site: it has no ${missing.join(' and no ')}`);
  const config = readYaml(path.join(source, '_config.yml'));
  const plan: ImportPlan = { source, steps: [], skipped: [], notes: [], collectionCounts: [], collections: [], includes: { copied: [], builtIn: [] } };
  /** every copied page, item and include, to find the includes they use */
  const texts: string[] = [];
  const imported = planPages(source, plan, texts);
  const configured = isRecord(config.collections) ? config.collections : {};
  const categories: Record<string, unknown> = isRecord(config.publication_category) ? { ...config.publication_category } : {};
  planCollections(source, [...new Set([...STOCK_COLLECTIONS, ...Object.keys(configured)])], categories, plan, texts);
  const drafts = filesUnder(path.join(source, '_drafts')).length;
  if (drafts > 0) plan.skipped.push(`_drafts/: ${drafts} unpublished post${drafts === 1 ? '' : 's'}`);
  for (const name of filesUnder(path.join(source, '_bibliography')).filter((file) => /\.bib$/i.test(file)).sort()) {
    plan.steps.push({ from: path.join(source, '_bibliography', name), to: `content/bibliography/${name}`, note: '' });
  }
  for (const name of filesUnder(path.join(source, '_data')).filter((file) => /\.(ya?ml|json)$/i.test(file)).sort()) {
    plan.steps.push({ from: path.join(source, '_data', name), to: `content/_data/${name}`, note: '' });
  }
  planIncludes(source, texts, plan);
  const nav = planSiteYml(source, config, categories, plan);
  for (const folder of STATIC_FOLDERS) {
    for (const name of filesUnder(path.join(source, folder))) plan.steps.push({ from: path.join(source, folder, name), to: `public/${folder}/${name}`, note: '' });
  }
  // A menu entry may point at a page or at a copied file (/files/cv.pdf).
  const copied = new Set(plan.steps.filter((step) => step.to.startsWith('public/')).map((step) => step.to.slice('public'.length)));
  for (const item of nav) {
    const target = item.url.replace(/[?#].*$/, '');
    if (/^https?:/i.test(item.url) || copied.has(target) || imported.has(target.replace(/\/+$/, '') || '/')) continue;
    plan.notes.push(`content/site.yml: the menu entry "${item.title}" (${item.url}) points to a page that was not imported`);
  }
  return plan;
}

/** The files of the plan that already exist in `into`. */
export const existingFiles = (plan: ImportPlan, into: string): string[] => plan.steps.filter((step) => existsSync(path.join(into, step.to))).map((step) => step.to);

/** Writes the plan into a folder. */
export function writeImport(plan: ImportPlan, into: string): void {
  for (const step of plan.steps) {
    const target = path.join(into, step.to);
    mkdirSync(path.dirname(target), { recursive: true });
    if (step.write !== undefined) writeFileSync(target, step.write);
    else if (step.from !== undefined) cpSync(step.from, target);
  }
}

/** The report of an import, one line each: what was written and copied, skipped, to check, not carried over. */
export function importReport(plan: ImportPlan): string[] {
  const lines: string[] = [];
  const under = (prefix: string) => plan.steps.filter((step) => step.to.startsWith(prefix)).map((step) => step.to.slice(prefix.length));
  const grouped = (step: ImportStep) => step.to.startsWith('public/') || /^content\/(?:_data|_includes|bibliography)\//.test(step.to) || plan.collections.some((name) => step.to.startsWith(`content/${name}/`));
  for (const step of plan.steps.filter((candidate) => !grouped(candidate))) lines.push(`  wrote ${step.to} ${step.note}`);
  if (plan.collectionCounts.length > 0) lines.push(`  copied the collections to content/: ${plan.collectionCounts.join(', ')}`);
  const data = under('content/_data/');
  if (data.length > 0) lines.push(`  copied _data/ to content/_data/: ${data.join(', ')}`);
  const bib = under('content/bibliography/');
  if (bib.length > 0) lines.push(`  copied _bibliography/ to content/bibliography/: ${bib.join(', ')}`);
  if (plan.includes.copied.length > 0) lines.push(`  copied the includes the content uses to content/_includes/: ${plan.includes.copied.join(', ')}`);
  if (plan.includes.builtIn.length > 0) lines.push(`  built in, not copied: ${plan.includes.builtIn.join(', ')}`);
  for (const folder of STATIC_FOLDERS) {
    const count = under(`public/${folder}/`).length;
    if (count > 0) lines.push(`  copied ${count} file${count === 1 ? '' : 's'} from ${folder}/ to public/${folder}/`);
  }
  const section = (title: string, items: readonly string[]) => (items.length === 0 ? [] : [title, ...items.map((item) => `  ${item}`)]);
  return [...lines, ...section('Skipped:', plan.skipped), ...section('Check:', plan.notes), ...section('Not carried over:', NOT_CARRIED_OVER)];
}
