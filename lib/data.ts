// The site as routes and Server Components see it: the one loader's model, loaded once per render
// (React cache). Routes never read files or parse markdown themselves.
import 'server-only';
import { cache } from 'react';
import { warningLines } from './check';
// Under `next dev`, rewritten on every save under content/ (lib/dev/content-watch.ts): Next then
// re-renders the open page, which reads the content again. Nothing of it reaches the browser.
import { contentStamp } from './dev/content-stamp';
import { ContentError } from './content/error';
import { ContentErrors } from './content/problems';
import { lastUpdated } from './content/last-updated';
import { pageAt, withBasePath } from './content/routes';
import type { Page } from './model';
import { type FeedFormat, FEEDS, buildFeeds } from './publish/feeds';
import { deploymentOf } from './publish/metadata';
import { MODEL_FILE_ENV, type ServedModel, readServedModel } from './shared-model';
import { type SiteModel, loadSiteModel, loadSiteRoutes, siteFolders } from './site-model';

const FOLDERS = siteFolders(process.cwd());
export const { contentDir: CONTENT_DIR, publicDir: PUBLIC_DIR } = FOLDERS;

const warned = new Set<string>();

/**
 * What every page of a render shares, computed once. In production the content does not change
 * while the process runs, so once per process: a site with a thousand items would otherwise load
 * its model, build its feeds and ask git for its date once per page. `next dev` computes them
 * once per request (React cache), from the model of the last save (currentModel).
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

function productionModel(): ServedModel {
  const store: Record<symbol, unknown> = globalThis;
  const model = store[MODEL_KEY];
  if (isServedModel(model)) return model;
  // In a build, the content check's process has rendered the site already (lib/shared-model.ts).
  const file = process.env[MODEL_FILE_ENV];
  const loaded = (file === undefined ? null : readServedModel(file)) ?? loadSiteModel(FOLDERS);
  store[MODEL_KEY] = loaded;
  return loaded;
}

/** The model stored by productionModel (any other value is not one). */
function isServedModel(value: unknown): value is ServedModel {
  return typeof value === 'object' && value !== null && 'pages' in value && 'site' in value && 'mathStyles' in value && 'routes' in value;
}

/**
 * `next dev`: the content as of the last save, and that save's content errors. The watcher changes
 * contentStamp on every save, so the model is read again then, and not on every request (a site
 * with a thousand items takes seconds to read). A save with errors keeps the last good model, and
 * the pages show the errors above it (getContentErrors). Kept on globalThis: Next evaluates this
 * module again when the stamp changes.
 */
interface DevelopmentState {
  stamp: number;
  model: SiteModel;
  errors: string[];
}
const DEVELOPMENT_KEY = Symbol.for('academic-site.development-model');

function isDevelopmentState(value: unknown): value is DevelopmentState {
  return typeof value === 'object' && value !== null && 'stamp' in value && 'model' in value && isServedModel(value.model) && 'errors' in value && Array.isArray(value.errors);
}

function developmentState(): DevelopmentState | null {
  const store: Record<symbol, unknown> = globalThis;
  const state = store[DEVELOPMENT_KEY];
  return isDevelopmentState(state) ? state : null;
}

/** The messages of a content mistake, or null for any other error. */
function contentErrorMessages(error: unknown): string[] | null {
  if (error instanceof ContentErrors) return error.errors.map((one) => one.message);
  if (error instanceof ContentError) return [error.message];
  return null;
}

function currentModel(): SiteModel {
  const last = developmentState();
  if (last?.stamp === contentStamp) return last.model;
  const store: Record<symbol, unknown> = globalThis;
  try {
    const model = loadSiteModel(FOLDERS);
    // The content check printed the warnings before `next dev` started; a new one is printed once.
    for (const line of warningLines(model)) {
      if (warned.has(line)) continue;
      warned.add(line);
      console.warn(line);
    }
    store[DEVELOPMENT_KEY] = { stamp: contentStamp, model, errors: [] } satisfies DevelopmentState;
    return model;
  } catch (error) {
    const errors = contentErrorMessages(error);
    // Nothing good to show yet, or not a content mistake: Next's error page (the message is in the terminal).
    if (errors === null || last === null) throw error;
    for (const line of errors) console.error(`error: ${line}`);
    store[DEVELOPMENT_KEY] = { stamp: contentStamp, model: last.model, errors } satisfies DevelopmentState;
    return last.model;
  }
}

const getModel = shared((): ServedModel => {
  if (process.env.NODE_ENV === 'production') return productionModel();
  if (process.env.NODE_ENV === 'development') return currentModel();
  return loadSiteModel(FOLDERS);
});

/** Under `next dev`, the errors of the last save, which the pages show above the content before it; none elsewhere. */
export function getContentErrors(): string[] {
  if (process.env.NODE_ENV !== 'development') return [];
  getModel();
  return developmentState()?.errors ?? [];
}

export const getSite = shared(() => getModel().site);

/**
 * The paths pages are served at: what generateStaticParams needs, in a build worker that renders
 * nothing.
 */
export const getServedPaths = shared((): { permalink: string; aliases: string[] }[] => {
  // The model's pages, one for each source and in the same order, where the model is at hand: a
  // build's, shared by its check; next dev's, kept until the next save. Else the files alone.
  const atHand = process.env.NODE_ENV === 'development' || (process.env.NODE_ENV === 'production' && process.env[MODEL_FILE_ENV] !== undefined);
  const served = atHand ? getModel().pages : loadSiteRoutes(FOLDERS).sources;
  return served.map((source) => ({ permalink: source.meta.permalink, aliases: source.aliases ?? [] }));
});

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
