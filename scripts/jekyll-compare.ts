// What `npm run test:jekyll` compares between Jekyll's output and the site's export: for every page,
// its URL, its visible text (spaces folded), its links and its headings. What is ours and not the
// content's (the layout around the page, the title we put in <h1>, an item's facts that our layout
// shows around its text) is taken out of our page first; math is compared by its TeX.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageView {
  /** the page's URL, without `index.html`, `.html` or a final slash */
  key: string;
  text: string;
  links: string[];
  headings: string[];
}

/** A path in one comparable form: `/a/`, `/a.html`, `/a/index.html` and `/a` are all `/a`. */
export const pageKey = (sitePath: string) => sitePath.replace(/index\.html$/, '').replace(/\.html$/, '').replace(/\/+$/, '') || '/';

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
const classes = (element: Element) => (attr(element, 'class') ?? '').split(/\s+/);
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

/** The parts of our page that are our layout's, not the page's text (see the file's header). */
const OURS = ['item-meta', 'item-authors', 'item-links', 'item-citation', 'item-tags', 'item-abstract', 'item-bibtex', 'toc'];

function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of children(node)) {
    const found = find(child, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Text as a reader sees it; a formula as its TeX (KaTeX keeps it in an annotation). */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node)) return children(node).map(textOf).join(' ');
  if (['script', 'style', 'template'].includes(node.tagName)) return '';
  if (classes(node).includes('katex')) {
    const annotation = find(node, (element) => element.tagName === 'annotation');
    return annotation === undefined ? '' : ` ${children(annotation).map(textOf).join('')} `;
  }
  return children(node).map(textOf).join(' ');
}

/**
 * Spaces folded; math delimiters and the spaces around punctuation that markup moves about (`( a )`)
 * taken out, so that only words and their order count.
 */
const fold = (text: string) =>
  text
    .replace(/\$\$|\\\[|\\\]|\\\(|\\\)/g, ' ')
    .replace(/\$(?=\S)|(?<=\S)\$/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s([,.;:!?)\]])/g, '$1')
    .replace(/([([])\s/g, '$1')
    .trim();

function collect(node: Node, test: (element: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(node) && test(node)) out.push(node);
  for (const child of children(node)) collect(child, test, out);
  return out;
}

/** A link as the reader follows it: a site path in its comparable form, under no base path. */
const linkKey = (href: string) => (/^[a-z][a-z\d+.-]*:|^\/\/|^#/i.test(href) ? href : pageKey(decodeURI(href.split('#')[0] ?? '')) + (href.includes('#') ? `#${href.split('#')[1]}` : ''));

function viewOf(key: string, root: Node): PageView {
  return {
    key,
    text: fold(textOf(root)),
    links: [...new Set(collect(root, (element) => element.tagName === 'a' && attr(element, 'href') !== undefined).map((a) => linkKey(attr(a, 'href') ?? '')))].sort(),
    headings: collect(root, (element) => /^h[1-6]$/.test(element.tagName)).map((heading) => fold(textOf(heading))),
  };
}

/** Our page's text: its <main>, without our layout's parts and the title we put in its <h1>. */
export function ourView(key: string, html: string): PageView {
  const main = find(parse(html), (element) => element.tagName === 'main') ?? parse(html);
  const prune = (node: Node) => {
    if (!('childNodes' in node)) return;
    node.childNodes = node.childNodes.filter((child) => !isElement(child) || !classes(child).some((name) => OURS.includes(name)));
    node.childNodes.forEach(prune);
  };
  prune(main);
  const title = find(main, (element) => element.tagName === 'h1');
  if (title !== undefined && 'childNodes' in main) main.childNodes = main.childNodes.filter((child) => child !== title);
  return viewOf(key, main);
}

/** Jekyll's page: the whole file (the fixtures have no layouts, so it is the page's own text). */
export const jekyllView = (key: string, html: string): PageView => viewOf(key, parse(html));

/** Every page of an output folder, by key: not redirect pages, not files of other kinds. */
export function pagesOf(folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_next', 'katex', 'assets'].includes(entry.name) || dir !== folder) walk(file);
        continue;
      }
      if (!entry.name.endsWith('.html')) continue;
      const html = readFileSync(file, 'utf8');
      if (/http-equiv="refresh"/i.test(html)) continue;
      pages.set(pageKey(`/${path.relative(folder, file).split(path.sep).join('/')}`), html);
    }
  };
  walk(folder);
  return pages;
}

/** An expected difference between the two outputs, with its reason (tests/jekyll/intended.json). */
export interface Intended {
  site: string;
  /** a page key, or "*" for every page */
  page: string;
  kind: 'missing' | 'extra' | 'text' | 'links' | 'headings';
  /** for text: a piece of text on one side that the other does not have (or "*") */
  detail: string;
  reason: string;
}

export interface Difference {
  page: string;
  kind: Intended['kind'];
  detail: string;
}

/** Where two lists of words part, as a short excerpt of each side. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return `Jekyll: …${a.slice(Math.max(0, at - 30), at + 50)}… / ours: …${b.slice(Math.max(0, at - 30), at + 50)}…`;
}

/** The differences of one page's two views. */
export function compareViews(jekyll: PageView, ours: PageView): Difference[] {
  const differences: Difference[] = [];
  if (jekyll.text !== ours.text) differences.push({ page: jekyll.key, kind: 'text', detail: firstDifference(jekyll.text, ours.text) });
  const missing = jekyll.links.filter((link) => !ours.links.includes(link));
  const extra = ours.links.filter((link) => !jekyll.links.includes(link));
  if (missing.length > 0 || extra.length > 0) differences.push({ page: jekyll.key, kind: 'links', detail: `only Jekyll: ${missing.join(' ') || '-'}; only ours: ${extra.join(' ') || '-'}` });
  if (jekyll.headings.join('|') !== ours.headings.join('|')) differences.push({ page: jekyll.key, kind: 'headings', detail: `Jekyll: ${jekyll.headings.join(' | ')}; ours: ${ours.headings.join(' | ')}` });
  return differences;
}

/** Whether a difference is one the project intends (same site, page or "*", kind, and detail within it or "*"). */
export const isIntended = (site: string, difference: Difference, intended: readonly Intended[]) =>
  intended.some((entry) => entry.site === site && (entry.page === '*' || entry.page === difference.page) && entry.kind === difference.kind && (entry.detail === '*' || difference.detail.includes(entry.detail)));
