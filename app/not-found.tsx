import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { getSite, href } from '@/lib/data';
import { navFor } from '@/lib/publish/nav';

export function generateMetadata(): Metadata {
  return { title: getSite().ui.page_not_found };
}

export default function NotFound() {
  const site = getSite();
  const { ui } = site;
  return (
    <>
      <SiteHeader title={site.title} home={href('/')} nav={navFor(site.nav, null, href)} ui={ui} />
      <div className="page">
        <main id="content" className="content not-found" tabIndex={-1}>
          <h1>{ui.page_not_found}</h1>
          <p>{ui.page_not_found_text}</p>
          <p>
            {/* A plain link: next/link would add its client router code to every page of this site. */}
            <a href={href('/')}>{ui.home_link}</a>
          </p>
        </main>
      </div>
    </>
  );
}
