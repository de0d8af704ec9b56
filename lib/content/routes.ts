// The one owner of URLs. The site's one URL form is academicpages' own: a page lives at its path
// with a final slash (`/teaching/`), a file-like path stays a file (`/cv.html`). Permalink patterns,
// the route table (what is served where, and where each old path leads), canonical links, Jekyll's
// `relative_url` and the test for a URL with a scheme are all here; every other module asks.

/** The rule a permalink or `redirect_from` path follows, and how messages describe it. */
export const SITE_PATH = /^\/[^\s?#]*$/;
export const SITE_PATH_EXPECTED = 'a site path starting with "/" (no spaces, "?" or "#")';

/**
 * A path as Jekyll takes it from front matter: with its leading "/" (added when missing), and
 * characters a URL path cannot hold (spaces...) percent-encoded; null for what is not a path of
 * the site (an address with a scheme or a host, or a "?" or "#" in it).
 */
export function jekyllPath(written: string): string | null {
  const value = written.trim();
  if (value === '' || isExternal(value) || /[?#]/.test(value)) return null;
  const withSlash = value.startsWith('/') ? value : `/${value}`;
  let decoded = withSlash;
  try {
    decoded = decodeURI(withSlash);
  } catch {
    // A lone "%" is taken literally.
  }
  const encoded = encodeURI(decoded);
  return SITE_PATH.test(encoded) ? encoded : null;
}

/** Paths the site serves itself; a page may not take them. */
export const BUILT_IN_ROUTES = [
  '/highlight.css',
  '/feed.xml',
  '/rss.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/icon.svg',
  '/favicon.ico',
  '/apple-icon.png',
  '/opengraph-image.png',
  '/404',
  '/404.html',
];
/** Folders the site keeps for itself. */
export const RESERVED_PREFIXES = ['/_next/', '/api/', '/katex/'];

/** Whether a link names its scheme (`https:`, `mailto:`): the one scheme test. */
export const hasScheme = (href: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(href);

/** Whether a link names its scheme (`https:`, `mailto:`) or a host (`//cdn`): a link off the site. */
export function isExternal(href: string): boolean {
  return hasScheme(href) || href.startsWith('//');
}

/**
 * Where a page sends its visitors instead of showing itself: jekyll-redirect-from's `redirect_to`
 * (a URL, or the first of a list), or al-folio's `redirect:` (a URL, a site path, or `true` for the
 * home page). Undefined for a page that shows itself.
 */
export function redirectTarget(data: Readonly<Record<string, unknown>>): string | undefined {
  const to = Array.isArray(data.redirect_to) ? data.redirect_to[0] : data.redirect_to;
  const target = typeof to === 'string' && to.trim() !== '' ? to.trim() : data.redirect === true ? '/' : typeof data.redirect === 'string' && data.redirect.trim() !== '' ? data.redirect.trim() : undefined;
  if (target === undefined) return undefined;
  return hasScheme(target) || target.startsWith('/') ? target : `/${target}`;
}

/** The path a permalink is served at: "/talks/" and "/talks" are one route, "/cv.html" is its own. */
export function routePath(permalink: string): string {
  return permalink.length > 1 ? permalink.replace(/\/+$/, '') || '/' : permalink;
}

/** The route's segments, as Next's catch-all route receives them: "/talks/2024/" -> ["talks", "2024"]. */
export function routeSegments(permalink: string): string[] {
  return routePath(permalink)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/**
 * The route of a permalink as one comparable key: decoded segments joined by "/", so that
 * "/Café/", "/caf%C3%A9" and the segments Next hands to the catch-all route all agree.
 */
export function routeKey(permalink: string): string {
  return `/${routeSegments(permalink).join('/')}`;
}

/**
 * Whether a path names a file: its last segment ends in a dot and word characters (`cv.html`,
 * `slides.v2`), the rule Next applies with `trailingSlash: true`, so that the two never disagree.
 */
export function isFileLike(sitePath: string): boolean {
  return /[^/]+\.\w+$/.test(routePath(sitePath));
}

/** A permalink in the site's one form: "/talks" and "/talks/" -> "/talks/", "/cv.html/" -> "/cv.html", "/" -> "/". */
export function canonicalPath(permalink: string): string {
  const route = routePath(permalink);
  if (route === '/' || route === '') return '/';
  return isFileLike(route) ? route : `${route}/`;
}

/** A site path under the base path; links off the site and fragments are left as they are. */
export function withBasePath(sitePath: string, basePath: string): string {
  return isExternal(sitePath) || sitePath.startsWith('#') ? sitePath : `${basePath}${sitePath}`;
}

/**
 * Jekyll's `relative_url`: a site path (with or without its leading "/") under the base path; nil
 * is nothing, and "" the base path itself, as in Jekyll 4.
 */
export function relativeUrl(input: unknown, basePath: string): string {
  if (input == null) return '';
  const value = String(input);
  if (isExternal(value)) return value;
  if (value === '') return basePath;
  return `${basePath}${value.startsWith('/') ? value : `/${value}`}`;
}

/** The absolute URL of a site path ("/" is the home page); `siteUrl` may hold a path of its own. */
export function absoluteUrl(site: { url: string }, sitePath: string): string {
  return `${site.url}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}

/** A link from front matter as an absolute URL: a link with a scheme as written, a site path joined to the site. */
export function absoluteLink(site: { url: string }, link: string): string {
  return hasScheme(link) ? link : absoluteUrl(site, link);
}

/**
 * The path of a BibTeX entry's own page: its key where the key is a word (`einstein1905`), else a
 * slug of it that any host serves as a folder (`PhysRev.47.777` -> `PhysRev-47-777`,
 * `DBLP:journals/corr/abs-2406-17710` -> `DBLP-journals-corr-abs-2406-17710`); the entry's anchor
 * keeps the key.
 */
export const paperPath = (key: string) => `/publications/${key.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'paper'}/`;

/** What the route table needs of a page: where it is, where else it answers, its old paths. */
export interface Served {
  meta: { permalink: string; redirect_from: readonly string[] };
  /** other paths the page is also served at (`/lab/index.html` for a page at `/lab/`) */
  aliases?: readonly string[];
}

/** A page and the file it comes from, for messages about its routes. */
export interface Routed extends Served {
  file: string;
  /** the line of a front matter field, when the page has front matter */
  lineOf?: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

/** Every path a page answers at: its permalink, then its aliases. */
export const servedPaths = (page: Served): string[] => [page.meta.permalink, ...(page.aliases ?? [])];

/**
 * A permalink that names an index file (`/lab/index.html`) is its folder (`/lab/`), as every host
 * serves the `lab/index.html` Jekyll writes; the file path stays an alias of the page.
 */
export function withIndexFolder<T extends Served>(page: T): T {
  const match = /^(.*\/)index\.html?$/i.exec(page.meta.permalink);
  if (!match?.[1]) return page;
  return { ...page, meta: { ...page.meta, permalink: match[1] }, aliases: [...(page.aliases ?? []), page.meta.permalink] };
}

/** A page at its permalink in the one URL form (`/teaching` -> `/teaching/`). */
export function inUrlForm<T extends Served>(page: T): T {
  const permalink = canonicalPath(page.meta.permalink);
  return permalink === page.meta.permalink ? page : { ...page, meta: { ...page.meta, permalink } };
}

/** What a site path leads to: the page served there, or the page a `redirect_from` sends it to. */
export interface RouteTable<T extends Served = Served> {
  /** route key (see routeKey) -> the page served there and the path it is served at */
  pages: ReadonlyMap<string, { path: string; page: T }>;
  /** route key of a redirect_from path -> the canonical path of its page */
  redirects: ReadonlyMap<string, string>;
}

export function routeTable<T extends Served>(pages: readonly T[]): RouteTable<T> {
  const served = new Map<string, { path: string; page: T }>();
  const redirects = new Map<string, string>();
  for (const page of pages) {
    served.set(routeKey(page.meta.permalink), { path: canonicalPath(page.meta.permalink), page });
    // An alias (`/lab/index.html`) is served as it is written.
    for (const alias of page.aliases ?? []) served.set(routeKey(alias), { path: alias, page });
  }
  for (const page of pages) {
    for (const from of page.meta.redirect_from) if (!served.has(routeKey(from))) redirects.set(routeKey(from), canonicalPath(page.meta.permalink));
  }
  return { pages: served, redirects };
}

/** The page served at a path (either URL form, or an alias), or undefined. */
export function pageAt<T extends Served>(routes: RouteTable<T>, sitePath: string): T | undefined {
  return routes.pages.get(routeKey(sitePath))?.page;
}

/**
 * A link inside the site in its final form: a path that names a page (in either form) or an old
 * path of one becomes the page's canonical path, keeping its query and fragment, so that no link
 * of ours goes through a redirect. Anything else (other sites, files, fragments, paths no page has)
 * is returned unchanged.
 * @param href a link as written, without the base path
 */
export function canonicalHref(href: string, routes: RouteTable): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const cut = href.search(/[?#]/);
  const pathPart = cut < 0 ? href : href.slice(0, cut);
  const rest = cut < 0 ? '' : href.slice(cut);
  const key = routeKey(pathPart);
  const target = routes.pages.get(key)?.path ?? routes.redirects.get(key);
  return target === undefined ? href : `${target}${rest}`;
}

/**
 * A link under the base path in its final form (see canonicalHref); links off the site or outside
 * the base path are returned unchanged.
 */
export function canonicalLink(href: string, routes: RouteTable, basePath: string): string {
  const under = basePath === '' ? href : href === basePath ? '/' : href.startsWith(`${basePath}/`) ? href.slice(basePath.length) : null;
  return under === null ? href : `${basePath}${canonicalHref(under, routes)}`;
}

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
const STYLES: Readonly<Record<string, string>> = {
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

/** What a permalink pattern is filled from. */
export interface PermalinkParts {
  collection: string;
  /** Jekyll's relative path: `_publications/2024-paper.md` */
  relativePath: string;
  slug: string;
  date: Date | null;
  categories: readonly string[];
}

/** Fills a permalink pattern (`/:collection/:path/`, or a named style) for one item, as Jekyll does. */
export function expandPermalink(pattern: string, item: PermalinkParts): string {
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
