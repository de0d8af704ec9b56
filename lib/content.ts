// The site's content, loaded once per render (React cache) for Server Components and metadata.
import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { buildFeeds, FEEDS, type FeedFormat } from './feeds';
import { lastUpdated } from './last-updated';
import { deploymentOf } from './metadata';
import { loadProfile } from './profile';
import { loadSite } from './site';

const ROOT = process.cwd();
export const CONTENT_DIR = path.join(ROOT, 'content');
export const PUBLIC_DIR = path.join(ROOT, 'public');

const warned = new Set<string>();

export const getSite = cache(() => loadSite(CONTENT_DIR, PUBLIC_DIR));

export const getProfile = cache(() => {
  const profile = loadProfile(CONTENT_DIR);
  for (const warning of profile.warnings) {
    if (warned.has(warning)) continue;
    warned.add(warning);
    console.warn(`warning: ${warning}`);
  }
  return profile;
});

export const getFeeds = cache(() => buildFeeds(getSite(), getProfile()));

/** The feeds to link to: only when there is news to put in them. */
export const getAnnouncedFeeds = cache(() => (getFeeds().entries.length > 0 ? Object.values(FEEDS) : []));

export const getDeployment = cache(() => deploymentOf(process.env));

export const getLastUpdated = cache(() => lastUpdated(CONTENT_DIR));

/** A feed route's answer. */
export function feedResponse(format: FeedFormat): Response {
  return new Response(getFeeds()[format], { headers: { 'Content-Type': `${FEEDS[format].type}; charset=utf-8` } });
}
