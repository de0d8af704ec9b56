// Turns the pages' `redirect_from` into Next.js redirects: the one place that rule lives.
import { ContentError, describeValue } from './content-error.mjs';
import { readHomePage } from './front-matter.mjs';

/** @typedef {{ source: string, destination: string, permanent: true }} Redirect */

/**
 * @param {string} sitePath
 * @returns {string}
 */
function withoutTrailingSlash(sitePath) {
  return sitePath.length > 1 ? sitePath.replace(/\/+$/, '') : sitePath;
}

/**
 * Next matches `source` as a path-to-regexp pattern: characters with a meaning there are escaped.
 * @param {string} sitePath
 * @returns {string}
 */
function asSource(sitePath) {
  return encodeURI(sitePath).replace(/[:*?+()[\]{}!]/g, '\\$&');
}

/**
 * One permanent (308) redirect for each old URL, in both its slash forms unless it names a file
 * (`/about.html`), so that `/about` and `/about/` each reach the page in a single hop.
 * @param {ReadonlyArray<import('./front-matter.mjs').PageSource>} pages
 * @returns {Redirect[]}
 */
export function redirectsFor(pages) {
  /** @type {Map<string, string>} source path -> file that asked for it */
  const claimed = new Map();
  /** @type {Redirect[]} */
  const redirects = [];
  for (const page of pages) {
    const target = page.meta.permalink;
    page.meta.redirect_from.forEach((from, index) => {
      const bare = withoutTrailingSlash(from);
      if (bare === withoutTrailingSlash(target)) {
        throw new ContentError({
          file: page.file,
          field: `redirect_from[${index}]`,
          expected: `an old path other than the page's own permalink ${JSON.stringify(target)}`,
          found: describeValue(from),
        });
      }
      const isFile = /\.[A-Za-z0-9]+$/.test(bare);
      for (const source of isFile ? [bare] : [bare, `${bare}/`]) {
        const owner = claimed.get(source);
        if (owner !== undefined && owner !== page.file) {
          throw new ContentError({
            file: page.file,
            field: `redirect_from[${index}]`,
            expected: `a path no other page redirects from (${owner} already does)`,
            found: describeValue(from),
          });
        }
        if (owner === undefined) {
          claimed.set(source, page.file);
          redirects.push({ source: asSource(source), destination: target, permanent: true });
        }
      }
    });
  }
  return redirects;
}

/**
 * The redirects of every page in the content folder.
 * @param {string} contentDir
 * @returns {Redirect[]}
 */
export function loadRedirects(contentDir) {
  return redirectsFor([readHomePage(contentDir)]);
}
