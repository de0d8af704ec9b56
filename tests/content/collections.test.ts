import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CollectionConfig, defaultsFor, readCollections } from '../../lib/content/collections';
import { displayName } from '../../lib/content/front-matter';
import { folderWith, page, withProblems } from '../helpers';

const STOCK: CollectionConfig[] = [
  { label: 'publications', output: true, permalink: '/:collection/:path/' },
  { label: 'talks', output: false, permalink: '/:collection/:path/' },
  { label: 'posts', output: true, permalink: 'date' },
];

/** Built on 2030-01-01, by default with Jekyll's `future: false`. */
function itemsOf(files: Record<string, string>, collections = STOCK, defaults: Parameters<typeof readCollections>[2] = [], future = false) {
  const dir = folderWith(files);
  const withWarnings = () => withProblems((problems) => readCollections(dir, collections, defaults, problems, { now: new Date('2030-01-01T00:00:00Z'), future }));
  return { dir, file: (name: string) => displayName(path.join(dir, name)), withWarnings, read: () => withWarnings().value };
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
      'posts/2022-5-1-short-date.md': page('title: Short'),
    });
    const posts = read().get('posts') ?? [];
    expect(posts.map((post) => [post.meta.title, post.date?.toISOString().slice(0, 10), post.meta.permalink])).toEqual([
      ['Short', '2022-05-01', '/2022/05/01/short-date/'],
      ['Old one', '2023-01-02', '/2023/01/02/old/'],
      ['Hello World', '2024-03-05', '/news/2024/03/05/hello-world/'],
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

  it('stops on a date Jekyll cannot read, as Jekyll does, naming the file and line', () => {
    const bad = itemsOf({ 'publications/p.md': page('title: P\ndate: 2024-02-30') });
    expect(bad.read).toThrow(`${bad.file('publications/p.md')}:3: \`date\`: expected a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100"), found the text "2024-02-30"`);
  });

  it('leaves out what Jekyll does not publish, and says why: a post without a date in its name, no front matter', () => {
    const site = itemsOf({ 'posts/hello.md': page('title: Hello\ndate: 2024-01-01'), 'talks/t.md': '---\ntitle: T\n', 'publications/p.md': page('title: P') });
    const { value, warnings } = site.withWarnings();
    expect([...value.values()].flat().map((item) => item.meta.title)).toEqual(['P']);
    expect(warnings).toEqual([
      `${site.file('posts/hello.md')}: expected a post named YYYY-MM-DD-title.md, found the name "hello.md"; Jekyll does not publish it, so neither does this site`,
      `${site.file('talks/t.md')}:1: expected front matter between two "---" lines at the top of the file, found front matter that starts on line 1 and is never closed with \`---\`; Jekyll copies such a file as it is rather than make a page of it, so it is left out`,
    ]);
  });

  it('leaves out a value of the wrong type, keeping it for Liquid, and says so', () => {
    const wrong = itemsOf({ 'publications/p.md': page('title: P\nvenue:\n  - a\n  - b\npublished: "yes"') });
    const { value, warnings } = wrong.withWarnings();
    const [item] = value.get('publications') ?? [];
    expect(item?.meta.venue).toBeUndefined();
    expect(item?.data.venue).toEqual(['a', 'b']);
    expect(warnings).toEqual([
      `${wrong.file('publications/p.md')}:4: \`venue\`: expected a text, found a list of 2 items; left out`,
      `${wrong.file('publications/p.md')}:6: \`published\`: expected true or false, found the text "yes"; left out`,
    ]);
  });

  it('publishes a document dated in the future only with `future: true`, as Jekyll does', () => {
    const files = { 'posts/2199-01-01-future-post.md': page('title: Future'), 'publications/p.md': page('title: P\ndate: 2100-01-01'), 'posts/2020-01-01-now.md': page('title: Now') };
    const without = itemsOf(files).withWarnings();
    expect([...without.value.values()].flat().map((item) => item.meta.title)).toEqual(['Now']);
    expect(without.warnings).toEqual([
      expect.stringMatching(/posts\/2199-01-01-future-post\.md: dated 2199-01-01, in the future: not published, as Jekyll does unless `future: true` is in site\.yml$/),
      expect.stringMatching(/publications\/p\.md: dated 2100-01-01, in the future/),
    ]);
    const withFuture = itemsOf(files, STOCK, [], true).withWarnings();
    expect([...withFuture.value.values()].flat().map((item) => item.meta.title)).toEqual(['P', 'Now', 'Future']);
    expect(withFuture.warnings).toEqual([]);
  });
});

describe('readCollections, item by item', () => {
  it("stops on a post whose name holds no real date, as Jekyll does, naming it", () => {
    const bad = itemsOf({ 'posts/2024-13-45-x.md': page('title: X') });
    expect(bad.read).toThrow(`${bad.file('posts/2024-13-45-x.md')}:1: \`date\`: expected a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100"), found the name "2024-13-45-x", which holds no real date`);
  });

  it("titles an item without one by its name as Jekyll does: each word between dashes capitalised, the rest as it is", () => {
    // Jekyll 4.3.1 gave "Deep  Learning_for_x", "État De L Art" and "Hello Big_world" for these.
    const { read } = itemsOf({
      'publications/deep--learning_for_x.md': page('date: 2020-01-01'),
      'publications/état-de-l-art.md': page('date: 2020-01-02'),
      'publications/iPhone-APP.md': page('date: 2020-01-03'),
      'posts/2020-01-01-hello-big_world.md': '---\n---\n',
    });
    expect(read().get('publications')?.map((item) => item.meta.title)).toEqual(['Deep  Learning_for_x', 'État De L Art', 'Iphone App']);
    expect(read().get('posts')?.map((item) => item.meta.title)).toEqual(['Hello Big_world']);
  });

  it('reads items in folders, leaves out those under a folder starting with _ or ., and knows HTML items in any case', () => {
    const { read } = itemsOf({
      'publications/2020/a.md': page('title: A'),
      'publications/_drafts/b.md': page('title: B'),
      'publications/.git/c.md': page('title: C'),
      'publications/d.HTML': page('title: D'),
      'publications/e.md/f.txt': 'not an item',
    });
    expect(read().get('publications')?.map((item) => [item.meta.title, item.relativePath, item.format])).toEqual([
      ['A', '_publications/2020/a.md', 'markdown'],
      ['D', '_publications/d.HTML', 'html'],
    ]);
  });

  it('adds a single category to the categories, and publishes what is dated exactly now', () => {
    const { read } = itemsOf({ 'posts/2030-01-01-now.md': page('categories: [a, b]\ncategory: c') });
    expect(read().get('posts')?.map((item) => [item.meta.categories, item.date?.toISOString()])).toEqual([[['a', 'b', 'c'], '2030-01-01T00:00:00.000Z']]);
  });

  it('orders by path the items of one date, and those without one', () => {
    const { read } = itemsOf({ 'publications/b.md': page('title: B'), 'publications/a.md': page('title: A'), 'publications/c.md': page('title: C\ndate: 2020-01-01'), 'publications/d.md': page('title: D\ndate: 2020-01-01') });
    expect(read().get('publications')?.map((item) => item.meta.title)).toEqual(['C', 'D', 'A', 'B']);
  });
});

describe('defaultsFor, scope by scope', () => {
  it('takes a scope with a type over one without at the same path, a path with a slash as a folder, and a file as its own path', () => {
    const defaults = [
      { path: '_talks', type: 'talks', values: { layout: 'typed' } },
      { path: '_talks', type: undefined, values: { layout: 'untyped', extra: 1 } },
      { path: '_talks/a.md', type: undefined, values: { file: true } },
      { path: '_talks/sub//', type: undefined, values: { sub: true } },
    ];
    expect(defaultsFor(defaults, '_talks/a.md', 'talks')).toEqual({ layout: 'typed', extra: 1, file: true });
    expect(defaultsFor(defaults, '_talks/sub/b.md', 'talks')).toEqual({ layout: 'typed', extra: 1, sub: true });
    expect(defaultsFor(defaults, '_talks/a.md', 'pages')).toEqual({ layout: 'untyped', extra: 1, file: true });
    expect(defaultsFor(defaults, '_talksx/a.md', 'talks')).toEqual({});
  });
});

