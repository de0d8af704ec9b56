import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasFrontMatter, readJekyllTree } from '../../lib/import/jekyll-tree';
import { folderWith } from '../helpers';

const FRONT = '---\ntitle: x\n---\ntext\n';

describe('front matter as Jekyll tells it (hasFrontMatter)', () => {
  it('is a first line of three dashes, with a byte-order mark, spaces after or a Windows line end', () => {
    const dir = folderWith({ a: '---\n', b: '\uFEFF---\r\nx', c: '--- \t\nx', d: '----\n', e: ' ---\n', f: 'x\n---\n', g: '---', h: '', i: '---x\n' });
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name) => hasFrontMatter(path.join(dir, name)))).toEqual([true, true, true, false, false, false, false, false, false]);
  });
});

describe("the site's tree as Jekyll reads it (readJekyllTree)", () => {
  const site = folderWith({
    'index.md': FRONT,
    'about.html': FRONT,
    'feed.xml': FRONT,
    'style.SCSS': FRONT,
    'Page.MARKDOWN': FRONT,
    'files/cv.pdf': '%PDF',
    'files/notes.md': 'no front matter',
    '_pages/about.md': FRONT,
    '_pages/cv.md': FRONT,
    '_posts/2024-01-01-a.md': FRONT,
    '.github/workflows/x.yml': 'on: push',
    '#draft.md': FRONT,
    'backup.md~': FRONT,
    '_site/index.html': 'built',
    'node_modules/x/index.js': 'x',
    'Gemfile': 'gem "jekyll"',
    'Gemfile.lock': 'x',
    'vendor/bundle/x.rb': 'x',
    'vendor/keep.js': 'x',
    'README.md': '# Site',
    'docs/one.md': FRONT,
    'docs/two.txt': 'x',
    'images/a.png': 'png',
    'images/raw/b.png': 'png',
  });

  it('takes pages, templates and static files, and leaves what Jekyll leaves', () => {
    const tree = readJekyllTree(site, {});
    expect(tree.entries).toEqual([
      { path: 'Page.MARKDOWN', kind: 'page' },
      { path: 'README.md', kind: 'static' },
      { path: 'about.html', kind: 'page' },
      { path: 'docs/one.md', kind: 'page' },
      { path: 'docs/two.txt', kind: 'static' },
      { path: 'feed.xml', kind: 'template' },
      { path: 'files/cv.pdf', kind: 'static' },
      { path: 'files/notes.md', kind: 'static' },
      { path: 'images/a.png', kind: 'static' },
      { path: 'images/raw/b.png', kind: 'static' },
      { path: 'index.md', kind: 'page' },
      { path: 'style.SCSS', kind: 'template' },
      { path: 'vendor/keep.js', kind: 'static' },
    ]);
    expect(tree.excluded).toEqual(['Gemfile', 'Gemfile.lock', '_site', 'node_modules', 'vendor/bundle']);
  });

  it("leaves out what exclude: names, as a glob or a start of the path, and says so; ignores what is not a name", () => {
    const tree = readJekyllTree(site, { exclude: ['README.md', 'docs/*.txt', 'images/r', '*.xml', 'files/', 7] });
    expect(tree.excluded).toEqual(['Gemfile', 'Gemfile.lock', 'README.md', '_site', 'docs/two.txt', 'feed.xml', 'files', 'images/raw', 'node_modules', 'vendor/bundle']);
    expect(tree.entries.map((entry) => entry.path)).toEqual(['Page.MARKDOWN', 'about.html', 'docs/one.md', 'images/a.png', 'index.md', 'style.SCSS', 'vendor/keep.js']);
    expect(readJekyllTree(site, { exclude: 'README.md' }).entries.map((entry) => entry.path)).toContain('README.md');
    expect(readJekyllTree(site, { exclude: ['?ndex.md', 'ima*'] }).excluded).toEqual(['Gemfile', 'Gemfile.lock', '_site', 'images', 'index.md', 'node_modules', 'vendor/bundle']);
    expect(readJekyllTree(site, { exclude: ['index.m'] }).excluded).toContain('index.md');
    expect(readJekyllTree(site, { exclude: ['index.m$'] }).excluded).not.toContain('index.md');
  });

  it('reads what include: names even where Jekyll would not, and a folder it opens for some files shows only those', () => {
    const included = readJekyllTree(site, { include: ['.github', '#draft.md', 'Gemfile', '_pages/about.md'] }).entries.map((entry) => entry.path);
    expect(included).toEqual(expect.arrayContaining(['#draft.md', '.github/workflows/x.yml', 'Gemfile', '_pages/about.md']));
    expect(included).not.toContain('_pages/cv.md');
    expect(included).not.toContain('_posts/2024-01-01-a.md');
    expect(readJekyllTree(site, { include: ['_pages'] }).entries.map((entry) => entry.path)).toEqual(expect.arrayContaining(['_pages/about.md', '_pages/cv.md']));
    expect(readJekyllTree(site, { include: ['_pages/'] }).entries.map((entry) => entry.path)).toEqual(expect.arrayContaining(['_pages/about.md', '_pages/cv.md']));
  });
});

describe('readJekyllTree at its edges', () => {
  it('reads a whole folder that include: names, in name order, and leaves out only backup files that end in ~', () => {
    const site = folderWith({ '_extra/z.md': '---\n---\nz', '_extra/a.md': '---\n---\na', 'a~b.md': '---\n---\nx', 'x.md~': 'backup', 'b.txt': 'b' });
    const tree = readJekyllTree(site, { include: ['_extra'] });
    expect(tree.entries).toEqual([
      { path: '_extra/a.md', kind: 'page' },
      { path: '_extra/z.md', kind: 'page' },
      { path: 'a~b.md', kind: 'page' },
      { path: 'b.txt', kind: 'static' },
    ]);
  });
});
