import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { describe, expect, it } from 'vitest';
import { canonicalHref, canonicalPath, isFileLike, routeTable, trailingSlashRedirects } from '../lib/publish/url-form';

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

describe('trailingSlashRedirects', () => {
  it("gives back Next's two rules, in its order, with a guard against matching the slash form", () => {
    expect(trailingSlashRedirects('')).toEqual([
      { source: '/:file((?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/]+\\.\\w+)/', destination: '/:file', permanent: true },
      { source: '/:notfile((?!\\.well-known(?:/.*)?)(?:[^/]+/)*[^/\\.]+(?!/))', destination: '/:notfile/', permanent: true },
    ]);
  });

  it('sends the bare base path to its folder first', () => {
    expect(trailingSlashRedirects('/site')[0]).toEqual({ source: '/:base(site(?!/))', destination: '/site/', permanent: true, basePath: false });
    expect(trailingSlashRedirects('/site')).toHaveLength(3);
  });

  // The rules as Next compiles and matches them (build-custom-route: every ordinary redirect also
  // matches with a final slash), then the first match's destination.
  const follow = (rules: ReturnType<typeof trailingSlashRedirects>, target: string): string | null => {
    const url = new URL(target, 'http://x');
    for (const rule of rules) {
      const match = new RegExp(buildCustomRoute('redirect', rule, ['/_next']).regex).exec(url.pathname);
      if (match) return rule.destination.replace(/:\w+/, match[1] ?? '') + url.search;
    }
    return null;
  };
  const rules = trailingSlashRedirects('');

  it('adds the slash exactly where canonicalPath does, in one hop', () => {
    for (const sample of ['/teaching', '/a/b', '/publication/2009-10-01-paper-1', '/caf%C3%A9']) {
      expect(follow(rules, sample), sample).toBe(canonicalPath(sample));
      expect(follow(rules, `${sample}?x=1`), sample).toBe(`${canonicalPath(sample)}?x=1`);
    }
    for (const sample of ['/cv.html/', '/a/b.pdf/']) expect(follow(rules, sample), sample).toBe(canonicalPath(sample));
  });

  it('never redirects a path in its one form, with or without a query (no loop)', () => {
    for (const sample of ['/', '/teaching/', '/a/b/', '/cv.html', '/a/b.pdf', '/teaching/?a=1', '/teaching/?_rsc=1x2', '/cv.html?x', '/.well-known/security.txt', '/.well-known/x']) {
      expect(follow(rules, sample), sample).toBeNull();
    }
  });

  it('guards the base path rule the same way', () => {
    const based = trailingSlashRedirects('/my.site');
    const regex = new RegExp(buildCustomRoute('redirect', based[0] ?? { source: '/', destination: '/', permanent: true }, ['/_next']).regex);
    expect(['/my.site', '/my.site/', '/my.site/?a', '/myXsite'].map((sample) => regex.test(sample))).toEqual([true, false, false, false]);
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
