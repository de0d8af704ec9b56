import { describe, expect, it } from 'vitest';
import { canonicalHref, canonicalPath, expandPermalink, isFileLike, jekyllSlug, relativeUrl, routeKey, routePath, routeSegments, routeTable } from '../../lib/content/routes';

const source = (permalink: string, redirect_from: string[] = [], aliases: string[] = []) => ({ meta: { permalink, redirect_from }, aliases });

describe('canonicalPath', () => {
  it("gives every page academicpages' form, with a final slash", () => {
    expect(['/teaching', '/teaching/', '/teaching//', '/publication/2009-10-01-paper-1', '/a/b/c/'].map(canonicalPath)).toEqual([
      '/teaching/',
      '/teaching/',
      '/teaching/',
      '/publication/2009-10-01-paper-1/',
      '/a/b/c/',
    ]);
  });

  it('keeps the home page and file-like permalinks as they are', () => {
    expect(['/', '/cv.html', '/cv.html/', '/files/slides.v2', '/lab/index.html'].map(canonicalPath)).toEqual(['/', '/cv.html', '/cv.html', '/files/slides.v2', '/lab/index.html']);
  });

  it('keeps percent-encoding and non-ASCII paths as written', () => {
    expect(canonicalPath('/caf%C3%A9')).toBe('/caf%C3%A9/');
    expect(canonicalPath('/über')).toBe('/über/');
  });
});

describe('isFileLike', () => {
  it("reads a file the way Next's trailingSlash rule does: a last segment ending in a dot and word characters", () => {
    expect(['/cv.html', '/a/b.pdf', '/x.v2', '/cv.html/'].map(isFileLike)).toEqual([true, true, true, true]);
    expect(['/', '/cv', '/v1.', '/a.b/c', '/a.-', '/.'].map(isFileLike)).toEqual([false, false, false, false, false, false]);
  });
});

describe('canonicalHref', () => {
  const routes = routeTable([source('/'), source('/teaching/', ['/courses']), source('/cv.html', ['/resume/']), source('/lab/', [], ['/lab/index.html'])]);

  it('sends a link to a page, in either form, to its one URL', () => {
    expect(['/teaching', '/teaching/', '/cv.html', '/lab', '/lab/index.html', '/'].map((href) => canonicalHref(href, routes))).toEqual([
      '/teaching/',
      '/teaching/',
      '/cv.html',
      '/lab/',
      '/lab/index.html',
      '/',
    ]);
  });

  it('sends an old path straight to its page, keeping the query and the fragment', () => {
    expect(canonicalHref('/courses', routes)).toBe('/teaching/');
    expect(canonicalHref('/courses/?term=fall#week-1', routes)).toBe('/teaching/?term=fall#week-1');
    expect(canonicalHref('/resume', routes)).toBe('/cv.html');
  });

  it('leaves other sites, files, fragments and unknown paths alone', () => {
    for (const href of ['https://example.org/teaching', '//cdn.example.org/x', '#top', '/files/cv.pdf', '/nowhere', 'teaching', 'mailto:a@b.c']) {
      expect(canonicalHref(href, routes)).toBe(href);
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

describe('permalink to route', () => {
  it.each([
    ['/', '/', []],
    ['/publications/', '/publications', ['publications']],
    ['/publications', '/publications', ['publications']],
    ['/cv.html', '/cv.html', ['cv.html']],
    ['/talks/2024/', '/talks/2024', ['talks', '2024']],
    ['/caf%C3%A9/', '/caf%C3%A9', ['café']],
  ])('%s is served at %s', (permalink, route, segments) => {
    expect(routePath(permalink)).toBe(route);
    expect(routeSegments(permalink)).toEqual(segments);
    expect(routeKey(permalink)).toBe(`/${segments.join('/')}`);
  });
});

describe('relativeUrl', () => {
  it('puts site paths under the base path and leaves URLs alone', () => {
    expect(relativeUrl('/files/a.pdf', '/site')).toBe('/site/files/a.pdf');
    expect(relativeUrl('files/a.pdf', '/site')).toBe('/site/files/a.pdf');
    // As Jekyll 4.3.1 gives them: "" is the base path, nil nothing.
    expect(relativeUrl('', '')).toBe('');
    expect(relativeUrl('', '/site')).toBe('/site');
    expect(relativeUrl(null, '/site')).toBe('');
    expect(relativeUrl(undefined, '')).toBe('');
    expect(relativeUrl(7, '/site')).toBe('/site/7');
    expect(relativeUrl('https://x.org/a', '/site')).toBe('https://x.org/a');
    expect(relativeUrl('mailto:a@b.org', '/site')).toBe('mailto:a@b.org');
    expect(relativeUrl('//cdn.example/a', '/site')).toBe('//cdn.example/a');
  });
});
