// A step of the page pipeline, on the sanitised tree of a markdown page: the bio before the first
// top-level heading (the body's highest markdown heading level: "##", "###" or "#"), then one
// section per such heading, each under the author's own words. Work experience and news sections
// read their lists as items; a news item's leading date becomes a machine-readable <time>.
// Nothing is dropped: unknown sections render as written.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Definition, List, Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Warning } from '../content/problems';
import type { NewsDate, SectionKind } from '../model';
import { findLeadingDate } from './news-date';

/** One list item, as a tree until the page is serialised. */
export interface ItemTree {
  tree: Root;
  text: string;
  line: number | undefined;
  date: NewsDate | null;
}

export type BlockTree = { type: 'html'; tree: Root } | { type: 'list'; ordered: boolean; start: number | null; items: ItemTree[] };

export interface SectionTree {
  kind: SectionKind;
  id: string;
  heading: { text: string; tree: Root };
  blocks: BlockTree[];
}

/** A page body as trees: what the rest of the pipeline (links, contents, math) works on. */
export interface BodyTree {
  bio: Root | null;
  sections: SectionTree[];
  warnings: Warning[];
}

/** Where the body comes from, for messages and the lines of news items. */
export interface BodySource {
  file: string;
  bodyLine: number;
}

// Headings that mark the two special sections, in the languages the interface ships (en, fr, es,
// de, it, pt, zh, ja, ko, ar), compared without case, accents or a final colon. Any other heading
// makes a generic section.
const EXPERIENCE =
  /^(?:(?:work|professional|research|industry) )?experiences?$|^employment$|^experiences? professionnelles?$|^experiencia(?: laboral| profesional)?$|^(?:berufs)?erfahrung$|^esperienz[ae](?: lavorativ[ae]| professional[ei])?$|^experiencia profissional$|^(?:工作|研究)?经历$|^(?:職歴|経歴|職務経歴)$|^경력$|^(?:ال)?خبر(?:ة|ات)(?: (?:ال)?مهنية| العملية)?$/;
const NEWS =
  /^(?:(?:recent|latest) )?(?:news|updates)$|^news (?:and|&) updates$|^actualites$|^nouvelles$|^noticias$|^novedades$|^neuigkeiten$|^aktuelles$|^notizie$|^novita$|^novidades$|^(?:最新|近期)?(?:新闻|动态|消息)$|^(?:ニュース|お知らせ|最新情報)$|^(?:최근 )?(?:소식|뉴스)$|^(?:اخر )?(?:ال)?اخبار$/;

export function kindOf(heading: string): SectionKind {
  // Accents off (NFD, marks dropped), then composed again so that Hangul syllables stay whole.
  const key = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (EXPERIENCE.test(key)) return 'experience';
  if (NEWS.test(key)) return 'news';
  return 'generic';
}

/** A fragment id from a heading: letters and digits of any script, joined by "-". */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const depthOf = (element: Element): number => HEADINGS.indexOf(element.tagName) + 1;
const offsetOf = (node: { position?: { start: { offset?: number } } | undefined }): number | undefined => node.position?.start.offset;
const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const isBlank = (node: RootContent | ElementContent): boolean => node.type === 'text' && node.value.trim() === '';
const fragment = (children: RootContent[]): Root => ({ type: 'root', children });

/** The text a reader sees, spaces collapsed. */
const visibleText = (node: Root | Element): string => hastToString(node).replace(/\s+/g, ' ').trim();

/**
 * Wraps the date at the start of a news item in a <time> (the written text stays as it is, inside
 * any bold, emphasis or strike-through around it) and returns it, or null when the item does not
 * start with a date.
 */
function markLeadingDate(li: Element): NewsDate | null {
  const first = li.children.find((child) => !isBlank(child));
  let parent: Element = first !== undefined && isElement(first) && first.tagName === 'p' ? first : li;
  for (;;) {
    const child = parent.children[0];
    if (child === undefined) return null;
    if (isElement(child) && ['strong', 'em', 'del'].includes(child.tagName)) {
      parent = child;
      continue;
    }
    if (child.type !== 'text') return null;
    const found = findLeadingDate(child.value);
    if (!found) return null;
    const text = child.value.slice(found.start, found.end);
    const pieces: ElementContent[] = [
      { type: 'text', value: child.value.slice(0, found.start) },
      h('time', { dateTime: found.iso }, text),
      { type: 'text', value: child.value.slice(found.end) },
    ];
    parent.children.splice(0, 1, ...pieces.filter((piece) => piece.type !== 'text' || piece.value !== ''));
    return { iso: found.iso, text };
  }
}

interface Context extends BodySource {
  /** the markdown lists of the page, by where they start (a merged list under its first part's place) */
  lists: Map<number, List>;
  definitions: Definition[];
  /** markdown to a sanitised tree, for lists merged from several */
  toTree: (nodes: MdastContent[]) => Root;
  warnings: Warning[];
}

/** The markdown list an element was made from (a raw `<ul>` has none). */
const listOf = (element: Element, context: Context): List | undefined => {
  const offset = offsetOf(element);
  return (element.tagName === 'ul' || element.tagName === 'ol') && offset !== undefined ? context.lists.get(offset) : undefined;
};

/** A list as items; each <li>'s content becomes one item. */
function listBlock(element: Element, list: List, kind: SectionKind, context: Context): BlockTree {
  const lis = element.children.filter(isElement).filter((node) => node.tagName === 'li');
  // Raw HTML reshaped the list; keep it whole rather than guess which part is which item.
  if (lis.length !== list.children.length) return { type: 'html', tree: fragment([element]) };
  const items = lis.map((li): ItemTree => {
    const date = kind === 'news' ? markLeadingDate(li) : null;
    const text = visibleText(li);
    const start = li.position?.start.line;
    const line = start === undefined ? undefined : context.bodyLine + start - 1;
    if (kind === 'news' && date === null) {
      context.warnings.push({ file: context.file, line, message: `news item has no date at its start that could be read; shown as written and left out of the feeds: ${JSON.stringify(text.slice(0, 60))}` });
    }
    return { tree: fragment(li.children), text, line, date };
  });
  return { type: 'list', ordered: element.tagName === 'ol', start: list.start ?? null, items };
}

/**
 * Lists that follow each other with nothing between them, as one list. CommonMark starts a new
 * list when the bullet changes ("-" then "*"); authors of news lists mix bullets freely and mean
 * one list. The merged list is loose (spaced) if any part was, or if a blank line separated them:
 * it is made again from the markdown, so that it renders as one list written that way would.
 */
function mergeAdjacentLists(nodes: readonly RootContent[], context: Context): RootContent[] {
  const out: RootContent[] = [];
  const runs: { at: number; lists: List[] }[] = [];
  let run: { at: number; lists: List[] } | null = null;
  for (const node of nodes) {
    if (isBlank(node)) {
      out.push(node);
      continue;
    }
    const list = isElement(node) ? listOf(node, context) : undefined;
    if (list !== undefined && run !== null && run.lists[0]?.ordered === list.ordered) {
      // Only blank text can stand between the run and this list: it goes.
      out.length = run.at + 1;
      run.lists.push(list);
      continue;
    }
    run = list === undefined ? null : { at: out.length, lists: [list] };
    if (run !== null) runs.push(run);
    out.push(node);
  }
  for (const { at, lists } of runs) {
    const [first, ...rest] = lists;
    const last = rest.at(-1);
    if (first === undefined || last === undefined) continue;
    let spread = first.spread === true;
    for (const [index, list] of rest.entries()) {
      const gap = (list.position?.start.line ?? 0) - ((lists[index]?.position?.end.line) ?? 0) > 1;
      spread = spread || list.spread === true || gap;
    }
    const position = first.position && last.position ? { start: first.position.start, end: last.position.end } : undefined;
    const merged: List = { ...first, spread, position, children: lists.flatMap((list) => list.children) };
    const element = context.toTree([merged, ...context.definitions]).children.find(isElement);
    const offset = element === undefined ? undefined : offsetOf(element);
    if (element === undefined || offset === undefined) continue;
    context.lists.set(offset, merged);
    out[at] = element;
  }
  return out;
}

function blocksOf(nodes: RootContent[], kind: SectionKind, context: Context): BlockTree[] {
  const all = kind === 'generic' ? nodes : mergeAdjacentLists(nodes, context);
  const blocks: BlockTree[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.some((node) => !isBlank(node))) blocks.push({ type: 'html', tree: fragment(pending) });
    pending = [];
  };
  for (const node of all) {
    const list = kind !== 'generic' && isElement(node) ? listOf(node, context) : undefined;
    if (list !== undefined && isElement(node)) {
      flush();
      blocks.push(listBlock(node, list, kind, context));
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}

/**
 * Splits a page body into bio and sections. The body's top markdown heading level starts the
 * sections, whatever it is; every markdown heading moves up by the same number of levels, so that
 * the sections are <h2> under the page's <h1> and deeper headings keep their order below them.
 * Headings written as raw HTML stay as they are.
 * @param tree the body's sanitised tree
 * @param markdown the markdown tree it was made from
 * @param toTree markdown nodes to a sanitised tree, as `tree` was made
 */
export function splitSections(tree: Root, markdown: MdastRoot, source: BodySource, toTree: (nodes: MdastContent[]) => Root): BodyTree {
  const headingOffsets = new Set<number>();
  const lists = new Map<number, List>();
  const definitions: Definition[] = [];
  visit(markdown, (node) => {
    const offset = offsetOf(node);
    if (node.type === 'heading' && offset !== undefined) headingOffsets.add(offset);
    if (node.type === 'list' && offset !== undefined) lists.set(offset, node);
    if (node.type === 'definition') definitions.push(node);
  });
  const context: Context = { ...source, lists, definitions, toTree, warnings: [] };
  const isMarkdownHeading = (node: RootContent | ElementContent): node is Element => {
    const offset = isElement(node) ? offsetOf(node) : undefined;
    return isElement(node) && depthOf(node) > 0 && offset !== undefined && headingOffsets.has(offset);
  };
  // The heading's text as the reader sees it (raw HTML in it sanitised away), for its kind and id.
  // A heading with no text (a bare "##") cannot name a section; it stays where it is.
  const texts = new Map<Element, string>();
  for (const node of tree.children) if (isMarkdownHeading(node)) texts.set(node, visibleText(node));
  const named = [...texts].flatMap(([heading, text]) => (text === '' ? [] : [depthOf(heading)]));
  const top = named.length > 0 ? Math.min(...named) : 2;

  const intro: RootContent[] = [];
  const parts: { heading: Element; text: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    const text = isElement(node) ? (texts.get(node) ?? '') : '';
    if (isElement(node) && texts.has(node) && depthOf(node) === top && text !== '') parts.push({ heading: node, text, nodes: [] });
    else (parts.at(-1)?.nodes ?? intro).push(node);
  }
  const ids = new Set<string>();
  const sections = parts.map(({ heading, text, nodes }): SectionTree => {
    const kind = kindOf(text);
    let id = slugify(text);
    for (let n = 2; ids.has(id); n += 1) id = `${slugify(text)}-${n}`;
    ids.add(id);
    return { kind, id, heading: { text, tree: fragment(heading.children) }, blocks: blocksOf(nodes, kind, context) };
  });
  const body: BodyTree = { bio: intro.some((node) => !isBlank(node)) ? fragment(intro) : null, sections, warnings: context.warnings };
  for (const part of bodyTrees(body)) {
    visit(part, 'element', (node) => {
      if (isMarkdownHeading(node)) node.tagName = HEADINGS[Math.min(6, Math.max(2, depthOf(node) - top + 2)) - 1] ?? 'h6';
    });
  }
  return body;
}

/** Every tree of a body, in reading order. */
export function bodyTrees(body: BodyTree): Root[] {
  return [
    ...(body.bio === null ? [] : [body.bio]),
    ...body.sections.flatMap((section) => [
      section.heading.tree,
      ...section.blocks.flatMap((block) => (block.type === 'html' ? [block.tree] : block.items.map((item) => item.tree))),
    ]),
  ];
}
