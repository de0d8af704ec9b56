import type { MetadataRoute } from 'next';
import { getLastUpdated, getPages, getSite } from '@/lib/data';
import { absoluteUrl } from '@/lib/content/routes';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = getLastUpdated() ?? undefined;
  const site = getSite();
  return getPages().map((page) => ({ url: absoluteUrl(site, page.meta.permalink), lastModified }));
}
