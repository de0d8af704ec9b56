// academicpages' collections (publications, talks, teaching, portfolio, posts and any other that
// `collections:` names), read as Jekyll reads them: one file per item, front matter validated at
// the boundary (unknown keys kept for Liquid), Jekyll's dates, permalinks, `defaults:` and order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ItemMeta, ItemSource } from '../model';
import { ContentError, describeValue } from './error';
import { DOCUMENT_EXTENSIONS, displayName, frontMatterData, readText, splitFrontMatter, withDefaults } from './front-matter';
import { SITE_PATH, SITE_PATH_EXPECTED, expandPermalink } from './routes';
import { DATE_EXPECTED, itemFrontMatterSchema, parseJekyllDate } from './schemas';
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

const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

const TITLE_WORDS = (slug: string) => slug.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

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

/** Reads one collection item. */
export function readItem(file: string, collection: CollectionConfig, relativeName: string, defaults: readonly FrontMatterDefault[]): ItemSource | null {
  const name = displayName(file);
  const text = readText(file, name, 'a collection item with front matter');
  const relativePath = `_${collection.label}/${relativeName.split(path.sep).join('/')}`;
  const { yaml, body, bodyLine } = splitFrontMatter(text, name);
  const matter = withDefaults(yaml, defaultsFor(defaults, relativePath, collection.label));
  const data = validateYaml(itemFrontMatterSchema, matter, name);
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
    throw new ContentError({ file: name, line: 1, field: 'date', expected: DATE_EXPECTED, found: `the name ${JSON.stringify(base)}, which holds no real date` });
  }
  const categories = [...data.categories, ...(data.category === undefined ? [] : [data.category])];
  const permalink = data.permalink ?? expandPermalink(collection.permalink, { collection: collection.label, relativePath, slug, date, categories });
  if (!SITE_PATH.test(permalink)) {
    throw new ContentError({ file: name, line: yaml.lineOf(['permalink']), field: 'permalink', expected: SITE_PATH_EXPECTED, found: describeValue(permalink) });
  }
  const meta: ItemMeta = { ...data, categories, title: data.title ?? TITLE_WORDS(slug), permalink, author_profile: data.author_profile ?? true };
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
