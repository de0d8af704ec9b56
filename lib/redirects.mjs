// Turns the pages' `redirect_from` into Next.js redirects: the one place that rule lives.
import { ContentError, describeValue } from './content-error.mjs';
import { readAllPages, routeKey, routePath } from './pages.mjs';

/** @typedef {{ source: string, destination: string, permanent: true }} Redirect */

/**
 * A path as Next matches it: percent-encoded once (as requests arrive), with the characters that
 * mean something in a path-to-regexp pattern escaped.
 * @param {string} sitePath
 * @returns {string}
 */
function asSource(sitePath) {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // A lone "%" is taken literally.
  }
  return encodeURI(decoded).replace(/[:*?+()[\]{}!]/g, '\\$&');
}

/**
 * A destination as Next sends it in Location: percent-encoded once.
 * @param {string} sitePath
 * @returns {string}
 */
function asDestination(sitePath) {
  try {
    return encodeURI(decodeURI(sitePath));
  } catch {
    return encodeURI(sitePath);
  }
}

/**
 * One permanent (308) redirect for each old URL. Next matches a source with or without a final
 * slash, so `/about/` in the front matter serves both `/about` and `/about/`.
 * @param {ReadonlyArray<import('./front-matter.mjs').PageSource>} pages
 * @returns {Redirect[]}
 */
export function redirectsFor(pages) {
  /** @type {Map<string, string>} source path -> file that asked for it */
  const claimed = new Map();
  /** @type {Map<string, string>} route -> the page served there */
  const served = new Map(pages.map((page) => [routeKey(page.meta.permalink), page.file]));
  /** @type {Redirect[]} */
  const redirects = [];
  for (const page of pages) {
    const target = page.meta.permalink;
    page.meta.redirect_from.forEach((from, index) => {
      const source = routePath(from);
      const fail = (/** @type {string} */ expected) =>
        new ContentError({
          file: page.file,
          line: page.lineOf(['redirect_from', index]),
          field: `redirect_from[${index}]`,
          expected,
          found: describeValue(from),
        });
      if (source === routePath(target)) {
        throw fail(`an old path other than the page's own permalink ${JSON.stringify(target)}`);
      }
      const servedBy = served.get(routeKey(source));
      if (servedBy !== undefined) throw fail(`an old path no page is served at (${servedBy} is at ${source})`);
      const owner = claimed.get(source);
      if (owner === page.file) return;
      if (owner !== undefined) throw fail(`a path no other page redirects from (${owner} already does)`);
      claimed.set(source, page.file);
      redirects.push({ source: asSource(source), destination: asDestination(routePath(target)), permanent: true });
    });
  }
  return redirects;
}

/**
 * Next's usual "drop the trailing slash" redirect, placed after the pages' own redirects. Next runs
 * its built-in one before any other, which made `/about/` take two hops (`/about/` -> `/about` ->
 * `/`); next.config.js turns the built-in one off (`skipTrailingSlashRedirect`) and uses this.
 * @type {Redirect}
 */
export const TRAILING_SLASH_REDIRECT = { source: '/:path+/', destination: '/:path+', permanent: true };

/**
 * The redirects of every page in the content folder, then the trailing-slash rule.
 * @param {string} contentDir
 * @returns {Redirect[]}
 */
export function loadRedirects(contentDir) {
  return [...redirectsFor(readAllPages(contentDir)), TRAILING_SLASH_REDIRECT];
}
