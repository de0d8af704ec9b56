import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ContentErrorNotice } from '@/components/ContentErrorNotice';
import { SiteFooter } from '@/components/SiteFooter';
import { getAnnouncedFeeds, getContentErrors, getDeployment, getLastUpdated, getSite, href } from '@/lib/data';
import { siteMetadata } from '@/lib/publish/metadata';
import { siteThemeScript } from '@/lib/publish/theme-script';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    ...siteMetadata(getSite(), getDeployment()),
    // Routes drawn from the owner's initials or photo, with file names a static host can type.
    icons: {
      icon: [{ url: href('/icon.svg'), type: 'image/svg+xml' }],
      apple: [{ url: href('/apple-icon.png'), sizes: '180x180', type: 'image/png' }],
    },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  const { ui } = site;
  const contentErrors = getContentErrors();
  return (
    // The theme script sets data-theme on <html> before React hydrates: an expected difference.
    <html lang={site.locale} dir={site.dir} suppressHydrationWarning>
      <head>
        {/* First in <head>, so the stored theme applies before anything is painted. */}
        <script dangerouslySetInnerHTML={{ __html: siteThemeScript(ui) }} />
        {site.author.links.flatMap((link) => (link.href === null || !/^https?:/i.test(link.href) ? [] : [<link key={link.href} rel="me" href={link.href} />]))}
      </head>
      <body>
        <a className="skip-link" href="#content">
          {ui.skip_content}
        </a>
        {contentErrors.length > 0 && <ContentErrorNotice errors={contentErrors} />}
        {children}
        <SiteFooter
          name={site.author.name}
          locale={site.locale}
          ui={ui}
          updated={getLastUpdated()}
          feeds={getAnnouncedFeeds().map((feed) => ({ ...feed, path: href(feed.path) }))}
        />
      </body>
    </html>
  );
}
