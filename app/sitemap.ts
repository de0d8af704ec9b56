import type { MetadataRoute } from 'next';
import { getLastUpdated, getProfile, getSite } from '@/lib/content';
import { absoluteUrl } from '@/lib/metadata';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = getLastUpdated() ?? undefined;
  return [{ url: absoluteUrl(getSite(), getProfile().meta.permalink), lastModified }];
}
