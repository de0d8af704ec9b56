// Math, typeset at build time with KaTeX into HTML and MathML; no JavaScript reaches the visitor.
// The delimiters are those of academicpages' MathJax set-up: `$$…$$` (display when alone in its
// paragraph, as kramdown makes it, inline otherwise), `\[…\]`, `\(…\)` and `$…$`. A single `$`
// follows pandoc's rule, so that prices stay text: the opening `$` has a non-space on its right,
// the closing one a non-space on its left and no digit after it ("$5 and $10" is not math).
//
// Three steps of the page pipeline (lib/render/pipeline.ts):
// 1. protectMath, on the markdown source: math is found outside code before markdown reads it
//    (so `_`, `*` and `\\` inside it stay TeX), and each formula is replaced by a token that
//    markdown leaves alone;
// 2. markMath, on the markdown tree: each token becomes a placeholder, an empty
//    <span data-math data-tex>, which the sanitiser lets through;
// 3. typesetMath, on the sanitised HTML tree: each placeholder becomes KaTeX's markup. Only what
//    KaTeX writes is added. An item's `content` keeps the placeholders, so that a list page's
//    Liquid can show it and the list page typesets it with its own math.
// KaTeX writes `style` attributes, which the site's Content-Security-Policy (style-src 'self')
// would block; each one becomes a class whose rule is served in /katex/katex.css.
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import katex from 'katex';
import type { Root as MdastRoot, RootContent, PhrasingContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { codeRanges } from './markdown-parse';
import { REFERENCE, type EquationNumbers, equationId, newEquationNumbers, numberEquations } from './equations';

export type MathKind = 'inline' | 'display' | 'block';

export interface MathSpan {
  start: number;
  end: number;
  tex: string;
  /** `block`: `$$`/`\[` math, display when it is alone in its paragraph */
  kind: Exclude<MathKind, 'display'>;
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
  const code = codeRanges(markdown);
  const spans: MathSpan[] = [];
  let i = 0;
  // A formula that would begin or end in code is none: the check after each candidate rules it out.
  while (i < markdown.length) {
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
    } else if (markdown[i] === '$' && /\S/.test(markdown.charAt(i + 1))) {
      const end = closingIndex(markdown, '$', i + 1, (at) => /\S/.test(markdown.charAt(at - 1)) && !/[\d$]/.test(markdown.charAt(at + 1)));
      // An unescaped dollar between the two, which could not close ("$5 for $x$"), means the first was a price.
      if (end !== -1 && !/(?<!\\)\$/.test(markdown.slice(i + 1, end))) span = { start: i, end: end + 1, tex: markdown.slice(i + 1, end), kind: 'inline' };
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

/** A markdown text whose math stands as tokens, and what each token stands for. */
export interface ProtectedMath {
  text: string;
  spans: MathSpan[];
  /** the source each span replaced, by the same index */
  sources: string[];
  /** matches a token; group 1 is the span's index */
  token: RegExp;
}

/**
 * Token brackets: Unicode punctuation, so that emphasis next to a formula (`*$x$*`) reads as it
 * does around `$` itself; the first pair the text does not already use.
 */
const FIRST_BRACKETS: readonly [string, string] = ['\u2E28', '\u2E29'];
const BRACKETS: readonly (readonly [string, string])[] = [FIRST_BRACKETS, ['\u27E6', '\u27E7'], ['\u2985', '\u2986']];

/** Step 1: the markdown with each formula replaced by a token markdown cannot touch. */
export function protectMath(markdown: string): ProtectedMath {
  const spans = findMath(markdown);
  const [open, close] = BRACKETS.find(([opening]) => !markdown.includes(opening)) ?? FIRST_BRACKETS;
  const token = new RegExp(`${open}(\\d+)${close}`, 'g');
  let text = '';
  let at = 0;
  spans.forEach((span, index) => {
    text += `${markdown.slice(at, span.start)}${open}${index}${close}`;
    at = span.end;
  });
  return { text: text + markdown.slice(at), spans, sources: spans.map((span) => markdown.slice(span.start, span.end)), token };
}

/** The placeholder of one formula, as the sanitiser lets it through. */
export const mathPlaceholder = (span: Pick<MathSpan, 'kind' | 'tex'>): Element => h('span', { dataMath: span.kind, dataTex: span.tex });

/** Text with its tokens replaced (by the formula's source, or by `each` of the span). */
function replaceTokens(text: string, math: ProtectedMath, each: (index: number) => string = (index) => math.sources[index] ?? ''): string {
  return text.replace(math.token, (_whole, index: string) => each(Number(index)));
}

/**
 * Step 2: each token becomes its placeholder. In text, a node that becomes an empty <span>; in raw
 * HTML, the <span> as HTML, which the raw step reads with the rest of it; anywhere else a token
 * cannot stand (a link's URL, an image's alt text), the formula as it was written.
 */
export function markMath(tree: MdastRoot, math: ProtectedMath): void {
  if (math.spans.length === 0) return;
  visit(tree, (node, index, parent) => {
    if (node.type === 'html') {
      node.value = replaceTokens(node.value, math, (i) => {
        const span = math.spans[i];
        return span === undefined ? '' : toHtml(mathPlaceholder(span));
      });
      return undefined;
    }
    // Links, images and definitions have an address; they and image references, a title or alt text.
    if ('url' in node) node.url = replaceTokens(node.url, math);
    if ('title' in node && typeof node.title === 'string') node.title = replaceTokens(node.title, math);
    if ('alt' in node && typeof node.alt === 'string') node.alt = replaceTokens(node.alt, math);
    if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
    const pieces = splitText<PhrasingContent>(node.value, math.token, (value): PhrasingContent => ({ type: 'text', value }), (match) => {
      const span = math.spans[Number(match[1])];
      return span === undefined ? undefined : { type: 'text', value: '', data: { hName: 'span', hProperties: { dataMath: span.kind, dataTex: span.tex }, hChildren: [] } };
    });
    if (pieces === null) return undefined;
    const children: RootContent[] = parent.children;
    children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/**
 * A text cut at each match of a global `pattern`: the text between as `text` nodes, each match as
 * what `made` makes of it (nothing when it gives undefined); null when nothing matched.
 */
function splitText<T>(value: string, pattern: RegExp, text: (value: string) => T, made: (match: RegExpExecArray) => T | undefined): T[] | null {
  const pieces: T[] = [];
  let at = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > at) pieces.push(text(value.slice(at, match.index)));
    const piece = made(match);
    if (piece !== undefined) pieces.push(piece);
    at = match.index + match[0].length;
  }
  if (at === 0) return null;
  if (at < value.length) pieces.push(text(value.slice(at)));
  return pieces;
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

/** MathJax's commands that KaTeX spells otherwise (academicpages sites use MathJax). */
const MATHJAX_MACROS = { '\\displaylines': '\\begin{gathered}#1\\end{gathered}' };

const KATEX_OPTIONS = { output: 'htmlAndMathml', throwOnError: true, trust: false, strict: 'ignore', maxSize: 100, maxExpand: 1000 } as const;

/** Moves every `style` attribute of KaTeX's markup into a class (`k-` and a digest of the style). */
function stylesToClasses(tree: HastRoot, styles: Map<string, string>): void {
  visit(tree, 'element', (node) => {
    const style = node.properties.style;
    if (typeof style !== 'string' || style.trim() === '') return;
    const declarations = style.trim().replace(/;$/, '');
    const name = `k-${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;
    styles.set(name, declarations);
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    node.properties.className = [...classes, name];
    delete node.properties.style;
  });
}

/** One formula as KaTeX's elements; a TeX mistake shows the TeX as code and is recorded. */
function typeset(tex: string, display: boolean, record: MathRecord): ElementContent[] {
  let html: string;
  try {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, macros: { ...MATHJAX_MACROS } });
  } catch (error) {
    const words = error instanceof Error ? error.message : String(error);
    record.errors.push(`math that KaTeX cannot typeset, shown as TeX: ${JSON.stringify(tex.length > 60 ? `${tex.slice(0, 57)}...` : tex)} (${words})`);
    return [h('code', { className: ['math-error'] }, display ? `$$${tex}$$` : `$${tex}$`)];
  }
  record.count += 1;
  // KaTeX's own output, read into the page's tree.
  const fragment = fromHtml(html, { fragment: true });
  stylesToClasses(fragment, record.styles);
  return fragment.children.filter((node): node is Element => node.type === 'element');
}

const mathOf = (node: ElementContent): { tex: string; kind: string } | null =>
  node.type === 'element' && node.tagName === 'span' && typeof node.properties.dataMath === 'string' && typeof node.properties.dataTex === 'string'
    ? { kind: node.properties.dataMath, tex: node.properties.dataTex }
    : null;

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** A reference's text: `(n)` for `\\eqref`, `n` for `\\ref`; `??` (as MathJax shows it) for a label no equation has. */
function referenceText(kind: string, label: string, numbers: EquationNumbers, record: MathRecord): { text: string; number: string | undefined } {
  const number = numbers.labels.get(label);
  if (number === undefined) record.errors.push(`\\${kind}{${label}}: no equation on this page has \\label{${label}}; shown as ??`);
  const shown = number ?? '??';
  return { text: kind === 'eqref' ? `(${shown})` : shown, number };
}

/** `\\eqref{…}` and `\\ref{…}` written in the text (MathJax reads them there too): links to the equation. */
function linkReferences(tree: HastRoot, numbers: EquationNumbers, record: MathRecord): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre' || (Array.isArray(node.properties.className) && node.properties.className.includes('katex')))) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined || !node.value.includes('ref{')) return undefined;
    const pieces = splitText<ElementContent>(node.value, REFERENCE, (value): ElementContent => ({ type: 'text', value }), (match) => {
      const { text, number } = referenceText(match[1] ?? 'ref', match[2] ?? '', numbers, record);
      return number === undefined ? { type: 'text', value: text } : h('a', { className: ['eqref'], href: `#${equationId(number)}` }, text);
    });
    if (pieces === null) return undefined;
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/**
 * Step 3: the placeholders of a sanitised tree replaced with KaTeX's markup. Numbered
 * environments are numbered first, in the page's order (equations.ts), across all the page's trees
 * (its bio and sections), so that a reference may come before its equation or in another section;
 * each numbered display formula carries the anchors of its numbers.
 */
export function typesetMath(trees: readonly HastRoot[], record: MathRecord): void {
  const numbers = newEquationNumbers();
  const taken = new Map<Element, string[]>();
  // The trees that hold a placeholder: most hold none, and are not walked again.
  const withMath = new Set<HastRoot>();
  for (const tree of trees) visit(tree, 'element', (node) => {
    const math = mathOf(node);
    if (math === null) return undefined;
    withMath.add(tree);
    if (math.kind !== 'block') return undefined;
    const numbered = numberEquations(math.tex, numbers);
    node.properties.dataTex = numbered.tex;
    taken.set(node, numbered.taken);
    return undefined;
  });
  // References inside formulas become their numbers' text.
  const withReferences = (tex: string) => tex.replace(REFERENCE, (_whole, kind: string, label: string) => `\\text{${referenceText(kind, label, numbers, record).text}}`);
  for (const tree of withMath) visit(tree, 'element', (node, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    // A `$$` formula alone in its paragraph is display math, and takes the paragraph's place.
    const meaningful = node.children.filter((child) => !isBlank(child));
    const first = meaningful[0];
    const only = node.tagName === 'p' && meaningful.length === 1 && first !== undefined ? mathOf(first) : null;
    if (only?.kind === 'block' && first?.type === 'element') {
      const numbersHere = taken.get(first) ?? [];
      const anchors = numbersHere.slice(1).map((number) => h('span', { id: equationId(number) }));
      const id = numbersHere[0] === undefined ? undefined : equationId(numbersHere[0]);
      parent.children[index] = h('div', { className: ['math-display'], id }, [...anchors, ...typeset(withReferences(only.tex), true, record)]);
      return [SKIP, index + 1];
    }
    const math = mathOf(node);
    if (math === null) return undefined;
    const replacement = typeset(withReferences(math.tex), false, record);
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
  if (numbers.count > 0 || numbers.labels.size > 0) for (const tree of trees) linkReferences(tree, numbers, record);
}
