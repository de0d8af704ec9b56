import { describe, expect, it } from 'vitest';
import type { ItemSource, PageSource } from '../../lib/model';
import { paginatorDrop, withLayoutContent } from '../../lib/render/al-folio-pages';
import type { Drop } from '../../lib/render/liquid-scope';
import { itemSource, pageSource } from '../helpers';

const source = (data: Record<string, unknown>, body = 'Text.\n', format?: 'markdown' | 'html'): PageSource =>
  pageSource('content/pages/p.md', { permalink: '/p/', ...data }, { body, bodyLine: 10, ...(format === undefined ? {} : { format }) });

describe('what a layout adds to a page (withLayoutContent)', () => {
  it('leaves a page without a layout that adds anything as it is', () => {
    const plain = source({ layout: 'single' });
    expect(withLayoutContent(plain, {})).toBe(plain);
    expect(withLayoutContent(source({ toc: false }), {})).toMatchObject({ body: 'Text.\n', bodyLine: 10 });
    expect(withLayoutContent(source({ toc: 'yes' }), {})).toMatchObject({ body: 'Text.\n', bodyLine: 10 });
  });

  it('puts a table of contents first for toc: true, a sidebar or beginning, and counts the lines it adds', () => {
    for (const toc of [true, { sidebar: 'left' }, { beginning: true }, { sidebar: '', beginning: true }]) {
      expect(withLayoutContent(source({ toc }), {})).toMatchObject({ body: '{% include toc %}\n\nText.\n', bodyLine: 8 });
    }
    for (const toc of [{ sidebar: '' }, { sidebar: true }, { beginning: 'yes' }, { other: 'left' }, null, ['sidebar']]) {
      expect(withLayoutContent(source({ toc }), {})).toMatchObject({ body: 'Text.\n', bodyLine: 10 });
    }
  });

  it('adds no second table of contents where the page includes one', () => {
    for (const body of ['{% include toc %}\nText.', '{%- include toc.html %}', '{%include   toc icon="x" %}']) expect(withLayoutContent(source({ toc: true }, body), {}).body).toBe(body);
    expect(withLayoutContent(source({ toc: true }, '{% include tocs.html %}'), {}).body).toBe('{% include toc %}\n\n{% include tocs.html %}');
  });

  it("adds a course's details before its text and its schedule after it, under a heading in the page's format", () => {
    const markdown = withLayoutContent(source({ layout: 'course' }), {});
    expect(markdown.body.startsWith('{%- if page.instructor or page.term')).toBe(true);
    expect(markdown.body).toContain('</dl>{%- endif -%}\n\nText.\n\n\n{%- if page.schedule -%}\n\n## Schedule\n\n<table class="course-schedule">');
    expect(markdown.bodyLine).toBe(8);
    expect(withLayoutContent(source({ layout: 'course' }, 'Text.\n', 'html'), {}).body).toContain('\n\n<h2>Schedule</h2>\n\n');
    expect(withLayoutContent(source({ layout: 'course', toc: true }), {}).body).toMatch(/^\{%- if page\.instructor[^]*\n\n\{% include toc %\}\n\nText\./);
  });

  it('adds the people of a profiles page before its text', () => {
    const page = withLayoutContent(source({ layout: 'profiles' }), {});
    expect(page.body).toMatch(/^\{%- assign _profiles = page\.profiles \| default: page\.about -%\}[^]*<\/section>\n\{%- endfor -%\}\n\nText\.\n$/);
    expect(page.bodyLine).toBe(6);
  });

  it('adds the CV from cv.yml (a list) or a JSON Resume (a map) after the text, and the PDF link before it', () => {
    const yml = withLayoutContent(source({ layout: 'cv' }), { cv: [] });
    expect(yml.body).toMatch(/^\{%- if page\.cv_pdf -%\}[^]*\{%- endif -%\}\nText\.\n\n\n\{%- for _entry in site\.data\.cv %\}/);
    expect(yml.bodyLine).toBe(7);
    expect(withLayoutContent(source({ layout: 'cv' }), { cv: { basics: {} } }).body).toMatch(/Text\.\n\n\n\{% include cv-template\.html %\}\n$/);
    for (const cv of [undefined, null, 'cv.pdf']) expect(withLayoutContent(source({ layout: 'cv' }), { cv }).body).toMatch(/\{%- endif -%\}\nText\.\n\n\n\n$/);
  });
});

const post = (slug: string, output = true): ItemSource => itemSource('posts', `_posts/${slug}.md`, { data: { permalink: `/blog/${slug}/` }, output });

describe("jekyll-paginate-v2's paginator (paginatorDrop)", () => {
  const posts = [post('a'), post('b'), post('hidden', false), post('c'), post('d'), post('e')];
  const values: Record<string, Record<string, unknown>> = {
    a: { rank: 10, when: new Date('2020-01-01'), name: 'a' },
    b: { rank: 3, when: new Date('2020-01-03'), name: 'b' },
    c: { rank: 2, when: new Date('2020-01-05'), name: 'C' },
    d: { rank: null, name: 'd' },
    e: { rank: 1, when: new Date('2020-01-02') },
  };
  const drops = new Map<ItemSource, Drop>(posts.map((one) => [one, { title: one.slug, ...values[one.slug] }]));
  const collections = new Map([['posts', posts]]);
  const permalinks = ['/blog/', '/blog/page/2/', '/blog/page/3/'];
  const titles = (drop: Drop) => (Array.isArray(drop.posts) ? drop.posts.map((one: unknown) => (typeof one === 'object' && one !== null && 'title' in one ? one.title : one)) : drop.posts);
  const paginate = (page: number, sortField = '', sortReverse = false, collection = 'posts') => paginatorDrop({ page, total: 3, collection, perPage: 2, sortField, sortReverse, permalinks }, collections, drops);

  it('lists posts newest first (the collection holds them oldest first), without those that have no page', () => {
    expect(titles(paginate(1))).toEqual(['e', 'd']);
    expect(titles(paginate(2))).toEqual(['c', 'b']);
    expect(titles(paginate(3))).toEqual(['a']);
    expect(paginate(1).total_posts).toBe(5);
  });

  it("keeps another collection's own order", () => {
    expect(titles(paginatorDrop({ page: 1, total: 1, collection: 'talks', perPage: 9, sortField: '', sortReverse: false, permalinks: ['/talks/'] }, new Map([['talks', posts]]), drops))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(titles(paginatorDrop({ page: 1, total: 1, collection: 'none', perPage: 9, sortField: '', sortReverse: false, permalinks: ['/x/'] }, collections, drops))).toEqual([]);
    expect(titles(paginatorDrop({ page: 1, total: 1, collection: 'posts', perPage: 9, sortField: '', sortReverse: false, permalinks: ['/x/'] }, collections, new Map()))).toEqual([{}, {}, {}, {}, {}]);
  });

  it('sorts by a field: numbers as numbers, dates by time, text as text, a missing value first; reversed on request', () => {
    const all = (sortField: string, reverse = false) => [1, 2, 3].flatMap((page) => titles(paginate(page, sortField, reverse)));
    expect(all('rank')).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(all('rank', true)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(all('when')).toEqual(['d', 'a', 'e', 'b', 'c']);
    expect(all('name')).toEqual(['e', 'c', 'a', 'b', 'd']);
  });

  it('gives the pages around this one, and none before the first or after the last', () => {
    expect(paginate(1)).toMatchObject({ page: 1, per_page: 2, total_pages: 3, previous_page: null, previous_page_path: null, next_page: 2, next_page_path: '/blog/page/2/', page_path: '/blog/', first_page: 1, first_page_path: '/blog/', last_page: 3, last_page_path: '/blog/page/3/' });
    expect(paginate(2)).toMatchObject({ previous_page: 1, previous_page_path: '/blog/', next_page: 3, next_page_path: '/blog/page/3/', page_path: '/blog/page/2/' });
    expect(paginate(3)).toMatchObject({ previous_page: 2, previous_page_path: '/blog/page/2/', next_page: null, next_page_path: null, page_path: '/blog/page/3/' });
    expect(paginate(1).page_trail).toEqual([
      { num: 1, path: '/blog/', title: '1' },
      { num: 2, path: '/blog/page/2/', title: '2' },
      { num: 3, path: '/blog/page/3/', title: '3' },
    ]);
    expect(paginatorDrop({ page: 2, total: 2, collection: 'posts', perPage: 2, sortField: '', sortReverse: false, permalinks: ['/blog/'] }, collections, drops)).toMatchObject({ page_path: null, last_page_path: null, previous_page_path: '/blog/' });
  });
});
