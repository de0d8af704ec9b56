import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { readAllPages } from '../../lib/content/pages';
import { folderWith, page } from '../helpers';

const HOME = page('permalink: /\ntitle: ""', 'Hello.');

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
