// A step of the page pipeline: `{% include toc %}` (academicpages' table of contents) filled in with
// the page's sections, once they are known.
import type { Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { TOC_MARKER } from './includes';
import { type BodyTree, bodyTrees } from './sections';

/** The marker the built-in `toc` include leaves: a paragraph of its own. */
const isMarker = (node: Root['children'][number]) => node.type === 'element' && node.tagName === 'p' && hastToString(node) === TOC_MARKER;

/** Each marker replaced by a list of links to the sections (or by nothing, on a page without sections). */
export function fillToc(body: BodyTree, label: string): void {
  const toc = () => h('nav', { className: ['toc'], ariaLabel: label }, [h('ul', body.sections.map((section) => h('li', [h('a', { href: `#${section.id}` }, section.heading.text)])))]);
  for (const tree of bodyTrees(body)) {
    visit(tree, 'element', (node, index, parent) => {
      if (!isMarker(node) || parent === undefined || index === undefined) return undefined;
      const replacement = body.sections.length > 0 ? [toc()] : [];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  }
}
