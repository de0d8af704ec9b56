import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getDeployment, getSite } from '@/lib/content';
import { siteMetadata } from '@/lib/metadata';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    ...siteMetadata(getSite(), getDeployment()),
    // Listed here because the SVG icon is a route (drawn from the owner's initials), which
    // replaces the links Next would make for the apple-icon file on its own.
    icons: {
      icon: [{ url: '/icon.svg', type: 'image/svg+xml' }],
      apple: [{ url: '/apple-icon', sizes: '180x180', type: 'image/png' }],
    },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  return (
    <html lang={site.locale}>
      <head>
        {site.author.links.map((link) => (
          <link key={link.href} rel="me" href={link.href} />
        ))}
      </head>
      <body>{children}</body>
    </html>
  );
}
