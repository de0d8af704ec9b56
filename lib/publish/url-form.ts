// One URL form for every page, on every host: academicpages' form, with a final slash
// (`/teaching/`), except for file-like paths (`/cv.html`), which stay files. The server, Vercel
// and the static export serve pages there; canonical links, the sitemap, feeds, the menu and links
// between pages point there; the other form answers one 308 on a server (a static host serves
// the folder).
import { routePath, routeKey } from '../content/pages';

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

/**
 * Next's own trailing-slash redirects (next/dist/lib/load-custom-routes.js, `trailingSlash: true`),
 * given back to it as ordinary redirects placed after the pages' `redirect_from` ones:
 * next.config.js turns the built-in ones off (`skipTrailingSlashRedirect`), which Next would
 * otherwise run first, so that `/about` reaches `/` in one hop instead of `/about` -> `/about/` -> `/`.
 * `/.well-known/` paths are left as they are asked for.
 *
 * One change to Next's patterns: Next lets every ordinary redirect's source match with a final
 * slash too (it appends `(?:/)?` to the regex; its own internal ones are exempt), so the
 * "add a slash" rule would match `/teaching/` itself and, given a query (`/teaching/?a=1`, or
 * the `?_rsc=` of a router request), redirect it to itself forever. `(?!/)` after the last
 * segment keeps it to paths without the slash; the base path rule gets the same guard.
 */
export function trailingSlashRedirects(basePath: string): { source: string; destination: string; permanent: true; basePath?: false }[] {
  const base = basePath.slice(1).replace(/[.*+?^${}()|[\]\\:]/g, '\\$&');
  return [
    ...(basePath ? [{ source: `/:base(${base}(?!/))`, destination: `${basePath}/`, permanent: true as const, basePath: false as const }] : []),
    { source: '/:file((?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/]+\\.\\w+)/', destination: '/:file', permanent: true },
    { source: '/:notfile((?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/\\.]+(?!/))', destination: '/:notfile/', permanent: true },
  ];
}

/** What a site path leads to: the page served there, or the page a `redirect_from` sends it to. */
export interface RouteTable {
  /** route key (see routeKey) -> the canonical path of the page served there */
  pages: ReadonlyMap<string, string>;
  /** route key of a redirect_from path -> the canonical path of its page */
  redirects: ReadonlyMap<string, string>;
}

export function routeTable(sources: readonly { meta: { permalink: string; redirect_from: readonly string[] }; aliases?: readonly string[] }[]): RouteTable {
  const pages = new Map<string, string>();
  const redirects = new Map<string, string>();
  for (const source of sources) {
    const target = canonicalPath(source.meta.permalink);
    pages.set(routeKey(source.meta.permalink), target);
    // An alias (`/lab/index.html`) is served as it is written.
    for (const alias of source.aliases ?? []) pages.set(routeKey(alias), alias);
    for (const from of source.meta.redirect_from) if (!pages.has(routeKey(from))) redirects.set(routeKey(from), target);
  }
  return { pages, redirects };
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
  const target = routes.pages.get(key) ?? routes.redirects.get(key);
  return target === undefined ? href : `${target}${rest}`;
}
