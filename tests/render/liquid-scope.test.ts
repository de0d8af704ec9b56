import { describe, expect, it } from 'vitest';
import type { Generated } from '../../lib/content/generated-pages';
import type { ItemSource, PageSource } from '../../lib/model';
import { liquidScope, present, rawExcerpt } from '../../lib/render/liquid-scope';
import { itemSource, pageSource, siteFrom } from '../helpers';

const pageAt = (file: string, permalink: string, generated?: Generated): PageSource =>
  pageSource(file, { permalink, title: file }, { data: { permalink, title: file, layout: 'single' }, body: `Body of ${file}`, bodyLine: 4, ...(generated === undefined ? {} : { generated }) });

const item = (collection: string, relativePath: string, data: Record<string, unknown> = {}, body = 'First.\n\nSecond.'): ItemSource => itemSource(collection, relativePath, { date: '2024-01-01', data, body });

describe('the excerpt before rendering, and texts as a page shows them', () => {
  it("is a body's first paragraph, trimmed, up to a blank line (spaces allowed on it)", () => {
    expect(rawExcerpt('  \n\nFirst line\nsecond line  \n\nNext')).toBe('First line\nsecond line');
    expect(rawExcerpt('One\n \t \nTwo')).toBe('One');
    expect(rawExcerpt('a\nb\n\nc')).toBe('a\nb');
    expect(rawExcerpt('')).toBe('');
    expect(rawExcerpt('  only  ')).toBe('only');
  });

  it('is none when blank, else trimmed', () => {
    expect(present('  x y  ')).toBe('x y');
    expect(present(' \t\n')).toBeUndefined();
    expect(present('')).toBeUndefined();
    expect(present(undefined)).toBeUndefined();
  });
});

describe("what Liquid sees (liquidScope)", () => {
  const site = siteFrom('title: Lab\ndescription: A lab\nlocale: de\ncustom: 42\ncollections:\n  talks:\n    output: true\n').load();
  const posts = [
    item('posts', '_posts/2023-05-01-old.md', { tags: ['b', 'a'], categories: 'news' }),
    item('posts', '_posts/2024/2024-01-01-new.v2.md', { tags: ['a'], excerpt: '  Own excerpt  ' }),
  ];
  const talks = [item('talks', '_talks/t1.md', { excerpt: '   ' })];
  const pages = [pageAt('content/profile.md', '/'), pageAt('content/pages/cv.md', '/cv/'), pageAt('content/pages/blog.md', '/blog/', { kind: 'pagination', pagination: { page: 1, total: 2, collection: 'posts', perPage: 1, sortField: '', sortReverse: false, permalinks: ['/blog/', '/blog/page/2/'] } }), pageAt('content/pages/blog.md', '/blog/page/2/', { kind: 'pagination', pagination: { page: 2, total: 2, collection: 'posts', perPage: 1, sortField: '', sortReverse: false, permalinks: ['/blog/', '/blog/page/2/'] } }), pageAt('content/pages/archive.md', '/tag/a/', { kind: 'archive', type: 'tag', name: 'a', posts: [] })];
  const now = new Date('2025-06-01T12:00:00Z');
  // Made inside each test, so that the mutation run sees which test covers which line.
  const scopeOf = () => liquidScope({ site, basePath: '/lab', pages, collections: new Map([['posts', posts], ['talks', talks]]), data: { people: ['Ada'] }, now });

  it("gives each item Jekyll's fields over its front matter", () => {
    const scope = scopeOf();
    const [old, newer] = posts;
    if (old === undefined || newer === undefined) throw new Error('no posts');
    expect(scope.items.get(old)).toEqual({
      permalink: '/posts/2023-05-01-old/',
      title: '2023-05-01-old',
      tags: ['b', 'a'],
      categories: ['news'],
      url: '/posts/2023-05-01-old/',
      date: new Date('2024-01-01T00:00:00Z'),
      id: '/posts/2023-05-01-old',
      slug: '2023-05-01-old',
      collection: 'posts',
      path: '_posts/2023-05-01-old.md',
      relative_path: '_posts/2023-05-01-old.md',
      output: true,
      content: 'First.\n\nSecond.',
      excerpt: 'First.',
    });
    expect(scope.items.get(newer)?.excerpt).toBe('Own excerpt');
    expect(scope.items.get(talks[0] ?? newer)?.excerpt).toBe('First.');
  });

  it("gives each page its front matter, URL, file name and text", () => {
    const scope = scopeOf();
    expect(scope.pages[1]).toEqual({ permalink: '/cv/', title: 'content/pages/cv.md', layout: 'single', url: '/cv/', path: 'cv.md', content: 'Body of content/pages/cv.md' });
    expect(scope.pages).toHaveLength(5);
  });

  it('gives site.yml, the collections, posts newest first, tags and categories, data, url, baseurl and time', () => {
    const scope = scopeOf();
    const drop = scope.site;
    expect(drop).toMatchObject({ title: 'Lab', description: 'A lab', locale: 'de', custom: 42, url: 'https://ada.example.org', baseurl: '/lab', time: now, data: { people: ['Ada'] } });
    const titles = (value: unknown) => (Array.isArray(value) ? value.map((one: Record<string, unknown>) => one.title) : value);
    const byWord = (value: unknown) => Object.fromEntries(Object.entries(typeof value === 'object' && value !== null ? value : {}).map(([word, list]) => [word, titles(list)]));
    expect(titles(drop.posts)).toEqual(['2024-01-01-new.v2', '2023-05-01-old']);
    expect(titles(drop.talks)).toEqual(['t1']);
    expect(byWord(drop.tags)).toEqual({ b: ['2023-05-01-old'], a: ['2024-01-01-new.v2', '2023-05-01-old'] });
    expect(Object.keys(byWord(drop.tags))).toEqual(['b', 'a']);
    expect(byWord(drop.categories)).toEqual({ news: ['2023-05-01-old'] });
    const collections = Array.isArray(drop.collections) ? drop.collections : [];
    const talksCollection = collections.find((one: Record<string, unknown>) => one.label === 'talks');
    expect(talksCollection).toMatchObject({ label: 'talks', output: true, relative_directory: '_talks', files: [] });
    expect(titles(talksCollection?.docs)).toEqual(['t1']);
    expect(titles(collections.find((one: Record<string, unknown>) => one.label === 'posts')?.docs)).toEqual(['2024-01-01-new.v2', '2023-05-01-old']);
    expect(titles(collections.find((one: Record<string, unknown>) => one.label === 'publications')?.docs)).toEqual([]);
  });

  it('finds documents by Jekyll path (a list page once, no archive) and posts by name, with and without their folder', () => {
    const scope = scopeOf();
    expect(Object.fromEntries(scope.documents.byPath)).toEqual({
      'profile.md': '/',
      '_pages/cv.md': '/cv/',
      '_pages/blog.md': '/blog/',
      '_posts/2023-05-01-old.md': '/posts/2023-05-01-old/',
      '_posts/2024/2024-01-01-new.v2.md': '/posts/2024-01-01-new.v2/',
      '_talks/t1.md': '/talks/t1/',
    });
    expect(Object.fromEntries(scope.documents.posts)).toEqual({
      '2023-05-01-old': '/posts/2023-05-01-old/',
      '2024/2024-01-01-new.v2': '/posts/2024-01-01-new.v2/',
      '2024-01-01-new.v2': '/posts/2024-01-01-new.v2/',
    });
  });
});
