import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../lib/content/front-matter';
import { resolveLiquid } from '../lib/render/liquid';
import { navFor } from '../lib/publish/nav';
import { readAllPages, routeKey, routePath, routeSegments } from '../lib/content/pages';
import { loadPages, loadRedirects } from './helpers';
import { folderWith, page } from './helpers';

const HOME = page('permalink: /\ntitle: ""', 'Hello.');

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

describe('readAllPages', () => {
  it('reads profile.md first, then content/pages/*.md in name order, ignoring other files', () => {
    const dir = folderWith({
      'profile.md': HOME,
      'pages/teaching.md': page('permalink: /teaching/\ntitle: Teaching'),
      'pages/cv.md': page('permalink: /cv.html\ntitle: CV'),
      'pages/notes.txt': 'not a page',
    });
    expect(readAllPages(dir).map((p) => p.meta.permalink)).toEqual(['/', '/cv.html', '/teaching/']);
  });

  it('fails on two pages at one permalink, naming both files', () => {
    const dir = folderWith({
      'profile.md': HOME,
      'pages/a.md': page('permalink: /talks/'),
      'pages/b.md': page('permalink: /talks'),
    });
    const a = displayName(path.join(dir, 'pages', 'a.md'));
    const b = displayName(path.join(dir, 'pages', 'b.md'));
    expect(() => readAllPages(dir)).toThrow(`${b}:2: \`permalink\`: expected a permalink no other page has (${a} is already at /talks), found the text "/talks"`);
  });

  it('fails on a page at the home page permalink', () => {
    const dir = folderWith({ 'profile.md': HOME, 'pages/about.md': page('permalink: /') });
    expect(() => readAllPages(dir)).toThrow(/about\.md:2: `permalink`: expected a permalink no other page has \(.*profile\.md is already at \/\)/);
  });

  it.each(['/feed.xml', '/sitemap.xml', '/robots.txt', '/icon.svg', '/_next/static/x', '/opengraph-image.png'])('fails on a page at the built-in route %s', (permalink) => {
    const dir = folderWith({ 'profile.md': HOME, 'pages/x.md': page(`permalink: ${permalink}`) });
    expect(() => readAllPages(dir)).toThrow(/x\.md:2: `permalink`: expected a permalink the site does not use itself/);
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
      { source: '/presentations', destination: '/talks', permanent: true },
      { source: '/talks.html', destination: '/talks', permanent: true },
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

describe('resolveLiquid', () => {
  const context = { origin: 'https://ada.github.io', basePath: '/site', file: 'content/pages/cv.md', firstLine: 5 };

  it('resolves the base path, the site URL and the url filters as Jekyll does', () => {
    const text = [
      '[CV]({{ base_path }}/files/cv.pdf) [CV]({% include base_path %}/files/cv.pdf)',
      '<img src="{{ site.baseurl }}/images/me.png"> {{ site.url }}{{ site.baseurl }}/talks/',
      "{{ '/files/a.pdf' | relative_url }} {{ \"files/b.pdf\" | absolute_url }} {{- base_path -}}",
    ].join('\n');
    expect(resolveLiquid(text, context)).toEqual({
      text: [
        '[CV](/site/files/cv.pdf) [CV](/site/files/cv.pdf)',
        '<img src="/site/images/me.png"> https://ada.github.io/site/talks/',
        '/site/files/a.pdf https://ada.github.io/site/files/b.pdf /site',
      ].join('\n'),
      warnings: [],
    });
  });

  it('leaves any other Liquid as written and warns with the file and line', () => {
    const text = 'Intro\n\n{% for post in site.publications %}\n{{ post.title }}\n{% endfor %}';
    const result = resolveLiquid(text, context);
    expect(result.text).toBe(text);
    expect(result.warnings).toEqual([
      'content/pages/cv.md:7: Liquid this site does not run, shown as written: {% for post in site.publications %}',
      'content/pages/cv.md:8: Liquid this site does not run, shown as written: {{ post.title }}',
      'content/pages/cv.md:9: Liquid this site does not run, shown as written: {% endfor %}',
    ]);
  });

  it('runs on every page body before markdown, with the page\'s own line numbers', () => {
    const dir = folderWith({ 'profile.md': page('permalink: /', 'See [my CV]({{ base_path }}/files/cv.pdf).\n\n{{ page.x }}') });
    const [home] = loadPages(dir, { origin: 'https://a.org', basePath: '' });
    expect(home?.bio).toContain('<a href="/files/cv.pdf">my CV</a>');
    expect(home?.warnings).toEqual([expect.stringMatching(/profile\.md:6: Liquid this site does not run, shown as written: \{\{ page\.x \}\}$/)]);
  });
});

describe('navFor', () => {
  const items = [
    { title: 'Publications', url: '/publications/', external: false },
    { title: 'CV', url: '/cv.html#top', external: false },
    { title: 'Blog', url: 'https://blog.example.org/', external: true },
  ];
  const href = (sitePath: string) => `/site${sitePath}`;

  it('marks the current page and puts internal links under the base path', () => {
    expect(navFor(items, '/publications/', href)).toEqual([
      { title: 'Publications', href: '/site/publications/', current: true },
      { title: 'CV', href: '/site/cv.html#top', current: false },
      { title: 'Blog', href: 'https://blog.example.org/', current: false },
    ]);
    expect(navFor(items, '/cv.html', href).map((link) => link.current)).toEqual([false, true, false]);
    expect(navFor(items, null, href).map((link) => link.current)).toEqual([false, false, false]);
  });

  it('matches a permalink written with or without its slash or percent-encoding', () => {
    const cafe = [{ title: 'Café', url: '/café/', external: false }];
    expect(navFor(cafe, '/caf%C3%A9', href)[0]?.current).toBe(true);
  });
});
