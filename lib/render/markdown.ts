// Markdown to safe HTML: remark (with GFM) -> rehype, raw HTML parsed by rehype-raw, then cleaned
// by an allow-list sanitiser, so migrated pages keep their <br>, <img>, <table>... and lose scripts.
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const EXTRA_TAGS = ['abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u'];

/**
 * GitHub's allow-list (what rehype-sanitize ships), plus the harmless tags academic pages use.
 * Scripts, iframes, objects, forms, event handlers, style attributes and non-http(s) URLs
 * (`javascript:`, `data:`) are removed; comments are dropped.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // The page is the owner's own text: keep their ids and names as written so in-page anchors work.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
};

const parser = unified().use(remarkParse).use(remarkGfm);
const toSafeTree = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/** Markdown nodes to a sanitised HTML tree. Pass the document's link definitions along. */
export function toSafeHast(nodes: RootContent[]): HastRoot {
  return toSafeTree.runSync({ type: 'root', children: nodes });
}

/** Markdown nodes to a sanitised HTML string. */
export function toSafeHtml(nodes: RootContent[]): string {
  return toHtml(toSafeHast(nodes)).trim();
}
