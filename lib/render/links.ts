// Links between the site's own pages, in the site's one URL form: an owner's `[Teaching](/teaching)`
// or `<a href="{{ base_path }}/courses">` (an old path of a page) becomes `/teaching/`, so that no
// link of the site goes through a redirect. Runs on sanitised HTML, after the page's markdown.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { type RouteTable, canonicalHref } from '../publish/url-form';

function visitLinks(nodes: readonly (Root | RootContent)[], onLink: (element: Element) => void): void {
  for (const node of nodes) {
    if (node.type === 'element') {
      if (node.tagName === 'a') onLink(node);
      visitLinks(node.children, onLink);
      if (node.content) visitLinks([node.content], onLink);
    } else if (node.type === 'root') visitLinks(node.children, onLink);
  }
}

/**
 * @param html a sanitised fragment
 * @param basePath the site's base path ("" or "/repo"): links under it are looked up without it
 */
export function canonicalLinks(html: string, routes: RouteTable, basePath: string): string {
  // Most fragments link nowhere on the site: they are returned as they are, unparsed.
  if (!html.includes('href="/')) return html;
  const tree = fromHtml(html, { fragment: true });
  let changed = false;
  visitLinks([tree], (link) => {
    const href = link.properties.href;
    if (typeof href !== 'string') return;
    const under = basePath === '' ? href : href === basePath ? '/' : href.startsWith(`${basePath}/`) ? href.slice(basePath.length) : null;
    if (under === null) return;
    const target = `${basePath}${canonicalHref(under, routes)}`;
    if (target === href) return;
    link.properties.href = target;
    changed = true;
  });
  return changed ? toHtml(tree) : html;
}
