import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getSite } from '@/lib/content';
import { titleTemplate } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    title: { default: site.title, template: titleTemplate(site) },
    description: site.description ?? site.author.bio,
    authors: [{ name: site.author.name }],
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  return (
    <html lang={site.locale}>
      <body>{children}</body>
    </html>
  );
}
