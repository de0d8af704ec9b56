import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { readAllPages, settleRoutes } from '../../lib/content/pages';
import { Problems } from '../../lib/content/problems';
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

  it('counts on past numbers that are taken too', () => {
    const { value } = settled({ 'pages/a.md': page('permalink: /z.html'), 'pages/b.md': page('permalink: /z-2.html'), 'pages/z.md': page('permalink: /z.html') });
    expect(value.map((p) => p.meta.permalink)).toEqual(['/', '/z.html', '/z-2.html', '/z-3.html']);
  });

  it("leaves out an index file's path when another page or the site has it, and says so; a page that keeps its place is the page as read", () => {
    const { value, warnings, file } = settled({
      'pages/a.md': page('permalink: /q/index.html'),
      'pages/b.md': page('permalink: /q/index.html'),
      'pages/c.md': page('permalink: /_next/index.html'),
      'pages/d.md': page('permalink: /d.html'),
    });
    expect(value.map((p) => [p.meta.permalink, p.aliases])).toEqual([
      ['/', undefined],
      ['/q/', ['/q/index.html']],
      ['/b.html', []],
      ['/c.html', []],
      ['/d.html', undefined],
    ]);
    expect(warnings).toEqual([
      `${file('pages/b.md')}: /q/index.html is taken by ${file('pages/a.md')}; the page is not served there too`,
      `${file('pages/b.md')}:2: \`permalink\`: ${file('pages/a.md')} is at /q/ too, and Jekyll writes only one of them there; this page is at /b.html instead`,
      `${file('pages/c.md')}: /_next/index.html is taken by the site; the page is not served there too`,
      `${file('pages/c.md')}:2: \`permalink\`: /_next/ is a path the site serves itself; this page is at /c.html instead`,
    ]);
    const dir = folderWith({ 'profile.md': HOME, 'pages/d.md': page('permalink: /d.html') });
    const sources = withProblems((problems) => readAllPages(dir, [], problems)).value;
    const kept = withProblems((problems) => settleRoutes(sources, problems, () => '/elsewhere/')).value;
    expect(kept.every((source, index) => source === sources[index])).toBe(true);
  });
});

describe('readAllPages, its defaults and its absences', () => {
  it('applies front matter defaults to the pages by their _pages/ path and to the home page, and reads none without pages/', () => {
    const dir = folderWith({ 'profile.md': HOME, 'pages/talks/a.md': page('title: A') });
    const defaults = [
      { path: '_pages/talks', type: undefined, values: { layout: 'talk' } },
      { path: '', type: 'pages', values: { extra: 1 } },
    ];
    const pages = withProblems((problems) => readAllPages(dir, defaults, problems)).value;
    expect(pages.map((p) => [p.meta.permalink, p.meta.layout, p.meta.extra])).toEqual([
      ['/', undefined, 1],
      ['/talks/a.html', 'talk', 1],
    ]);
    expect(withProblems((problems) => readAllPages(folderWith({ 'profile.md': HOME }), [], problems)).value.map((p) => p.meta.permalink)).toEqual(['/']);
  });

  it('reads the other pages when profile.md is missing or no home page, and says so with their own problems', () => {
    for (const [files, said] of [
      [{}, /profile\.md: expected a page with front matter, found no such file$/],
      [{ 'profile.md': 'Just text.' }, /profile\.md:1: expected the home page, with front matter \(`permalink: \/`\) between two "---" lines at the top, found none$/],
      [{ 'profile.md': page('permalink: /home/') }, /profile\.md:2: `permalink`: expected "\/" \(profile\.md is the home page\), found the text "\/home\/"$/],
    ] as const) {
      const problems = new Problems();
      const pages = readAllPages(folderWith({ ...files, 'pages/a.md': page('title: A'), 'pages/b.md': page('title: [') }), [], problems);
      expect(pages.map((p) => p.meta.permalink)).toEqual(['/a.html', '/b.html']);
      expect(problems.errors.map((error) => error.message)).toEqual([expect.stringMatching(said)]);
      // b.md's own problem is said too.
      expect(problems.warnings.filter((warning) => warning.file.endsWith('b.md')).map((warning) => warning.line)).toEqual([2]);
    }
  });

  it('reads a page in any case of its extension, and no folder that is named like one', () => {
    const dir = folderWith({ 'profile.md': HOME, 'pages/A.MD': page('title: A'), 'pages/b.html': page('title: B'), 'pages/x.md/inner.txt': 'not a page' });
    expect(withProblems((problems) => readAllPages(dir, [], problems)).value.map((p) => p.meta.permalink)).toEqual(['/', '/A.html', '/b.html']);
  });
});
