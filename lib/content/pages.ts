// Every page of the site: content/profile.md at "/" and content/pages/*.md at their permalinks.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentError, describeValue } from './error';
import { type FrontMatterDefault, defaultsFor } from './collections';
import { type PageSource, readHomePage, readPage } from './front-matter';

/** Paths the site serves itself; a page may not take them. */
export const BUILT_IN_ROUTES = [
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
const RESERVED_PREFIXES = ['/_next/', '/api/', '/katex/'];

/** Markdown pages (academicpages has both spellings) and HTML pages, as Jekyll reads them. */
export const PAGE_EXTENSIONS = ['.md', '.markdown', '.html'];

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

/** The page files of content/pages/, by name. */
export function pageFiles(contentDir: string): string[] {
  const pagesDir = path.join(contentDir, 'pages');
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((name) => PAGE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(pagesDir, name));
}

/**
 * A permalink that names an index file (`/lab/index.html`) is its folder (`/lab/`), as every host
 * serves the `lab/index.html` Jekyll writes; the file path stays an alias of the page.
 */
export function withIndexFolder<T extends PageSource>(page: T): T {
  const match = /^(.*\/)index\.html?$/i.exec(page.meta.permalink);
  if (!match?.[1]) return page;
  return { ...page, meta: { ...page.meta, permalink: match[1] }, aliases: [...(page.aliases ?? []), page.meta.permalink] };
}

/** Every path a page answers at: its permalink, then its aliases. */
export const servedPaths = (page: PageSource): string[] => [page.meta.permalink, ...(page.aliases ?? [])];

/**
 * Two pages (or items) at one route, or a page at a route the site keeps for itself, stop here,
 * naming both files.
 */
export function checkRoutes(pages: readonly PageSource[]): void {
  const routes = new Map<string, string>();
  for (const page of pages) for (const served of servedPaths(page)) {
    const route = routeKey(served);
    const fail = (expected: string) =>
      new ContentError({ file: page.file, line: page.lineOf(['permalink']), field: 'permalink', expected, found: describeValue(served) });
    const owner = routes.get(route);
    if (owner !== undefined) throw fail(`a permalink no other page has (${owner} is already at ${route})`);
    if (BUILT_IN_ROUTES.includes(route) || RESERVED_PREFIXES.some((prefix) => `${route}/`.startsWith(prefix))) {
      throw fail(`a permalink the site does not use itself (${route} is a built-in route)`);
    }
    routes.set(route, page.file);
  }
}

/** profile.md first, then content/pages/* by name; two pages at one route stop here. */
export function readAllPages(contentDir: string, defaults: readonly FrontMatterDefault[] = []): PageSource[] {
  const pages = [
    readHomePage(contentDir, defaultsFor(defaults, 'profile.md', 'pages')),
    ...pageFiles(contentDir).map((file) => withIndexFolder(readPage(file, defaultsFor(defaults, `_pages/${path.basename(file)}`, 'pages')))),
  ];
  checkRoutes(pages);
  return pages;
}
