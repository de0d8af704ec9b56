// Turns the pages' `redirect_from` into Next.js redirects: the one place that rule lives.
import { ContentError, describeValue } from '../content/error';
import { canonicalPath, routeKey, routePath } from '../content/routes';
import type { PageSource } from '../model';

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
 * lib/content/routes.ts). Next matches a source with or without a final slash, so `/about/` in the front
 * matter serves both `/about` and `/about/`.
 */
export function redirectsFor(pages: readonly PageSource[]): Redirect[] {
  /** source path -> file that asked for it */
  const claimed = new Map<string, string>();
  /** route -> the page served there */
  const served = new Map(pages.map((page) => [routeKey(page.meta.permalink), page.file]));
  const redirects: Redirect[] = [];
  for (const page of pages) {
    const target = page.meta.permalink;
    page.meta.redirect_from.forEach((from, index) => {
      const source = routePath(from);
      const fail = (expected: string) =>
        new ContentError({
          file: page.file,
          line: page.lineOf(['redirect_from', index]),
          field: `redirect_from[${index}]`,
          expected,
          found: describeValue(from),
        });
      // academicpages' stock talks.html lists its own permalink among its old paths: a redirect
      // to itself would loop, so that entry means nothing and is left out.
      if (source === routePath(target)) return;
      const servedBy = served.get(routeKey(source));
      if (servedBy !== undefined) throw fail(`an old path no page is served at (${servedBy} is at ${source})`);
      const owner = claimed.get(source);
      if (owner === page.file) return;
      if (owner !== undefined) throw fail(`a path no other page redirects from (${owner} already does)`);
      claimed.set(source, page.file);
      redirects.push({ source: asSource(source), destination: asDestination(canonicalPath(target)), permanent: true });
    });
  }
  return redirects;
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
