// News items as feeds: Atom (/feed.xml, where jekyll-feed put it), RSS 2.0 and JSON Feed 1.1.
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { z } from 'zod';
import { escapeHtml } from './escape-html';
import { absoluteUrl } from '../content/routes';
import type { SiteConfig } from '../content/site';
import type { Item, NewsDate, Page, Section } from '../model';
import { bodyHtml } from '../render/pipeline';
import type { FeedLink } from './metadata';

export type FeedFormat = 'atom' | 'rss' | 'json';

export const FEEDS: Readonly<Record<FeedFormat, FeedLink>> = {
  atom: { path: '/feed.xml', type: 'application/atom+xml', name: 'Atom' },
  rss: { path: '/rss.xml', type: 'application/rss+xml', name: 'RSS' },
  json: { path: '/feed.json', type: 'application/feed+json', name: 'JSON Feed' },
};

export interface NewsEntry {
  /** stable across builds while the item's date and words stay the same */
  id: string;
  title: string;
  /** the news section on the page */
  link: string;
  date: Date;
  /** sanitised HTML of the item */
  html: string;
}

export interface Feeds extends Record<FeedFormat, string> {
  entries: NewsEntry[];
}

const TITLE_LENGTH = 120;

/** `2024`, `2024-07` or `2024-07-15` as a UTC date (the first day of a month or year). */
function dateOf(date: NewsDate): Date {
  const [year = 1970, month = 1, day = 1] = date.iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The item's words after its date, shortened at a word boundary for feed readers' lists. */
function titleOf(item: Item, date: NewsDate): string {
  const text = item.text.replace(/\s+/g, ' ').trim();
  const at = text.indexOf(date.text);
  const rest = (at >= 0 && at < 4 ? text.slice(at + date.text.length) : text).replace(/^[\s:;,.)\]–—-]+/u, '').trim();
  const title = rest === '' ? text : rest;
  if (title.length <= TITLE_LENGTH) return title;
  const cut = title.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A tag: URI (RFC 4151) from the site's host, the item's date and a digest of its words. */
function idOf(site: SiteConfig, item: Item, date: NewsDate): string {
  const words = item.text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const digest = createHash('sha256').update(`${date.iso}\n${words}`).digest('hex').slice(0, 16);
  const { host, pathname } = new URL(site.url);
  const base = pathname.replace(/^\/+|\/+$/g, '');
  return `tag:${host},${date.iso.slice(0, 4)}:${base === '' ? '' : `${base}/`}news/${digest}`;
}

/** Every dated item of the page's news sections, in page order (buildFeeds puts them in date order). */
function newsEntries(site: SiteConfig, sections: readonly Section[]): NewsEntry[] {
  const seen = new Map<string, number>();
  return sections
    .filter((section) => section.kind === 'news')
    .flatMap((section) =>
      section.blocks.flatMap((block) => (block.type === 'list' ? block.items : [])).flatMap((item) => {
        if (item.date === null) return [];
        let id = idOf(site, item, item.date);
        const repeats = seen.get(id) ?? 0;
        seen.set(id, repeats + 1);
        if (repeats > 0) id = `${id}-${repeats + 1}`;
        return [
          {
            id,
            title: titleOf(item, item.date),
            link: `${absoluteUrl(site, '/')}#${section.id}`,
            date: dateOf(item.date),
            html: item.html,
          },
        ];
      }),
    );
}

/** Blog posts (the `posts` collection's pages), each linking to its own page. */
export function postEntries(site: SiteConfig, pages: readonly Page[]): NewsEntry[] {
  return pages.flatMap((page) => {
    if (page.item?.collection !== 'posts' || page.item.date === null) return [];
    const link = absoluteUrl(site, page.meta.permalink);
    const title = page.meta.title !== '' ? page.meta.title : link;
    return [{ id: link, title, link, date: new Date(`${page.item.date}T00:00:00Z`), html: bodyHtml(page) }];
  });
}

const withoutAuthor = (object: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => key !== 'author'));

const jsonFeedSchema = z.looseObject({ version: z.string(), items: z.array(z.looseObject({})) });

/** feed writes JSON Feed 1; version 1.1 adds `authors` and `language`, nothing else changes. */
function toJsonFeed11(json: string, site: SiteConfig, author: { name: string; url: string }): string {
  const feed = jsonFeedSchema.parse(JSON.parse(json));
  const items = feed.items.map((item) => ({ ...withoutAuthor(item), authors: [author] }));
  const upgraded = { ...withoutAuthor(feed), version: 'https://jsonfeed.org/version/1.1', language: site.locale, authors: [author], items };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}

/**
 * The three feeds: the home page's news and the blog posts, newest first (news first among equal
 * dates). `updated` is the newest entry's date, so builds repeat.
 */
export function buildFeeds(site: SiteConfig, homePage: Pick<Page, 'sections'>, pages: readonly Page[] = []): Feeds {
  const entries = [...newsEntries(site, homePage.sections), ...postEntries(site, pages)]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
  const home = absoluteUrl(site, '/');
  const author = { name: site.author.name, link: home };
  // Atom and RSS titles are read as HTML, JSON Feed's as plain text: one feed object for each.
  const feedOf = (titleOf: (title: string) => string) => {
    const feed = new Feed({
      id: home,
      link: home,
      title: site.title,
      description: site.description ?? site.author.bio,
      language: site.locale,
      updated: entries[0]?.date ?? new Date(0),
      generator: false,
      author,
      feedLinks: {
        atom: absoluteUrl(site, FEEDS.atom.path),
        rss: absoluteUrl(site, FEEDS.rss.path),
        json: absoluteUrl(site, FEEDS.json.path),
      },
    });
    for (const entry of entries) {
      feed.addItem({
        id: entry.id,
        guid: entry.id,
        title: titleOf(entry.title),
        link: entry.link,
        date: entry.date,
        content: entry.html,
        author: [author],
      });
    }
    return feed;
  };
  const xml = feedOf(escapeHtml);
  return {
    entries,
    atom: xml.atom1(),
    rss: xml.rss2(),
    json: toJsonFeed11(feedOf((title) => title).json1(), site, { name: author.name, url: home }),
  };
}
