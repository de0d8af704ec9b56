// Renders every page and collection item of a site as Jekyll does: Liquid first (with `site` and
// `page`), then the page pipeline (markdown or HTML, sanitised, sections, links, math).
// Items are rendered before pages, so that a page's loops see each item's `content` and `excerpt`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Liquid } from 'liquidjs';
import { type BibEntry, DEFAULT_BIBLIOGRAPHY } from '../content/bibliography';
import type { Problems, Warning } from '../content/problems';
import { type RouteTable, redirectTarget } from '../content/routes';
import type { SiteConfig } from '../content/site';
import { uiTextFor } from '../content/ui-text';
import type { ItemInfo, ItemSource, Page, PageSource } from '../model';
import type { BibliographyOptions, Venue } from './bibliography';
import { joinHtmlBlocks } from './kramdown';
import { badgeColour } from './highlight';
import { type LiquidBibliography, SHOWN_ENTRIES, createLiquid, hasLiquid, renderLiquid } from './liquid';
import { type Drop, type LiquidScope, liquidScope, present } from './liquid-scope';
import { alFolioHomeSections, archiveSection, relatedPostsSection } from './al-folio-home';
import { paginatorDrop, withLayoutContent } from './al-folio-pages';
import { paperPage, selectedPapers } from './papers';
import { SOURCE_FILE, UNKNOWN, type UnknownLiquid } from './plugin-tags';
import { type RenderedBody, markdownify, renderBody, sanitizeHtml } from './pipeline';

export interface SiteInput {
  site: SiteConfig;
  basePath: string;
  contentDir: string;
  /** public/: the owner's static files, for `{% file_exists %}` and `{% include_relative %}` */
  publicDir: string;
  /** the pages, the home page first */
  pages: readonly PageSource[];
  /** each collection's items, in Jekyll's order */
  collections: ReadonlyMap<string, readonly ItemSource[]>;
  /** content/_data, by file name */
  data: Record<string, unknown>;
  /** content/bibliography/*.bib, by file name without .bib */
  bibliographies: ReadonlyMap<string, readonly BibEntry[]>;
  /** the entries of the bibliography the site names: each gets a page, and may be cited or selected */
  papers: readonly BibEntry[];
  /** `site.time` */
  now: Date;
  /** where each page is served, and each old path's page (see routes.ts): links are written to it */
  routes: RouteTable;
}

export interface RenderedSite {
  /** the home page, the other pages, then every item that has a page of its own, then the papers' pages */
  pages: Page[];
  /** class -> CSS declarations, for KaTeX's markup (lib/render/math.ts) */
  mathStyles: Map<string, string>;
  /** class -> CSS declarations, for coloured code (lib/render/highlight.ts) */
  codeStyles: Map<string, string>;
}

/** Jekyll's excerpt: the first paragraph of the rendered content. */
function firstParagraph(html: string): string {
  return /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
}

/** What an item's page shows besides its body, from its validated front matter. */
export function itemInfo(item: ItemSource, excerpt: string): ItemInfo {
  const { meta } = item;
  const citation = present(meta.citation);
  return {
    collection: item.collection,
    date: item.date === null ? null : item.date.toISOString().slice(0, 10),
    venue: present(meta.venue),
    location: present(meta.location),
    type: present(meta.type),
    category: present(meta.category),
    paperurl: present(meta.paperurl),
    slidesurl: present(meta.slidesurl),
    bibtexurl: present(meta.bibtexurl),
    citation: citation === undefined ? undefined : sanitizeHtml(citation),
    authors: meta.authors.length > 0 ? meta.authors : meta.author,
    tags: meta.tags,
    excerpt,
  };
}

const entriesOf = (value: unknown): [string, unknown][] => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : []);
const words = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((word): word is string => typeof word === 'string');
const urlIn = (value: unknown): string | undefined => {
  const url = entriesOf(value).find(([key]) => key === 'url')?.[1];
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
};

/** al-folio's _data/coauthors.yml: `lastname: [{firstname: [...], url}]`, by last name in lower case. */
function coauthorsOf(data: unknown): Map<string, { first: string[]; url: string }[]> {
  return new Map(
    entriesOf(data).map(([last, people]) => [
      last.toLowerCase(),
      (Array.isArray(people) ? people : [people]).flatMap((person) => {
        const url = urlIn(person);
        return url === undefined ? [] : [{ first: words(entriesOf(person).find(([key]) => key === 'firstname')?.[1]), url }];
      }),
    ]),
  );
}

/** al-folio's _data/venues.yml: `abbr: {url, color}`, the page and the badge colour of each. */
function venuesOf(data: unknown): Map<string, Venue> {
  return new Map(
    entriesOf(data).flatMap(([abbr, venue]) => {
      const url = urlIn(venue);
      const written = entriesOf(venue).find(([key]) => key === 'color')?.[1];
      const colour = typeof written === 'string' ? badgeColour(written) : null;
      if (url === undefined && colour === null) return [];
      return [[abbr, { ...(url === undefined ? {} : { url }), ...(colour === null ? {} : { colour }) }] as const];
    }),
  );
}

/** The bibliography as the Liquid tags and the papers' pages use it. */
function bibliographyFor(site: SiteConfig, basePath: string, pages: readonly PageSource[], files: ReadonlyMap<string, readonly BibEntry[]>, papers: readonly BibEntry[], data: Readonly<Record<string, unknown>>): LiquidBibliography {
  const limit = site.data.max_author_limit;
  const options: BibliographyOptions = {
    basePath,
    pages: site.scholar.pages,
    owner: { last: site.scholar.last, first: site.scholar.first },
    labels: { abstract: site.ui.abstract_label },
    coauthors: coauthorsOf(data.coauthors),
    venues: venuesOf(data.venues),
    ...(typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? { maxAuthors: limit } : {}),
  };
  // The page that lists the bibliography, where `{% cite %}` links to.
  // (The publications page when several pages list it: a CV often lists it too.)
  const listing = pages.filter((page) => /\{%-?\s*bibliography\b/.test(page.body));
  const listPage = (listing.find((page) => /publication/i.test(page.meta.permalink)) ?? listing[0])?.meta.permalink ?? null;
  return { files, citable: papers, defaultFile: site.scholar.bibliography ?? DEFAULT_BIBLIOGRAPHY, options, listPage };
}

interface SourceOptions {
  engine: Liquid;
  includesDir: string | null;
  scope: Record<string, unknown>;
  tocLabel: string;
  links?: { routes: RouteTable; basePath: string };
  /** whether the item's `content` is wanted (for other pages' loops) */
  content?: boolean;
  /** kramdown's typography (site.yml's `typographer`) */
  typographer: boolean;
}

/** One page's Liquid, as Jekyll runs it, then its text through the page pipeline. */
function renderSource(source: PageSource, { engine, includesDir, scope, tocLabel, links, content, typographer }: SourceOptions): RenderedBody {
  const liquid = hasLiquid(source.body);
  const output = liquid ? renderLiquid(engine, { file: source.file, firstLine: source.bodyLine, text: source.body }, scope, includesDir) : source.body;
  const format = source.format ?? 'markdown';
  const text = liquid && format === 'markdown' ? joinHtmlBlocks(output) : output;
  return renderBody(text, { file: source.file, bodyLine: source.bodyLine, format, tocLabel, links, content, typographer });
}

/** What the owner reads about a plugin's tag or filter the page used and this site does not have. */
function unknownWarning(source: PageSource, item: UnknownLiquid): Warning {
  const file = item.include === undefined ? source.file : `${source.file} (in the include ${item.include})`;
  const line = item.include === undefined && item.line !== undefined ? source.bodyLine + item.line - 1 : undefined;
  if (item.kind === 'missing-file') return { file, line, message: `{% include_relative ${item.name} %}: there is no such file beside the page (Jekyll would stop here); nothing is shown in its place` };
  if (item.kind === 'missing-reference') return { file, line, message: `no BibTeX entry with the key ${JSON.stringify(item.name)} in content/bibliography/; "(missing reference)" is shown in its place, as jekyll-scholar shows it` };
  if (item.kind === 'filter') return { file, message: `the filter "${item.name}" is not one this site has (a Jekyll plugin's?); the value is shown without it` };
  const what = item.kind === 'block' ? 'what it holds is shown as it is' : 'it is left out';
  return { file, line, message: `{% ${item.name} %} is a tag of a Jekyll plugin this site does not have; ${what}, and the rest of the page is made` };
}

/**
 * The file `include_relative` names, beside the page's own: in its folder of content/, or, for a
 * page of content/pages/, where the importer put the files Jekyll copies as they are (public/,
 * under _pages/ or the page's own folder). Null when there is none.
 */
export function relativeFile(sourceFile: string, name: string, contentDir: string, publicDir: string | undefined): string | null {
  const page = path.resolve(sourceFile);
  const pagesDir = path.resolve(contentDir, 'pages');
  const folder = path.relative(pagesDir, path.dirname(page));
  const inPages = !folder.startsWith('..') && !path.isAbsolute(folder);
  const candidates = [path.join(path.dirname(page), name), ...(inPages && publicDir !== undefined ? [path.join(publicDir, '_pages', folder, name), path.join(publicDir, folder, name)] : [])];
  return candidates.find((file) => existsSync(/* turbopackIgnore: true */ file) && statSync(/* turbopackIgnore: true */ file).isFile()) ?? null;
}

/** The page model of a rendered page or item. */
function pageOf(source: PageSource, rendered: RenderedBody, item: ItemInfo | null, entries: BibEntry[]): Page {
  const subtitle = source.meta.subtitle === undefined ? undefined : sanitizeHtml(source.meta.subtitle);
  return { file: source.file, meta: source.meta, aliases: source.aliases ?? [], format: source.format ?? 'markdown', math: rendered.math.count, ...(rendered.code.count > 0 ? { code: rendered.code.count } : {}), item, entries, ...rendered.body, ...(subtitle ? { subtitle } : {}) };
}

/** A page or item through its Liquid and pipeline, with the BibTeX entries its Liquid showed. */
interface Done {
  rendered: RenderedBody;
  entries: BibEntry[];
}

/** What every page of a site is rendered with: one Liquid engine, the scope, the styles they collect. */
interface SiteRenderer {
  scope: LiquidScope;
  bibliography: LiquidBibliography;
  /** the entries of the bibliography the site names */
  papers: readonly BibEntry[];
  mathStyles: Map<string, string>;
  codeStyles: Map<string, string>;
  /**
   * A document's Liquid and pipeline, recording its math, its warnings and the BibTeX entries its
   * Liquid showed; null when its Liquid fails (recorded).
   */
  render(source: PageSource, drop: Drop, content: boolean): Done | null;
}

/** The site's Liquid engine (its includes, the bibliography, the owner's files) and what renders with it. */
function siteRenderer(input: SiteInput, problems: Problems): SiteRenderer {
  const { site, basePath, publicDir } = input;
  const includesDir = path.join(input.contentDir, '_includes');
  const includes = existsSync(/* turbopackIgnore: true */ includesDir) ? path.resolve(includesDir) : null;
  const { bibliographies: files, papers } = input;
  const bibliography = bibliographyFor(site, basePath, input.pages, files, papers, input.data);
  const scope = liquidScope(input);
  const fileExists = (sitePath: string) => existsSync(/* turbopackIgnore: true */ path.join(publicDir, decodeURI(sitePath)));
  const readRelative = (sourceFile: string, name: string) => {
    const file = relativeFile(sourceFile, name, input.contentDir, publicDir);
    return file === null ? null : readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  };
  const markdown = { typographer: site.typographer };
  const engine = createLiquid({ origin: new URL(site.url).origin, basePath, includesDir: includes, locale: site.locale, markdownify: (text) => markdownify(text, markdown), ui: site.ui, bibliography, documents: scope.documents, fileExists, readRelative });
  const mathStyles = new Map<string, string>();
  const codeStyles = new Map<string, string>();
  const render = (source: PageSource, drop: Drop, content: boolean): Done | null => {
    const shown: BibEntry[] = [];
    const unknown: UnknownLiquid[] = [];
    const pagination = source.generated?.kind === 'pagination' ? source.generated.pagination : undefined;
    const scopes = { site: scope.site, page: drop, [SHOWN_ENTRIES]: shown, [UNKNOWN]: unknown, [SOURCE_FILE]: source.file, ...(pagination === undefined ? {} : { paginator: paginatorDrop(pagination, input.collections, scope.items) }) };
    const laidOut = withLayoutContent(source, input.data);
    const rendered = problems.attempt(() => renderSource(laidOut, { engine, includesDir: includes, scope: scopes, tocLabel: site.ui.toc_label, links: { routes: input.routes, basePath }, content, typographer: site.typographer }), null);
    if (rendered === null) return null;
    for (const [name, rule] of rendered.math.styles) mathStyles.set(name, rule);
    for (const [name, rule] of rendered.code.styles) codeStyles.set(name, rule);
    for (const error of rendered.math.errors) problems.warn({ file: source.file, message: error });
    for (const warning of rendered.body.warnings) problems.warn(warning);
    for (const item of unknown) problems.warn(unknownWarning(laidOut, item));
    return { rendered, entries: [...new Set(shown)] };
  };
  return { scope, bibliography, papers, mathStyles, codeStyles, render };
}

/**
 * Every item of every collection, rendered (each item's `content` and `excerpt` set for the pages'
 * loops); the pages of those that have one.
 */
function renderItems(input: SiteInput, renderer: SiteRenderer, problems: Problems): Page[] {
  const { site, basePath } = input;
  const itemPages: Page[] = [];
  const categories = new Set(site.publicationCategories.map((category) => category.key));
  for (const [label, items] of input.collections) {
    for (const item of items) {
      const drop = renderer.scope.items.get(item) ?? {};
      const done = renderer.render(item, drop, true);
      if (done === null) continue;
      const { rendered, entries } = done;
      const content = rendered.content ?? '';
      drop.content = content;
      const ownExcerpt = present(item.meta.excerpt);
      // Jekyll's excerpt: the first paragraph of the rendered text, unless the front matter has one.
      const excerpt = ownExcerpt === undefined ? firstParagraph(content) : markdownify(ownExcerpt, { typographer: site.typographer });
      drop.excerpt = ownExcerpt ?? excerpt;
      const category = present(item.meta.category);
      if (label === 'publications' && categories.size > 0 && category !== undefined && !categories.has(category)) {
        problems.warn({
          file: item.file,
          line: item.lineOf(['category']) ?? 1,
          message: `category "${category}" is not in publication_category in site.yml, so academicpages' publications loop leaves this paper out; add it there with a title`,
        });
      }
      // An item that redirects (al-folio's `redirect:`) is listed, but has no page of its own.
      if (item.output && redirectTarget(item.data) === undefined) {
        const related = label === 'posts' ? relatedPostsSection(item, items, site.data.related_blog_posts, { basePath, locale: site.locale, heading: site.ui.related_posts_label }) : null;
        const itemPage = pageOf(item, rendered, itemInfo(item, excerpt), entries);
        itemPages.push(related === null ? itemPage : { ...itemPage, sections: [...itemPage.sections, related] });
      }
    }
  }
  return itemPages;
}

/** The site's pages, rendered once its items are: an archive's list, al-folio's about page with its lists and selected papers. */
function renderPages(input: SiteInput, renderer: SiteRenderer): Page[] {
  const { site, basePath } = input;
  return input.pages.flatMap((source, index): Page[] => {
    if (redirectTarget(source.data) !== undefined) return [];
    if (source.generated?.kind === 'archive') {
      const posts = source.generated.posts;
      return [{ file: source.file, meta: source.meta, aliases: source.aliases ?? [], format: 'markdown', math: 0, item: null, entries: [], bio: null, sections: [archiveSection(posts, { basePath, locale: site.locale, heading: site.ui.latest_posts_label })], warnings: [] }];
    }
    const done = renderer.render(source, renderer.scope.pages[index] ?? {}, false);
    if (done === null) return [];
    const page = pageOf(source, done.rendered, null, done.entries);
    if (source.meta.permalink !== '/') return [page];
    // al-folio's about page: news and latest posts, then the selected papers.
    const contentOf = (item: ItemSource) => {
      const content = renderer.scope.items.get(item)?.content;
      return typeof content === 'string' ? content : undefined;
    };
    const lists = alFolioHomeSections(source, { collections: input.collections, contentOf, basePath, locale: site.locale, ui: site.ui });
    const selected = source.meta.selected_papers === true ? selectedPapers(renderer.papers, renderer.bibliography.options, site.ui.selected_publications) : null;
    return [{ ...page, sections: [...page.sections, ...lists, ...(selected === null ? [] : [selected.section])], entries: [...done.entries, ...(selected?.entries ?? [])] }];
  });
}

/**
 * Every page of the site, rendered; a page whose Liquid fails is recorded in `problems` (with the
 * others' mistakes) and left out, and every warning goes there too.
 */
export function renderSite(input: SiteInput, problems: Problems): RenderedSite {
  const renderer = siteRenderer(input, problems);
  const { mathStyles, codeStyles, bibliography } = renderer;
  // The venues' badge colours go in /highlight.css with the code's; a page showing one loads it.
  const venues = bibliography.options.venues ?? new Map<string, Venue>();
  for (const { colour } of venues.values()) if (colour !== undefined) codeStyles.set(colour.name, colour.declarations);
  const coloured = (page: Page): Page => {
    const badges = page.entries.filter((entry) => entry.fields.abbr !== undefined && venues.get(entry.fields.abbr)?.colour !== undefined).length;
    return badges === 0 ? page : { ...page, venues: badges };
  };
  const itemPages = renderItems(input, renderer, problems);
  const pages = renderPages(input, renderer);
  const paperPages = input.site.scholar.pages ? renderer.papers.map((entry) => paperPage(entry, bibliography.options)) : [];
  return { pages: [...pages, ...itemPages, ...paperPages].map(coloured), mathStyles, codeStyles };
}

/**
 * One page on its own, outside a site (tests, tools): Liquid with only `site.url`, `site.baseurl`
 * and `page`, English interface texts, no includes but the built-in ones.
 */
export function renderPage(source: PageSource, links: { origin: string; basePath: string } = { origin: 'https://example.org', basePath: '' }): Page {
  const ui = uiTextFor('en');
  const engine = createLiquid({ ...links, includesDir: null, locale: 'en', markdownify: (text) => markdownify(text), ui });
  const scope = { site: { url: links.origin, baseurl: links.basePath }, page: { ...source.data, url: source.meta.permalink } };
  const rendered = renderSource(source, { engine, includesDir: null, scope, tocLabel: ui.toc_label, typographer: false });
  const page = pageOf(source, rendered, null, []);
  return { ...page, warnings: [...page.warnings, ...rendered.math.errors.map((error) => ({ file: source.file, message: error }))] };
}
