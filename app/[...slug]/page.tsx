import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { PageView } from '@/components/PageView';
import { SiteHeader } from '@/components/SiteHeader';
import { getAnnouncedFeeds, getDeployment, getPageAt, getServedPaths, getSite, href } from '@/lib/data';
import { pageMetadata } from '@/lib/publish/metadata';
import { navFor } from '@/lib/publish/nav';
import { bibEntryJsonLd, entryUrl, highwireTags, scholarlyArticleJsonLd } from '@/lib/publish/scholar';
import { routeSegments } from '@/lib/content/routes';

type Params = { slug: string[] };

// Only the pages of content/pages/ and the collections' items exist; any other path is the 404 page.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // A static export writes /lab/ as lab/index.html, which is its alias /lab/index.html already.
  const exporting = process.env.STATIC_EXPORT === '1';
  const params = getServedPaths()
    .slice(1)
    .flatMap((page) => [page.permalink, ...(exporting ? [] : page.aliases)].map((served) => ({ slug: routeSegments(served) })));
  // A static export needs at least one path here; with no pages, /404/ renders the 404 page, as
  // the export's 404.html does anyway.
  return params.length === 0 && exporting ? [{ slug: ['404'] }] : params;
}

async function pageOf(params: Promise<Params>) {
  const { slug } = await params;
  const page = getPageAt(`/${slug.join('/')}`);
  if (!page || page.meta.permalink === '/') notFound();
  return page;
}

const titleOf = (title: unknown): string => (typeof title === 'string' ? title : '');

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await pageOf(params);
  const site = getSite();
  const metadata = pageMetadata(site, { path: page.meta.permalink, title: titleOf(page.meta.title) }, getDeployment(), getAnnouncedFeeds());
  if (page.item?.collection !== 'publications' && page.item?.collection !== 'bibliography') return metadata;
  return { ...metadata, other: highwireTags(site, titleOf(page.meta.title) || site.title, page.item) };
}

export default async function ContentPage({ params }: { params: Promise<Params> }) {
  const page = await pageOf(params);
  const site = getSite();
  const title = titleOf(page.meta.title);
  return (
    <>
      <SiteHeader title={site.title} home={href('/')} nav={navFor(site.nav, page.meta.permalink, href)} ui={site.ui} />
      {page.item?.collection === 'publications' && <JsonLd data={scholarlyArticleJsonLd(site, { permalink: page.meta.permalink, title: title || site.title }, page.item)} />}
      {page.entries.length > 0 && <JsonLd data={page.entries.map((entry) => bibEntryJsonLd(site, entry, entryUrl(site, page, entry)))} />}
      <PageView page={page} heading={title || site.title} author={site.author} ui={site.ui} locale={site.locale} href={href} />
    </>
  );
}
