// Renders a page's body: the bio before the first top-level heading (the body's highest level:
// "##", "###" or "#"), then one section per such heading. Work experience and news become lists
// of items; news items get a machine-readable date. Nothing is dropped: unknown sections render
// as written.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { Definition, Heading, List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BibEntry } from '../content/bibliography';
import type { PageMeta, PageSource } from '../content/front-matter';
import { TOC_MARKER } from './includes';
import { parseMarkdown, sanitizeHtml, toSafeHast, toSafeHtml } from './markdown';
import { type MathRecord, markMath, typesetHtml } from './math';
import { findLeadingDate } from './news-date';

export type SectionKind = 'experience' | 'news' | 'generic';

export interface NewsDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, for `<time datetime>` */
  iso: string;
  /** the date as the author wrote it */
  text: string;
}

export interface Item {
  /** sanitised HTML of the item's content (without the <li>); a news date is a <time> in it */
  html: string;
  /** the item as plain text */
  text: string;
  /** line in the source file */
  line: number | undefined;
  date: NewsDate | null;
}

export type Block =
  | { type: 'html'; html: string }
  | { type: 'list'; ordered: boolean; start: number | null; items: Item[] };

export interface Section {
  kind: SectionKind;
  /** fragment id, from the heading's text */
  id: string;
  heading: { text: string; html: string };
  blocks: Block[];
}

export interface ProfileBody {
  /** sanitised HTML of what comes before the first heading, or null when there is nothing */
  bio: string | null;
  sections: Section[];
  /** things the owner should know about (undated news items, Liquid this site does not run); printed by the build */
  warnings: string[];
}

// Headings that mark the two special sections, in the languages the interface ships (en, fr, es,
// de, it, pt, zh, ja, ko, ar), compared
// without case, accents or a final colon. Any other heading makes a generic section.
const EXPERIENCE =
  /^(?:(?:work|professional|research|industry) )?experiences?$|^employment$|^experiences? professionnelles?$|^experiencia(?: laboral| profesional)?$|^(?:berufs)?erfahrung$|^esperienz[ae](?: lavorativ[ae]| professional[ei])?$|^experiencia profissional$|^(?:工作|研究)?经历$|^(?:職歴|経歴|職務経歴)$|^경력$|^(?:ال)?خبر(?:ة|ات)(?: (?:ال)?مهنية| العملية)?$/;
const NEWS =
  /^(?:(?:recent|latest) )?(?:news|updates)$|^news (?:and|&) updates$|^actualites$|^nouvelles$|^noticias$|^novedades$|^neuigkeiten$|^aktuelles$|^notizie$|^novita$|^novidades$|^(?:最新|近期)?(?:新闻|动态|消息)$|^(?:ニュース|お知らせ|最新情報)$|^(?:최근 )?(?:소식|뉴스)$|^(?:اخر )?(?:ال)?اخبار$/;

function kindOf(heading: string): SectionKind {
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

/** Link definitions anywhere in the document, so that a [reference][ref] resolves in every part. */
function definitionsOf(nodes: readonly RootContent[]): Definition[] {
  return nodes.flatMap((node): Definition[] => {
    if (node.type === 'definition') return [node];
    return 'children' in node ? definitionsOf(node.children) : [];
  });
}

/**
 * Wraps the date at the start of a news item in a <time> (the written text stays as it is, inside
 * any **bold** around it) and returns it, or null when the item does not start with a date.
 */
function markLeadingDate(item: ListItem): NewsDate | null {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return null;
  let parent: { children: PhrasingContent[] } = first;
  for (;;) {
    const child = parent.children[0];
    if (child === undefined) return null;
    if (child.type === 'strong' || child.type === 'emphasis' || child.type === 'delete') {
      parent = child;
      continue;
    }
    if (child.type !== 'text') return null;
    const found = findLeadingDate(child.value);
    if (!found) return null;
    const text = child.value.slice(found.start, found.end);
    const pieces: PhrasingContent[] = [
      { type: 'text', value: child.value.slice(0, found.start) },
      { type: 'text', value: text, data: { hName: 'time', hProperties: { dateTime: found.iso } } },
      { type: 'text', value: child.value.slice(found.end) },
    ];
    parent.children.splice(0, 1, ...pieces.filter((piece) => piece.type !== 'text' || piece.value !== ''));
    return { iso: found.iso, text };
  }
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

interface Context {
  file: string;
  bodyLine: number;
  definitions: Definition[];
  warnings: string[];
}

function lineOf(node: RootContent, context: Context): number | undefined {
  const line = node.position?.start.line;
  return line === undefined ? undefined : context.bodyLine + line - 1;
}

/**
 * A markdown list as items. The whole list goes through the HTML pipeline at once, so tight and
 * loose lists render exactly as they would anywhere else; each <li>'s content becomes one item.
 */
function listBlock(list: List, kind: SectionKind, context: Context): Block {
  const dates = list.children.map((item) => (kind === 'news' ? markLeadingDate(item) : null));
  const tree = toSafeHast([list, ...context.definitions]);
  const rendered = tree.children.find(
    (node): node is Element => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol'),
  );
  const lis = rendered ? rendered.children.filter(isElement).filter((node) => node.tagName === 'li') : [];
  if (lis.length !== list.children.length) {
    // Raw HTML reshaped the list; keep it whole rather than guess which part is which item.
    return { type: 'html', html: toHtml(tree).trim() };
  }
  const items = list.children.map((item, index): Item => {
    const li = lis[index];
    // The text a reader sees: from the sanitised HTML, so raw tags and dropped markup are not in it.
    const text = (li ? hastToString(li) : toString(item)).replace(/\s+/g, ' ').trim();
    const line = lineOf(item, context);
    const date = dates[index] ?? null;
    if (kind === 'news' && date === null) {
      const where = line === undefined ? context.file : `${context.file}:${line}`;
      context.warnings.push(
        `${where}: news item has no date at its start that could be read; shown as written and left out of the feeds: ${JSON.stringify(text.slice(0, 60))}`,
      );
    }
    return { html: toHtml(li?.children ?? []).trim(), text, line, date };
  });
  return { type: 'list', ordered: list.ordered === true, start: list.start ?? null, items };
}

/**
 * Lists that follow each other with nothing between them, as one list. CommonMark starts a new
 * list when the bullet changes ("-" then "*"); authors of news lists mix bullets freely and mean
 * one list. The merged list is loose (spaced) if any part was, or if a blank line separated them.
 */
function mergeAdjacentLists(nodes: readonly RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type !== 'list' || previous?.type !== 'list' || previous.ordered !== node.ordered) {
      merged.push(node.type === 'list' ? { ...node, children: [...node.children] } : node);
      continue;
    }
    const gap = (node.position?.start.line ?? 0) - (previous.position?.end.line ?? 0) > 1;
    previous.children.push(...node.children);
    previous.spread = previous.spread === true || node.spread === true || gap;
    if (previous.position && node.position) previous.position = { start: previous.position.start, end: node.position.end };
  }
  return merged;
}

function blocksOf(all: RootContent[], kind: SectionKind, context: Context): Block[] {
  const nodes = kind === 'generic' ? all : mergeAdjacentLists(all);
  const blocks: Block[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    const html = pending.length > 0 ? toSafeHtml([...pending, ...context.definitions]) : '';
    if (html !== '') blocks.push({ type: 'html', html });
    pending = [];
  };
  for (const node of nodes) {
    if (kind !== 'generic' && node.type === 'list') {
      flush();
      blocks.push(listBlock(node, kind, context));
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}

function headingText(heading: Heading, context: Context): string {
  return hastToString(toSafeHast([...heading.children, ...context.definitions])).replace(/\s+/g, ' ').trim();
}

const DEPTHS: readonly Heading['depth'][] = [1, 2, 3, 4, 5, 6];

/** Every heading of the tree, at any depth (in lists and quotes too). */
function headingsOf(nodes: readonly RootContent[]): Heading[] {
  return nodes.flatMap((node): Heading[] => {
    if (node.type === 'heading') return [node];
    return 'children' in node ? headingsOf(node.children) : [];
  });
}

/**
 * Splits a page body into bio and sections. The body's top heading level starts the sections,
 * whatever it is; every heading moves up by the same number of levels so that the sections are
 * <h2> under the page's <h1> and deeper headings keep their order below them.
 * `file` and `bodyLine` are for messages only.
 */
export function parseProfileBody(body: string, where: { file: string; bodyLine: number }): ProfileBody {
  const tree = parseMarkdown(body);
  const context: Context = { ...where, definitions: definitionsOf(tree.children), warnings: [] };
  // The heading's text as the reader sees it (raw HTML in it sanitised away), for its kind and id.
  // A heading with no text (a bare "##") cannot name a section; it stays where it is.
  const texts = new Map<RootContent, string>();
  for (const node of tree.children) if (node.type === 'heading') texts.set(node, headingText(node, context));
  const named = tree.children.flatMap((node) => (node.type === 'heading' && texts.get(node) !== '' ? [node.depth] : []));
  const top = named.length > 0 ? Math.min(...named) : 2;
  const intro: RootContent[] = [];
  const parts: { heading: Heading; text: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition') continue;
    const text = texts.get(node) ?? '';
    if (node.type === 'heading' && node.depth === top && text !== '') {
      parts.push({ heading: node, text, nodes: [] });
    } else {
      (parts.at(-1)?.nodes ?? intro).push(node);
    }
  }
  for (const heading of headingsOf(tree.children)) {
    heading.depth = DEPTHS[Math.min(6, Math.max(2, heading.depth - top + 2)) - 1] ?? 6;
  }

  const bio = intro.length > 0 ? toSafeHtml([...intro, ...context.definitions]) : '';
  const ids = new Set<string>();
  const sections = parts.map(({ heading, text, nodes }): Section => {
    const kind = kindOf(text);
    let id = slugify(text);
    for (let n = 2; ids.has(id); n += 1) id = `${slugify(text)}-${n}`;
    ids.add(id);
    return {
      kind,
      id,
      heading: { text, html: toSafeHtml([...heading.children, ...context.definitions]) },
      blocks: blocksOf(nodes, kind, context),
    };
  });
  return { bio: bio === '' ? null : bio, sections, warnings: context.warnings };
}

/** What a collection item's page shows besides its body. */
export interface ItemInfo {
  collection: string;
  /** `YYYY-MM-DD`, or null for an undated item */
  date: string | null;
  venue?: string;
  location?: string;
  type?: string;
  category?: string;
  /** http(s) URLs or site paths, as written */
  paperurl?: string;
  slidesurl?: string;
  bibtexurl?: string;
  /** the recommended citation, sanitised HTML */
  citation?: string;
  /** the authors, when the front matter lists them */
  authors: string[];
  tags: string[];
  /** the excerpt as sanitised HTML (front matter `excerpt`, else the first paragraph) */
  excerpt: string;
  /** the date as Google Scholar reads it (`1843/08`), when it is not a whole day */
  publicationDate?: string;
  /** set for a BibTeX entry's own page */
  paper?: PaperInfo;
}

/** What a BibTeX entry's own page shows besides its title. */
export interface PaperInfo {
  key: string;
  /** sanitised HTML: the authors with the owner emphasised */
  authors: string;
  abbr?: string;
  award?: string;
  /** sanitised HTML */
  abstract?: string;
  links: { label: string; href: string }[];
  bibtex: string;
  /** the year, for the venue line */
  year: number | null;
}

/** A page of the site (the home page, a page of content/pages/ or a collection item), rendered. */
export interface Page extends ProfileBody {
  file: string;
  meta: PageMeta;
  /** other paths the page answers at */
  aliases: string[];
  /** an HTML page's body is one block of HTML, not split into sections */
  format: 'markdown' | 'html';
  /** how many formulas were typeset; the page loads KaTeX's stylesheet when there are any */
  math: number;
  /** set for a collection item's page */
  item: ItemInfo | null;
  /** the BibTeX entries the page lists (each gets JSON-LD) */
  entries: BibEntry[];
}

/** A rendered body as one HTML text (for `content`). */
export function bodyHtml(body: ProfileBody): string {
  const sections = body.sections.map((section) => {
    const blocks = section.blocks.map((block) =>
      block.type === 'html' ? block.html : `<${block.ordered ? 'ol' : 'ul'}>${block.items.map((item) => `<li>${item.html}</li>`).join('')}</${block.ordered ? 'ol' : 'ul'}>`,
    );
    return `<h2 id="${section.id}">${section.heading.html}</h2>${blocks.join('')}`;
  });
  return [body.bio ?? '', ...sections].join('');
}

/**
 * The text a page becomes after its Liquid: a markdown page split into bio and sections, an HTML
 * page sanitised. Math stays as placeholders (see typesetBody).
 */
export function renderBody(page: PageSource, text: string): ProfileBody {
  if (page.format === 'html') {
    const html = sanitizeHtml(text);
    return { bio: html === '' ? null : html, sections: [], warnings: [] };
  }
  return parseProfileBody(markMath(text).text, page);
}

/** The body with every HTML part of it (bio, headings, blocks, list items) passed through `change`. */
export function mapBodyHtml(body: ProfileBody, change: (html: string) => string): ProfileBody {
  return {
    ...body,
    bio: body.bio === null ? null : change(body.bio),
    sections: body.sections.map((section) => ({
      ...section,
      heading: { ...section.heading, html: change(section.heading.html) },
      blocks: section.blocks.map((block) =>
        block.type === 'html' ? { ...block, html: change(block.html) } : { ...block, items: block.items.map((item) => ({ ...item, html: change(item.html) })) },
      ),
    })),
  };
}

/** The body with its math typeset, every part of it. */
export function typesetBody(body: ProfileBody, record: MathRecord): ProfileBody {
  return mapBodyHtml(body, (html) => typesetHtml(html, record));
}

/** A page's body with its table of contents (`{% include toc %}`) filled in from its sections. */
export function fillToc(body: ProfileBody, label: string): ProfileBody {
  const marker = `<p>${TOC_MARKER}</p>`;
  const toc = toHtml({
    type: 'element',
    tagName: 'nav',
    properties: { className: ['toc'], ariaLabel: label },
    children: [
      {
        type: 'element',
        tagName: 'ul',
        properties: {},
        children: body.sections.map((section): Element => ({
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [{ type: 'element', tagName: 'a', properties: { href: `#${section.id}` }, children: [{ type: 'text', value: section.heading.text }] }],
        })),
      },
    ],
  });
  const fill = (html: string) => html.split(marker).join(body.sections.length > 0 ? toc : '');
  if (!(body.bio ?? '').includes(marker) && !body.sections.some((section) => section.blocks.some((block) => block.type === 'html' && block.html.includes(marker)))) return body;
  return {
    ...body,
    bio: body.bio === null ? null : fill(body.bio),
    sections: body.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) => (block.type === 'html' ? { ...block, html: fill(block.html) } : block)),
    })),
  };
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

/** Opening minus closing tags of one name in a line (self-closing ones do not count). */
function tagDepth(line: string, name: string): number {
  const opens = line.match(new RegExp(`<${name}(?=[\\s>])[^>]*(?<!/)>`, 'gi'))?.length ?? 0;
  const closes = line.match(new RegExp(`</${name}\\s*>`, 'gi'))?.length ?? 0;
  return opens - closes;
}

/** CommonMark's block-level HTML tags (its HTML blocks of type 6) that hold other markup. */
const HTML_BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'section', 'table', 'ul']);

/** Where the site lives, for `relative_url`, `absolute_url` and `{{ base_path }}`. */
export interface SiteLinks {
  origin: string;
  basePath: string;
}
