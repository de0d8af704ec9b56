// Every page of the site: content/profile.md at "/" and content/pages/*.md at their permalinks.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentError, describeValue } from './error';
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
const RESERVED_PREFIXES = ['/_next/', '/api/'];

/** Markdown pages, as Jekyll reads them (academicpages has both). */
export const PAGE_EXTENSIONS = ['.md', '.markdown'];

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

/** The markdown files of content/pages/, by name. */
export function pageFiles(contentDir: string): string[] {
  const pagesDir = path.join(contentDir, 'pages');
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((name) => PAGE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(pagesDir, name));
}

/** profile.md first, then content/pages/*.md by name; two pages at one route stop here. */
export function readAllPages(contentDir: string): PageSource[] {
  const pages = [readHomePage(contentDir), ...pageFiles(contentDir).map(readPage)];
  const routes = new Map<string, string>();
  for (const page of pages) {
    const route = routeKey(page.meta.permalink);
    const fail = (expected: string) =>
      new ContentError({ file: page.file, line: page.lineOf(['permalink']), field: 'permalink', expected, found: describeValue(page.meta.permalink) });
    const owner = routes.get(route);
    if (owner !== undefined) throw fail(`a permalink no other page has (${owner} is already at ${route})`);
    if (BUILT_IN_ROUTES.includes(route) || RESERVED_PREFIXES.some((prefix) => `${route}/`.startsWith(prefix))) {
      throw fail(`a permalink the site does not use itself (${route} is a built-in route)`);
    }
    routes.set(route, page.file);
  }
  return pages;
}
