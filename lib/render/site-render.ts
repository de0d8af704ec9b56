// Renders every page and collection item of a site as Jekyll does: Liquid first (with `site` and
// `page`), then markdown (or, for an .html page, the sanitiser alone), then math.
// Items are rendered before pages, so that a page's loops see each item's `content` and `excerpt`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ItemSource } from '../content/collections';
import type { PageSource } from '../content/front-matter';
import type { SiteConfig } from '../content/site';
import { uiTextFor } from '../content/ui-text';
import type { Liquid } from 'liquidjs';
import { DEFAULT_BIBLIOGRAPHY, type BibEntry } from '../content/bibliography';
import { type BibliographyOptions, authorsHtml, bibliographyHtml, linksOf, paperPath, selectEntries, venueOf } from './bibliography';
import { SHOWN_ENTRIES, createLiquid, hasLiquid, renderLiquid } from './liquid';
import { escapeText, sanitizeHtml, toSafeHtml, parseMarkdown } from './markdown';
import { type MathRecord, markMath, newMathRecord } from './math';
import { type ItemInfo, type Page, type PaperInfo, type ProfileBody, bodyHtml, fillToc, joinHtmlBlocks, mapBodyHtml, renderBody, typesetBody } from './page';
import { canonicalLinks } from './links';
import type { RouteTable } from '../publish/url-form';

export interface SiteInput {
  site: SiteConfig;
  basePath: string;
  contentDir: string;
  /** the pages, the home page first */
  pages: readonly PageSource[];
  /** each collection's items, in Jekyll's order */
  collections: ReadonlyMap<string, readonly ItemSource[]>;
  /** content/_data, by file name */
  data: Record<string, unknown>;
  /** content/bibliography/*.bib, by file name without .bib */
  bibliographies?: ReadonlyMap<string, readonly BibEntry[]>;
  /** `site.time` */
  now: Date;
  /** where each page is served, and each old path's page (see url-form.ts): links are written to it */
  routes: RouteTable;
}

export interface RenderedSite {
  /** the home page, the other pages, then every item that has a page of its own */
  pages: Page[];
  /** class -> CSS declarations, for KaTeX's markup (lib/render/math.ts) */
  mathStyles: Map<string, string>;
  warnings: string[];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : typeof value === 'number' ? String(value) : undefined;

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((entry) => text(entry) ?? []) : typeof value === 'string' ? value.split(/\s*;\s*|\s+and\s+/).map((entry) => entry.trim()).filter(Boolean) : [];

/** Jekyll's excerpt: the first paragraph of the rendered content. */
function firstParagraph(html: string): string {
  return /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
}

/** The raw first paragraph of a markdown body, for the excerpt items have before they render. */
function rawExcerpt(body: string): string {
  return body.trim().split(/\n[ \t]*\n/)[0]?.trim() ?? '';
}

export function renderSite(input: SiteInput): RenderedSite {
  const { site, basePath } = input;
  const origin = new URL(site.url).origin;
  const includesDir = path.join(input.contentDir, '_includes');
  const includes = existsSync(/* turbopackIgnore: true */ includesDir) ? path.resolve(includesDir) : null;
  const markdownify = (markdown: string) => toSafeHtml(parseMarkdown(markMath(markdown).text).children);
  const bibliographies = input.bibliographies ?? new Map<string, readonly BibEntry[]>();
  const bibOptions: BibliographyOptions = { basePath, pages: site.scholar.pages, owner: { last: site.scholar.last, first: site.scholar.first }, labels: { abstract: site.ui.abstract_label } };
  const configuredFile = site.scholar.bibliography;
  // The page that lists the bibliography, where `{% cite %}` links to.
  // (The publications page when several pages list it: a CV often lists it too.)
  const listing = input.pages.filter((page) => /\{%-?\s*bibliography\b/.test(page.body));
  const listPage = (listing.find((page) => /publication/i.test(page.meta.permalink)) ?? listing[0])?.meta.permalink ?? null;
  const bibliography = { files: bibliographies, defaultFile: configuredFile ?? DEFAULT_BIBLIOGRAPHY, options: bibOptions, listPage };
  // For {% link %} and {% post_url %}: every document by its Jekyll path, every post by its name.
  const byPath = new Map<string, string>();
  const postUrls = new Map<string, string>();
  for (const page of input.pages) byPath.set(page.file.endsWith('profile.md') ? 'profile.md' : `_pages/${path.basename(page.file)}`, page.meta.permalink);
  for (const [label, items] of input.collections) {
    for (const item of items) {
      byPath.set(item.relativePath, item.meta.permalink);
      if (label !== 'posts') continue;
      const inFolder = item.relativePath.replace(/^_posts\//, '').replace(/\.[^./]+$/, '');
      postUrls.set(inFolder, item.meta.permalink);
      postUrls.set(path.posix.basename(inFolder), item.meta.permalink);
    }
  }
  const engine = createLiquid({ origin, basePath, includesDir: includes, locale: site.locale, markdownify, ui: site.ui, bibliography, documents: { byPath, posts: postUrls } });
  const warnings: string[] = [];
  const mathStyles = new Map<string, string>();

  // Items as Liquid sees them (Jekyll's document fields and all front matter).
  const drops = new Map<ItemSource, Record<string, unknown>>();
  const docs = new Map<string, Record<string, unknown>[]>();
  for (const [label, items] of input.collections) {
    docs.set(
      label,
      items.map((item) => {
        const drop: Record<string, unknown> = {
          ...item.meta,
          title: item.meta.title,
          url: item.meta.permalink,
          date: item.date,
          id: `/${label}/${item.slug}`,
          slug: item.slug,
          collection: label,
          path: item.relativePath,
          relative_path: item.relativePath,
          output: item.output,
          categories: item.categories,
          tags: item.tags,
          content: item.body,
          excerpt: text(item.meta.excerpt) ?? rawExcerpt(item.body),
        };
        drops.set(item, drop);
        return drop;
      }),
    );
  }
  const pageDrops = input.pages.map((page) => ({ ...page.meta, url: page.meta.permalink, path: path.basename(page.file), content: page.body }));
  const posts = [...(docs.get('posts') ?? [])].reverse();
  const byWord = (key: 'tags' | 'categories') => {
    const groups: Record<string, Record<string, unknown>[]> = {};
    for (const post of posts) {
      const words = post[key];
      if (Array.isArray(words)) for (const word of words) (groups[String(word)] ??= []).push(post);
    }
    return groups;
  };
  const siteDrop: Record<string, unknown> = {
    ...site.data,
    title: site.title,
    description: site.description,
    locale: site.locale,
    url: origin,
    baseurl: basePath,
    time: input.now,
    data: input.data,
    pages: pageDrops,
    tags: byWord('tags'),
    categories: byWord('categories'),
    collections: site.collections.map((collection) => ({
      label: collection.label,
      output: collection.output,
      permalink: collection.permalink,
      relative_directory: `_${collection.label}`,
      docs: collection.label === 'posts' ? posts : (docs.get(collection.label) ?? []),
      files: [],
    })),
  };
  for (const [label, items] of docs) siteDrop[label] = label === 'posts' ? posts : items;

  // Links to the site's own pages (and their old paths) in the one URL form.
  const links = (html: string) => canonicalLinks(html, input.routes, basePath);
  /** A page's Liquid, then its markdown; `content` keeps math as placeholders, `body` has it typeset. */
  const render = (source: PageSource, pageDrop: Record<string, unknown>): { body: ProfileBody; content: string; math: number; entries: BibEntry[] } => {
    const shown: BibEntry[] = [];
    const rendered = renderSource(source, { engine, includesDir: includes, scope: { site: siteDrop, page: pageDrop, [SHOWN_ENTRIES]: shown }, tocLabel: site.ui.toc_label, links });
    for (const [name, rule] of rendered.record.styles) mathStyles.set(name, rule);
    warnings.push(...rendered.record.errors.map((error) => `${source.file}: ${error}`));
    return { body: rendered.body, content: rendered.content, math: rendered.record.count, entries: [...new Set(shown)] };
  };

  const itemPages: Page[] = [];
  const known = new Set(site.publicationCategories.map((category) => category.key));
  for (const [label, items] of input.collections) {
    for (const item of items) {
      const drop = drops.get(item) ?? {};
      const rendered = render(item, drop);
      const { body, math } = rendered;
      drop.content = rendered.content;
      const ownExcerpt = text(item.meta.excerpt);
      // Jekyll's excerpt: the first paragraph of the rendered text, unless the front matter has one.
      const excerpt = ownExcerpt === undefined ? firstParagraph(rendered.content) : markdownify(ownExcerpt);
      drop.excerpt = ownExcerpt ?? excerpt;
      const category = text(item.meta.category);
      if (label === 'publications' && known.size > 0 && category !== undefined && !known.has(category)) {
        warnings.push(
          `${item.file}:${item.lineOf(['category']) ?? 1}: category "${category}" is not in publication_category in site.yml, so academicpages' publications loop leaves this paper out; add it there with a title`,
        );
      }
      if (!item.output) continue;
      const citation = text(item.meta.citation);
      const info: ItemInfo = {
        collection: label,
        date: item.date === null ? null : item.date.toISOString().slice(0, 10),
        venue: text(item.meta.venue),
        location: text(item.meta.location),
        type: text(item.meta.type),
        category,
        paperurl: text(item.meta.paperurl),
        slidesurl: text(item.meta.slidesurl),
        bibtexurl: text(item.meta.bibtexurl),
        citation: citation === undefined ? undefined : sanitizeHtml(citation),
        authors: list(item.meta.authors ?? item.meta.author),
        tags: item.tags,
        excerpt,
      };
      itemPages.push({ file: item.file, meta: item.meta, aliases: item.aliases ?? [], format: item.format ?? 'markdown', math, item: info, entries: rendered.entries, ...body });
    }
  }
  const pages = input.pages.map((source, index): Page => {
    const rendered = render(source, pageDrops[index] ?? {});
    let { body } = rendered;
    const entries = [...rendered.entries];
    // al-folio's `selected_papers: true`: the entries marked `selected = {true}`, after the text.
    if (source.meta.permalink === '/' && source.meta.selected_papers === true) {
      const selected = selectEntries([...bibliographies.values()].flat(), { type: '*', conditions: [{ field: 'selected', value: 'true' }] });
      entries.push(...selected);
      const html = sanitizeHtml(bibliographyHtml(selected, 'none', bibOptions));
      const heading = site.ui.selected_publications;
      body = { ...body, sections: [...body.sections, { kind: 'generic', id: 'selected-publications', heading: { text: heading, html: escapeText(heading) }, blocks: [{ type: 'html', html }] }] };
    }
    return { file: source.file, meta: source.meta, aliases: source.aliases ?? [], format: source.format ?? 'markdown', math: rendered.math, item: null, entries, ...body };
  });
  const paperPages = site.scholar.pages ? [...bibliographies.values()].flat().map((entry) => paperPage(entry, bibOptions)) : [];
  return { pages: [...pages, ...itemPages, ...paperPages], mathStyles, warnings };
}

/** A BibTeX entry's own page: title, authors, venue and year, links, abstract, BibTeX. */
function paperPage(entry: BibEntry, options: BibliographyOptions): Page {
  const f = entry.fields;
  const venue = venueOf(entry);
  const paper: PaperInfo = {
    key: entry.key,
    authors: sanitizeHtml(authorsHtml(entry, options.owner)),
    abbr: f.abbr,
    award: f.award,
    abstract: f.abstract === undefined ? undefined : sanitizeHtml(`<p>${f.abstract}</p>`),
    links: linksOf(entry, options.basePath),
    bibtex: entry.bibtex,
    year: entry.year,
  };
  const pdf = paper.links.find((link) => link.label === 'PDF')?.href;
  const info: ItemInfo = {
    collection: 'bibliography',
    date: null,
    publicationDate: entry.year === null ? undefined : entry.month === null ? String(entry.year) : `${entry.year}/${String(entry.month).padStart(2, '0')}`,
    venue,
    category: entry.type === 'inproceedings' || entry.type === 'conference' ? 'conference' : undefined,
    paperurl: pdf,
    authors: entry.authors.map((person) => [person.first, person.last].filter(Boolean).join(' ')),
    tags: [],
    excerpt: '',
    paper,
  };
  return {
    file: entry.source,
    meta: { permalink: paperPath(entry.key), title: entry.title, author_profile: true, redirect_from: [] },
    aliases: [],
    format: 'html',
    math: 0,
    item: info,
    entries: [entry],
    bio: null,
    sections: [],
    warnings: [],
  };
}

/**
 * One page on its own, outside a site (tests, tools): Liquid with only `site.url`, `site.baseurl`
 * and `page`, English interface texts, no includes but the built-in ones.
 */
export function renderPage(source: PageSource, links: { origin: string; basePath: string } = { origin: 'https://example.org', basePath: '' }): Page {
  const ui = uiTextFor('en');
  const markdownify = (markdown: string) => toSafeHtml(parseMarkdown(markMath(markdown).text).children);
  const engine = createLiquid({ ...links, includesDir: null, locale: 'en', markdownify, ui });
  const scope = { site: { url: links.origin, baseurl: links.basePath }, page: { ...source.meta, url: source.meta.permalink } };
  const { body, record } = renderSource(source, { engine, includesDir: null, scope, tocLabel: ui.toc_label });
  const warnings = [...body.warnings, ...record.errors.map((error) => `${source.file}: ${error}`)];
  return { file: source.file, meta: source.meta, aliases: source.aliases ?? [], format: source.format ?? 'markdown', math: record.count, item: null, entries: [], ...body, warnings };
}

/**
 * One page's Liquid, then its markdown (or, for HTML, the sanitiser), its table of contents and
 * its math: `content` keeps the math as placeholders (for other pages' loops), `body` has it typeset.
 */
function renderSource(
  source: PageSource,
  {
    engine,
    includesDir,
    scope,
    tocLabel,
    links = (html) => html,
  }: { engine: Liquid; includesDir: string | null; scope: Record<string, unknown>; tocLabel: string; links?: (html: string) => string },
): { body: ProfileBody; content: string; record: MathRecord } {
  const liquid = hasLiquid(source.body);
  const output = liquid ? renderLiquid(engine, { file: source.file, firstLine: source.bodyLine, text: source.body }, scope, includesDir) : source.body;
  const untypeset = mapBodyHtml(fillToc(renderBody(source, liquid && source.format !== 'html' ? joinHtmlBlocks(output) : output), tocLabel), links);
  const record = newMathRecord();
  return { body: typesetBody(untypeset, record), content: bodyHtml(untypeset), record };
}
