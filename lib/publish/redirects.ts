// The pages' `redirect_from`, settled as jekyll-redirect-from settles them (the one place that rule
// lives), and as Next.js redirects.
import type { Problems } from '../content/problems';
import { type Routed, canonicalPath, hasScheme, redirectTarget, routeKey, routePath, servedPaths } from '../content/routes';

/** An old path, as a page's front matter writes it, and the page it leads to, in its one URL form. */
export interface OldPath {
  from: string;
  to: string;
  /** the file whose front matter names it */
  file: string;
}

/** A redirect as next.config hands it to Next. */
export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * A path as Next matches it: percent-encoded once (as requests arrive), with the characters that
 * mean something in a path-to-regexp pattern escaped.
 */
function asSource(sitePath: string): string {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // A lone "%" is taken literally.
  }
  return encodeURI(decoded).replace(/[:*?+()[\]{}!]/g, '\\$&');
}

/** A destination as Next sends it in Location: percent-encoded once. */
function asDestination(sitePath: string): string {
  try {
    return encodeURI(decodeURI(sitePath));
  } catch {
    return encodeURI(sitePath);
  }
}

/**
 * One permanent (308) redirect for each old URL, straight to the page's one URL form (see
 * lib/content/routes.ts). Next matches a source with or without a final slash, so `/about/` in the
 * front matter serves both `/about` and `/about/`. As jekyll-redirect-from does, a path two pages
 * redirect from leads to the later one; a path a page is served at stays that page. Both are said.
 */
export function redirectsFor(pages: readonly Routed[], problems: Problems): OldPath[] {
  /** route of a source path -> the page that redirects from it, and the path as it wrote it */
  const claimed = new Map<string, { page: Routed; from: string }>();
  /** route -> the page served there */
  const served = new Map(pages.flatMap((page) => servedPaths(page).map((path) => [routeKey(path), page.file] as const)));
  for (const page of pages) {
    page.meta.redirect_from.forEach((from, index) => {
      const route = routeKey(from);
      const line = page.lineOf?.(['redirect_from', index]);
      // academicpages' stock talks.html lists its own permalink among its old paths: a redirect
      // to itself would loop, so that entry means nothing and is left out.
      if (route === routeKey(page.meta.permalink)) return;
      const servedBy = served.get(route);
      if (servedBy !== undefined) {
        problems.warn({ file: page.file, line, message: `\`redirect_from[${index}]\`: ${servedBy} is served at ${routePath(from)}, so it stays that page and does not redirect here` });
        return;
      }
      const earlier = claimed.get(route);
      if (earlier !== undefined && earlier.page !== page) {
        problems.warn({ file: page.file, line, message: `\`redirect_from[${index}]\`: ${earlier.page.file} redirects from ${routePath(from)} too; as with jekyll-redirect-from, it leads here, the later page` });
      }
      claimed.set(route, { page, from: routePath(from) });
    });
  }
  return [...claimed.values()].map(({ page, from }) => ({ from, to: canonicalPath(page.meta.permalink), file: page.file }));
}

/** A page that redirects (see redirectTarget), as an old path: its own URL leads to the target. */
export function redirectingPage(page: Routed & { data: Readonly<Record<string, unknown>> }): OldPath | null {
  const to = redirectTarget(page.data);
  if (to === undefined) return null;
  return { from: routePath(page.meta.permalink), to: hasScheme(to) ? to : canonicalPath(to), file: page.file };
}

/** Old paths as Next's redirects: one permanent (308) redirect each, straight to the page. */
export const nextRedirects = (paths: readonly OldPath[]): Redirect[] => paths.map(({ from, to }) => ({ source: asSource(from), destination: asDestination(to), permanent: true }));

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
