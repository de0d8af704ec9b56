// Pages that Jekyll plugins make from the others: jekyll-paginate-v2's numbered pages of a list
// (`pagination: {enabled: true}` in a page, al-folio's blog: /blog/, /blog/page/2/, ...) and
// jekyll-archives' pages of the posts of one tag, category or year (/blog/tag/ecology/).
import type { ItemSource, PageSource } from '../model';
import type { SiteConfig } from './site';

/** What a page of a paginated list is: its number, how many there are, and where each is. */
export interface Pagination {
  page: number;
  total: number;
  /** the collection listed */
  collection: string;
  perPage: number;
  /** the field the list is sorted by ('' for the collection's own order: posts newest first) */
  sortField: string;
  sortReverse: boolean;
  /** every page's permalink, page 1 first */
  permalinks: string[];
}

/** A page made by a plugin: a list page's further pages, or an archive. */
export type Generated = { kind: 'pagination'; pagination: Pagination } | { kind: 'archive'; type: ArchiveType; name: string; posts: ItemSource[] };

export type ArchiveType = 'year' | 'tag' | 'category';

const record = (value: unknown): Readonly<Record<string, unknown>> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});
const positive = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** jekyll-paginate-v2's defaults (its site-wide `pagination:` settings apply under a page's own). */
const DEFAULT_PER_PAGE = 10;
const DEFAULT_PATTERN = '/page/:num/';

/** A numbered page's permalink: the list page's, with the pattern (`/page/:num/`) after it. */
function numbered(first: string, pattern: string, num: number): string {
  const base = first.replace(/\/?(?:index\.html?)?$/, '');
  const tail = pattern.replace(/:num/g, String(num));
  return `${base}/${tail.replace(/^\/+/, '')}`.replace(/\/{2,}/g, '/');
}

/**
 * Each page with `pagination: {enabled: true}` (when the site's `pagination.enabled` is on, as
 * jekyll-paginate-v2 needs) as its numbered pages: page 1 is the page itself, at its own permalink.
 */
export function paginate(pages: readonly PageSource[], collections: ReadonlyMap<string, readonly ItemSource[]>, site: SiteConfig): PageSource[] {
  const siteSettings = record(site.data.pagination);
  if (siteSettings.enabled !== true) return [...pages];
  return pages.flatMap((page): PageSource[] => {
    const own = record(page.data.pagination);
    if (own.enabled !== true) return [page];
    const settings = { ...siteSettings, ...own };
    const collection = text(settings.collection) ?? 'posts';
    const perPage = positive(settings.per_page) ?? DEFAULT_PER_PAGE;
    const items = (collections.get(collection) ?? []).filter((item) => item.output);
    const total = Math.max(1, Math.ceil(items.length / perPage));
    const pattern = text(settings.permalink) ?? DEFAULT_PATTERN;
    const permalinks = Array.from({ length: total }, (_unused, index) => (index === 0 ? page.meta.permalink : numbered(page.meta.permalink, pattern, index + 1)));
    const base = { collection, perPage, total, sortField: text(settings.sort_field) ?? '', sortReverse: settings.sort_reverse === true, permalinks };
    return permalinks.map((permalink, index): PageSource => ({
      ...page,
      meta: { ...page.meta, permalink, redirect_from: index === 0 ? page.meta.redirect_from : [] },
      ...(index === 0 ? {} : { aliases: [], defaultPermalink: undefined }),
      generated: { kind: 'pagination', pagination: { ...base, page: index + 1 } },
    }));
  });
}

/** jekyll-archives' slug of a tag or category: lower case, each run of other characters one "-". */
export const archiveSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

const ARCHIVE_DEFAULTS: Readonly<Record<ArchiveType, string>> = { year: '/:year/', tag: '/tag/:name/', category: '/category/:name/' };
const ENABLED_NAMES: Readonly<Record<string, ArchiveType>> = { year: 'year', tags: 'tag', categories: 'category' };

/**
 * jekyll-archives' pages (`jekyll-archives: {enabled: [year, tags, categories], permalinks: ...}`,
 * or jekyll-archives-v2's, per collection: `jekyll-archives: {posts: {enabled: ..., permalinks:
 * {tags: /blog/:type/:name/}}}`), each listing its posts newest first; `file` is where they are
 * said to come from.
 */
export function archivePages(posts: readonly ItemSource[], site: SiteConfig, file: string): PageSource[] {
  const top = record(site.data['jekyll-archives']);
  const settings = top.enabled === undefined && top.posts !== undefined ? record(top.posts) : top;
  const enabled = settings.enabled === 'all' ? Object.keys(ENABLED_NAMES) : Array.isArray(settings.enabled) ? settings.enabled.filter((name): name is string => typeof name === 'string') : [];
  const permalinks = record(settings.permalinks);
  const published = posts.filter((post) => post.output).sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
  const pages: PageSource[] = [];
  for (const name of enabled) {
    const type = ENABLED_NAMES[name];
    if (type === undefined) continue;
    const groups = new Map<string, ItemSource[]>();
    for (const post of published) {
      const keys = type === 'year' ? (post.date === null ? [] : [String(post.date.getUTCFullYear())]) : type === 'tag' ? post.meta.tags : post.meta.categories;
      for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), post]);
    }
    const pattern = text(permalinks[type]) ?? text(permalinks[name]) ?? ARCHIVE_DEFAULTS[type];
    for (const [key, members] of groups) {
      const permalink = pattern.replace(/:type/g, type).replace(/:name/g, archiveSlug(key)).replace(/:year/g, key);
      pages.push({
        file,
        meta: { permalink: permalink.startsWith('/') ? permalink : `/${permalink}`, title: key, author_profile: false, redirect_from: [] },
        data: { layout: `archive-${type}`, title: key, type },
        body: '',
        bodyLine: 1,
        lineOf: () => undefined,
        generated: { kind: 'archive', type, name: key, posts: members },
      });
    }
  }
  return pages;
}
