import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CollectionConfig, defaultsFor, expandPermalink, jekyllSlug, parseJekyllDate, readCollections } from '../lib/content/collections';
import { displayName } from '../lib/content/front-matter';
import { folderWith, page } from './helpers';

const STOCK: CollectionConfig[] = [
  { label: 'publications', output: true, permalink: '/:collection/:path/' },
  { label: 'talks', output: false, permalink: '/:collection/:path/' },
  { label: 'posts', output: true, permalink: 'date' },
];

function itemsOf(files: Record<string, string>, collections = STOCK, defaults: Parameters<typeof readCollections>[2] = []) {
  const dir = folderWith(files);
  return { dir, read: () => readCollections(dir, collections, defaults) };
}

describe('parseJekyllDate', () => {
  it("reads Jekyll's date forms as UTC, and time zones", () => {
    expect(parseJekyllDate('2024-03-05')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseJekyllDate('2024-3-5')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseJekyllDate('2024-03-05 10:30')?.toISOString()).toBe('2024-03-05T10:30:00.000Z');
    expect(parseJekyllDate('2024-03-05 10:30:15 +0100')?.toISOString()).toBe('2024-03-05T09:30:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15-05:00')?.toISOString()).toBe('2024-03-05T15:30:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15Z')?.toISOString()).toBe('2024-03-05T10:30:15.000Z');
    expect(parseJekyllDate(new Date(Date.UTC(2020, 0, 1)))?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const value of ['2024-02-30', '2024-13-01', 'March 2024', '', '2024', 20240305, null, new Date(Number.NaN)]) {
      expect(parseJekyllDate(value), String(value)).toBeNull();
    }
  });
});

describe('expandPermalink', () => {
  const item = { collection: 'publications', relativePath: '_publications/sub/2024-paper.md', slug: '2024-paper', title: 'Paper', date: new Date(Date.UTC(2024, 2, 5)), categories: ['Machine Learning', 'ai'] };

  it('fills the placeholders academicpages uses', () => {
    expect(expandPermalink('/:collection/:path/', item)).toBe('/publications/sub/2024-paper/');
    expect(expandPermalink('/:collection/:name', item)).toBe('/publications/2024-paper');
    expect(expandPermalink('/:categories/:title/', item)).toBe('/machine-learning/ai/2024-paper/');
    expect(expandPermalink('/:year/:month/:day/:title:output_ext', item)).toBe('/2024/03/05/2024-paper.html');
    expect(expandPermalink('/:year/:i_month/:i_day/:short_year/:slug/', item)).toBe('/2024/3/5/24/2024-paper/');
  });

  it("knows Jekyll's named styles and leaves no empty segment", () => {
    const post = { ...item, collection: 'posts', relativePath: '_posts/2024-03-05-hello.md', slug: 'hello', categories: [] };
    expect(expandPermalink('date', post)).toBe('/2024/03/05/hello/');
    expect(expandPermalink('pretty', { ...post, categories: ['news'] })).toBe('/news/2024/03/05/hello/');
    expect(expandPermalink('ordinal', post)).toBe('/2024/065/hello/');
    expect(expandPermalink('none', post)).toBe('/hello/');
  });

  it('slugs words as Jekyll does', () => {
    expect(jekyllSlug(' Hello, World! ')).toBe('hello,-world!');
    expect(jekyllSlug('Über Café')).toBe('über-café');
  });
});

describe('defaultsFor', () => {
  const defaults = [
    { path: '', type: 'talks', values: { author_profile: false, layout: 'talk' } },
    { path: '', type: undefined, values: { share: true, layout: 'single' } },
    { path: '_talks/keynotes', type: undefined, values: { layout: 'keynote' } },
  ];

  it('applies every matching scope, the more specific later', () => {
    expect(defaultsFor(defaults, '_talks/2024-a.md', 'talks')).toEqual({ share: true, author_profile: false, layout: 'talk' });
    expect(defaultsFor(defaults, '_talks/keynotes/k.md', 'talks')).toEqual({ share: true, author_profile: false, layout: 'keynote' });
    expect(defaultsFor(defaults, '_pages/cv.md', 'pages')).toEqual({ share: true, layout: 'single' });
    expect(defaultsFor(defaults, '_talks/keynotes-old/k.md', 'talks')).toEqual({ share: true, author_profile: false, layout: 'talk' });
  });
});

describe('readCollections', () => {
  it("orders items as Jekyll does: by date, then by path, undated last; keeps every front matter key", () => {
    const { read } = itemsOf({
      'publications/b.md': page('title: B\ndate: 2020-01-01\nvenue: Nature\ncustom_key: [1, 2]', 'B'),
      'publications/a.md': page('title: A\ndate: 2020-01-01', 'A'),
      'publications/0-undated.md': page('title: Undated', 'U'),
      'publications/c.md': page('title: C\ndate: 2019-06-01', 'C'),
      'publications/.hidden.md': page('title: Hidden'),
      'publications/notes.txt': 'not an item',
      'publications/draft.md': page('title: Draft\npublished: false'),
    });
    const publications = read().get('publications') ?? [];
    expect(publications.map((item) => item.meta.title)).toEqual(['C', 'A', 'B', 'Undated']);
    const b = publications[2];
    expect(b?.meta).toMatchObject({ title: 'B', venue: 'Nature', custom_key: [1, 2], permalink: '/publications/b/', author_profile: true });
    expect(b?.relativePath).toBe('_publications/b.md');
    expect(b?.bodyLine).toBe(7);
    expect(read().get('talks')).toEqual([]);
  });

  it('dates posts from their file names, and takes their titles from front matter or the name', () => {
    const { read } = itemsOf({
      'posts/2024-03-05-hello-world.md': page('tags: [a, b]\ncategories: news', 'Hi'),
      'posts/2023-01-01-old.md': page('title: Old one\ndate: 2023-01-02 08:00:00 +0000'),
      'posts/undated-note.md': page('title: Note\ndate: 2022-05-01'),
    });
    const posts = read().get('posts') ?? [];
    expect(posts.map((post) => [post.meta.title, post.date?.toISOString().slice(0, 10), post.meta.permalink])).toEqual([
      ['Note', '2022-05-01', '/2022/05/01/undated-note/'],
      ['Old one', '2023-01-02', '/2023/01/02/old/'],
      ['Hello world', '2024-03-05', '/news/2024/03/05/hello-world/'],
    ]);
    expect(posts[2]?.tags).toEqual(['a', 'b']);
    expect(posts[2]?.categories).toEqual(['news']);
  });

  it("lets an item's own permalink win, and keeps /x/index.html for the caller", () => {
    const { read } = itemsOf({ 'publications/p.md': page('title: P\npermalink: /publication/p'), 'publications/q.md': page('title: Q') });
    expect((read().get('publications') ?? []).map((item) => item.meta.permalink)).toEqual(['/publication/p', '/publications/q/']);
  });

  it('applies front matter defaults under the own keys, by collection', () => {
    const defaults = [{ path: '', type: 'publications', values: { author_profile: false, venue: 'Default venue' } }];
    const { read } = itemsOf({ 'publications/p.md': page('title: P\nvenue: Own'), 'publications/q.md': page('title: Q') }, STOCK, defaults);
    expect((read().get('publications') ?? []).map((item) => [item.meta.author_profile, item.meta.venue])).toEqual([
      [false, 'Own'],
      [false, 'Default venue'],
    ]);
  });

  it('stops on a bad date, a post with no date, and a wrong type, naming the file and line', () => {
    const bad = itemsOf({ 'publications/p.md': page('title: P\ndate: 2024-02-30') });
    expect(bad.read).toThrow(`${displayName(path.join(bad.dir, 'publications/p.md'))}:3: \`date\`: expected a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100"), found the text "2024-02-30"`);
    const post = itemsOf({ 'posts/hello.md': page('title: Hello') });
    expect(post.read).toThrow(`${displayName(path.join(post.dir, 'posts/hello.md'))}:1: expected a post named YYYY-MM-DD-title.md, or a \`date:\` in its front matter, found the name "hello.md" and no date`);
    const wrong = itemsOf({ 'publications/p.md': page('title: P\nvenue:\n  - a\n  - b') });
    expect(wrong.read).toThrow(`${displayName(path.join(wrong.dir, 'publications/p.md'))}:4: \`venue\`: expected a text, found a list of 2 items`);
    const unclosed = itemsOf({ 'talks/t.md': '---\ntitle: T\n' });
    expect(unclosed.read).toThrow(/talks\/t\.md:1: expected front matter between two "---" lines/);
  });
});
