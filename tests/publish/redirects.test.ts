import { describe, expect, it } from 'vitest';
import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { canonicalPath } from '../../lib/content/routes';
import { nextRedirects, redirectsFor, trailingSlashRedirects } from '../../lib/publish/redirects';
import { FIXTURE_CONTENT, folderWith, loadRedirects, page, withProblems } from '../helpers';

const HOME = page('permalink: /\ntitle: ""', 'Hello.');

type Source = Parameters<typeof redirectsFor>[0][number];
const pageAt = (file: string, permalink: string, redirect_from: string[]): Source => ({
  file,
  meta: { permalink, redirect_from },
  lineOf: (path) => (path[0] === 'redirect_from' ? 4 + Number(path[1]) : undefined),
});

/** The redirects of some pages, and what was said about them. */
const redirectsOf = (pages: Source[]) => {
  const { value, warnings } = withProblems((problems) => redirectsFor(pages, problems));
  return { value: nextRedirects(value), warnings };
};

describe('redirects', () => {
  it("turns the fixture's front matter into 308 redirects to their pages, then the trailing-slash rule", () => {
    expect(loadRedirects(FIXTURE_CONTENT)).toEqual([
      { source: '/about', destination: '/', permanent: true },
      { source: '/about.html', destination: '/', permanent: true },
      { source: '/courses', destination: '/teaching/', permanent: true },
      ...trailingSlashRedirects(''),
    ]);
  });

  it('escapes characters that mean something in a Next.js source pattern', () => {
    expect(redirectsOf([pageAt('a.md', '/', ['/old(1)/', '/q:a'])]).value.map((r) => r.source)).toEqual(['/old\\(1\\)', '/q\\:a']);
  });

  it('writes a non-ASCII path the way it arrives in a request, encoded once', () => {
    expect(redirectsOf([pageAt('a.md', '/', ['/über/', '/caf%C3%A9/', '/100%'])]).value.map((r) => r.source)).toEqual([
      '/%C3%BCber',
      '/caf%C3%A9',
      '/100%25',
    ]);
  });

  it('sends a non-ASCII permalink percent-encoded once, as Location needs it', () => {
    expect(redirectsOf([pageAt('a.md', '/über/', ['/old/']), pageAt('b.md', '/caf%C3%A9/', ['/cafe'])]).value.map((r) => r.destination)).toEqual(['/%C3%BCber/', '/caf%C3%A9/']);
  });

  it('merges the slash forms of one path', () => {
    expect(redirectsOf([pageAt('a.md', '/', ['/about', '/about/'])]).value).toHaveLength(1);
  });

  it("leaves out a redirect from the page to itself (academicpages' talks.html has one), keeping the others", () => {
    expect(redirectsOf([pageAt('a.md', '/talks/', ['/talks/', '/talks', '/talks.html'])]).value).toEqual([
      { source: '/talks.html', destination: '/talks/', permanent: true },
    ]);
  });

  it('leads a path two pages redirect from to the later one, as jekyll-redirect-from does, naming both files', () => {
    expect(redirectsOf([pageAt('a.md', '/', ['/old/']), pageAt('b.md', '/b/', ['/old'])])).toEqual({
      value: [{ source: '/old', destination: '/b/', permanent: true }],
      warnings: ['b.md:4: `redirect_from[0]`: a.md redirects from /old too; as with jekyll-redirect-from, it leads here, the later page'],
    });
  });

  it('keeps a page where another page would redirect from, and says so', () => {
    expect(redirectsOf([pageAt('a.md', '/a/', []), pageAt('b.md', '/b/', ['/a/', '/b.html'])])).toEqual({
      value: [{ source: '/b.html', destination: '/b/', permanent: true }],
      warnings: ['b.md:4: `redirect_from[0]`: a.md is served at /a, so it stays that page and does not redirect here'],
    });
  });
});

describe('redirects of all pages', () => {
  it('sends each redirect_from to its page in one hop', () => {
    const dir = folderWith({
      'profile.md': page('permalink: /\nredirect_from: /about/'),
      'pages/talks.md': page('permalink: /talks/\nredirect_from:\n  - /presentations/\n  - /talks.html'),
    });
    expect(loadRedirects(dir).slice(0, 3)).toEqual([
      { source: '/about', destination: '/', permanent: true },
      { source: '/presentations', destination: '/talks/', permanent: true },
      { source: '/talks.html', destination: '/talks/', permanent: true },
    ]);
  });

  it('keeps the page at a path another page redirects from', () => {
    const dir = folderWith({
      'profile.md': HOME,
      'pages/a.md': page('permalink: /cv/'),
      'pages/b.md': page('permalink: /resume/\nredirect_from: /cv/'),
    });
    expect(loadRedirects(dir).filter((redirect) => redirect.destination === '/resume/')).toEqual([]);
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
  // Made inside each test, so that the mutation run sees which test covers which line.
  const rules = () => trailingSlashRedirects('');

  it('adds the slash exactly where canonicalPath does, in one hop', () => {
    for (const sample of ['/teaching', '/a/b', '/publication/2009-10-01-paper-1', '/caf%C3%A9']) {
      expect(follow(rules(), sample), sample).toBe(canonicalPath(sample));
      expect(follow(rules(), `${sample}?x=1`), sample).toBe(`${canonicalPath(sample)}?x=1`);
    }
    for (const sample of ['/cv.html/', '/a/b.pdf/']) expect(follow(rules(), sample), sample).toBe(canonicalPath(sample));
  });

  it('never redirects a path in its one form, with or without a query (no loop)', () => {
    for (const sample of ['/', '/teaching/', '/a/b/', '/cv.html', '/a/b.pdf', '/teaching/?a=1', '/teaching/?_rsc=1x2', '/cv.html?x', '/.well-known/security.txt', '/.well-known/x']) {
      expect(follow(rules(), sample), sample).toBeNull();
    }
  });

  it('guards the base path rule the same way', () => {
    const based = trailingSlashRedirects('/my.site');
    const regex = new RegExp(buildCustomRoute('redirect', based[0] ?? { source: '/', destination: '/', permanent: true }, ['/_next']).regex);
    expect(['/my.site', '/my.site/', '/my.site/?a', '/myXsite'].map((sample) => regex.test(sample))).toEqual([true, false, false, false]);
  });
});
