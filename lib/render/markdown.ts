// Markdown to safe HTML: remark (with GFM) -> rehype, raw HTML parsed by rehype-raw, then cleaned
// by an allow-list sanitiser, so migrated pages keep their <br>, <img>, <table>... and lose scripts.
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from './markdown-parse';

export { parseMarkdown };

/**
 * The classes the site's own markup (built-in includes, math) uses; any other class is dropped, as
 * is every `style` attribute.
 */
export const SITE_CLASSES = [
  'archive-item',
  'archive-grid',
  'archive-title',
  'archive-permalink',
  'archive-meta',
  'archive-excerpt',
  'archive-citation',
  'archive-links',
  'cv-item',
  'figure',
  'gallery',
  'feature-row',
  'video',
  'toc',
  'bibliography',
  'bib-entry',
  'bib-abbr',
  'bib-preview',
  'bib-title',
  'bib-authors',
  'bib-venue',
  'bib-award',
  'bib-links',
  'bib-abstract',
  'bib-bibtex',
  'bib-year',
  'citation',
  'cv-list',
  'cv-summary',
  'cv-dates',
];

type Attributes = NonNullable<SanitizeSchema['attributes']>;

/** Elements that allow some classes of their own (GitHub's task lists, footnotes) allow ours too. */
function withSiteClasses(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([tag, list]) => [
      tag,
      list.map((definition) => (Array.isArray(definition) && definition[0] === 'className' && tag !== '*' ? [...definition, ...SITE_CLASSES] : definition)),
    ]),
  );
}

const EXTRA_TAGS = ['abbr', 'article', 'aside', 'footer', 'header', 'section', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u'];

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
    ...withSiteClasses(defaultSchema.attributes ?? {}),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ['className', ...SITE_CLASSES]],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    // The placeholders of math (lib/render/math.ts), typeset once the sanitiser is done.
    span: [...(defaultSchema.attributes?.span ?? []), ['dataMath', 'inline', 'block'], 'dataTex'],
  },
};

const toSafeTree = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);
// Markdown without raw HTML needs no HTML parser (rehype-raw re-parses the whole tree with parse5).
const toSafeTreeWithoutRaw = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema);

/** Whether a markdown tree holds raw HTML anywhere. */
function hasRawHtml(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => node.type === 'html' || ('children' in node && hasRawHtml(node.children)));
}

/** Text as HTML element content: `&`, `<` and `>` escaped. */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML (an HTML page, the output of its Liquid) to a sanitised HTML string. */
export function sanitizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return toHtml(htmlCleaner.runSync(tree)).trim();
}

const htmlCleaner = unified().use(rehypeSanitize, sanitizeSchema);

/** Markdown nodes to a sanitised HTML tree. Pass the document's link definitions along. */
export function toSafeHast(nodes: RootContent[]): HastRoot {
  return (hasRawHtml(nodes) ? toSafeTree : toSafeTreeWithoutRaw).runSync({ type: 'root', children: nodes });
}

/** Markdown nodes to a sanitised HTML string. */
export function toSafeHtml(nodes: RootContent[]): string {
  return toHtml(toSafeHast(nodes)).trim();
}
