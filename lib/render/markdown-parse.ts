// Markdown as a syntax tree (CommonMark with GitHub's extensions), shared by the renderer and the
// passes that read the source before it (math, kramdown's links).
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/** Offsets of the source that are code (fenced, indented, inline), in order: nothing there is rewritten. */
export function codeRanges(markdown: string): [number, number][] {
  const ranges: [number, number][] = [];
  visit(parseMarkdown(markdown), (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ((node.type === 'code' || node.type === 'inlineCode') && start !== undefined && end !== undefined) {
      ranges.push([start, end]);
      return SKIP;
    }
    return undefined;
  });
  // The tree is visited in the order of the text, and code holds no code: the ranges come in order.
  return ranges;
}
