// The one loader: every content file read and validated once, then every page rendered. The
// build (through lib/data.ts), next.config.js (through lib/check.ts), the export and the importer
// all start here, so a mistake reads the same wherever it is found.
import path from 'node:path';
import { basePathFrom } from './content/base-path';
import type { PageSource } from './content/front-matter';
import { readAllPages } from './content/pages';
import { type Environment, type SiteConfig, loadSite } from './content/site';
import { type Redirect, redirectsFor } from './publish/redirects';
import { type Page, renderPage } from './render/page';

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
  /** the pages as read from their files, the home page first */
  sources: PageSource[];
  /** the same pages rendered, in the same order */
  pages: Page[];
  /** one for each redirect_from path */
  redirects: Redirect[];
  /** what the owner should know about (undated news, Liquid shown as written), one line each */
  warnings: string[];
}

/** The content and public folders of a project folder, as the environment names them. */
export function siteFolders(root: string, env: Environment = process.env): SiteFolders {
  return {
    contentDir: path.resolve(/* turbopackIgnore: true */ root, env.CONTENT_DIR ?? 'content'),
    publicDir: path.resolve(/* turbopackIgnore: true */ root, 'public'),
  };
}

/** Reads, validates and renders the whole site; throws a ContentError at the first mistake. */
export function loadSiteModel({ contentDir, publicDir }: SiteFolders, env: Environment = process.env): SiteModel {
  const basePath = basePathFrom(env);
  const site = loadSite(contentDir, publicDir, env);
  const sources = readAllPages(contentDir);
  const redirects = redirectsFor(sources);
  const links = { origin: new URL(site.url).origin, basePath };
  const pages = sources.map((source) => renderPage(source, links));
  const warnings = [...new Set(pages.flatMap((page) => page.warnings))];
  return { site, basePath, sources, pages, redirects, warnings };
}
