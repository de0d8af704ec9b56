// The site as routes and Server Components see it: the one loader's model, loaded once per render
// (React cache). Routes never read files or parse markdown themselves.
import 'server-only';
import { cache } from 'react';
import { warningLines } from './check';
import { lastUpdated } from './content/last-updated';
import { pageAt, withBasePath } from './content/routes';
import type { Page } from './model';
import { type FeedFormat, FEEDS, buildFeeds } from './publish/feeds';
import { deploymentOf } from './publish/metadata';
import { type SiteModel, loadSiteModel, loadSiteRoutes, siteFolders } from './site-model';

const FOLDERS = siteFolders(process.cwd());
export const { contentDir: CONTENT_DIR, publicDir: PUBLIC_DIR } = FOLDERS;

const warned = new Set<string>();

/**
 * What every page of a render shares, computed once. In production the content does not change
 * while the process runs, so once per process: a site with a thousand items would otherwise load
 * its model, build its feeds and ask git for its date once per page. `next dev` reads the
 * content again on every request (React cache), so that an edit shows on reload.
 */
function shared<T>(compute: () => T): () => T {
  if (process.env.NODE_ENV !== 'production') return cache(compute);
  let value: { current: T } | null = null;
  return () => (value ??= { current: compute() }).current;
}

/**
 * Next loads this module more than once in one build worker (pages and route handlers are
 * compiled apart); the production model is kept on globalThis so that the worker loads it once.
 */
const MODEL_KEY = Symbol.for('academic-site.model');

function productionModel(): SiteModel {
  const store: Record<symbol, unknown> = globalThis;
  const model = store[MODEL_KEY];
  if (isSiteModel(model)) return model;
  const loaded = loadSiteModel(FOLDERS);
  store[MODEL_KEY] = loaded;
  return loaded;
}

/** The model stored by productionModel (any other value is not one). */
function isSiteModel(value: unknown): value is SiteModel {
  return typeof value === 'object' && value !== null && 'pages' in value && 'site' in value && 'mathStyles' in value;
}

const getModel = shared((): SiteModel => {
  if (process.env.NODE_ENV === 'production') return productionModel();
  const model = loadSiteModel(FOLDERS);
  // The content check printed the build's warnings before it compiled; `next dev` reads the
  // content again on each request, so a new warning is printed there, once.
  if (process.env.NODE_ENV === 'development') {
    for (const line of warningLines(model)) {
      if (warned.has(line)) continue;
      warned.add(line);
      console.warn(line);
    }
  }
  return model;
});

export const getSite = shared(() => getModel().site);

/**
 * The paths pages are served at, from the files alone (no rendering): what generateStaticParams
 * needs, in a build worker that renders nothing.
 */
export const getServedPaths = shared((): { permalink: string; aliases: string[] }[] =>
  loadSiteRoutes(FOLDERS).sources.map((source) => ({ permalink: source.meta.permalink, aliases: source.aliases ?? [] })),
);

export const getBasePath = shared(() => getModel().basePath);

/** A site path as a link in the page: under the base path when the site has one. */
export function href(sitePath: string): string {
  return withBasePath(sitePath, getBasePath());
}

/** Every page, the home page first. */
export const getPages = shared((): Page[] => getModel().pages);

/** The home page (content/profile.md; the loader makes sure it is there). */
export const getHomePage = shared((): Page => {
  const [home] = getPages();
  if (!home) throw new Error(`${CONTENT_DIR}/profile.md: the loader returned no home page`);
  return home;
});

/** The page served at a path (either URL form, or an alias), or undefined. */
export function getPageAt(sitePath: string): Page | undefined {
  return pageAt(getModel().routes, sitePath);
}

/** The stylesheet of the site's math: KaTeX's, then the classes its styles became. */
export const getMathStyles = shared(() => getModel().mathStyles);

/** The stylesheet of the site's coloured code. */
export const getCodeStyles = shared(() => getModel().codeStyles);

export const getFeeds = shared(() => buildFeeds(getSite(), getHomePage(), getPages()));

/** The feeds to link to: only when there is news to put in them. */
export const getAnnouncedFeeds = shared(() => (getFeeds().entries.length > 0 ? Object.values(FEEDS) : []));

export const getDeployment = shared(() => deploymentOf(process.env));

export const getLastUpdated = shared(() => lastUpdated(CONTENT_DIR));

/** A feed route's answer. */
export function feedResponse(format: FeedFormat): Response {
  return new Response(getFeeds()[format], { headers: { 'Content-Type': `${FEEDS[format].type}; charset=utf-8` } });
}
