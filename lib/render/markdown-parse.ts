// Markdown as a syntax tree (CommonMark with GitHub's extensions), shared by the renderer and the
// math finder.
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}
