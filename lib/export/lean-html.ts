// Rewrites a prerendered page so that it loads no JavaScript framework: the site has no
// interactive React component, so Next's client runtime (chunk scripts, preloads, the inline
// RSC payload) does nothing for a visitor but cost bytes. What stays: HTML, CSS, JSON-LD and the
// theme script, which the Content-Security-Policy allows by its hash: a <meta> in the static
// export, the header on a server (`npm run build` runs this pass on the prerendered pages).
import type { DefaultTreeAdapterMap } from 'parse5';
import type * as Parse5 from 'parse5';
import { contentSecurityPolicy } from '../publish/security-headers';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * parse5's parse and serialize. Loaded with import() (loadHtmlParser) and handed in: in the
 * scripts, which run through tsx, a static import becomes require() of parse5 compiled to CommonJS,
 * whose constants are getters, and the lean pass ran 3x slower (7 s of a 36 s export of 900 pages).
 */
export type HtmlParser = Pick<typeof Parse5, 'parse' | 'serialize'>;

export const loadHtmlParser = async (): Promise<HtmlParser> => import('parse5');

const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

const isElement = (node: ChildNode): node is Element => 'tagName' in node;

/** The text inside an element. */
const textOf = (element: Element): string =>
  element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');

/**
 * The policy of a lean page on a static host, as a <meta>: the given inline scripts, nothing else
 * (frame-ancestors cannot be set from a <meta>; a host that sends headers should add it).
 */
export function leanPolicy(inlineScripts: readonly string[]): string {
  return contentSecurityPolicy({ kind: 'lean', inline: inlineScripts }, { delivery: 'meta' });
}

/** Whether an element stays: structured data and the listed inline scripts do, the runtime does not. */
function keeps(element: Element, keep: readonly string[]): boolean {
  if (element.tagName === 'script') {
    if (attr(element, 'type') === 'application/ld+json') return true;
    if (attr(element, 'src') !== undefined) return false;
    return keep.includes(textOf(element));
  }
  if (element.tagName === 'link') {
    const rel = (attr(element, 'rel') ?? '').toLowerCase();
    return !(rel === 'modulepreload' || (rel === 'preload' && attr(element, 'as') === 'script'));
  }
  return true;
}

export interface LeanPage {
  html: string;
  /** what was taken out (for the log) */
  removed: string[];
}

/**
 * @param html a page as Next rendered it
 * @param keepScripts inline scripts to keep, by their exact text
 * @param page the page's name, for errors
 * @param policyMeta whether to write the CSP into the page (a static host sends no headers); a
 *   server sends it as a header instead
 * @param parser parse5 (loadHtmlParser)
 */
export function leanHtml(html: string, { keepScripts, page, policyMeta = true, parser }: { keepScripts: readonly string[]; page: string; policyMeta?: boolean; parser: HtmlParser }): LeanPage {
  const document = parser.parse(html);
  const removed: string[] = [];
  const visit = (parent: ParentNode): void => {
    parent.childNodes = parent.childNodes.filter((node) => {
      if (!isElement(node)) return true;
      if (!keeps(node, keepScripts)) {
        removed.push(node.tagName === 'script' ? (attr(node, 'src') ?? 'an inline script') : `${attr(node, 'rel')} ${attr(node, 'href')}`);
        return false;
      }
      visit(node);
      if ('content' in node) visit(node.content);
      return true;
    });
  };
  visit(document);

  const root = document.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'html');
  const head = root?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  if (!head) throw new Error(`${page}: a page without <head>`);
  if (policyMeta) addPolicyMeta(head, keepScripts.filter((script) => html.includes(script)));

  const out = parser.serialize(document);
  const leftover = /<script\b(?![^>]*type="application\/ld\+json")[^>]*\bsrc=|\/_next\/static\/[^"']+\.js/.exec(out);
  if (leftover) throw new Error(`${page}: the lean page still loads JavaScript: ${leftover[0]}`);
  return { html: out, removed };
}

/** The CSP <meta>, right after <meta charset> (before any script, so it governs them all). */
function addPolicyMeta(head: Element, kept: readonly string[]): void {
  const meta: Element = {
    nodeName: 'meta',
    tagName: 'meta',
    attrs: [
      { name: 'http-equiv', value: 'Content-Security-Policy' },
      { name: 'content', value: leanPolicy(kept) },
    ],
    namespaceURI: head.namespaceURI,
    childNodes: [],
    parentNode: head,
    sourceCodeLocation: undefined,
  };
  const charset = head.childNodes.findIndex((node) => isElement(node) && node.tagName === 'meta' && attr(node, 'charset') !== undefined);
  head.childNodes.splice(charset + 1, 0, meta);
}
