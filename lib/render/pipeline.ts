// One page's text (after its Liquid) to its rendered body, over syntax trees, serialised once:
//   markdown: math protected -> remark-parse + GFM -> math markers -> remark-rehype -> raw HTML
//   (rehype-raw, only when there is some) -> allow-list sanitiser;
//   HTML (an .html page): read as HTML -> the same sanitiser;
// then, on the sanitised tree: sections (a markdown page's bio, experience and news), links in the
// site's one URL form, the table of contents, KaTeX; then each part is serialised, once.
// Stages hand each other trees or the typed model (lib/model.ts), never HTML to parse again.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import type { Raw } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { RouteTable } from '../content/routes';
import type { PageBody } from '../model';
import { canonicalLinks } from './links';
import { type HighlightRecord, highlightCode, newHighlightRecord } from './highlight';
import { placeFooters, kramdownTree, spacedDefinitions, spacedLinks } from './kramdown';
import { codeRanges, parseMarkdown } from './markdown-parse';
import { type MathRecord, markMath, newMathRecord, protectMath, typesetMath } from './math';
import { dropEmptyClasses, sanitizeSchema } from './sanitize';
import { type BodySource, type BodyTree, bodyTrees, splitSections } from './sections';
import { typographer } from './smartify';
import { fillToc } from './toc';

const cleanClasses = () => dropEmptyClasses;
const withRaw = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(cleanClasses);
// Markdown without raw HTML needs no HTML parser (rehype-raw re-reads the whole tree with parse5).
const withoutRaw = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(cleanClasses);
const sanitizer = unified().use(rehypeSanitize, sanitizeSchema).use(cleanClasses);

/** Whether a markdown tree holds raw HTML anywhere. */
function hasRawHtml(tree: MdastRoot): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** Markdown nodes to a sanitised HTML tree (pass the document's link definitions along). */
export function toSafeTree(nodes: MdastContent[]): Root {
  const tree: MdastRoot = { type: 'root', children: nodes };
  return (hasRawHtml(tree) ? withRaw : withoutRaw).runSync(tree);
}

/** How markdown is read: kramdown's typography (curly quotes, dashes, ellipses), or as written. */
export interface MarkdownOptions {
  typographer: boolean;
}

/** Markdown to its markdown tree and its sanitised HTML tree, math as placeholders. */
export function markdownToTrees(markdown: string, options: MarkdownOptions): { markdown: MdastRoot; tree: Root } {
  const linked = /\]\([^()\n]*\s/.test(markdown) ? spacedLinks(markdown, codeRanges(markdown)) : markdown;
  const text = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S*\s+\S/m.test(linked) ? spacedDefinitions(linked, codeRanges(linked)) : linked;
  const math = protectMath(text);
  const tree = parseMarkdown(math.text);
  markMath(tree, math);
  const footers = kramdownTree(tree);
  if (options.typographer) typographer.runSync(tree);
  const hast = toSafeTree(tree.children);
  placeFooters(hast, footers);
  return { markdown: tree, tree: hast };
}

/** A tree built by the site (from BibTeX, say) through the same sanitiser as the pages. */
export const sanitizeTree = (tree: Root): Root => sanitizer.runSync(tree);

/** HTML (an HTML page, the output of its Liquid) to a sanitised tree. */
export const htmlToTree = (html: string): Root => sanitizeTree(fromHtml(html, { fragment: true }));

/** A fragment as the page shows it: HTML, without the blank lines around it. */
export const serialize = (tree: Root): string => toHtml(tree).trim();

/** HTML to sanitised HTML (a citation, text from BibTeX). */
export const sanitizeHtml = (html: string): string => serialize(htmlToTree(html));

/** Markdown to safe HTML, math left as placeholders: Liquid's `markdownify`, excerpts. */
export const markdownify = (markdown: string, options: MarkdownOptions = { typographer: false }): string => serialize(markdownToTrees(markdown, options).tree);

/** The body's trees as the page model holds them: HTML, serialised once. */
function serializeBody(body: BodyTree): PageBody {
  return {
    bio: body.bio === null ? null : serialize(body.bio) || null,
    sections: body.sections.map((section) => ({
      kind: section.kind,
      id: section.id,
      heading: { text: section.heading.text, html: serialize(section.heading.tree) },
      blocks: section.blocks.map((block) =>
        block.type === 'html'
          ? { type: 'html', html: serialize(block.tree) }
          : { ...block, items: block.items.map((item) => ({ html: serialize(item.tree), text: item.text, line: item.line, date: item.date })) },
      ),
    })),
    warnings: body.warnings,
  };
}

/** A body as one HTML text, its sections under <h2>: an item's `content` for Liquid, a post in the feeds. */
export function bodyHtml(body: PageBody): string {
  const raw = (value: string): Raw => ({ type: 'raw', value });
  const root: Root = {
    type: 'root',
    children: [
      ...(body.bio === null ? [] : [raw(body.bio)]),
      ...body.sections.flatMap((section) => [
        h('h2', { id: section.id }, [raw(section.heading.html)]),
        ...section.blocks.map((block) => (block.type === 'html' ? raw(block.html) : h(block.ordered ? 'ol' : 'ul', block.items.map((item) => h('li', [raw(item.html)]))))),
      ]),
    ],
  };
  return toHtml(root, { allowDangerousHtml: true });
}

export interface BodyOptions extends BodySource, MarkdownOptions {
  format: 'markdown' | 'html';
  /** the words of the table of contents' label */
  tocLabel: string;
  /** where each page is, so that links to the site's pages take its one URL form (none: left as written) */
  links?: { routes: RouteTable; basePath: string };
  /** whether to also return the body as one HTML text, math as placeholders (an item's `content`) */
  content?: boolean;
}

export interface RenderedBody {
  body: PageBody;
  /** the body as one HTML text before its math is typeset, when asked for */
  content: string | null;
  math: MathRecord;
  /** the classes of its coloured code */
  code: HighlightRecord;
}

/** A page's text after its Liquid, rendered. */
export function renderBody(text: string, options: BodyOptions): RenderedBody {
  let trees: BodyTree;
  if (options.format === 'html') {
    trees = { bio: htmlToTree(text), sections: [], warnings: [] };
  } else {
    const { markdown, tree } = markdownToTrees(text, options);
    trees = splitSections(tree, markdown, options, toSafeTree);
  }
  const parts = bodyTrees(trees);
  if (options.links !== undefined) for (const part of parts) canonicalLinks(part, options.links.routes, options.links.basePath);
  fillToc(trees, options.tocLabel);
  const content = options.content === true ? bodyHtml(serializeBody(trees)) : null;
  const math = newMathRecord();
  typesetMath(bodyTrees(trees), math);
  const code = newHighlightRecord();
  for (const part of bodyTrees(trees)) highlightCode(part, code);
  return { body: serializeBody(trees), content, math, code };
}
