// Math, typeset at build time with KaTeX into HTML and MathML; no JavaScript reaches the visitor.
// The delimiters are those of academicpages' MathJax set-up: `$$…$$` (display when alone in its
// paragraph, as kramdown makes it, inline otherwise), `\[…\]`, `\(…\)` and `$…$`. A single `$`
// follows pandoc's rule, so that prices stay text: the opening `$` has a non-space on its right,
// the closing one a non-space on its left and no digit after it ("$5 and $10" is not math).
//
// Math is found in the markdown source before markdown reads it (so `_`, `*` and `\\` inside it
// stay TeX), outside code, and stands in the text as an empty <span data-math data-tex>. After the
// sanitiser has run, those spans become KaTeX's markup (typesetHtml, the page's last step): only
// what KaTeX writes is added.
// KaTeX writes `style` attributes, which the site's Content-Security-Policy (style-src 'self')
// would block; each one becomes a class whose rule is served in /katex/katex.css.
import { createHash } from 'node:crypto';
import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import type { RootContent } from 'mdast';
import { parseMarkdown } from './markdown-parse';

export type MathKind = 'inline' | 'display' | 'block';

export interface MathSpan {
  start: number;
  end: number;
  tex: string;
  /** `block`: `$$`/`\[` math, display when it is alone in its paragraph */
  kind: Exclude<MathKind, 'display'>;
}

/** Offsets of the source that are code (fenced, indented, inline): no math there. */
function codeRanges(nodes: readonly RootContent[], ranges: [number, number][] = []): [number, number][] {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ((node.type === 'code' || node.type === 'inlineCode') && start !== undefined && end !== undefined) ranges.push([start, end]);
    else if ('children' in node) codeRanges(node.children, ranges);
  }
  return ranges;
}

const BLANK_LINE = /\n[ \t]*\n/;

/** The first `closing` after `from` in the same paragraph (no blank line between), or -1. */
function closingIndex(text: string, closing: string, from: number, valid: (at: number) => boolean = () => true): number {
  let at = text.indexOf(closing, from);
  while (at !== -1) {
    if (BLANK_LINE.test(text.slice(from, at))) return -1;
    if (text[at - 1] !== '\\' && valid(at)) return at;
    at = text.indexOf(closing, at + 1);
  }
  return -1;
}

/** The math in a markdown text, outside code, in order. */
export function findMath(markdown: string): MathSpan[] {
  if (!/[$\\]/.test(markdown)) return [];
  const code = codeRanges(parseMarkdown(markdown).children).sort((a, b) => a[0] - b[0]);
  const spans: MathSpan[] = [];
  let i = 0;
  while (i < markdown.length) {
    const inCode = code.find(([start, end]) => i >= start && i < end);
    if (inCode) {
      i = inCode[1];
      continue;
    }
    const rest = markdown.slice(i, i + 2);
    let span: MathSpan | null = null;
    if (rest === '\\$' || rest === '\\\\') {
      i += 2;
      continue;
    }
    if (rest === '$$') {
      const end = closingIndex(markdown, '$$', i + 2);
      if (end !== -1 && markdown.slice(i + 2, end).trim() !== '') span = { start: i, end: end + 2, tex: markdown.slice(i + 2, end), kind: 'block' };
    } else if (rest === '\\[' || rest === '\\(') {
      const closing = rest === '\\[' ? '\\]' : '\\)';
      const end = markdown.indexOf(closing, i + 2);
      if (end !== -1 && !BLANK_LINE.test(markdown.slice(i, end)) && markdown.slice(i + 2, end).trim() !== '') {
        span = { start: i, end: end + 2, tex: markdown.slice(i + 2, end), kind: rest === '\\[' ? 'block' : 'inline' };
      }
    } else if (markdown[i] === '$' && /\S/.test(markdown[i + 1] ?? ' ')) {
      const end = closingIndex(markdown, '$', i + 1, (at) => /\S/.test(markdown[at - 1] ?? ' ') && !/\d/.test(markdown[at + 1] ?? '') && markdown[at + 1] !== '$');
      // A dollar between the two that cannot close ("$5 for $x$") means the first was a price.
      const inner = end === -1 ? '' : markdown.slice(i + 1, end).replace(/\\\$/g, '');
      if (end !== -1 && !inner.includes('$')) span = { start: i, end: end + 1, tex: markdown.slice(i + 1, end), kind: 'inline' };
    }
    if (span !== null && !code.some(([start, end]) => span.start < end && span.end > start)) {
      spans.push(span);
      i = span.end;
    } else {
      i += 1;
    }
  }
  return spans;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '&#10;');

/** The markdown with each math span replaced by its placeholder element. */
export function markMath(markdown: string): { text: string; count: number } {
  const spans = findMath(markdown);
  if (spans.length === 0) return { text: markdown, count: 0 };
  let text = '';
  let at = 0;
  for (const span of spans) {
    text += `${markdown.slice(at, span.start)}<span data-math="${span.kind}" data-tex="${attribute(span.tex)}"></span>`;
    at = span.end;
  }
  return { text: text + markdown.slice(at), count: spans.length };
}

/** What typesetting a page collected: the classes that stand for KaTeX's styles, and mistakes. */
export interface MathRecord {
  /** class name -> CSS declarations */
  styles: Map<string, string>;
  /** TeX that KaTeX could not read, with KaTeX's words */
  errors: string[];
  /** how many formulas were typeset */
  count: number;
}

export const newMathRecord = (): MathRecord => ({ styles: new Map(), errors: [], count: 0 });

const KATEX_OPTIONS = { output: 'htmlAndMathml', throwOnError: true, trust: false, strict: 'ignore', maxSize: 100, maxExpand: 1000 } as const;

const isElement = (node: HastContent | ElementContent): node is Element => node.type === 'element';

/** Moves every `style` attribute of KaTeX's markup into a class (`k-` and a digest of the style). */
function stylesToClasses(node: Element, styles: Map<string, string>): void {
  const style = node.properties.style;
  if (typeof style === 'string' && style.trim() !== '') {
    const declarations = style.trim().replace(/;$/, '');
    const name = `k-${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;
    styles.set(name, declarations);
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    node.properties.className = [...classes, name];
    delete node.properties.style;
  }
  for (const child of node.children) if (isElement(child)) stylesToClasses(child, styles);
}

/** One formula as KaTeX's elements; a TeX mistake shows the TeX as code and is recorded. */
function typeset(tex: string, display: boolean, record: MathRecord): ElementContent[] {
  let html: string;
  try {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
  } catch (error) {
    const words = error instanceof Error ? error.message : String(error);
    record.errors.push(`math that KaTeX cannot typeset, shown as TeX: ${JSON.stringify(tex.length > 60 ? `${tex.slice(0, 57)}...` : tex)} (${words})`);
    return [{ type: 'element', tagName: 'code', properties: { className: ['math-error'] }, children: [{ type: 'text', value: display ? `$$${tex}$$` : `$${tex}$` }] }];
  }
  record.count += 1;
  const fragment = fromHtml(html, { fragment: true });
  const elements = fragment.children.filter(isElement);
  for (const element of elements) stylesToClasses(element, record.styles);
  return elements;
}

const mathOf = (node: ElementContent): { tex: string; kind: string } | null =>
  isElement(node) && node.tagName === 'span' && typeof node.properties.dataMath === 'string' && typeof node.properties.dataTex === 'string'
    ? { kind: node.properties.dataMath, tex: node.properties.dataTex }
    : null;

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** Replaces the placeholders of a sanitised tree with KaTeX's markup. */
export function typesetMath(tree: Element, record: MathRecord): void {
  const { children } = tree;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node === undefined || node.type !== 'element') continue;
    // A `$$` formula alone in its paragraph is display math, and takes the paragraph's place.
    const meaningful = node.children.filter((child) => !isBlank(child));
    const only = meaningful.length === 1 && meaningful[0] !== undefined ? mathOf(meaningful[0]) : null;
    if (node.tagName === 'p' && only?.kind === 'block') {
      children[index] = { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: typeset(only.tex, true, record) };
      continue;
    }
    const math = mathOf(node);
    if (math !== null) {
      const replacement = typeset(math.tex, false, record);
      children.splice(index, 1, ...replacement);
      index += replacement.length - 1;
      continue;
    }
    typesetMath(node, record);
  }
}

/**
 * Sanitised HTML with its math placeholders typeset. Markdown and Liquid's `markdownify` leave
 * the placeholders in place, so that an item's `content` and `excerpt` can pass through a list
 * page's sanitiser once more; each page typesets its own HTML last.
 */
export function typesetHtml(html: string, record: MathRecord): string {
  if (!html.includes('data-math=')) return html;
  const fragment = fromHtml(html, { fragment: true });
  const wrapper: Element = {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: fragment.children.filter((node): node is ElementContent => node.type !== 'doctype'),
  };
  typesetMath(wrapper, record);
  return toHtml(wrapper.children);
}

/** The stylesheet for the classes KaTeX's styles became. */
export function mathStyleRules(styles: ReadonlyMap<string, string>): string {
  return [...styles.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, declarations]) => `.${name}{${declarations}}`)
    .join('\n');
}
