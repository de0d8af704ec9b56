import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageView } from '@/components/PageView';
import { SiteHeader } from '@/components/SiteHeader';
import { getAnnouncedFeeds, getDeployment, getPageAt, getPages, getSite, href } from '@/lib/data';
import { pageMetadata } from '@/lib/publish/metadata';
import { navFor } from '@/lib/publish/nav';
import { routeKey, routeSegments } from '@/lib/content/pages';

type Params = { slug: string[] };

// Only the pages of content/pages/ exist; any other path is the 404 page.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getPages()
    .slice(1)
    .map((page) => ({ slug: routeSegments(page.meta.permalink) }));
  // A static export needs at least one path here; with no pages, /404/ renders the 404 page, as
  // the export's 404.html does anyway.
  return params.length === 0 && process.env.STATIC_EXPORT === '1' ? [{ slug: ['404'] }] : params;
}

async function pageOf(params: Promise<Params>) {
  const { slug } = await params;
  const page = getPageAt(routeKey(`/${slug.join('/')}`));
  if (!page || page.meta.permalink === '/') notFound();
  return page;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await pageOf(params);
  return pageMetadata(getSite(), { path: page.meta.permalink, title: page.meta.title }, getDeployment(), getAnnouncedFeeds());
}

export default async function ContentPage({ params }: { params: Promise<Params> }) {
  const page = await pageOf(params);
  const site = getSite();
  return (
    <>
      <SiteHeader title={site.title} home={href('/')} nav={navFor(site.nav, page.meta.permalink, href)} ui={site.ui} />
      <PageView page={page} heading={page.meta.title || site.title} author={site.author} ui={site.ui} />
    </>
  );
}
