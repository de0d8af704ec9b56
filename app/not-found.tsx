import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { getSite, href } from '@/lib/content';
import { navFor } from '@/lib/nav';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  const site = getSite();
  return (
    <>
      <SiteHeader title={site.title} home={href('/')} nav={navFor(site.nav, null, href)} />
      <div className="page">
        <main id="content" className="content not-found" tabIndex={-1}>
          <h1>Page not found</h1>
          <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
          <p>
            {/* A plain link: next/link would add its client router code to every page of this site. */}
            <a href={href('/')}>Go to the home page</a>
          </p>
        </main>
      </div>
    </>
  );
}
