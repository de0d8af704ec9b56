import { describe, expect, it } from 'vitest';
import {
  canonicalHref,
  canonicalLink,
  canonicalPath,
  expandPermalink,
  hasScheme,
  inUrlForm,
  isExternal,
  isFileLike,
  jekyllPath,
  jekyllSlug,
  pageAt,
  paperPath,
  redirectTarget,
  relativeUrl,
  routeKey,
  routePath,
  routeSegments,
  routeTable,
  servedPaths,
  withBasePath,
  withIndexFolder,
} from '../../lib/content/routes';

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
  // Made inside each test, so that the mutation run sees which test covers which line.
  const routes = () => routeTable([source('/'), source('/teaching/', ['/courses']), source('/cv.html', ['/resume/']), source('/lab/', [], ['/lab/index.html'])]);

  it('sends a link to a page, in either form, to its one URL', () => {
    expect(['/teaching', '/teaching/', '/cv.html', '/lab', '/lab/index.html', '/'].map((href) => canonicalHref(href, routes()))).toEqual([
      '/teaching/',
      '/teaching/',
      '/cv.html',
      '/lab/',
      '/lab/index.html',
      '/',
    ]);
  });

  it('sends an old path straight to its page, keeping the query and the fragment', () => {
    expect(canonicalHref('/courses', routes())).toBe('/teaching/');
    expect(canonicalHref('/courses/?term=fall#week-1', routes())).toBe('/teaching/?term=fall#week-1');
    expect(canonicalHref('/resume', routes())).toBe('/cv.html');
  });

  it('leaves other sites, files, fragments and unknown paths alone', () => {
    for (const href of ['https://example.org/teaching', '//cdn.example.org/x', '#top', '/files/cv.pdf', '/nowhere', 'teaching', 'mailto:a@b.c']) {
      expect(canonicalHref(href, routes())).toBe(href);
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

describe('paths and links, one function each', () => {
  it('takes a front matter path as Jekyll does: a leading "/" added, spaces encoded, once', () => {
    expect(jekyllPath('teaching/')).toBe('/teaching/');
    expect(jekyllPath('  /my talks/ ')).toBe('/my%20talks/');
    expect(jekyllPath('/my%20talks/')).toBe('/my%20talks/');
    expect(jekyllPath('/100%')).toBe('/100%25');
    expect(jekyllPath('/café/')).toBe('/caf%C3%A9/');
    for (const notAPath of ['', '   ', 'https://x.org/a', '//cdn/a', 'mailto:a@b.org', '/a?b=1', '/a#top']) expect(jekyllPath(notAPath), notAPath).toBeNull();
  });

  it('tells links with a scheme or a host from paths of the site', () => {
    for (const external of ['https://x.org', 'HTTP://x.org', 'mailto:a@b.org', 'tel:+1', 'a+b-c.d:x', '//cdn.example/x']) expect(isExternal(external), external).toBe(true);
    for (const internal of ['/a', 'a/b', '#top', '1http://x', '-a:b', '/http://x', '', 'a b:c']) expect(isExternal(internal), internal).toBe(false);
    expect(hasScheme('//cdn.example/x')).toBe(false);
    expect(hasScheme('x:')).toBe(true);
  });

  it('puts a site path under the base path, but not a link off the site or a fragment', () => {
    expect(withBasePath('/a/', '/site')).toBe('/site/a/');
    expect(withBasePath('https://x.org/a', '/site')).toBe('https://x.org/a');
    expect(withBasePath('#top', '/site')).toBe('#top');
    expect(withBasePath('/a/', '')).toBe('/a/');
  });

  it("gives a paper's page a path any host serves as a folder", () => {
    expect(paperPath('einstein1905')).toBe('/publications/einstein1905/');
    expect(paperPath('PhysRev.47.777')).toBe('/publications/PhysRev-47-777/');
    expect(paperPath('DBLP:journals/corr/abs-2406-17710')).toBe('/publications/DBLP-journals-corr-abs-2406-17710/');
    expect(paperPath('__x__')).toBe('/publications/__x__/');
    expect(paperPath('..:')).toBe('/publications/paper/');
    expect(paperPath('Müller2020')).toBe('/publications/Müller2020/');
  });

  it('serves a page at its permalink and its aliases; an index file at its folder, the file an alias', () => {
    expect(servedPaths({ meta: { permalink: '/a/', redirect_from: [] } })).toEqual(['/a/']);
    expect(servedPaths({ meta: { permalink: '/a/', redirect_from: ['/b/'] }, aliases: ['/a/index.html'] })).toEqual(['/a/', '/a/index.html']);
    expect(withIndexFolder({ meta: { permalink: '/lab/index.html', redirect_from: [] }, aliases: ['/x'] })).toEqual({ meta: { permalink: '/lab/', redirect_from: [] }, aliases: ['/x', '/lab/index.html'] });
    expect(withIndexFolder({ meta: { permalink: '/lab/INDEX.HTM', redirect_from: [] } }).meta.permalink).toBe('/lab/');
    for (const permalink of ['/lab/main.html', '/lab/index.html/', '/labindex.html', '/lab/myindex.html']) {
      const page = { meta: { permalink, redirect_from: [] } };
      expect(withIndexFolder(page)).toBe(page);
    }
  });

  it('puts a page in the one URL form, and returns the same page when it is in it', () => {
    const page = { meta: { permalink: '/teaching', redirect_from: ['/old'] }, file: 'x.md' };
    expect(inUrlForm(page)).toEqual({ meta: { permalink: '/teaching/', redirect_from: ['/old'] }, file: 'x.md' });
    const formed = { meta: { permalink: '/cv.html', redirect_from: [] } };
    expect(inUrlForm(formed)).toBe(formed);
  });

  it('finds a page by either URL form or an alias, and rewrites links under the base path only', () => {
    const routes = routeTable([{ meta: { permalink: '/', redirect_from: [] } }, { meta: { permalink: '/lab/', redirect_from: ['/group/'] }, aliases: ['/lab/index.html'] }]);
    expect(pageAt(routes, '/lab')?.meta.permalink).toBe('/lab/');
    expect(pageAt(routes, '/lab/index.html')?.meta.permalink).toBe('/lab/');
    expect(pageAt(routes, '/group/')).toBeUndefined();
    expect(canonicalLink('/site/group?x=1#y', routes, '/site')).toBe('/site/lab/?x=1#y');
    expect(canonicalLink('/site', routes, '/site')).toBe('/site/');
    expect(canonicalLink('/sitemap/lab', routes, '/site')).toBe('/sitemap/lab');
    expect(canonicalLink('/lab', routes, '/site')).toBe('/lab');
    expect(canonicalLink('/lab/index.html', routes, '')).toBe('/lab/index.html');
    expect(canonicalLink('//lab', routes, '')).toBe('//lab');
    expect(canonicalLink('lab', routes, '')).toBe('lab');
    expect(canonicalLink('/nowhere', routes, '')).toBe('/nowhere');
  });
});

describe('routes at their edges', () => {
  it('reads redirect targets with spaces around them, and none that is blank', () => {
    expect([redirectTarget({ redirect_to: '  /new/  ' }), redirectTarget({ redirect_to: '   ' }), redirectTarget({ redirect: ' x/y ' }), redirectTarget({ redirect: '  ' })]).toEqual(['/new/', undefined, '/x/y', undefined]);
  });

  it('makes paper paths and slugs without runs of dashes or dashes at the ends', () => {
    expect([paperPath('..a..b..'), jekyllSlug('--Hello   World--')]).toEqual(['/publications/a-b/', 'hello-world']);
  });

  it('keeps the dots inside an item\'s path, and writes a pattern that fills to nothing as the home page', () => {
    const parts = { collection: 'notes', relativePath: '_notes/a.b.md', slug: 'a.b', date: null, categories: [] };
    expect([expandPermalink('/:collection/:path/', parts), expandPermalink('/:categories/', parts)]).toEqual(['/notes/a.b/', '/']);
  });
});
