// academicpages' collections (publications, talks, teaching, portfolio, posts and any other that
// `collections:` names), read as Jekyll reads them: one file per item, front matter validated at
// the boundary (unknown keys kept for Liquid), Jekyll's dates, permalinks, `defaults:` and order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ItemMeta, ItemSource } from '../model';
import { ContentError } from './error';
import { DOCUMENT_EXTENSIONS, displayName, frontMatterData, lenientPaths, readText, splitFrontMatter, withDefaults } from './front-matter';
import type { Problems } from './problems';
import { expandPermalink } from './routes';
import { DATE_EXPECTED, itemFrontMatterSchema, parseJekyllDate } from './schemas';
import { validateLeniently } from './yaml';

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

/** Jekyll's post names (its DATE_FILENAME_MATCHER): a date of 2-4, 1-2 and 1-2 digits, then the slug. */
const POST_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.+)$/;

/** Jekyll's title for an item without one (Utils.titleize_slug): each "-"-separated word capitalised, as Ruby's `capitalize` does. */
const titleFromSlug = (slug: string) =>
  slug
    .split('-')
    .map((word) => {
      const [first = '', ...rest] = word;
      return first.toUpperCase() + rest.join('').toLowerCase();
    })
    .join(' ');

/** The files of one collection's folder, in Jekyll's path order; drafts and hidden files left out. */
function itemFiles(dir: string): string[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  return readdirSync(/* turbopackIgnore: true */ dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()))
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

/** When the site is built, and whether it publishes documents dated later (Jekyll's `future`). */
export interface Publishing {
  now: Date;
  future: boolean;
}

/**
 * Reads one collection item, as Jekyll does: null for what Jekyll does not publish (no front matter,
 * `published: false`, a post whose file name holds no date, a date in the future unless `future`),
 * said in a warning where Jekyll's reason is not plain from the file.
 */
export function readItem(file: string, collection: CollectionConfig, relativeName: string, defaults: readonly FrontMatterDefault[], problems: Problems, publishing: Publishing): ItemSource | null {
  const name = displayName(file);
  const text = readText(file, name, 'a collection item with front matter');
  const relativePath = `_${collection.label}/${relativeName.split(path.sep).join('/')}`;
  const base = path.basename(relativeName).replace(/\.[^.]+$/, '');
  const post = collection.label === 'posts' ? POST_NAME.exec(base) : null;
  if (collection.label === 'posts' && post === null) {
    problems.warn({ file: name, message: `expected a post named YYYY-MM-DD-title.md, found the name ${JSON.stringify(path.basename(relativeName))}; Jekyll does not publish it, so neither does this site` });
    return null;
  }
  const split = splitFrontMatter(text, name, problems);
  if (split === null) return null;
  const { yaml, body, bodyLine } = split;
  const matter = withDefaults(yaml, defaultsFor(defaults, relativePath, collection.label));
  // An unreadable date stops Jekyll; anything else it cannot use is left out.
  const data = validateLeniently(itemFrontMatterSchema, lenientPaths(matter, name, problems), name, problems, (field) => field[0] === 'date');
  if (data === null) return null;
  if (data.published === false) return null;
  const slug = post?.[2] ?? base;
  const date = data.date != null ? parseJekyllDate(data.date) : post ? parseJekyllDate(post[1]) : null;
  if (post && date === null) {
    throw new ContentError({ file: name, line: 1, field: 'date', expected: DATE_EXPECTED, found: `the name ${JSON.stringify(base)}, which holds no real date` });
  }
  if (date !== null && date > publishing.now && !publishing.future) {
    problems.warn({ file: name, message: `dated ${date.toISOString().slice(0, 10)}, in the future: not published, as Jekyll does unless \`future: true\` is in site.yml` });
    return null;
  }
  const categories = [...data.categories, ...(data.category === undefined ? [] : [data.category])];
  const parts = { collection: collection.label, relativePath, slug, date, categories };
  const permalink = data.permalink ?? expandPermalink(collection.permalink, parts);
  const meta: ItemMeta = { ...data, categories, title: data.title ?? titleFromSlug(slug), permalink, author_profile: data.author_profile ?? true };
  return {
    file: name,
    meta,
    data: frontMatterData(matter),
    body,
    bodyLine,
    lineOf: yaml.lineOf,
    format: path.extname(file).toLowerCase() === '.html' ? 'html' : 'markdown',
    collection: collection.label,
    relativePath,
    slug,
    date,
    output: collection.output,
    defaultPermalink: expandPermalink(collection.permalink, parts),
  };
}

/**
 * Every item of every collection, each collection in Jekyll's order: by date, then by path
 * (undated items after dated ones). Templates write `reversed` for newest first.
 */
export function readCollections(contentDir: string, collections: readonly CollectionConfig[], defaults: readonly FrontMatterDefault[], problems: Problems, publishing: Publishing): Map<string, ItemSource[]> {
  const result = new Map<string, ItemSource[]>();
  for (const collection of collections) {
    const dir = path.join(contentDir, collection.label);
    const items = itemFiles(dir).flatMap((name) => {
      const item = problems.attempt(() => readItem(path.join(dir, name), collection, name, defaults, problems, publishing), null);
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
