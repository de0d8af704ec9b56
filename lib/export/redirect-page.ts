// Redirect pages for a static host, which cannot answer 308: what jekyll-redirect-from writes.
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { canonicalPath } from '../content/routes';
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
  const line = (node: ReturnType<typeof h>) => [node, { type: 'text' as const, value: '\n' }];
  const page = h(null, [
    { type: 'doctype' },
    { type: 'text', value: '\n' },
    h('html', { lang, dir }, [
      { type: 'text', value: '\n' },
      h('head', [
        { type: 'text', value: '\n' },
        ...line(h('meta', { charSet: 'utf-8' })),
        ...line(h('meta', { httpEquiv: 'Content-Security-Policy', content: leanPolicy([]) })),
        ...line(h('title', title)),
        ...line(h('link', { rel: 'canonical', href: canonical })),
        ...line(h('meta', { name: 'robots', content: 'noindex' })),
        ...line(h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` })),
      ]),
      { type: 'text', value: '\n' },
      h('body', [{ type: 'text', value: '\n' }, ...line(h('p', [`${text} `, h('a', { href: target }, canonical), '.']))]),
      { type: 'text', value: '\n' },
    ]),
    { type: 'text', value: '\n' },
  ]);
  return toHtml(page, { allowDangerousCharacters: true });
}
