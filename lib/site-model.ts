// The one loader: every content file read and validated once, then every page rendered. The
// build (through lib/data.ts), next.config.js (through lib/check.ts), the export and the importer
// all start here, so a mistake reads the same wherever it is found.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { basePathFrom } from './content/base-path';
import { type BibEntry, DEFAULT_BIBLIOGRAPHY, readBibliographies } from './content/bibliography';
import { readCollections } from './content/collections';
import { readDataFiles, readJsonWithLines } from './content/data-files';
import { displayName } from './content/front-matter';
import { validateResume } from './content/json-resume';
import { readAllPages, settleRoutes } from './content/pages';
import { Problems, type Warning } from './content/problems';
import { type RouteTable, canonicalHref, canonicalPath, inUrlForm, paperPath, redirectTarget, routeTable } from './content/routes';
import { navFromPages } from './content/al-folio';
import { archivePages, paginate } from './content/generated-pages';
import { type Environment, type NavItem, type SiteConfig, loadSite } from './content/site';
import type { ItemSource, Page, PageSource } from './model';
import { type OldPath, redirectingPage, redirectsFor } from './publish/redirects';
import { sanitizeHtml } from './render/pipeline';
import { renderSite } from './render/site-render';

export interface SiteFolders {
  /** content/, or the folder CONTENT_DIR names */
  contentDir: string;
  /** public/: the owner's static files */
  publicDir: string;
}

export interface SiteModel {
  site: SiteConfig;
  /** "" or "/repo" (BASE_PATH) */
  basePath: string;
  /** what has a page, as read from its file: the home page first, the other pages, then collection items */
  sources: PageSource[];
  /** each collection's items (with a page or not), in Jekyll's order */
  collections: Map<string, ItemSource[]>;
  /** the same pages rendered, in the same order */
  pages: Page[];
  /** one for each redirect_from path */
  redirects: OldPath[];
  /** each served path's page and each old path's page, in the one URL form */
  routes: RouteTable<Page>;
  /** class -> CSS declarations of the site's typeset math */
  mathStyles: Map<string, string>;
  /** class -> CSS declarations of the site's coloured code */
  codeStyles: Map<string, string>;
  /** what the owner should know about (undated news, math KaTeX cannot read...) */
  warnings: Warning[];
}

/** The content and public folders of a project folder, as the environment names them. */
export function siteFolders(root: string, env: Environment = process.env): SiteFolders {
  return {
    contentDir: path.resolve(/* turbopackIgnore: true */ root, env.CONTENT_DIR ?? 'content'),
    publicDir: path.resolve(/* turbopackIgnore: true */ root, 'public'),
  };
}

/** What the site serves where, read and validated but not rendered: enough for the server's routes. */
export interface SiteRoutes {
  site: SiteConfig;
  basePath: string;
  /** the pages, then the items that have a page, then the BibTeX entries' pages */
  sources: PageSource[];
  /** the pages alone (profile.md first, then content/pages/) */
  pages: PageSource[];
  collections: Map<string, ItemSource[]>;
  /** content/bibliography/*.bib, by file name without .bib */
  bibliographies: Map<string, BibEntry[]>;
  /** the entries of the bibliography the site names (see paperEntries), each with its page's path */
  papers: BibEntry[];
  redirects: OldPath[];
  /** each served path's page and each old path's page, in the one URL form */
  routes: RouteTable;
}

/** A BibTeX entry's own page (`scholar: {pages: false}` turns them off), as a source for routes. */
function paperSource(entry: BibEntry): PageSource & { entry: BibEntry } {
  return {
    entry,
    file: entry.source,
    meta: { permalink: paperPath(entry.key), title: entry.title, author_profile: true, redirect_from: [] },
    data: {},
    body: '',
    bodyLine: entry.line,
    lineOf: () => entry.line,
  };
}

/** Where a page goes when its permalink is another page's: its collection's own URL for it, else a numbered one. */
const elsewhere = (source: PageSource): string => canonicalPath(source.defaultPermalink ?? source.meta.permalink);

/**
 * Reads and validates every file and its permalink, without running Liquid or markdown: what
 * next.config.js needs in the processes that come after the content check (Next's workers).
 * Every problem found goes to `problems`; what can be read is returned whatever the others.
 */
export function loadSiteRoutes({ contentDir, publicDir }: SiteFolders, env: Environment = process.env, problems: Problems = new Problems()): SiteRoutes {
  const basePath = problems.attempt(() => basePathFrom(env), '');
  const loaded = loadSite(contentDir, publicDir, env, problems);
  const written = readAllPages(contentDir, loaded.defaults, problems).map(inUrlForm);
  const collections = [...readCollections(contentDir, loaded.collections, loaded.defaults, problems, { now: new Date(), future: loaded.future })].map(([name, items]) => [name, items.map(inUrlForm)] as const);
  // Pages that plugins make: a paginated list's further pages (after the list), then the archives.
  const byLabel = new Map<string, readonly ItemSource[]>(collections);
  const archives = archivePages(byLabel.get('posts') ?? [], loaded, displayName(path.join(contentDir, 'site.yml'))).map(inUrlForm);
  const pages = [...paginate(written, byLabel, loaded).map(inUrlForm), ...archives];
  const bibliographies = readBibliographies(contentDir, problems);
  const listed = paperEntries(loaded, bibliographies, pages);
  const paperPages = loaded.scholar.pages ? listed.map((entry) => inUrlForm(paperSource(entry))) : [];
  const withPages = collections.flatMap(([, items]) => items.filter((item) => item.output));
  // Two pages at one URL: the first keeps it, the others move (and are said), in Jekyll's order.
  const settled = new Map<PageSource, PageSource>();
  const all = [...pages, ...withPages, ...paperPages];
  settleRoutes(all, problems, elsewhere).forEach((source, index) => {
    const original = all[index];
    if (original !== undefined) settled.set(original, source);
  });
  const settledItem = (item: ItemSource): ItemSource => {
    const now = settled.get(item);
    return now === undefined || now === item ? item : { ...item, meta: { ...item.meta, permalink: now.meta.permalink }, aliases: now.aliases };
  };
  // A page with `redirect_to` (or al-folio's `redirect:`) is not served: its URL redirects.
  const everything = all.map((source) => settled.get(source) ?? source);
  const sources = everything.filter((source) => redirectTarget(source.data) === undefined);
  const leaving = everything.flatMap((source) => redirectingPage(source) ?? []);
  // Each listed entry learns where its page is (after the routes are settled).
  const pageOf = new Map(paperPages.map((paper) => [paper.entry, (settled.get(paper) ?? paper).meta.permalink]));
  const withPage = (entry: BibEntry): BibEntry => {
    const page = pageOf.get(entry);
    return page === undefined ? entry : { ...entry, page };
  };
  const redirects = [...redirectsFor(sources, problems), ...leaving];
  // Menu links go straight to a page's one URL form, never through a redirect.
  const routes = routeTable(sources);
  const canonical = (item: NavItem): NavItem => (item.external ? item : { ...item, url: canonicalHref(item.url, routes) });
  // site.yml's `nav:` (academicpages' navigation.yml), else the pages' own (al-folio's `nav: true`).
  const nav = (loaded.nav.length > 0 ? loaded.nav : navFromPages(written)).map((item) => ({ ...canonical(item), ...(item.children === undefined ? {} : { children: item.children.map(canonical) }) }));
  return {
    site: { ...loaded, nav, author: withAlFolioProfile(loaded, pages.find((page) => page.meta.permalink === '/'), publicDir, problems) },
    basePath,
    sources,
    pages: pages.map((page) => settled.get(page) ?? page),
    collections: new Map(collections.map(([name, items]) => [name, items.map(settledItem)])),
    bibliographies: new Map([...bibliographies].map(([name, entries]) => [name, entries.map(withPage)])),
    papers: listed.map(withPage),
    redirects,
    routes,
  };
}

/**
 * al-folio keeps the owner's photo and address in the about page's `profile:` (the photo under
 * assets/img/): the sidebar shows them when site.yml's author block has none.
 */
function withAlFolioProfile(site: SiteConfig, home: PageSource | undefined, publicDir: string, problems: Problems): SiteConfig['author'] {
  const profile = home?.meta.profile;
  if (home === undefined || profile == null) return site.author;
  let avatar = site.author.avatar;
  if (avatar === null && profile.image !== undefined) {
    const image = /^https?:\/\/|^\//i.test(profile.image) ? profile.image : `/assets/img/${profile.image}`;
    if (image.startsWith('/') && !existsSync(/* turbopackIgnore: true */ path.join(publicDir, decodeURI(image)))) {
      problems.warn({ file: home.file, line: home.lineOf(['profile', 'image']), message: `\`profile.image\`: expected an image at ${displayName(path.join(publicDir, image))}, found no such file; the sidebar shows your initials` });
    } else avatar = image;
  }
  const info = profile.more_info ?? profile.address;
  const moreInfo = info === undefined ? undefined : sanitizeHtml(info);
  return { ...site.author, avatar, ...(moreInfo ? { moreInfo } : {}) };
}

/**
 * The entries that get a page of their own and may be cited: those of the bibliography the site
 * names (al-folio's `scholar.bibliography`, papers.bib by default) and of any file a page lists with
 * `--file`; a backup such as papers_BAK.bib beside them stays out.
 */
export function paperEntries(site: SiteConfig, bibliographies: ReadonlyMap<string, readonly BibEntry[]>, pages: readonly PageSource[]): BibEntry[] {
  const listed = new Set([site.scholar.bibliography ?? DEFAULT_BIBLIOGRAPHY]);
  for (const page of pages) for (const match of page.body.matchAll(/\{%-?\s*bibliography\b[^%]*?(?:--file|-f)\s+["']?([^\s"'%]+)/g)) listed.add((match[1] ?? '').replace(/\.bib$/i, ''));
  return [...bibliographies].flatMap(([name, entries]) => (listed.has(name) ? entries : []));
}

/**
 * Reads, validates and renders the whole site, collecting every problem in `problems`; null when
 * there were errors (the site would be wrong), the model otherwise.
 */
export function readSiteModel(folders: SiteFolders, env: Environment, problems: Problems): SiteModel | null {
  const { contentDir } = folders;
  const { site, basePath, sources, pages: pageSources, collections, bibliographies, papers, redirects, routes } = loadSiteRoutes(folders, env, problems);
  const data = readDataFiles(contentDir, problems);
  // academicpages' cv.json (JSON Resume) is checked, and Liquid sees it with the older names mapped.
  // al-folio's JSON Resume is a static file, public/assets/json/resume.json: the CV when there is no other.
  const cvFile = [path.join(contentDir, '_data', 'cv.json'), path.join(folders.publicDir, 'assets', 'json', 'resume.json')].find((file) => existsSync(/* turbopackIgnore: true */ file));
  if (cvFile !== undefined && (data.cv === undefined || cvFile.endsWith('cv.json'))) {
    const cv = problems.attempt(() => validateResume(readJsonWithLines(cvFile), displayName(cvFile), problems), null);
    if (cv !== null) data.cv = cv;
  }
  const rendered = renderSite({ site, basePath, contentDir, publicDir: folders.publicDir, pages: pageSources, collections, bibliographies, papers, data, now: new Date(), routes }, problems);
  if (!problems.ok) return null;
  return { site, basePath, sources, collections, pages: rendered.pages, routes: routeTable(rendered.pages), redirects, mathStyles: rendered.mathStyles, codeStyles: rendered.codeStyles, warnings: problems.sortedWarnings() };
}

/** Reads, validates and renders the whole site; every error at once in a ContentErrors. */
export function loadSiteModel(folders: SiteFolders, env: Environment = process.env): SiteModel {
  const problems = new Problems();
  const model = readSiteModel(folders, env, problems);
  if (model === null) problems.throwIfErrors();
  if (model === null) throw new Error('the site model could not be made, and no problem says why');
  return model;
}
