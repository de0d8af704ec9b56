import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ImportError, existingFiles, importReport, planImport, writeImport } from '../../lib/import/academicpages';
import { folderWith, readSite } from '../helpers';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'academicpages');

/** The report's lines under a heading, up to the next heading. */
function section(lines: readonly string[], title: string): string[] {
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const planOf = (files: Record<string, string>) => {
  const dir = folderWith(files);
  return { dir, plan: planImport(dir) };
};

describe('planImport on an academicpages fixture', () => {
  const plan = planImport(FIXTURE);
  const report = importReport(plan);

  it('says what it writes, and what it copies and leaves, by folder', () => {
    expect(report.filter((line) => line.startsWith('  wrote '))).toEqual([
      '  wrote content/profile.md from _pages/about.md',
      '  wrote content/site.yml from _config.yml (8 menu entries from _data/navigation.yml)',
    ]);
    expect(section(report, 'Copied, by folder:')).toEqual([
      '  _data/ -> content/_data/: navigation.yml, ui-text.yml',
      '  _includes/ -> content/_includes/: member.html',
      '  _pages/ -> content/pages/: 8 files',
      '  _portfolio/ -> content/portfolio/: portfolio-1.md',
      '  _posts/ -> content/posts/: 1842-06-15-translation.md, 1843-01-01-post.md',
      '  _publications/ -> content/publications/: 4 files',
      '  _talks/ -> content/talks/: 1840-talk.md, 1842-tutorial.md',
      '  _teaching/ -> content/teaching/: 1841-course.md',
      '  files/ -> public/files/: cv.pdf, engines.pdf',
      '  images/ -> public/images/: engine.png, profile.png',
      '  built in, not copied: archive-single-cv.html, archive-single-talk-cv.html, archive-single-talk.html, archive-single.html, base_path, toc',
    ]);
    expect(section(report, 'Left, by folder:')).toEqual([
      '  _pages/404.md: this site has its own 404 page',
      '  _pages/talkmap.html: the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load',
    ]);
    expect(section(report, 'Check:')).toEqual([
      '  content/site.yml: publication_category gains "letters" (title "Letters") for _publications/1844-letters.md, which academicpages\' publications page silently left out',
    ]);
    expect(section(report, 'Not carried over:')).toHaveLength(5);
  });

  it('copies the pages unchanged, the collections, data, includes and static files, and leaves the rest', () => {
    const into = folderWith({});
    writeImport(plan, into);
    expect(readFileSync(path.join(into, 'content', 'profile.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'about.md'), 'utf8'));
    expect(readFileSync(path.join(into, 'content', 'pages', 'cv.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'cv.md'), 'utf8'));
    for (const file of ['public/images/profile.png', 'public/files/cv.pdf', 'content/publications/1843-notes.md', 'content/posts/1843-01-01-post.md', 'content/_data/navigation.yml', 'content/_includes/member.html']) {
      expect(existsSync(path.join(into, file)), file).toBe(true);
    }
    for (const file of ['content/pages/404.md', 'content/pages/talkmap.html', 'content/_includes/archive-single.html', 'content/_includes/head.html']) {
      expect(existsSync(path.join(into, file)), file).toBe(false);
    }
  });

  it('writes a site.yml with the author block, the menu and kramdown\'s typography, which the site loads', () => {
    const step = plan.steps.find((candidate) => candidate.to === 'content/site.yml');
    const yaml = YAML.parse(step?.write ?? '');
    expect(yaml).toMatchObject({
      title: 'Ada Lovelace',
      url: 'https://ada-lovelace.github.io',
      description: 'Ada Lovelace, analyst of the Analytical Engine.',
      locale: 'en-US',
      author: { name: 'Ada Lovelace', avatar: 'profile.png', twitter: '@ada_lovelace', orcid: '0000-0002-1825-0097' },
      permalink: '/:categories/:title/',
      publication_category: { books: { title: 'Books' }, manuscripts: { title: 'Journal Articles' }, conferences: { title: 'Conference Papers' }, letters: { title: 'Letters' } },
      collections: { teaching: { output: true, permalink: '/:collection/:path/' } },
      typographer: true,
    });
    expect(yaml.nav).toHaveLength(8);
    expect(yaml.defaults).toHaveLength(6);
    expect(yaml.author).not.toHaveProperty('arxiv'); // empty in _config.yml
    const into = folderWith({});
    writeImport(plan, into);
    const site = readSite(path.join(into, 'content'), path.join(into, 'public'), {});
    expect(site.author.avatar).toBe('/images/profile.png');
    expect(site.author.links.map((link) => link.href)).toContain('https://x.com/ada_lovelace');
    expect(site.publicationCategories.map((category) => category.key)).toEqual(['books', 'manuscripts', 'conferences', 'letters']);
  });

  it('names the files it would overwrite', () => {
    const into = folderWith({ 'content/site.yml': 'edited: true\n', 'content/profile.md': 'x' });
    expect(existingFiles(plan, into)).toEqual(['content/profile.md', 'content/site.yml']);
  });
});

describe('planImport reads the whole tree, as Jekyll does', () => {
  const { plan } = planOf({
    '_config.yml': 'title: T\nurl: https://t.example.org\ninclude: [_pages]\nexclude: [README, scripts/]\nfuture: true\n',
    '_pages/about.md': '---\npermalink: /\n---\nHome\n',
    'news/2020-spring.md': '---\ntitle: Spring news\n---\nText\n',
    'news/index.html': '---\npermalink: /news/\ntitle: News\n---\n<ul></ul>\n',
    'bibtex/paper1.bib': '@article{a, title={A}}\n',
    'CNAME': 'example.org\n',
    'README.md': '# the repository\n',
    'scripts/build.sh': 'echo\n',
    'feed.xml': '---\nlayout: null\n---\n<feed/>\n',
    'assets/css/main.scss': '---\n---\n@import "main";\n',
    'assets/js/main.min.js': 'x',
    'assets/pdf/cv.pdf': 'pdf',
    'favicon.ico': 'ico',
    '_drafts/idea.md': '---\ntitle: Idea\n---\n',
    '.git/config': 'x',
    '_data/talks.csv': 'title,year\nA,2024\n',
    '_data/people/lab.TSV': 'name\nAda\n',
    '_data/notes.txt': 'not data',
  });
  const moves = Object.fromEntries(plan.steps.flatMap((step) => (step.from === undefined ? [] : [[step.from, step.to]])));

  it('takes pages from any folder, in their folder, and copies every static file Jekyll copies, at its path', () => {
    expect(moves).toEqual({
      '_pages/about.md': 'content/profile.md',
      'news/2020-spring.md': 'content/pages/news/2020-spring.md',
      'news/index.html': 'content/pages/news/index.html',
      'bibtex/paper1.bib': 'public/bibtex/paper1.bib',
      CNAME: 'public/CNAME',
      'assets/pdf/cv.pdf': 'public/assets/pdf/cv.pdf',
      '_data/talks.csv': 'content/_data/talks.csv',
      '_data/people/lab.TSV': 'content/_data/people/lab.TSV',
    });
  });

  it('leaves what Jekyll leaves, the theme, and what the site makes itself, each said, by folder', () => {
    expect(section(importReport(plan), 'Left, by folder:')).toEqual([
      '  README.md, scripts: excluded in _config.yml, so Jekyll leaves it out too',
      '  favicon.ico, feed.xml: the site makes its own file at that path',
      '  _drafts/idea.md: a draft, which Jekyll does not publish',
      "  assets/css/main.scss, assets/js/main.min.js: the theme's styles, scripts and fonts: this site has its own design",
    ]);
    expect(YAML.parse(plan.steps.find((step) => step.to === 'content/site.yml')?.write ?? '').future).toBe(true);
  });

  it('stops on a folder that is not a Jekyll site, or one with no page at "/"', () => {
    expect(() => planImport(folderWith({ 'README.md': '# not a site' }))).toThrow(ImportError);
    expect(() => planImport(folderWith({ 'README.md': '# not a site' }))).toThrow(/ is not a Jekyll site: it has no _config\.yml$/);
    expect(() => planOf({ '_config.yml': 'title: X\ninclude: [_pages]\n', '_pages/cv.md': '---\npermalink: /cv/\n---\nCV\n' })).toThrow(/has no page with "permalink: \/"/);
  });

  it('opens a folder that include: names a file of, for that file alone, as Jekyll 4 does', () => {
    const { plan: opened } = planOf({
      '_config.yml': "title: T\ninclude: ['_pages/about.md', '_pages/cv.md']\n",
      '_pages/about.md': '---\npermalink: /\n---\nHome\n',
      '_pages/cv.md': '---\npermalink: /cv/\n---\nCV\n',
      '_pages/old.md': '---\npermalink: /old/\n---\nOld\n',
    });
    expect(opened.steps.flatMap((step) => (step.from?.startsWith('_pages/') ? [step.from] : []))).toEqual(['_pages/about.md', '_pages/cv.md']);
  });

  it("keeps every _config.yml key in site.yml but Jekyll's build settings, and names an al-folio owner", () => {
    const { plan: alFolio } = planOf({
      '_config.yml': 'title: blank\nfirst_name: Mira\nlast_name: Osei\nurl: https://m.example.org\nblog_name: notes\nplugins: [jekyll-scholar]\nsass:\n  style: compressed\ninclude: [_pages]\n',
      '_pages/about.md': '---\npermalink: /\n---\nHome\n',
    });
    const site = YAML.parse(alFolio.steps.find((step) => step.to === 'content/site.yml')?.write ?? '');
    expect(site).toMatchObject({ title: 'Mira Osei', author: { name: 'Mira Osei' }, first_name: 'Mira', last_name: 'Osei', blog_name: 'notes' });
    expect(Object.keys(site)).not.toContain('plugins');
    expect(Object.keys(site)).not.toContain('sass');
    expect(Object.keys(site)).not.toContain('include');
  });

  it('reads a _config.yml only Jekyll reads, and says so', () => {
    const { plan: lenient } = planOf({ '_config.yml': 'title: T\nauthor:\n  bio: "one\n\n  two"\ninclude: [_pages]\n', '_pages/about.md': '---\npermalink: /\n---\n' });
    expect(lenient.notes[0]).toMatch(/^_config\.yml:4: YAML that Jekyll reads but a strict reader refuses, read as Jekyll reads it \(expected a closing quote/);
  });
});
