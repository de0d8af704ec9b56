// The site's content, loaded once per render (React cache) for Server Components and metadata.
import 'server-only';
import path from 'node:path';
import { cache } from 'react';
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
