import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { PageView } from '@/components/PageView';
import { SiteHeader } from '@/components/SiteHeader';
import { getAnnouncedFeeds, getDeployment, getHomePage, getSite, href } from '@/lib/data';
import { personJsonLd } from '@/lib/publish/json-ld';
import { bibEntryJsonLd, entryUrl } from '@/lib/publish/scholar';
import { pageMetadata } from '@/lib/publish/metadata';
import { navFor } from '@/lib/publish/nav';

export function generateMetadata(): Metadata {
  const { meta } = getHomePage();
  // al-folio's about page (`layout: about`) is titled with the site's name alone, as al-folio titles it.
  return pageMetadata(getSite(), { path: meta.permalink, title: meta.layout === 'about' ? '' : meta.title }, getDeployment(), getAnnouncedFeeds());
}

export default function HomePage() {
  const site = getSite();
  const home = getHomePage();
  return (
    <>
      <SiteHeader title={site.title} home={href('/')} nav={navFor(site.nav, home.meta.permalink, href)} ui={site.ui} />
      <JsonLd data={personJsonLd(site)} />
      {home.entries.length > 0 && <JsonLd data={home.entries.map((entry) => bibEntryJsonLd(site, entry, entryUrl(site, home, entry)))} />}
      <PageView page={home} heading={site.author.name} author={site.author} ui={site.ui} locale={site.locale} href={href} />
    </>
  );
}
