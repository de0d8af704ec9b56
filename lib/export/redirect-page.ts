// Redirect pages for a static host, which cannot answer 308: what jekyll-redirect-from writes.
import { canonicalPath } from '../publish/url-form';
import { escapeHtml } from '../publish/escape-html';
import { leanPolicy } from './lean-html';

/**
 * The file a static server answers an old path with: "/about/" and "/about" -> about/index.html,
 * "/about.html" -> about.html.
 */
export function redirectFile(sitePath: string): string {
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
 */
export function exportedPath(permalink: string, basePath: string): string {
  return `${basePath}${canonicalPath(permalink)}`;
}

export interface RedirectPageOptions {
  /** the path to go to */
  target: string;
  /** its absolute URL */
  canonical: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** the page's words, in the site's language */
  title: string;
  text: string;
}

export function redirectPage({ target, canonical, lang, dir, title, text }: RedirectPageOptions): string {
  const to = escapeHtml(target);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${leanPolicy([])}">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>${escapeHtml(text)} <a href="${to}">${escapeHtml(canonical)}</a>.</p>
</body>
</html>
`;
}
