// Rewrites a page of the static export so that it loads no JavaScript framework: the site has no
// interactive React component, so Next's client runtime (chunk scripts, preloads, the inline
// RSC payload) does nothing for a visitor but cost bytes. What stays: HTML, CSS, JSON-LD and the
// theme script, which a Content-Security-Policy <meta> then allows by its hash.
import { createHash } from 'node:crypto';
import { parse, serialize } from 'parse5';

/** @typedef {import('parse5').DefaultTreeAdapterMap} Tree */
/** @typedef {Tree['element']} Element */
/** @typedef {Tree['parentNode']} Parent */

/**
 * @param {Element} element
 * @param {string} name
 */
const attr = (element, name) => element.attrs.find((attribute) => attribute.name === name)?.value;

/** @param {Element} element the text inside an element */
const textOf = (element) =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');

/**
 * @param {string} script
 * @returns {string} the CSP source that allows exactly this inline script
 */
export function scriptHash(script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The policy of a lean page: its own files and the given inline scripts, nothing else.
 * (frame-ancestors cannot be set from a <meta>; a host that sends headers should add it.)
 * @param {readonly string[]} inlineScripts
 */
export function leanPolicy(inlineScripts) {
  return [
    "default-src 'self'",
    `script-src ${inlineScripts.length > 0 ? inlineScripts.map(scriptHash).join(' ') : "'none'"}`,
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * @param {Element} element
 * @param {readonly string[]} keep inline scripts to keep, by their exact text
 * @returns {'keep' | 'drop'}
 */
function judge(element, keep) {
  if (element.tagName === 'script') {
    const type = attr(element, 'type');
    if (type === 'application/ld+json') return 'keep';
    if (attr(element, 'src') !== undefined) return 'drop';
    if (keep.includes(textOf(element))) return 'keep';
    return 'drop';
  }
  if (element.tagName === 'link') {
    const rel = (attr(element, 'rel') ?? '').toLowerCase();
    const as = attr(element, 'as');
    if (rel === 'modulepreload' || (rel === 'preload' && as === 'script')) return 'drop';
  }
  return 'keep';
}

/**
 * @param {string} html a page as Next exported it
 * @param {{ keepScripts: readonly string[] }} options
 * @returns {{ html: string, removed: string[] }} the lean page, and what was taken out (for the log)
 */
export function leanHtml(html, { keepScripts }) {
  const document = parse(html);
  /** @type {string[]} */
  const removed = [];
  /** @param {Parent} parent */
  const visit = (parent) => {
    parent.childNodes = parent.childNodes.filter((node) => {
      if (!('tagName' in node)) return true;
      if (judge(node, keepScripts) === 'drop') {
        removed.push(node.tagName === 'script' ? (attr(node, 'src') ?? 'an inline script') : `${attr(node, 'rel')} ${attr(node, 'href')}`);
        return false;
      }
      visit(node);
      if ('content' in node) visit(node.content);
      return true;
    });
  };
  visit(document);

  const html5 = document.childNodes.find((node) => 'tagName' in node && node.tagName === 'html');
  const head = html5 && 'childNodes' in html5 ? html5.childNodes.find((node) => 'tagName' in node && node.tagName === 'head') : undefined;
  if (!head || !('tagName' in head)) throw new Error('a page without <head>');
  const kept = keepScripts.filter((script) => html.includes(script));
  /** @type {Element} */
  const meta = {
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
  // Right after <meta charset>, before any script, so it governs them all.
  const charset = head.childNodes.findIndex((node) => 'tagName' in node && node.tagName === 'meta' && attr(node, 'charset') !== undefined);
  head.childNodes.splice(charset + 1, 0, meta);

  const out = serialize(document);
  const leftover = /<script\b(?![^>]*type="application\/ld\+json")[^>]*\bsrc=|\/_next\/static\/[^"']+\.js/.exec(out);
  if (leftover) throw new Error(`the lean page still loads JavaScript: ${leftover[0]}`);
  return { html: out, removed };
}
