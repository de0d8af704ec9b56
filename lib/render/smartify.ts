// kramdown's typography, as Jekyll's `typographer` setting and its `smartify` filter apply it:
// curly quotes and apostrophes, `--` and `---` as en and em dashes, `...` as an ellipsis.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Text } from 'hast';
import type { Paragraph, Root, Text as MdastText } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The typography step, on a markdown tree. */
export const typographer = unified().use(remarkSmartypants, { dashes: 'oldschool', backticks: false });

/**
 * Jekyll's `smartify`: the typography on the text of a value, its HTML tags kept as they are. The
 * texts between tags are read as one, so that a quote before a tag opens and one after it closes.
 */
export function smartify(value: string): string {
  const tree = fromHtml(value, { fragment: true });
  const texts: Text[] = [];
  visit(tree, 'text', (node) => {
    texts.push(node);
  });
  const paragraph: Paragraph = { type: 'paragraph', children: texts.map((node): MdastText => ({ type: 'text', value: node.value })) };
  const root: Root = { type: 'root', children: [paragraph] };
  typographer.runSync(root);
  texts.forEach((node, index) => {
    const done = paragraph.children[index];
    if (done?.type === 'text') node.value = done.value;
  });
  return toHtml(tree);
}
