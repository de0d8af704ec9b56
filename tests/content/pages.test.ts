import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { readAllPages, settleRoutes } from '../../lib/content/pages';
import { folderWith, page, withProblems } from '../helpers';

const HOME = page('permalink: /\ntitle: ""', 'Hello.');

/** The pages of a content folder, with their routes settled as the loader settles them. */
function settled(files: Record<string, string>) {
  const dir = folderWith({ 'profile.md': HOME, ...files });
  const read = withProblems((problems) => settleRoutes(readAllPages(dir, [], problems), problems, (source) => source.defaultPermalink ?? source.meta.permalink));
  return { ...read, file: (name: string) => displayName(path.join(dir, name)) };
}

describe('readAllPages', () => {
  it('reads profile.md first, then content/pages/ by path, folders too, ignoring other files', () => {
    const dir = folderWith({
      'profile.md': HOME,
      'pages/teaching.md': page('permalink: /teaching/\ntitle: Teaching'),
      'pages/cv.md': page('permalink: /cv.html\ntitle: CV'),
      'pages/news/2020-spring.md': page('title: Spring'),
      'pages/notes.txt': 'not a page',
      'pages/.draft.md': page('title: Hidden'),
    });
    expect(withProblems((problems) => readAllPages(dir, [], problems)).value.map((p) => p.meta.permalink)).toEqual(['/', '/cv.html', '/news/2020-spring.html', '/teaching/']);
  });
});

describe('settleRoutes', () => {
  it('keeps the first of two pages at one permalink there and moves the other to its own path, naming both', () => {
    const { value, warnings, file } = settled({ 'pages/a.md': page('permalink: /talks/'), 'pages/b.md': page('permalink: /talks') });
    expect(value.map((p) => p.meta.permalink)).toEqual(['/', '/talks/', '/b.html']);
    expect(warnings).toEqual([`${file('pages/b.md')}:2: \`permalink\`: ${file('pages/a.md')} is at /talks too, and Jekyll writes only one of them there; this page is at /b.html instead`]);
  });

  it('moves a page at the home page permalink', () => {
    const { value, warnings } = settled({ 'pages/about.md': page('permalink: /') });
    expect(value.map((p) => p.meta.permalink)).toEqual(['/', '/about.html']);
    expect(warnings).toEqual([expect.stringMatching(/about\.md:2: `permalink`: .*profile\.md is at \/ too, and Jekyll writes only one of them there; this page is at \/about\.html instead$/)]);
  });

  it('numbers a page whose own path is taken too', () => {
    const { value } = settled({ 'pages/a.md': page('permalink: /x.html'), 'pages/x.md': page('permalink: /a.html'), 'pages/z.md': page('permalink: /a.html') });
    expect(value.map((p) => p.meta.permalink)).toEqual(['/', '/x.html', '/a.html', '/z.html']);
    expect(settled({ 'pages/a.md': page('permalink: /z.html'), 'pages/z.md': page('permalink: /z.html') }).value.map((p) => p.meta.permalink)).toEqual(['/', '/z.html', '/z-2.html']);
    expect(settled({ 'pages/a/index.md': page('permalink: /b/'), 'pages/b/index.md': page('permalink: /b/') }).value.map((p) => p.meta.permalink)).toEqual(['/', '/b/', '/b-2/']);
  });

  it.each(['/feed.xml', '/sitemap.xml', '/robots.txt', '/icon.svg', '/_next/static/x', '/opengraph-image.png'])('moves a page at the built-in route %s', (permalink) => {
    const { value, warnings } = settled({ 'pages/x.md': page(`permalink: ${permalink}`) });
    expect(value.map((p) => p.meta.permalink)).toEqual(['/', '/x.html']);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`x\\.md:2: \`permalink\`: ${permalink.replace(/\./g, '\\.')} is a path the site serves itself; this page is at /x\\.html instead$`))]);
  });
});
