// The one loader: every content file read and validated once, then every page rendered. The
// build (through lib/data.ts), next.config.js (through lib/check.ts), the export and the importer
// all start here, so a mistake reads the same wherever it is found.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { basePathFrom } from './content/base-path';
import { type BibEntry, readBibliographies } from './content/bibliography';
import { readCollections } from './content/collections';
import { readDataFiles, readJsonWithLines } from './content/data-files';
import { displayName } from './content/front-matter';
import { validateResume } from './content/json-resume';
import { checkRoutes, readAllPages } from './content/pages';
import { type RouteTable, canonicalHref, inUrlForm, paperPath, routeTable } from './content/routes';
import { type Environment, type SiteConfig, loadSite } from './content/site';
import type { ItemSource, Page, PageSource } from './model';
import { type Redirect, redirectsFor } from './publish/redirects';
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
  redirects: Redirect[];
  /** each served path's page and each old path's page, in the one URL form */
  routes: RouteTable<Page>;
  /** class -> CSS declarations of the site's typeset math */
  mathStyles: Map<string, string>;
  /** what the owner should know about (undated news, math KaTeX cannot read...), one line each */
  warnings: string[];
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
  redirects: Redirect[];
  /** each served path's page and each old path's page, in the one URL form */
  routes: RouteTable;
}

/** A BibTeX entry's own page (`scholar: {pages: false}` turns them off), as a source for routes. */
function paperSource(entry: BibEntry): PageSource {
  return {
    file: entry.source,
    meta: { permalink: paperPath(entry.key), title: entry.title, author_profile: true, redirect_from: [] },
    data: {},
    body: '',
    bodyLine: entry.line,
    lineOf: () => entry.line,
  };
}

/**
 * Reads and validates every file and its permalink, without running Liquid or markdown: what
 * next.config.js needs in the processes that come after the content check (Next's workers).
 */
export function loadSiteRoutes({ contentDir, publicDir }: SiteFolders, env: Environment = process.env): SiteRoutes {
  const basePath = basePathFrom(env);
  const loaded = loadSite(contentDir, publicDir, env);
  const pages = readAllPages(contentDir, loaded.defaults).map(inUrlForm);
  const collections = new Map([...readCollections(contentDir, loaded.collections, loaded.defaults)].map(([name, items]) => [name, items.map(inUrlForm)]));
  const bibliographies = readBibliographies(contentDir);
  const papers = loaded.scholar.pages ? [...bibliographies.values()].flat().map((entry) => inUrlForm(paperSource(entry))) : [];
  const sources = [...pages, ...[...collections.values()].flat().filter((item) => item.output), ...papers];
  checkRoutes(sources);
  const redirects = redirectsFor(sources);
  // Menu links go straight to a page's one URL form, never through a redirect.
  const routes = routeTable(sources);
  const nav = loaded.nav.map((item) => (item.external ? item : { ...item, url: canonicalHref(item.url, routes) }));
  return { site: { ...loaded, nav }, basePath, sources, pages, collections, bibliographies, redirects, routes };
}

/** Reads, validates and renders the whole site; throws a ContentError at the first mistake. */
export function loadSiteModel(folders: SiteFolders, env: Environment = process.env): SiteModel {
  const { contentDir } = folders;
  const { site, basePath, sources, pages: pageSources, collections, bibliographies, redirects, routes } = loadSiteRoutes(folders, env);
  const data = readDataFiles(contentDir);
  // academicpages' cv.json (JSON Resume) is checked, and Liquid sees it with the older names mapped.
  const cvFile = path.join(contentDir, '_data', 'cv.json');
  if (data.cv !== undefined && existsSync(/* turbopackIgnore: true */ cvFile)) data.cv = validateResume(readJsonWithLines(cvFile), displayName(cvFile));
  const rendered = renderSite({ site, basePath, contentDir, pages: pageSources, collections, bibliographies, data, now: new Date(), routes });
  const warnings = [...new Set([...rendered.warnings, ...rendered.pages.flatMap((page) => page.warnings)])];
  return { site, basePath, sources, collections, pages: rendered.pages, routes: routeTable(rendered.pages), redirects, mathStyles: rendered.mathStyles, warnings };
}
