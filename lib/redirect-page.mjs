// Redirect pages for a static host, which cannot answer 308: what jekyll-redirect-from writes.
import { escapeHtml } from './escape-html.mjs';
import { routePath } from './pages.mjs';

/**
 * The file a static server answers an old path with: "/about/" and "/about" -> about/index.html,
 * "/about.html" -> about.html.
 * @param {string} sitePath
 * @returns {string}
 */
export function redirectFile(sitePath) {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // taken as written
  }
  const clean = decoded.replace(/^\/+|\/+$/g, '');
  if (clean === '') return 'index.html';
  return /\.html?$/i.test(clean) ? clean : `${clean}/index.html`;
}

/**
 * Where a page is in the export: its route with a final slash (the export writes folders), or as
 * written for a file-like permalink ("/cv.html"), under the base path.
 * @param {string} permalink
 * @param {string} basePath
 */
export function exportedPath(permalink, basePath) {
  const route = routePath(permalink);
  if (route === '/') return `${basePath}/`;
  return `${basePath}${/\.[a-z\d]+$/i.test(route) ? route : `${route}/`}`;
}

/**
 * @param {{ target: string, canonical: string, lang: string }} options
 *   target: the path to go to; canonical: its absolute URL
 * @returns {string}
 */
export function redirectPage({ target, canonical, lang }) {
  const to = escapeHtml(target);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>This page has moved to <a href="${to}">${escapeHtml(canonical)}</a>.</p>
</body>
</html>
`;
}
