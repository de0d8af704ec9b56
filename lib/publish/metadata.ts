// Page metadata (title, canonical, Open Graph, Twitter card, feeds, robots) from the site settings
// and a page's front matter, in one place for every route.
import type { Metadata, MetadataRoute } from 'next';
import { twitterHandle } from '../content/profile-links';
import { absoluteUrl } from '../content/routes';
import type { Environment, SiteConfig } from '../content/site';

/** What the hosting environment changes: Vercel preview deployments must not be indexed. */
export interface Deployment {
  noindex: boolean;
}

export function deploymentOf(env: Environment): Deployment {
  return { noindex: env.VERCEL_ENV === 'preview' };
}

/** The title a page shows in the tab: its own title joined to the site's, or the site's alone. */
export function pageTitle(site: SiteConfig, title: string): string {
  return title === '' || title === site.title ? site.title : `${title} | ${site.title}`;
}

/** "Sanae Lotfi" -> first "Sanae", last "Lotfi"; a suffix such as ", PhD" is left out. */
export function nameParts(name: string): { firstName?: string; lastName?: string } {
  const words = (name.split(',')[0] ?? '').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return { firstName: words[0] };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) };
}

export interface PageInfo {
  /** the page's permalink */
  path: string;
  /** front matter title; "" means the site title */
  title: string;
  description?: string;
}

export interface FeedLink {
  path: string;
  type: string;
  name: string;
}

/** Settings every page shares; a page's own metadata adds to them. */
export function siteMetadata(site: SiteConfig, deployment: Deployment): Metadata {
  return {
    metadataBase: new URL(`${site.url}/`),
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.description ?? site.author.bio,
    authors: [{ name: site.author.name, url: absoluteUrl(site, '/') }],
    robots: deployment.noindex ? { index: false, follow: false } : undefined,
  };
}

/** The social card's address and description (app/opengraph-image.png). */
export const SOCIAL_IMAGE = { path: '/opengraph-image.png', width: 1200, height: 630, type: 'image/png' };

export function socialImageAlt(site: SiteConfig): string {
  const { author } = site;
  const about = [author.bio, author.employer].filter(Boolean).join(' · ');
  return about === '' ? author.name : `${author.name}: ${about}`;
}

/** Everything in a page's head that comes from content. `feeds` are announced with rel=alternate. */
export function pageMetadata(
  site: SiteConfig,
  page: PageInfo,
  deployment: Deployment,
  feeds: readonly FeedLink[] = [],
): Metadata {
  const title = pageTitle(site, page.title);
  const description = page.description ?? site.description ?? site.author.bio;
  const url = absoluteUrl(site, page.path);
  const creator = twitterHandle(site.author.links);
  const image = {
    url: absoluteUrl(site, SOCIAL_IMAGE.path),
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    type: SOCIAL_IMAGE.type,
    alt: socialImageAlt(site),
  };
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of feeds) {
    types[feed.type] = [{ url: absoluteUrl(site, feed.path), title: `${site.title} (${feed.name})` }];
  }
  return {
    ...siteMetadata(site, deployment),
    title: { absolute: title },
    description,
    alternates: { canonical: url, types },
    openGraph: {
      type: 'profile',
      ...nameParts(site.author.name),
      title,
      description,
      url,
      siteName: site.title,
      locale: site.locale.replace('-', '_'),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [image],
      ...(creator === null ? {} : { creator }),
    },
  };
}

export function robotsFor(site: SiteConfig, deployment: Deployment): MetadataRoute.Robots {
  if (deployment.noindex) return { rules: { userAgent: '*', disallow: '/' } };
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(site, '/sitemap.xml') };
}
