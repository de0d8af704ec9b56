// kramdown, Jekyll's markdown, where it shows in pages people write and CommonMark reads otherwise:
// - on the text, before markdown reads it: an HTML block runs to its closing tag (so a Liquid loop
//   inside `<ul>` stays one list), and a link's address may hold spaces (`[PDF](/files/a b.pdf)`);
// - on the markdown tree: attribute lists (`{: .class}`, `{:target="_blank"}`, `{#id}` after a
//   heading) set attributes, which the sanitiser then allows or drops; a tag written self-closed
//   (`<iframe ... />`) is closed, as kramdown closes it; a `|===` line starts a table's footer.
// The typographer (quotes, dashes, ellipses) is remark-smartypants, in the pipeline.
import type { Element, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root as MdastRoot, RootContent, Node, Parent, PhrasingContent, TableRow, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** CommonMark's block-level HTML tags (its HTML blocks of type 6) that hold other markup. */
const HTML_BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'section', 'table', 'ul']);

/** Opening minus closing tags of one name in a line (self-closing ones do not count). */
function tagDepth(line: string, name: string): number {
  const opens = line.match(new RegExp(`<${name}(?=[\\s>])[^>]*(?<!/)>`, 'gi'))?.length ?? 0;
  const closes = line.match(new RegExp(`</${name}\\s*>`, 'gi'))?.length ?? 0;
  return opens - closes;
}

/**
 * kramdown keeps an HTML block open until its closing tag; CommonMark ends it at the first blank
 * line, and the lines after it (indented by Liquid's loops) become code. In the output of a
 * page's Liquid, blank lines inside such a block are dropped, so `<ul>{% for %}...{% endfor %}</ul>`
 * stays one list, as it is in Jekyll.
 */
export function joinHtmlBlocks(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let open: { name: string; depth: number } | null = null;
  let fence: string | null = null;
  for (const line of lines) {
    if (open === null) {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      } else if (fenceMatch?.[1]) {
        fence = fenceMatch[1];
      } else {
        const tag = /^ {0,3}<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s>/])/.exec(line)?.[1]?.toLowerCase();
        if (tag !== undefined && HTML_BLOCK_TAGS.has(tag)) {
          const depth = tagDepth(line, tag);
          if (depth > 0) open = { name: tag, depth };
        }
      }
      out.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    open.depth += tagDepth(line, open.name);
    out.push(line);
    if (open.depth <= 0) open = null;
  }
  return out.join('\n');
}

/**
 * An address with spaces as kramdown reads it (up to an optional title in quotes: `my file.pdf
 * "Title"`), in CommonMark's `<...>` form without the angle brackets it cannot hold, the title after it.
 */
function angled(written: string): string {
  const [, address = written, title] = /^(.*?\S)[ \t]+("[^"\n]*"|'[^'\n]*')$/.exec(written) ?? [];
  return `<${address.replace(/[<>]/g, '').trim()}>${title === undefined ? '' : ` ${title}`}`;
}

/**
 * Link addresses with spaces, which kramdown takes and CommonMark does not (`[PDF](/files/a b.pdf)`),
 * written in CommonMark's own form for them (`<...>`). A title after the address is left alone.
 * @param code where the text is code (offsets), left as it is
 */
export function spacedLinks(text: string, code: readonly [number, number][]): string {
  return text.replace(/\]\(([^()\n<>]*\s[^()\n<>]*)\)/g, (whole: string, inner: string, at: number) => {
    if (code.some(([start, end]) => at >= start && at < end)) return whole;
    const address = inner.trim();
    // `(url "title")` and `(url 'title')` are CommonMark already.
    if (/^\S+\s+(?:"[^"]*"|'[^']*'|\([^()]*\))$/.test(address) || !/\s/.test(address)) return whole;
    return `](${angled(address)})`;
  });
}

/**
 * Link definitions as kramdown reads them: `[id]: anything to the end of the line` is a definition
 * there, so al-folio's comment idiom `[//]: <> Write your biography here.` never shows. CommonMark
 * takes no spaces in an address: such a definition is written in its `<...>` form (its address is
 * what kramdown's would be, without the angle brackets it cannot hold).
 * @param code where the text is code (offsets), left as it is
 */
export function spacedDefinitions(text: string, code: readonly [number, number][]): string {
  return text.replace(/^( {0,3}\[[^\]\n]+\]:)[ \t]*(\S[^\n]*)$/gm, (whole: string, label: string, rest: string, at: number) => {
    if (code.some(([start, end]) => at >= start && at < end)) return whole;
    // An address without spaces, or one with a quoted title after it, is CommonMark already.
    if (!/\s/.test(rest.trim()) || /^(?:<[^<>\n]*>|\S+)\s+(?:"[^"]*"|'[^']*'|\([^()]*\))$/.test(rest.trim())) return whole;
    return `${label} ${angled(rest.trim())}`;
  });
}

/** What an attribute list sets. */
interface Attributes {
  id?: string;
  classes: string[];
  values: Record<string, string>;
}

const ATTRIBUTE = /([.#][\w-]+)|([\w:-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;
/** `{: .a #b key="v"}` (kramdown's inline attribute list) or `{#id}` (its header id). */
const LIST = /\{:?\s*((?:[.#][\w-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+))(?:\s+(?:[.#][\w-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)))*)\s*\}/;

function parseAttributes(list: string): Attributes {
  const attributes: Attributes = { classes: [], values: {} };
  for (const match of list.matchAll(ATTRIBUTE)) {
    const [, shorthand, name, double, single, bare] = match;
    if (shorthand?.startsWith('.')) attributes.classes.push(shorthand.slice(1));
    else if (shorthand?.startsWith('#')) attributes.id = shorthand.slice(1);
    else if (name !== undefined) attributes.values[name] = double ?? single ?? bare ?? '';
  }
  return attributes;
}

/** Sets what an attribute list says on a node; the sanitiser later keeps what it allows. */
function apply(node: Node, attributes: Attributes): void {
  const data = (node.data ??= {});
  const properties = (data.hProperties ??= {});
  if (attributes.id !== undefined) properties.id = attributes.id;
  if (attributes.classes.length > 0) {
    const existing = properties.className;
    properties.className = [...(Array.isArray(existing) ? existing.map(String) : []), ...attributes.classes];
  }
  for (const [name, value] of Object.entries(attributes.values)) properties[name] = value;
}

const SPANS = new Set(['link', 'image', 'emphasis', 'strong', 'inlineCode', 'delete', 'linkReference', 'imageReference']);
const isText = (node: RootContent | PhrasingContent | undefined): node is Text => node?.type === 'text';

/**
 * Attribute lists in a block's text: after a span (that span's), at a heading's end, at a
 * paragraph's end. Inside a span (a link in emphasis) only the first kind.
 */
function spanLists(parent: Parent & { children: PhrasingContent[] }, where: 'heading' | 'paragraph' | 'span'): Attributes | null {
  const isHeading = where === 'heading';
  let block: Attributes | null = null;
  const emptied = new Set<Text>();
  for (let index = 0; index < parent.children.length; index += 1) {
    const node = parent.children[index];
    if (!isText(node)) continue;
    const previous = parent.children[index - 1];
    const start = node.value.match(new RegExp(`^${LIST.source}`));
    if (start && previous !== undefined && SPANS.has(previous.type)) {
      apply(previous, parseAttributes(start[1] ?? ''));
      node.value = node.value.slice(start[0].length);
      emptied.add(node);
    }
    const last = where !== 'span' && index === parent.children.length - 1;
    const end = last ? node.value.match(new RegExp(`${isHeading ? '[ \\t]*' : '(?:^|\\n)[ \\t]*'}${LIST.source}[ \\t]*$`)) : null;
    if (end) {
      block = parseAttributes(end[1] ?? '');
      node.value = node.value.slice(0, end.index).replace(/[ \t]+$/, '');
      emptied.add(node);
    }
  }
  // The text an attribute list was all of goes (other empty text, such as a formula's place, stays).
  for (let index = parent.children.length - 1; index >= 0; index -= 1) {
    const node = parent.children[index];
    if (isText(node) && emptied.has(node) && node.value === '') parent.children.splice(index, 1);
  }
  return block;
}

/** Non-void elements that HTML cannot self-close, as kramdown writes them when they are. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** `<iframe ... />` as `<iframe ...></iframe>`: HTML would read the rest of the page as its content. */
const closeSelfClosed = (html: string): string =>
  html.replace(/<([a-zA-Z][\w-]*)(\s(?:[^<>"']|"[^"]*"|'[^']*')*?)?\s*\/>/g, (whole: string, name: string, rest = '') => (VOID.has(name.toLowerCase()) ? whole : `<${name}${rest}></${name}>`));

/** A table row that is kramdown's footer line (`|====`). */
const isFooterLine = (row: TableRow) => row.children.some((cell) => cell.children.some((part) => isText(part) && /^=+$/.test(part.value.trim()))) && row.children.every((cell) => cell.children.every((part) => isText(part) && /^=*$/.test(part.value.trim())));

/**
 * kramdown's syntax on the markdown tree. Returns where the rows of table footers start, for
 * placeFooters once the tree is HTML.
 */
export function kramdownTree(tree: MdastRoot): Set<number> {
  const footers = new Set<number>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'html') {
      node.value = closeSelfClosed(node.value);
      return undefined;
    }
    if (node.type === 'table') {
      const at = node.children.findIndex(isFooterLine);
      if (at > 0) {
        for (const row of node.children.slice(at + 1)) if (row.position?.start.offset !== undefined) footers.add(row.position.start.offset);
        node.children.splice(at, 1);
      }
      return undefined;
    }
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
      spanLists(node, 'span');
      return undefined;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    const block = spanLists(node, node.type);
    if (block === null || parent === undefined || index === undefined) return undefined;
    // A list alone in its paragraph is the block's before it; else the paragraph's (or heading's).
    if (node.children.length > 0) {
      apply(node, block);
      return undefined;
    }
    const previous = parent.children[index - 1];
    if (previous !== undefined) apply(previous, block);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return footers;
}

/** The rows after a `|===` line, moved from the table's body to its footer. */
export function placeFooters(tree: HastRoot, footers: ReadonlySet<number>): void {
  if (footers.size === 0) return;
  visit(tree, 'element', (table) => {
    if (table.tagName !== 'table') return;
    const body = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'tbody');
    if (body === undefined) return;
    const isFooter = (row: Element['children'][number]) => row.type === 'element' && row.position?.start.offset !== undefined && footers.has(row.position.start.offset);
    const rows = body.children.filter(isFooter);
    if (rows.length === 0) return;
    // The footer's rows go, with the line break before each.
    body.children = body.children.filter((row, index) => !isFooter(row) && !(row.type === 'text' && isFooter(body.children[index + 1] ?? row)));
    const at = table.children.indexOf(body) + 1;
    table.children.splice(at, 0, { type: 'text', value: '\n' }, h('tfoot', [...rows.flatMap((row) => [{ type: 'text' as const, value: '\n' }, row]), { type: 'text' as const, value: '\n' }]));
  });
}
