// The site's content, loaded once per render (React cache) for Server Components and metadata.
import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { basePathFrom } from './base-path.mjs';
import { buildFeeds, FEEDS, type FeedFormat } from './feeds';
import { lastUpdated } from './last-updated';
import { deploymentOf } from './metadata';
import { routeKey } from './pages.mjs';
import { loadPages, type Page } from './profile';
import { loadSite } from './site';

const ROOT = process.cwd();
/** content/, or the folder CONTENT_DIR names (the browser tests build a second site that way) */
export const CONTENT_DIR = path.resolve(/* turbopackIgnore: true */ ROOT, process.env.CONTENT_DIR ?? 'content');
export const PUBLIC_DIR = path.join(ROOT, 'public');

const warned = new Set<string>();

export const getSite = cache(() => loadSite(CONTENT_DIR, PUBLIC_DIR));

export const getBasePath = cache(() => basePathFrom(process.env));

/** A site path as a link in the page: under the base path when the site has one. */
export function href(sitePath: string): string {
  return /^[a-z][a-z\d+.-]*:/i.test(sitePath) || sitePath.startsWith('#') ? sitePath : `${getBasePath()}${sitePath}`;
}

/** Every page, the home page first; the build prints each warning once. */
export const getPages = cache((): Page[] => {
  const pages = loadPages(CONTENT_DIR, { origin: new URL(getSite().url).origin, basePath: getBasePath() });
  for (const warning of pages.flatMap((page) => page.warnings)) {
    if (warned.has(warning)) continue;
    warned.add(warning);
    console.warn(`warning: ${warning}`);
  }
  return pages;
});

export const getProfile = cache((): Page => {
  const [home] = getPages();
  if (!home) throw new Error('no home page');
  return home;
});

/** The page at a route key ("/talks", see routeKey), or undefined. */
export function getPageAt(route: string): Page | undefined {
  return getPages().find((page) => routeKey(page.meta.permalink) === route);
}

export const getFeeds = cache(() => buildFeeds(getSite(), getProfile()));

/** The feeds to link to: only when there is news to put in them. */
export const getAnnouncedFeeds = cache(() => (getFeeds().entries.length > 0 ? Object.values(FEEDS) : []));

export const getDeployment = cache(() => deploymentOf(process.env));

export const getLastUpdated = cache(() => lastUpdated(CONTENT_DIR));

/** A feed route's answer. */
export function feedResponse(format: FeedFormat): Response {
  return new Response(getFeeds()[format], { headers: { 'Content-Type': `${FEEDS[format].type}; charset=utf-8` } });
}
