// Every page of the site: content/profile.md at "/" and content/pages/*.md at their permalinks.
// Plain JS: next.config.js reads the pages' redirect_from through it.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentError, describeValue } from './content-error.mjs';
import { readHomePage, readPage } from './front-matter.mjs';

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

/**
 * The path a permalink is served at: "/talks/" and "/talks" are one route, "/cv.html" is its own.
 * @param {string} permalink
 * @returns {string}
 */
export function routePath(permalink) {
  return permalink.length > 1 ? permalink.replace(/\/+$/, '') || '/' : permalink;
}

/**
 * The route's segments, as Next's catch-all route receives them: "/talks/2024/" -> ["talks", "2024"].
 * @param {string} permalink
 * @returns {string[]}
 */
export function routeSegments(permalink) {
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
 * @param {string} permalink
 * @returns {string}
 */
export function routeKey(permalink) {
  return `/${routeSegments(permalink).join('/')}`;
}

/**
 * @param {string} contentDir
 * @returns {import('./front-matter.mjs').PageSource[]} profile.md first, then content/pages/*.md by name
 */
export function readAllPages(contentDir) {
  const pagesDir = path.join(contentDir, 'pages');
  const files = existsSync(pagesDir)
    ? readdirSync(pagesDir)
        .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
        .sort()
        .map((name) => path.join(pagesDir, name))
    : [];
  const pages = [readHomePage(contentDir), ...files.map(readPage)];
  /** @type {Map<string, string>} route -> file */
  const routes = new Map();
  for (const page of pages) {
    const route = routeKey(page.meta.permalink);
    const fail = (/** @type {string} */ expected) =>
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
