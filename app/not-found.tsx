import type { Metadata } from 'next';
import { getSite } from '@/lib/content';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  const site = getSite();
  return (
    <div className="page">
      <main id="content" className="content not-found" tabIndex={-1}>
        <p className="not-found-site">{site.title}</p>
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          {/* A plain link: next/link would add its client router code to every page of this site. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Go to the home page</a>
        </p>
      </main>
    </div>
  );
}
