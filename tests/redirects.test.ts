import { describe, expect, it } from 'vitest';
import { redirectsFor } from '../lib/publish/redirects';
import { trailingSlashRedirects } from '../lib/publish/url-form';
import { FIXTURE_CONTENT, folderWith, loadRedirects, page } from './helpers';

const HOME = page('permalink: /\ntitle: ""', 'Hello.');

type Source = Parameters<typeof redirectsFor>[0][number];
const pageAt = (file: string, permalink: string, redirect_from: string[]): Source => ({
  file,
  meta: { permalink, title: '', author_profile: true, redirect_from },
  body: '',
  bodyLine: 1,
  lineOf: (path) => (path[0] === 'redirect_from' ? 4 + Number(path[1]) : undefined),
});

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
    expect(redirectsFor([pageAt('a.md', '/', ['/old(1)/', '/q:a'])]).map((r) => r.source)).toEqual(['/old\\(1\\)', '/q\\:a']);
  });

  it('writes a non-ASCII path the way it arrives in a request, encoded once', () => {
    expect(redirectsFor([pageAt('a.md', '/', ['/über/', '/caf%C3%A9/', '/100%'])]).map((r) => r.source)).toEqual([
      '/%C3%BCber',
      '/caf%C3%A9',
      '/100%25',
    ]);
  });

  it('sends a non-ASCII permalink percent-encoded once, as Location needs it', () => {
    expect(redirectsFor([pageAt('a.md', '/über/', ['/old/']), pageAt('b.md', '/caf%C3%A9/', ['/cafe'])]).map((r) => r.destination)).toEqual(['/%C3%BCber/', '/caf%C3%A9/']);
  });

  it('merges the slash forms of one path', () => {
    expect(redirectsFor([pageAt('a.md', '/', ['/about', '/about/'])])).toHaveLength(1);
  });

  it("leaves out a redirect from the page to itself (academicpages' talks.html has one), keeping the others", () => {
    expect(redirectsFor([pageAt('a.md', '/talks/', ['/talks/', '/talks', '/talks.html'])])).toEqual([
      { source: '/talks.html', destination: '/talks/', permanent: true },
    ]);
  });

  it('refuses two pages redirecting from the same path, naming both files', () => {
    expect(() => redirectsFor([pageAt('a.md', '/', ['/old/']), pageAt('b.md', '/b/', ['/old'])])).toThrow(
      'b.md:4: `redirect_from[0]`: expected a path no other page redirects from (a.md already does), found the text "/old"',
    );
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

  it('fails on a redirect from a path a page is served at', () => {
    const dir = folderWith({
      'profile.md': HOME,
      'pages/a.md': page('permalink: /cv/'),
      'pages/b.md': page('permalink: /resume/\nredirect_from: /cv/'),
    });
    expect(() => loadRedirects(dir)).toThrow(/b\.md:3: `redirect_from\[0\]`: expected an old path no page is served at \(.*a\.md is at \/cv\)/);
  });
});
