// Links between the site's own pages, in the site's one URL form: an owner's `[Teaching](/teaching)`
// or `<a href="{{ base_path }}/courses">` (an old path of a page) becomes `/teaching/`, so that no
// link of the site goes through a redirect. A step of the page pipeline, on the sanitised tree.
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { type RouteTable, canonicalLink } from '../content/routes';

/** Every `<a href>` under the base path rewritten to the page's one URL form (see routes.ts). */
export function canonicalLinks(tree: Root, routes: RouteTable, basePath: string): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    node.properties.href = canonicalLink(node.properties.href, routes, basePath);
  });
}
