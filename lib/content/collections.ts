// academicpages' collections (publications, talks, teaching, portfolio, posts and any other that
// `collections:` names), read as Jekyll reads them: one file per item, front matter validated at
// the boundary (unknown keys kept for Liquid), Jekyll's dates, permalinks, `defaults:` and order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, describeValue } from './error';
import { type PageSource, displayName, readText, splitFrontMatter, withDefaults } from './front-matter';
import { validateYaml } from './yaml';

/** The collections an academicpages site has, in the order its menu lists them. */
export const STOCK_COLLECTIONS = ['publications', 'talks', 'teaching', 'portfolio', 'posts'] as const;

export interface CollectionConfig {
  label: string;
  /** whether each item gets its own page */
  output: boolean;
  /** the permalink pattern of its items (`/:collection/:path/`) */
  permalink: string;
}

/** One `defaults:` entry of site.yml, as in Jekyll's _config.yml. */
export interface FrontMatterDefault {
  /** a path prefix relative to the site, Jekyll-style ("_talks", "_pages/cv.md"); "" for all */
  path: string;
  /** "pages", "posts" or a collection's label; undefined for every type */
  type: string | undefined;
  values: Record<string, unknown>;
}

/** A collection item: a page of the site (when its collection has output) plus what Jekyll knows. */
export interface ItemSource extends PageSource {
  collection: string;
  /** Jekyll's relative path: `_publications/2024-paper.md` */
  relativePath: string;
  /** the file name without its extension (and without the date, for posts) */
  slug: string;
  /** from front matter `date`, else from a post's file name; null when neither has one */
  date: Date | null;
  /** whether the item has a page of its own */
  output: boolean;
  /** categories and tags as lists */
  categories: string[];
  tags: string[];
}

const ITEM_EXTENSIONS = ['.md', '.markdown', '.html'];
const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

const DATE = 'a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100")';
/** Jekyll's date forms: `2024-03-15`, `2024-03-15 10:30`, `2024-03-15 10:30:00 +0100`, ISO 8601. */
export function parseJekyllDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const date = new Date(utc);
  // 2024-02-31 is not a date.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  if (zone === undefined || zone === 'Z') return date;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return new Date(utc - offset * 60_000);
}

const SITE_PATH = 'a site path starting with "/" (no spaces, "?" or "#")';
const textOrNumber = (expected: string) =>
  z
    .union([z.string(), z.number()], { error: expected })
    .nullish()
    .transform((value) => (value == null ? undefined : String(value)));
const wordList = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], { error: 'a word or a list of words' })
  .nullish()
  .transform((value): string[] => {
    if (value == null) return [];
    if (Array.isArray(value)) return value.map(String);
    // Jekyll splits a one-line list on spaces.
    return String(value).split(/\s+/).filter(Boolean);
  });

/** The keys of an item that this site acts on; every other key is kept for Liquid. */
const itemSchema = z.looseObject(
  {
    title: textOrNumber('the title (a text)'),
    permalink: z.string({ error: SITE_PATH }).regex(/^\/[^\s?#]*$/, { error: SITE_PATH }).nullish(),
    date: z
      .union([z.string(), z.date()], { error: DATE })
      .nullish()
      .refine((value) => value == null || parseJekyllDate(value) !== null, { error: DATE }),
    author_profile: z.boolean({ error: 'true or false' }).nullish(),
    published: z.boolean({ error: 'true or false' }).nullish(),
    redirect_from: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : (value ?? [])),
      z.array(z.string().regex(/^\/[^\s?#]*$/), { error: `a list of paths, each ${SITE_PATH}` }),
    ),
    excerpt: textOrNumber('a text'),
    venue: textOrNumber('a text'),
    citation: textOrNumber('a text (HTML is allowed)'),
    paperurl: textOrNumber('a URL or a site path'),
    slidesurl: textOrNumber('a URL or a site path'),
    bibtexurl: textOrNumber('a URL or a site path'),
    categories: wordList,
    category: textOrNumber('a text'),
    tags: wordList,
  },
  { error: 'front matter as "key: value" lines (title, date, venue, ...)' },
);

const TITLE_WORDS = (slug: string) => slug.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** The value of a date for a permalink: zero-padded UTC parts. */
function dateParts(date: Date | null): Record<string, string> {
  if (date === null) return {};
  const pad = (n: number) => String(n).padStart(2, '0');
  const start = Date.UTC(date.getUTCFullYear(), 0, 0);
  const yday = Math.floor((date.getTime() - start) / 86_400_000);
  return {
    year: String(date.getUTCFullYear()),
    short_year: String(date.getUTCFullYear()).slice(2),
    month: pad(date.getUTCMonth() + 1),
    i_month: String(date.getUTCMonth() + 1),
    day: pad(date.getUTCDate()),
    i_day: String(date.getUTCDate()),
    y_day: String(yday).padStart(3, '0'),
    hour: pad(date.getUTCHours()),
    minute: pad(date.getUTCMinutes()),
    second: pad(date.getUTCSeconds()),
  };
}

/** Jekyll's named permalink styles. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title/',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title/',
  none: '/:categories/:title/',
};

/** A lower-case, URL-safe form of a word, as Jekyll's default slugify makes it. */
export function jekyllSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._~!$&'()+,;=@]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Fills a permalink pattern (`/:collection/:path/`) for one item, as Jekyll does. */
export function expandPermalink(pattern: string, item: { collection: string; relativePath: string; slug: string; title: string | undefined; date: Date | null; categories: string[] }): string {
  const template = STYLES[pattern] ?? pattern;
  const inCollection = item.relativePath.replace(/^_[^/]+\//, '');
  const values: Record<string, string> = {
    collection: item.collection,
    path: inCollection.replace(/\.[^./]+$/, ''),
    name: item.slug,
    basename: item.slug,
    slug: item.slug,
    title: item.slug,
    slugified_categories: item.categories.map(jekyllSlug).join('/'),
    categories: item.categories.map(jekyllSlug).join('/'),
    output_ext: '.html',
    ...dateParts(item.date),
  };
  const filled = template.replace(/:([a-z_]+)/g, (whole: string, key: string) => values[key] ?? whole);
  // Empty parts (no categories) leave no double slashes behind.
  return `/${filled.split('/').filter((part) => part !== '').join('/')}${filled.endsWith('/') ? '/' : ''}`.replace(/^\/\/$/, '/');
}

/** The files of one collection's folder, in Jekyll's path order; drafts and hidden files left out. */
function itemFiles(dir: string): string[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  return readdirSync(/* turbopackIgnore: true */ dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ITEM_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.') || part.startsWith('_')))
    .filter((name) => statSync(/* turbopackIgnore: true */ path.join(dir, name)).isFile())
    .sort();
}

/** The default values that apply to a file: every matching scope, the most specific last. */
export function defaultsFor(defaults: readonly FrontMatterDefault[], relativePath: string, type: string): Record<string, unknown> {
  const matching = defaults
    .filter((entry) => (entry.type === undefined || entry.type === type) && (entry.path === '' || relativePath === entry.path || relativePath.startsWith(`${entry.path.replace(/\/+$/, '')}/`)))
    .sort((a, b) => a.path.length - b.path.length || Number(a.type !== undefined) - Number(b.type !== undefined));
  return Object.assign({}, ...matching.map((entry) => entry.values));
}

/** Reads one collection item. */
export function readItem(file: string, collection: CollectionConfig, relativeName: string, defaults: readonly FrontMatterDefault[]): ItemSource | null {
  const name = displayName(file);
  const text = readText(file, name, 'a collection item with front matter');
  const relativePath = `_${collection.label}/${relativeName.split(path.sep).join('/')}`;
  const { yaml, body, bodyLine } = splitFrontMatter(text, name);
  const type = collection.label;
  const data = validateYaml(itemSchema, withDefaults(yaml, defaultsFor(defaults, relativePath, type)), name);
  if (data.published === false) return null;
  const base = path.basename(relativeName).replace(/\.[^.]+$/, '');
  const post = collection.label === 'posts' ? POST_NAME.exec(base) : null;
  if (collection.label === 'posts' && post === null && data.date == null) {
    throw new ContentError({
      file: name,
      line: 1,
      expected: 'a post named YYYY-MM-DD-title.md, or a `date:` in its front matter',
      found: `the name ${JSON.stringify(path.basename(relativeName))} and no date`,
    });
  }
  const slug = post?.[4] ?? base;
  const date = data.date != null ? parseJekyllDate(data.date) : post ? parseJekyllDate(`${post[1]}-${post[2]}-${post[3]}`) : null;
  if (post && date === null) {
    throw new ContentError({ file: name, line: 1, field: 'date', expected: DATE, found: `the name ${JSON.stringify(base)}, which holds no real date` });
  }
  const categories = [...data.categories, ...(data.category === undefined ? [] : [data.category])];
  const title = data.title ?? TITLE_WORDS(slug);
  const permalink = data.permalink ?? expandPermalink(collection.permalink, { collection: collection.label, relativePath, slug, title, date, categories });
  if (!/^\/[^\s?#]*$/.test(permalink)) {
    throw new ContentError({ file: name, line: yaml.lineOf(['permalink']), field: 'permalink', expected: SITE_PATH, found: describeValue(permalink) });
  }
  return {
    file: name,
    meta: { ...data, title, permalink, author_profile: data.author_profile ?? true, redirect_from: data.redirect_from },
    body,
    bodyLine,
    lineOf: yaml.lineOf,
    format: path.extname(file).toLowerCase() === '.html' ? 'html' : 'markdown',
    collection: collection.label,
    relativePath,
    slug,
    date,
    output: collection.output,
    categories,
    tags: data.tags,
  };
}

/**
 * Every item of every collection, each collection in Jekyll's order: by date, then by path
 * (undated items after dated ones). Templates write `reversed` for newest first.
 */
export function readCollections(contentDir: string, collections: readonly CollectionConfig[], defaults: readonly FrontMatterDefault[]): Map<string, ItemSource[]> {
  const result = new Map<string, ItemSource[]>();
  for (const collection of collections) {
    const dir = path.join(contentDir, collection.label);
    const items = itemFiles(dir).flatMap((name) => {
      const item = readItem(path.join(dir, name), collection, name, defaults);
      return item === null ? [] : [item];
    });
    items.sort((a, b) => {
      const byDate = (a.date?.getTime() ?? Number.POSITIVE_INFINITY) - (b.date?.getTime() ?? Number.POSITIVE_INFINITY);
      return (Number.isNaN(byDate) ? 0 : byDate) || (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0);
    });
    result.set(collection.label, items);
  }
  return result;
}
