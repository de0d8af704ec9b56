import { describe, expect, it } from 'vitest';
import { uiTextFor } from '../../lib/content/ui-text';
import type { ItemSource, PageSource, Section } from '../../lib/model';
import { alFolioHomeSections, archiveSection, relatedPostsSection } from '../../lib/render/al-folio-home';
import { itemSource, pageSource } from '../helpers';

/** An item of a collection: dated (or not), with a page of its own unless `output` is false. */
const item = (collection: string, slug: string, date: string | null, data: Record<string, unknown> = {}, output = true): ItemSource => itemSource(collection, `_${collection}/${slug}.md`, { date, data, output });

const home = (data: Record<string, unknown>): PageSource => pageSource('content/profile.md', { permalink: '/', ...data });

const lists = (collections: Record<string, ItemSource[]>, content: Record<string, string> = {}, basePath = '') => ({
  collections: new Map(Object.entries(collections)),
  contentOf: (one: ItemSource) => content[one.slug],
  basePath,
  locale: 'en',
  ui: uiTextFor('en'),
});

const htmlOf = (section: Section | null | undefined) => (section?.blocks[0]?.type === 'list' ? section.blocks[0].items.map((one) => one.html) : null);

describe("al-folio's about page lists", () => {
  const news = [item('news', 'a', '2024-01-05', { inline: true }), item('news', 'b', '2024-03-01', { title: 'Moved' }), item('news', 'c', '2023-01-01'), item('news', 'undated', null, { inline: true })];
  const content = { a: '<p>First <strong>news</strong>.</p>', c: '<p>One</p><p>Two</p>', undated: '<p>never shown</p>' };

  it('shows no list unless the page asks for one', () => {
    expect(alFolioHomeSections(home({}), lists({ news }, content))).toEqual([]);
    expect(alFolioHomeSections(home({ announcements: { enabled: false }, latest_posts: false }), lists({ news }, content))).toEqual([]);
  });

  it('shows dated news newest first, an inline item whole (one paragraph unwrapped), another as a link to its page', () => {
    const [section, ...rest] = alFolioHomeSections(home({ announcements: { enabled: true } }), lists({ news }, content, '/site'));
    expect(rest).toEqual([]);
    expect(section).toMatchObject({ kind: 'news', id: 'news', heading: { text: 'News', html: 'News' } });
    expect(htmlOf(section)).toEqual([
      '<time datetime="2024-03-01">Mar 1, 2024</time> <a href="/site/news/b/">Moved</a>',
      '<time datetime="2024-01-05">Jan 5, 2024</time> First <strong>news</strong>.',
      '<time datetime="2023-01-01">Jan 1, 2023</time> <a href="/site/news/c/">c</a>',
    ]);
    const items = section?.blocks[0]?.type === 'list' ? section.blocks[0].items : [];
    expect(items.map((one) => [one.text, one.date, one.line])).toEqual([
      ['Mar 1, 2024 Moved', { iso: '2024-03-01', text: 'Mar 1, 2024' }, undefined],
      ['Jan 5, 2024 First news.', { iso: '2024-01-05', text: 'Jan 5, 2024' }, undefined],
      ['Jan 1, 2023 c', { iso: '2023-01-01', text: 'Jan 1, 2023' }, undefined],
    ]);
  });

  it('shows an item without a page of its own whole, several blocks as they are', () => {
    const pageless = [item('news', 'c', '2023-01-01', {}, false)];
    expect(htmlOf(alFolioHomeSections(home({ announcements: true }), lists({ news: pageless }, content))[0])).toEqual(['<time datetime="2023-01-01">Jan 1, 2023</time> <p>One</p><p>Two</p>']);
    expect(htmlOf(alFolioHomeSections(home({ announcements: true }), lists({ news: pageless }, {}))[0])).toEqual(['<time datetime="2023-01-01">Jan 1, 2023</time>']);
  });

  it("keeps to the page's limit, and the older `news: true` with news_limit", () => {
    expect(htmlOf(alFolioHomeSections(home({ announcements: { enabled: true, limit: 1 } }), lists({ news }, content))[0])).toHaveLength(1);
    expect(htmlOf(alFolioHomeSections(home({ news: true, news_limit: 2 }), lists({ news }, content))[0])).toHaveLength(2);
    expect(htmlOf(alFolioHomeSections(home({ news: true, news_limit: 'two' }), lists({ news }, content))[0])).toHaveLength(3);
    expect(alFolioHomeSections(home({ news: 'yes' }), lists({ news }, content))).toEqual([]);
    expect(alFolioHomeSections(home({ announcements: true }), lists({}, content))).toEqual([]);
  });

  it('keeps items of one date in the order of their collection', () => {
    const same = [item('news', 'x', '2024-01-01'), item('news', 'y', '2024-01-01'), item('news', 'z', '2024-01-01')];
    expect(htmlOf(alFolioHomeSections(home({ announcements: true }), lists({ news: same }))[0])?.map((one) => /">(\w)<\/a>/.exec(one)?.[1])).toEqual(['x', 'y', 'z']);
  });

  it('shows three latest posts unless told how many, without posts that have no page, linking where a redirect leads', () => {
    const posts = [
      item('posts', 'p1', '2024-01-01'),
      item('posts', 'p2', '2024-02-01', { redirect: '/talks/x/' }),
      item('posts', 'p3', '2024-03-01', { redirect: 'https://elsewhere.example.org/t' }),
      item('posts', 'p4', '2024-04-01', {}, false),
      item('posts', 'p5', '2023-01-01', { redirect: '' }),
    ];
    const [section] = alFolioHomeSections(home({ latest_posts: true }), lists({ posts }, {}, '/site'));
    expect(section).toMatchObject({ kind: 'generic', id: 'latest-posts', heading: { text: 'Latest posts' } });
    expect(htmlOf(section)).toEqual([
      '<time datetime="2024-03-01">Mar 1, 2024</time> <a href="https://elsewhere.example.org/t">p3</a>',
      '<time datetime="2024-02-01">Feb 1, 2024</time> <a href="/site/talks/x/">p2</a>',
      '<time datetime="2024-01-01">Jan 1, 2024</time> <a href="/site/posts/p1/">p1</a>',
    ]);
    expect(htmlOf(alFolioHomeSections(home({ latest_posts: { limit: 4 } }), lists({ posts }))[0])).toHaveLength(4);
    expect(htmlOf(alFolioHomeSections(home({ latest_posts: true }), lists({ posts: [item('posts', 'p1', '2024-01-01', { title: '' })] }))[0])).toEqual(['<time datetime="2024-01-01">Jan 1, 2024</time> <a href="/posts/p1/">p1</a>']);
    expect(alFolioHomeSections(home({ latest_posts: true }), lists({ posts: [posts[3] ?? item('posts', 'x', null)] }))).toEqual([]);
  });

  it('puts the news before the latest posts, in the locale of the site', () => {
    const sections = alFolioHomeSections(home({ latest_posts: true, announcements: true }), { ...lists({ news: [item('news', 'n', '2024-05-02')], posts: [item('posts', 'p', '2024-05-03')] }), locale: 'de', ui: uiTextFor('de') });
    expect(sections.map((one) => one.id)).toEqual(['news', 'latest-posts']);
    expect(sections.map((one) => one.heading.text)).toEqual([uiTextFor('de').news_label, uiTextFor('de').latest_posts_label]);
    expect(htmlOf(sections[0])).toEqual(['<time datetime="2024-05-02">2. Mai 2024</time> <a href="/news/n/">n</a>']);
  });
});

describe("al-folio's related posts", () => {
  const posts = [item('posts', 'a', '2024-01-01'), item('posts', 'b', '2024-02-01'), item('posts', 'c', '2024-03-01', { redirect: '/x/' }), item('posts', 'd', '2024-04-01', {}, false), item('posts', 'e', '2023-06-01')];
  const options = { basePath: '/site', locale: 'en', heading: 'Related' };
  const [a] = posts;
  if (a === undefined) throw new Error('no post');

  it('lists the newest other posts that have pages of their own', () => {
    const section = relatedPostsSection(a, posts, { enabled: true }, options);
    expect(section).toMatchObject({ kind: 'generic', id: 'related-posts', heading: { text: 'Related' } });
    expect(htmlOf(section)).toEqual(['<time datetime="2024-02-01">Feb 1, 2024</time> <a href="/site/posts/b/">b</a>', '<time datetime="2023-06-01">Jun 1, 2023</time> <a href="/site/posts/e/">e</a>']);
  });

  it('keeps to max_related when it is a positive number, else five', () => {
    const many = Array.from({ length: 8 }, (_, index) => item('posts', `p${index}`, `2024-01-0${index + 1}`));
    const [first] = many;
    if (first === undefined) throw new Error('no post');
    expect(htmlOf(relatedPostsSection(first, many, { enabled: true, max_related: 2 }, options))).toHaveLength(2);
    expect(htmlOf(relatedPostsSection(first, many, { enabled: true, max_related: 0 }, options))).toHaveLength(5);
    expect(htmlOf(relatedPostsSection(first, many, { enabled: true, max_related: '3' }, options))).toHaveLength(5);
  });

  it('shows none unless enabled, when the post turns them off, or when there is no other post', () => {
    expect(relatedPostsSection(a, posts, undefined, options)).toBeNull();
    expect(relatedPostsSection(a, posts, null, options)).toBeNull();
    expect(relatedPostsSection(a, posts, { max_related: 2 }, options)).toBeNull();
    expect(relatedPostsSection(a, posts, { enabled: 'true' }, options)).toBeNull();
    expect(relatedPostsSection(item('posts', 'q', '2024-01-01', { related_posts: false }), posts, { enabled: true }, options)).toBeNull();
    expect(relatedPostsSection(item('posts', 'q', '2024-01-01', { related_posts: true }), posts, { enabled: true }, options)).not.toBeNull();
    expect(relatedPostsSection(a, [a], { enabled: true }, options)).toBeNull();
  });
});

describe('an archive page', () => {
  it('lists its posts newest first, linked, under its heading', () => {
    const section = archiveSection([item('posts', 'old', '2020-01-01'), item('posts', 'new', '2021-01-01')], { basePath: '', locale: 'en', heading: 'Posts tagged x' });
    expect(section).toMatchObject({ kind: 'generic', id: 'posts', heading: { text: 'Posts tagged x', html: 'Posts tagged x' } });
    expect(htmlOf(section)).toEqual(['<time datetime="2021-01-01">Jan 1, 2021</time> <a href="/posts/new/">new</a>', '<time datetime="2020-01-01">Jan 1, 2020</time> <a href="/posts/old/">old</a>']);
  });
});
