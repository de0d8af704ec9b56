// Moves an academicpages site's content here, as a plan first (what to copy or write, what to
// leave, what to check) and then its writing, so that each can be tested alone. The site's tree is
// read as Jekyll reads it (lib/import/jekyll-tree.ts): the page at "/" (usually _pages/about.md)
// -> content/profile.md; every other page, in _pages/ or anywhere else -> content/pages/, in its
// folder; every static file Jekyll copies -> public/, at its path (images/, files/, a bibtex/
// folder...), but the theme's styles, scripts and fonts; the collections (_publications, _talks,
// _teaching, _portfolio, _posts and any other _config.yml names) -> content/<name>/; _data/ (YAML,
// JSON, CSV, TSV) -> content/_data/; _bibliography/ -> content/bibliography/; the _includes/ files
// the content uses that are not built in -> content/_includes/; _config.yml and
// _data/navigation.yml -> content/site.yml.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { STOCK_COLLECTIONS } from '../content/collections';
import { DOCUMENT_EXTENSIONS, splitFrontMatter } from '../content/front-matter';
import { DATA_EXTENSIONS } from '../content/data-files';
import { isBlankTitle, nameFromParts } from '../content/al-folio';
import { AUTHOR_KEYS } from '../content/site';
import { ContentError } from '../content/error';
import { Problems, warningText } from '../content/problems';
import { isRecord, parseYaml } from '../content/yaml';
import { builtInInclude } from '../render/includes';
import { BUILT_IN_ROUTES, RESERVED_PREFIXES } from '../content/routes';
import { readJekyllTree } from './jekyll-tree';

/** What the importer cannot do at all: the folder is not an academicpages site. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** One file of the import: copied from the site, or written from what was read. */
export interface ImportStep {
  /** relative to the folder imported into */
  to: string;
  /** relative to the site's folder */
  from?: string;
  write?: string;
  /** said next to it in the report */
  note: string;
}

/** A file of the site the import leaves where it is, and why. */
export interface LeftFile {
  /** relative to the site's folder */
  path: string;
  why: string;
}

export interface ImportPlan {
  source: string;
  steps: ImportStep[];
  /** files left where they are, each with why */
  left: LeftFile[];
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
  "the theme (_sass/, _layouts/, the styles, scripts and fonts of assets/ and the theme's own _includes/): this site has its own design",
  "_config.yml's build settings (plugins, include, exclude, sass, kramdown, the theme's): every other key is kept in content/site.yml, where Liquid's `site` sees it",
  '_drafts/: unpublished posts stay where they are',
];

/** The keys planSiteYml writes itself. */
const SITE_YML_OWN = new Set(['title', 'url', 'baseurl', 'description', 'locale', 'author', 'name', 'nav', 'publication_category', 'typographer']);

/** _config.yml's settings for Jekyll's build itself, left behind. */
const BUILD_SETTINGS = new Set([
  'plugins', 'gems', 'whitelist', 'theme', 'remote_theme', 'include', 'exclude', 'keep_files', 'sass', 'kramdown', 'markdown', 'markdown_ext',
  'highlighter', 'destination', 'source', 'incremental', 'livereload', 'webrick', 'port', 'host', 'encoding', 'compress_html', 'jekyll-minifier',
  'imagemagick', 'safe', 'lsi', 'strict_front_matter', 'liquid', 'profile', 'quiet', 'verbose', 'show_drafts', 'limit_posts', 'detach', 'collections_dir',
]);

/** The theme's files among the static ones: its styles, scripts and fonts. */
const THEME = /^assets\/(?:css|js|fonts|webfonts)\/|\.s[ac]ss$/i;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** A YAML file of the site, read as Jekyll reads it; what only Jekyll's reader accepts is noted. */
function readYaml(file: string, plan: ImportPlan): Record<string, unknown> {
  const problems = new Problems();
  try {
    const { data } = parseYaml(readFileSync(file, 'utf8'), path.relative(plan.source, file), 1, problems);
    plan.notes.push(...problems.sortedWarnings().map(warningText));
    return isRecord(data) ? data : {};
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ImportError(`${file} is not YAML that Jekyll can read either: ${error.message}`, { cause: error });
  }
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile());
}

const isDocument = (name: string) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** The front matter of a file, read as the content check reads it (as Jekyll does), or what is wrong with it. */
function frontMatterOf(raw: string): { data: Record<string, unknown> } | { error: string } {
  const split = splitFrontMatter(raw, 'file', new Problems());
  if (split === null) return { error: 'no front matter' };
  return { data: isRecord(split.yaml.data) ? split.yaml.data : {} };
}

/** Why a page is left: this site makes its own, or it runs scripts of other sites. */
function pageLeft(name: string, permalink: string): string | null {
  if (permalink === '/404.html' || /^404\./.test(path.posix.basename(name))) return 'this site has its own 404 page';
  if (/^\/talkmap(?:\.html|\/)?$/.test(permalink) || path.posix.basename(name).startsWith('talkmap.')) return 'the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load';
  return null;
}

/** Why a static file is left: the theme's, or at a path the site serves itself. */
function staticLeft(name: string): string | null {
  if (THEME.test(name)) return "the theme's styles, scripts and fonts: this site has its own design";
  const route = `/${name}`;
  if (BUILT_IN_ROUTES.includes(route) || RESERVED_PREFIXES.some((prefix) => route.startsWith(prefix))) return 'the site makes its own file at that path';
  return null;
}

/**
 * The site's tree as Jekyll reads it: its pages (the one at "/" becomes the home page), and the
 * static files Jekyll copies. Returns the routes of the pages, for checking the menu.
 */
function planTree(source: string, config: Record<string, unknown>, plan: ImportPlan, texts: string[]): Set<string> {
  const imported = new Set<string>();
  const tree = readJekyllTree(source, config);
  for (const excluded of tree.excluded) plan.left.push({ path: excluded, why: 'excluded in _config.yml, so Jekyll leaves it out too' });
  let home = '';
  for (const entry of tree.entries) {
    const file = path.join(source, entry.path);
    if (entry.kind !== 'page') {
      const why = staticLeft(entry.path) ?? (entry.kind === 'template' ? 'a file Jekyll makes from a template (a feed, a sitemap, a stylesheet): this site makes its own' : null);
      if (why === null) plan.steps.push({ from: entry.path, to: `public/${entry.path}`, note: '' });
      else plan.left.push({ path: entry.path, why });
      continue;
    }
    const raw = readFileSync(file, 'utf8');
    const read = frontMatterOf(raw);
    const permalink = 'data' in read ? text(read.data.permalink) : '';
    const why = pageLeft(entry.path, permalink);
    if (why !== null) {
      plan.left.push({ path: entry.path, why });
      continue;
    }
    if (permalink === '/' && home !== '') {
      plan.left.push({ path: entry.path, why: `a second page at "/" (${home} is the home page)` });
      continue;
    }
    texts.push(raw);
    if (permalink !== '') imported.add(permalink.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/');
    if (permalink === '/') home = entry.path;
    const to = permalink === '/' ? 'content/profile.md' : `content/pages/${entry.path.replace(/^_pages\//, '')}`;
    if (plan.steps.some((step) => step.to === to)) {
      plan.left.push({ path: entry.path, why: `${to} comes from another page of the same name` });
      continue;
    }
    plan.steps.push({ from: entry.path, to, note: `from ${entry.path}` });
  }
  if (home === '') throw new ImportError(`${source} has no page with "permalink: /" (in academicpages, _pages/about.md)`);
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
      const raw = readFileSync(path.join(source, `_${name}`, file), 'utf8');
      texts.push(raw);
      plan.steps.push({ from: `_${name}/${file}`, to: `content/${name}/${file}`, note: '' });
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
  for (const name of [...used].sort()) plan.steps.push({ from: `_includes/${name}`, to: `content/_includes/${name}`, note: '' });
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
  // al-folio: `first_name` / `middle_name` / `last_name`, and `title: blank` for "the name".
  const title = isBlankTitle(text(config.title)) ? '' : text(config.title);
  siteAuthor.name ||= text(config.name) || nameFromParts(config) || title;
  const userSite = /^[\w-]+\/([\w-]+\.github\.io)$/i.exec(text(config.repository))?.[1];
  const url = (text(config.url) || (userSite ? `https://${userSite}` : '')).replace(/\/+$/, '');
  const baseurl = text(config.baseurl).replace(/\/+$/, '');
  const navigationFile = path.join(source, '_data', 'navigation.yml');
  const navigation = existsSync(navigationFile) ? readYaml(navigationFile, plan) : {};
  const nav = (Array.isArray(navigation.main) ? navigation.main : [])
    .filter(isRecord)
    .map((item) => ({ title: text(item.title), url: text(item.url) }))
    .filter((item) => item.title !== '' && item.url !== '');
  // Every other key is kept (Liquid's `site` sees it; al-folio's name, socials, pagination...),
  // but for Jekyll's build settings, which mean nothing here.
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) if (value != null && !SITE_YML_OWN.has(key) && !BUILD_SETTINGS.has(key)) settings[key] = value;
  const site = {
    title: title || siteAuthor.name,
    url: url === '' ? null : `${url}${baseurl}`,
    description: text(config.description) || null,
    locale: text(config.locale) || null,
    author: { name: siteAuthor.name, ...siteAuthor },
    ...(nav.length > 0 ? { nav } : {}),
    ...(Object.keys(categories).length > 0 ? { publication_category: categories } : {}),
    ...settings,
    // kramdown, Jekyll's markdown, writes curly quotes and dashes: so does this site for an imported one.
    typographer: true,
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
  if (!existsSync(path.join(source, '_config.yml'))) throw new ImportError(`${source} is not a Jekyll site: it has no _config.yml`);
  const plan: ImportPlan = { source, steps: [], left: [], notes: [], collectionCounts: [], collections: [], includes: { copied: [], builtIn: [] } };
  const config = readYaml(path.join(source, '_config.yml'), plan);
  /** every copied page, item and include, to find the includes they use */
  const texts: string[] = [];
  const imported = planTree(source, config, plan, texts);
  const configured = isRecord(config.collections) ? config.collections : {};
  const categories: Record<string, unknown> = isRecord(config.publication_category) ? { ...config.publication_category } : {};
  planCollections(source, [...new Set([...STOCK_COLLECTIONS, ...Object.keys(configured)])], categories, plan, texts);
  for (const draft of filesUnder(path.join(source, '_drafts'))) plan.left.push({ path: `_drafts/${draft}`, why: 'a draft, which Jekyll does not publish' });
  for (const name of filesUnder(path.join(source, '_bibliography')).filter((file) => /\.bib$/i.test(file)).sort()) {
    plan.steps.push({ from: `_bibliography/${name}`, to: `content/bibliography/${name}`, note: '' });
  }
  for (const name of filesUnder(path.join(source, '_data')).filter((file) => DATA_EXTENSIONS.includes(path.extname(file).toLowerCase())).sort()) {
    plan.steps.push({ from: `_data/${name}`, to: `content/_data/${name}`, note: '' });
  }
  planIncludes(source, texts, plan);
  const nav = planSiteYml(source, config, categories, plan);
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
    else if (step.from !== undefined) cpSync(path.join(plan.source, step.from), target);
  }
}

/** The top folder of a path (with its "/"), or "" for a file at the top. */
const folderOf = (file: string) => (file.includes('/') ? `${file.slice(0, file.indexOf('/'))}/` : '');

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The report of an import, one line each: what was written, what was copied and what was left, by
 * folder, what to check, and what this site does not take.
 */
export function importReport(plan: ImportPlan): string[] {
  const written = plan.steps.filter((step) => step.write !== undefined || step.to === 'content/profile.md').map((step) => `  wrote ${step.to} ${step.note}`);
  const copied = new Map<string, { to: string; files: string[] }>();
  for (const step of plan.steps) {
    if (step.from === undefined || step.to === 'content/profile.md') continue;
    const from = folderOf(step.from);
    const to = step.to.slice(0, step.to.length - (step.from.length - from.length));
    const group = copied.get(from) ?? { to, files: [] };
    group.files.push(step.from.slice(from.length));
    copied.set(from, group);
  }
  const byFolder = [...copied].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const copiedLines = byFolder.map(([from, group]) => `  ${from === '' ? '(the top folder)' : from} -> ${group.to}: ${group.files.length <= 3 ? group.files.join(', ') : plural(group.files.length, 'file')}`);
  if (plan.includes.builtIn.length > 0) copiedLines.push(`  built in, not copied: ${plan.includes.builtIn.join(', ')}`);
  const left = new Map<string, Map<string, string[]>>();
  for (const file of plan.left) {
    const folder = folderOf(file.path);
    const reasons = left.get(folder) ?? new Map<string, string[]>();
    reasons.set(file.why, [...(reasons.get(file.why) ?? []), file.path.slice(folder.length)]);
    left.set(folder, reasons);
  }
  const leftLines = [...left].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([folder, reasons]) =>
    [...reasons].map(([why, files]) => `  ${folder === '' ? '' : folder}${files.length <= 3 ? files.join(`, ${folder}`) : `: ${plural(files.length, 'file')}`}: ${why}`),
  );
  const section = (title: string, items: readonly string[]) => (items.length === 0 ? [] : [title, ...items]);
  return [
    ...written,
    ...section('Copied, by folder:', copiedLines),
    ...section('Left, by folder:', leftLines),
    ...section('Check:', plan.notes.map((note) => `  ${note}`)),
    ...section('Not carried over:', NOT_CARRIED_OVER.map((line) => `  ${line}`)),
  ];
}
