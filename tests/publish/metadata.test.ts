import { describe, expect, it } from 'vitest';
import { FEEDS } from '../../lib/publish/feeds';
import { absoluteUrl } from '../../lib/content/routes';
import { deploymentOf, nameParts, pageMetadata, pageTitle, robotsFor, siteMetadata, socialImageAlt } from '../../lib/publish/metadata';
import { FIXTURE_CONTENT, folderWith, readSite } from '../helpers';

const site = readSite(FIXTURE_CONTENT, 'public', {});
const production = deploymentOf({});
const preview = deploymentOf({ VERCEL_ENV: 'preview' });
const IMAGE = {
  url: 'https://grace-hopper.example.org/opengraph-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Grace Hopper: Computer scientist. I work on compilers and programming languages. · United States Navy',
};

describe('pageMetadata', () => {
  it('describes the fixture home page: title, canonical, Open Graph profile, Twitter card, feeds', () => {
    const metadata = pageMetadata(site, { path: '/', title: '' }, production, Object.values(FEEDS));
    expect(metadata).toEqual({
      metadataBase: new URL('https://grace-hopper.example.org/'),
      title: { absolute: 'Grace Hopper' },
      description: site.description,
      authors: [{ name: 'Grace Hopper', url: 'https://grace-hopper.example.org/' }],
      robots: undefined,
      alternates: {
        canonical: 'https://grace-hopper.example.org/',
        types: {
          'application/atom+xml': [{ url: 'https://grace-hopper.example.org/feed.xml', title: 'Grace Hopper (Atom)' }],
          'application/rss+xml': [{ url: 'https://grace-hopper.example.org/rss.xml', title: 'Grace Hopper (RSS)' }],
          'application/feed+json': [{ url: 'https://grace-hopper.example.org/feed.json', title: 'Grace Hopper (JSON Feed)' }],
        },
      },
      openGraph: {
        type: 'profile',
        firstName: 'Grace',
        lastName: 'Hopper',
        title: 'Grace Hopper',
        description: site.description,
        url: 'https://grace-hopper.example.org/',
        siteName: 'Grace Hopper',
        locale: 'en_US',
        images: [IMAGE],
      },
      twitter: { card: 'summary_large_image', title: 'Grace Hopper', description: site.description, images: [IMAGE], creator: '@gracehopper' },
    });
  });

  it('joins a page title to the site title, and resolves URLs under a base path', () => {
    const underBase = { ...site, url: 'https://ada.github.io/site' };
    const metadata = pageMetadata(underBase, { path: '/talks/', title: 'Talks', description: 'My talks' }, production);
    expect(metadata.title).toEqual({ absolute: 'Talks | Grace Hopper' });
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
    ['gracehopper'],
    ['@gracehopper'],
    ['https://twitter.com/gracehopper'],
    ['https://x.com/gracehopper/'],
    ['https://mobile.twitter.com/@gracehopper?lang=en'],
  ])('gets twitter:creator @gracehopper from site.yml\'s twitter %j', (twitter) => {
    const dir = folderWith({ 'site.yml': `url: https://a.org\nauthor:\n  name: Ada\n  twitter: "${twitter}"\n` });
    const metadata = pageMetadata(readSite(dir, dir, {}), { path: '/', title: '' }, production);
    expect(metadata.twitter).toMatchObject({ creator: '@gracehopper' });
  });

  it('leaves twitter:creator out when there is no X/Twitter profile', () => {
    const metadata = pageMetadata({ ...site, author: { ...site.author, links: [] } }, { path: '/', title: '' }, production);
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: 'Grace Hopper', description: site.description, images: [IMAGE] });
  });
});

describe('robotsFor', () => {
  it('allows everything and names the sitemap in production', () => {
    expect(robotsFor(site, production)).toEqual({
      rules: { userAgent: '*', allow: '/' },
      sitemap: 'https://grace-hopper.example.org/sitemap.xml',
    });
  });

  it('disallows everything on a preview deployment', () => {
    expect(robotsFor(site, preview)).toEqual({ rules: { userAgent: '*', disallow: '/' } });
  });
});

describe('helpers', () => {
  it('pageTitle uses the site title alone for an empty or equal title', () => {
    expect(pageTitle(site, '')).toBe('Grace Hopper');
    expect(pageTitle(site, 'Grace Hopper')).toBe('Grace Hopper');
    expect(pageTitle(site, 'Publications')).toBe('Publications | Grace Hopper');
  });

  it.each([
    ['Grace Hopper', { firstName: 'Grace', lastName: 'Hopper' }],
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

describe('siteMetadata and socialImageAlt', () => {
  it('gives every page the title template, the description (or the bio), the author and the robots rule', () => {
    const plain = { ...site, description: undefined };
    expect(siteMetadata(plain, production)).toEqual({
      metadataBase: new URL('https://grace-hopper.example.org/'),
      title: { default: 'Grace Hopper', template: '%s | Grace Hopper' },
      description: 'Computer scientist. I work on compilers and programming languages.',
      authors: [{ name: 'Grace Hopper', url: 'https://grace-hopper.example.org/' }],
      robots: undefined,
    });
    expect(siteMetadata(site, preview).robots).toEqual({ index: false, follow: false });
  });

  it('describes the social image by name, bio and employer, whichever there are', () => {
    const author = site.author;
    expect(socialImageAlt(site)).toBe('Grace Hopper: Computer scientist. I work on compilers and programming languages. · United States Navy');
    expect(socialImageAlt({ ...site, author: { ...author, bio: undefined } })).toBe('Grace Hopper: United States Navy');
    expect(socialImageAlt({ ...site, author: { ...author, bio: undefined, employer: undefined } })).toBe('Grace Hopper');
  });

  it('splits a name with extra spaces, and gives nothing for an empty one', () => {
    expect(nameParts('  Ada   King  Lovelace ')).toEqual({ firstName: 'Ada King', lastName: 'Lovelace' });
    expect(nameParts('   ')).toEqual({});
    expect(absoluteUrl(site, 'cv.html')).toBe('https://grace-hopper.example.org/cv.html');
  });
});
