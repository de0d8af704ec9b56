import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../lib/model';
import { buildFeeds } from '../../lib/publish/feeds';

import { FIXTURE_CONTENT, bodyOf, loadHomePage, readSite } from '../helpers';

const site = readSite(FIXTURE_CONTENT, 'public', {});
const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: false, parseTagValue: false });

function wellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
}

describe('buildFeeds on the fixture site', () => {
  const fixtureFeeds = () => buildFeeds(site, loadHomePage(FIXTURE_CONTENT));

  it('has one entry per news item, 8, newest first', () => {
    const feeds = fixtureFeeds();
    expect(feeds.entries).toHaveLength(8);
    const times = feeds.entries.map((entry) => entry.date.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feeds.entries[0]).toMatchObject({
      title: 'I will give the keynote at the Compiler Construction Workshop in Boston.',
      link: 'https://grace-hopper.example.org/#recent-news',
      date: new Date('2024-07-01T00:00:00Z'),
    });
    expect(feeds.entries[0]?.html).toContain('<a href="https://example.org/cc-workshop">');
  });

  it('writes well-formed Atom and RSS, and JSON Feed 1.1, with the same 8 entries', () => {
    const feeds = fixtureFeeds();
    wellFormed(feeds.atom);
    wellFormed(feeds.rss);
    const atom = parser.parse(feeds.atom).feed;
    const rss = parser.parse(feeds.rss).rss.channel;
    const json = JSON.parse(feeds.json);
    expect(atom.entry).toHaveLength(8);
    expect(rss.item).toHaveLength(8);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toHaveLength(8);
    expect(atom.entry.map((entry: { id: string }) => entry.id)).toEqual(feeds.entries.map((entry) => entry.id));
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(feeds.entries.map((entry) => entry.id));
    expect(atom.updated).toBe('2024-07-01T00:00:00.000Z');
    expect(json.authors).toEqual([{ name: 'Grace Hopper', url: 'https://grace-hopper.example.org/' }]);
  });

  it('gives each item an id that does not change between builds', () => {
    const feeds = fixtureFeeds();
    const again = buildFeeds(readSite(FIXTURE_CONTENT, 'public', {}), loadHomePage(FIXTURE_CONTENT));
    expect(again.entries.map((entry) => entry.id)).toEqual(feeds.entries.map((entry) => entry.id));
    expect(new Set(feeds.entries.map((entry) => entry.id)).size).toBe(8);
    expect(again.atom).toBe(feeds.atom);
    expect(feeds.entries[0]?.id).toMatch(/^tag:grace-hopper\.example\.org,2024:news\/[0-9a-f]{16}$/);
  });
});

describe('buildFeeds on hostile text', () => {
  const body = [
    '## News',
    '',
    '- 2024-03-05: Tom & Jerry say "hi" <b>bold</b> `a < b` then ]]> and \'quotes\'',
    '- 2023: Older & wiser ]]]]><![CDATA[',
    '- no date here',
    '- 2024-03-05: Tom & Jerry say "hi" <b>bold</b> `a < b` then ]]> and \'quotes\'',
    '',
  ].join('\n');
  const hostileFeeds = () => buildFeeds(site, bodyOf(body, { file: 'news.md', bodyLine: 1 }));

  it('stays well-formed in all three feeds and keeps the text exactly', () => {
    const feeds = hostileFeeds();
    wellFormed(feeds.atom);
    wellFormed(feeds.rss);
    const title = 'Tom & Jerry say "hi" bold a < b then ]]> and \'quotes\'';
    const json = JSON.parse(feeds.json);
    expect(json.items[0].title).toBe(title);
    // Atom and RSS titles are HTML: the text comes back once its entities are decoded.
    const decode = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decode(parser.parse(feeds.atom).feed.entry[0].title['#text'])).toBe(title);
    expect(decode(parser.parse(feeds.rss).rss.channel.item[0].title)).toBe(title);
    expect(parser.parse(feeds.atom).feed.entry[0].content['#text']).toContain('<code>a &#x3C; b</code> then ]]> and');
  });

  it('leaves undated items out and keeps two identical items apart', () => {
    const feeds = hostileFeeds();
    expect(feeds.entries.map((entry) => entry.title)).toEqual([
      expect.stringContaining('Tom & Jerry'),
      expect.stringContaining('Tom & Jerry'),
      'Older & wiser ]]]]><![CDATA[',
    ]);
    const [first, second] = feeds.entries;
    expect(second?.id).toBe(`${first?.id}-2`);
  });

  it('shortens a long title at a word boundary', () => {
    const long = `- 2024: ${'word '.repeat(60)}end`;
    const [entry] = buildFeeds(site, bodyOf(`## News\n\n${long}\n`, { file: 'n.md', bodyLine: 1 })).entries;
    expect(entry?.title.length).toBeLessThanOrEqual(121);
    expect(entry?.title).toMatch(/^word( word)*…$/);
  });

  it("puts the site's folder in the tag: ids and the links of a site served under a path", () => {
    const under = { ...site, url: 'https://ada.github.io/repo' };
    const [entry] = buildFeeds(under, bodyOf('## News\n\n- 2023-03-05: a talk\n', { file: 'n.md', bodyLine: 1 })).entries;
    expect(entry?.id).toMatch(/^tag:ada\.github\.io,2023:repo\/news\/[0-9a-f]{16}$/);
    expect(entry?.link).toBe('https://ada.github.io/repo/#news');
    expect(entry?.date).toEqual(new Date('2023-03-05T00:00:00Z'));
  });

  it('dates a month item on its first day and a year item on January 1st', () => {
    const entries = buildFeeds(site, bodyOf('## News\n\n- 2022: a\n- 2023-07: b\n', { file: 'n.md', bodyLine: 1 })).entries;
    expect(entries.map((entry) => entry.date.toISOString())).toEqual(['2023-07-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z']);
  });
});

describe('feed entries in detail', () => {
  const news = (lines: string, extra = '') => bodyOf(`## News\n\n${lines}\n${extra}`, { file: 'n.md', bodyLine: 1 });

  it('titles an entry with the words after its date and separator, or the whole item when nothing follows', () => {
    const titles = buildFeeds(site, news('- 2024-05:   Paper   accepted\n- [2024-04] - talk\n- 2024-03\n- **2024-02**, visit')).entries.map((e) => e.title);
    expect(titles).toEqual(['Paper accepted', 'talk', '2024-03', 'visit']);
  });

  it('shortens a long title at the last space past the middle, without a trailing comma, and not a short one', () => {
    const long = `2024-01: ${'a'.repeat(100)} ${'b'.repeat(15)}, ${'c'.repeat(10)}`;
    expect(buildFeeds(site, news(`- ${long}`)).entries[0]?.title).toBe(`${'a'.repeat(100)} ${'b'.repeat(15)}…`);
    const exact = `2024-01: ${'x'.repeat(120)}`;
    expect(buildFeeds(site, news(`- ${exact}`)).entries[0]?.title).toBe('x'.repeat(120));
    const unbroken = `2024-01: ${'y'.repeat(130)}`;
    expect(buildFeeds(site, news(`- ${unbroken}`)).entries[0]?.title).toBe(`${'y'.repeat(120)}…`);
  });

  it('keeps an id across case, punctuation and spacing changes, and changes it with the words or the date', () => {
    const id = (line: string) => buildFeeds(site, news(`- ${line}`)).entries[0]?.id;
    expect(id('2024-01: Paper accepted!')).toBe(id('2024-01:   paper, ACCEPTED'));
    expect(id('2024-01: Paper accepted')).not.toBe(id('2024-01: Paper rejected'));
    expect(id('2024-01: Paper accepted')).not.toBe(id('2024-02: Paper accepted'));
  });

  it('takes news only from news sections, in date order then page order, and dates an empty feed to 1970', () => {
    const page = bodyOf('## Talks\n\n- 2025-01: not news\n\n## News\n\n- 2023-01: b\n- 2024-01: a\n- 2023-01: c\n', { file: 'n.md', bodyLine: 1 });
    expect(buildFeeds(site, page).entries.map((e) => e.title)).toEqual(['a', 'b', 'c']);
    const empty = buildFeeds(site, bodyOf('Just a bio.\n', { file: 'n.md', bodyLine: 1 }));
    expect(empty.entries).toEqual([]);
    expect(parser.parse(empty.atom).feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });

  it('describes the feed with the site description, else the bio, and links the three formats; items have one author', () => {
    const feeds = buildFeeds({ ...site, description: undefined }, news('- 2024-01: a'));
    const json = JSON.parse(feeds.json);
    expect(json.description).toBe(site.author.bio);
    expect(json.home_page_url).toBe('https://grace-hopper.example.org/');
    expect(json.feed_url).toBe('https://grace-hopper.example.org/feed.json');
    expect(json.items[0].authors).toEqual([{ name: 'Grace Hopper', url: 'https://grace-hopper.example.org/' }]);
    expect(json.items[0].author).toBeUndefined();
    expect(json.author).toBeUndefined();
    const atom = parser.parse(feeds.atom).feed;
    expect(atom.link.map((link: Record<string, string>) => link['@_href'])).toEqual(['https://grace-hopper.example.org/', 'https://grace-hopper.example.org/feed.xml']);
  });
});

describe('feed entries from news items as the page gives them', () => {
  /** A home page with one news section of these items (text, and the date as written at its start). */
  const home = (...items: [text: string, date: string | null][]): Pick<Page, 'sections'> => ({
    sections: [
      { kind: 'generic', id: 'talks', heading: { text: 'Talks', html: 'Talks' }, blocks: [{ type: 'list', ordered: false, start: null, items: [{ html: 'x', text: '2030-01 not news', line: 1, date: { iso: '2030-01', text: '2030-01' } }] }] },
      {
        kind: 'news',
        id: 'news',
        heading: { text: 'News', html: 'News' },
        blocks: [
          { type: 'html', html: '<p>Intro</p>' },
          { type: 'list', ordered: false, start: null, items: items.map(([text, date]) => ({ html: `<b>${text}</b>`, text, line: 3, date: date === null ? null : { iso: date.length === 4 ? date : '2024-05', text: date } })) },
        ],
      },
    ],
  });
  const titles = (...items: [string, string | null][]) => buildFeeds(site, home(...items)).entries.map((entry) => entry.title);

  it('collapses the spaces of text that was not collapsed (al-folio news)', () => {
    expect(titles(['  2024-05:\n   Paper\taccepted  ', '2024-05'])).toEqual(['Paper accepted']);
  });

  it('takes the words after a date within the first four characters, else the whole text', () => {
    expect(titles(['(( 2024-05 a', '2024-05'], ['abcd2024-05 b', '2024-05'], ['Told on 2024-05: c', '2024-05'])).toEqual(['a', 'abcd2024-05 b', 'Told on 2024-05: c']);
  });

  it('drops only the separators right after the date', () => {
    expect(titles(['2024-05x, y; z.', '2024-05'], ['2024-05 :; ,.)]–—- w', '2024-05'])).toEqual(['x, y; z.', 'w']);
  });

  it('cuts a long title at the last space only past its middle, and drops the punctuation before the ellipsis', () => {
    const middle = `${'a'.repeat(60)} ${'b'.repeat(70)}`;
    const late = `${'c'.repeat(100)},;: ${'d'.repeat(30)}`;
    expect(titles([`2024-05 ${middle}`, '2024-05'], [`2024-05 ${late}`, '2024-05'])).toEqual([`${middle.slice(0, 120)}…`, `${'c'.repeat(100)}…`]);
  });

  it('leaves out undated items and other sections, and keeps the html and the section link', () => {
    const [entry, ...others] = buildFeeds(site, home(['2024-05: a', '2024-05'], ['undated', null])).entries;
    expect(others).toEqual([]);
    expect(entry?.html).toBe('<b>2024-05: a</b>');
    expect(entry?.link).toBe('https://grace-hopper.example.org/#news');
  });

  it('makes the id from the host, the year, the folder and a digest of the date and the words in lower case', () => {
    const under = { ...site, url: 'https://ada.github.io/lab/notes' };
    const digest = createHash('sha256').update('2024-05\n2024 05 paper accepted').digest('hex').slice(0, 16);
    expect(buildFeeds(under, home(['2024-05: Paper, ACCEPTED!', '2024-05'])).entries[0]?.id).toBe(`tag:ada.github.io,2024:lab/notes/news/${digest}`);
    expect(buildFeeds(site, home(['2024-05: Paper, ACCEPTED!', '2024-05'])).entries[0]?.id).toBe(`tag:grace-hopper.example.org,2024:news/${digest}`);
  });
});

describe('feed entries from blog posts', () => {
  const post = (permalink: string, title: string, collection: string, date: string | null): Page => ({ ...loadHomePage(FIXTURE_CONTENT), meta: { ...loadHomePage(FIXTURE_CONTENT).meta, permalink, title }, item: { collection, date, authors: [], tags: [], excerpt: '' }, bio: '<p>Body</p>', sections: [] });

  it('takes dated posts, titled (or named by their address), after news of the same day', () => {
    const news = bodyOf('## News\n\n- 2024-05-01: news\n', { file: 'n.md', bodyLine: 1 });
    const entries = buildFeeds(site, news, [post('/blog/a/', 'A', 'posts', '2024-05-01'), post('/blog/b/', '', 'posts', '2024-06-01'), post('/talks/t/', 'T', 'talks', '2024-07-01'), post('/blog/u/', 'U', 'posts', null)]).entries;
    expect(entries.map((entry) => [entry.title, entry.link, entry.date.toISOString()])).toEqual([
      ['https://grace-hopper.example.org/blog/b/', 'https://grace-hopper.example.org/blog/b/', '2024-06-01T00:00:00.000Z'],
      ['news', 'https://grace-hopper.example.org/#news', '2024-05-01T00:00:00.000Z'],
      ['A', 'https://grace-hopper.example.org/blog/a/', '2024-05-01T00:00:00.000Z'],
    ]);
    expect(entries[2]?.id).toBe('https://grace-hopper.example.org/blog/a/');
    expect(entries[2]?.html).toBe('<p>Body</p>');
    expect(JSON.parse(buildFeeds(site, news).json).home_page_url).toBe('https://grace-hopper.example.org/');
  });
});
