import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CollectionConfig, defaultsFor, readCollections } from '../../lib/content/collections';
import { displayName } from '../../lib/content/front-matter';
import { folderWith, page } from '../helpers';

const STOCK: CollectionConfig[] = [
  { label: 'publications', output: true, permalink: '/:collection/:path/' },
  { label: 'talks', output: false, permalink: '/:collection/:path/' },
  { label: 'posts', output: true, permalink: 'date' },
];

function itemsOf(files: Record<string, string>, collections = STOCK, defaults: Parameters<typeof readCollections>[2] = []) {
  const dir = folderWith(files);
  return { dir, read: () => readCollections(dir, collections, defaults) };
}

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
    expect(posts[2]?.meta.tags).toEqual(['a', 'b']);
    expect(posts[2]?.meta.categories).toEqual(['news']);
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
