import { describe, expect, it } from 'vitest';
import { FEEDS } from '../lib/publish/feeds';
import { absoluteUrl, deploymentOf, nameParts, pageMetadata, pageTitle, robotsFor } from '../lib/publish/metadata';
import { loadSite } from '../lib/content/site';
import { folderWith } from './helpers';

const site = loadSite('content', 'public', {});
const production = deploymentOf({});
const preview = deploymentOf({ VERCEL_ENV: 'preview' });
const IMAGE = {
  url: 'https://sanaelotfi.github.io/opengraph-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Sanae Lotfi: PhD candidate at NYU. I work on the foundations of deep learning. · New York University',
};

describe('pageMetadata', () => {
  it('describes the seed home page: title, canonical, Open Graph profile, Twitter card, feeds', () => {
    const metadata = pageMetadata(site, { path: '/', title: '' }, production, Object.values(FEEDS));
    expect(metadata).toEqual({
      metadataBase: new URL('https://sanaelotfi.github.io/'),
      title: { absolute: 'Sanae Lotfi' },
      description: site.description,
      authors: [{ name: 'Sanae Lotfi', url: 'https://sanaelotfi.github.io/' }],
      robots: undefined,
      alternates: {
        canonical: 'https://sanaelotfi.github.io/',
        types: {
          'application/atom+xml': [{ url: 'https://sanaelotfi.github.io/feed.xml', title: 'Sanae Lotfi (Atom)' }],
          'application/rss+xml': [{ url: 'https://sanaelotfi.github.io/rss.xml', title: 'Sanae Lotfi (RSS)' }],
          'application/feed+json': [{ url: 'https://sanaelotfi.github.io/feed.json', title: 'Sanae Lotfi (JSON Feed)' }],
        },
      },
      openGraph: {
        type: 'profile',
        firstName: 'Sanae',
        lastName: 'Lotfi',
        title: 'Sanae Lotfi',
        description: site.description,
        url: 'https://sanaelotfi.github.io/',
        siteName: 'Sanae Lotfi',
        locale: 'en_US',
        images: [IMAGE],
      },
      twitter: { card: 'summary_large_image', title: 'Sanae Lotfi', description: site.description, images: [IMAGE], creator: '@lotfisanae' },
    });
  });

  it('joins a page title to the site title, and resolves URLs under a base path', () => {
    const underBase = { ...site, url: 'https://ada.github.io/site' };
    const metadata = pageMetadata(underBase, { path: '/talks/', title: 'Talks', description: 'My talks' }, production);
    expect(metadata.title).toEqual({ absolute: 'Talks | Sanae Lotfi' });
    expect(metadata.description).toBe('My talks');
    expect(metadata.alternates).toEqual({ canonical: 'https://ada.github.io/site/talks/', types: {} });
    expect(metadata.metadataBase).toEqual(new URL('https://ada.github.io/site/'));
  });

  it('marks every page noindex on a Vercel preview deployment, and only there', () => {
    expect(pageMetadata(site, { path: '/', title: '' }, preview).robots).toEqual({ index: false, follow: false });
    expect(deploymentOf({ VERCEL_ENV: 'production' })).toEqual({ noindex: false });
    expect(deploymentOf({ VERCEL_ENV: 'development' })).toEqual({ noindex: false });
  });

  it.each([
    ['lotfisanae'],
    ['@lotfisanae'],
    ['https://twitter.com/lotfisanae'],
    ['https://x.com/lotfisanae/'],
    ['https://mobile.twitter.com/@lotfisanae?lang=en'],
  ])('gets twitter:creator @lotfisanae from site.yml\'s twitter %j', (twitter) => {
    const dir = folderWith({ 'site.yml': `url: https://a.org\nauthor:\n  name: Ada\n  twitter: "${twitter}"\n` });
    const metadata = pageMetadata(loadSite(dir, dir, {}), { path: '/', title: '' }, production);
    expect(metadata.twitter).toMatchObject({ creator: '@lotfisanae' });
  });

  it('leaves twitter:creator out when there is no X/Twitter profile', () => {
    const metadata = pageMetadata({ ...site, author: { ...site.author, links: [] } }, { path: '/', title: '' }, production);
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: 'Sanae Lotfi', description: site.description, images: [IMAGE] });
  });
});

describe('robotsFor', () => {
  it('allows everything and names the sitemap in production', () => {
    expect(robotsFor(site, production)).toEqual({
      rules: { userAgent: '*', allow: '/' },
      sitemap: 'https://sanaelotfi.github.io/sitemap.xml',
    });
  });

  it('disallows everything on a preview deployment', () => {
    expect(robotsFor(site, preview)).toEqual({ rules: { userAgent: '*', disallow: '/' } });
  });
});

describe('helpers', () => {
  it('pageTitle uses the site title alone for an empty or equal title', () => {
    expect(pageTitle(site, '')).toBe('Sanae Lotfi');
    expect(pageTitle(site, 'Sanae Lotfi')).toBe('Sanae Lotfi');
    expect(pageTitle(site, 'Publications')).toBe('Publications | Sanae Lotfi');
  });

  it.each([
    ['Sanae Lotfi', { firstName: 'Sanae', lastName: 'Lotfi' }],
    ['Andrew Gordon Wilson', { firstName: 'Andrew Gordon', lastName: 'Wilson' }],
    ['Jane Doe, PhD', { firstName: 'Jane', lastName: 'Doe' }],
    ['Plato', { firstName: 'Plato' }],
  ])('nameParts(%j)', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });

  it('absoluteUrl keeps the base path', () => {
    expect(absoluteUrl({ url: 'https://a.org' }, '/')).toBe('https://a.org/');
    expect(absoluteUrl({ url: 'https://a.org/repo' }, '/feed.xml')).toBe('https://a.org/repo/feed.xml');
  });
});
