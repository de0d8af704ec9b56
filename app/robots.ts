import type { MetadataRoute } from 'next';
import { getDeployment, getSite } from '@/lib/data';
import { robotsFor } from '@/lib/publish/metadata';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return robotsFor(getSite(), getDeployment());
}
