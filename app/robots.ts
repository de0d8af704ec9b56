import type { MetadataRoute } from 'next';
import { getDeployment, getSite } from '@/lib/content';
import { robotsFor } from '@/lib/metadata';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return robotsFor(getSite(), getDeployment());
}
