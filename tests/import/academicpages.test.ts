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

/** A Jekyll config whose pages are in _pages/, as academicpages has them. */
const CONFIG = { '_config.yml': 'title: T\nurl: https://t.example.org\ninclude: [_pages]\n' };

// Each plan is made inside its test, so that the mutation run sees which test covers which line.
describe('planImport on an academicpages fixture', () => {
  it('says what it writes, and what it copies and leaves, by folder', () => {
    const report = importReport(planImport(FIXTURE));
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
    const plan = planImport(FIXTURE);
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
    const plan = planImport(FIXTURE);
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
    expect(existingFiles(planImport(FIXTURE), into)).toEqual(['content/profile.md', 'content/site.yml']);
  });
});

describe('planImport reads the whole tree, as Jekyll does', () => {
  const whole = () =>
    planOf({
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
    }).plan;

  it('takes pages from any folder, in their folder, and copies every static file Jekyll copies, at its path', () => {
    const moves = Object.fromEntries(whole().steps.flatMap((step) => (step.from === undefined ? [] : [[step.from, step.to]])));
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
    const plan = whole();
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

describe('planImport: what it leaves, and why', () => {
  const home = { '_pages/about.md': '---\npermalink: /\n---\nHome {% include intro.html %}\n' };

  it('keeps the first page at "/", and one page per file name in content/pages/', () => {
    const { plan } = planOf({ ...CONFIG, ...home, 'index.md': '---\npermalink: /\n---\nAnother home\n', '_pages/cv.md': '---\npermalink: /cv/\n---\n', 'cv.md': '---\npermalink: /cv2/\n---\n', '_includes/intro.html': 'Hi' });
    expect(plan.left).toEqual(
      expect.arrayContaining([
        { path: 'index.md', why: 'a second page at "/" (_pages/about.md is the home page)' },
        { path: 'cv.md', why: 'content/pages/cv.md comes from another page of the same name' },
      ]),
    );
    expect(plan.steps.filter((step) => step.to === 'content/pages/cv.md')).toEqual([{ from: '_pages/cv.md', to: 'content/pages/cv.md', note: 'from _pages/cv.md' }]);
  });

  it("leaves the 404 page and the talk map, by name or by permalink, and the site's own paths", () => {
    const { plan } = planOf({
      ...CONFIG,
      ...home,
      '_includes/intro.html': 'Hi',
      '_pages/404.md': '---\npermalink: /404.html\n---\n',
      '_pages/missing.md': '---\npermalink: /404.html\n---\n',
      '_pages/talkmap.html': '---\npermalink: /talkmap.html\n---\n',
      '_pages/map.md': '---\npermalink: /talkmap/\n---\n',
      'talkmap.ipynb': 'not a page',
      'robots.txt': 'User-agent: *',
      'sitemap.xml': 'x',
      'assets/webfonts/f.woff2': 'font',
      'assets/css/main.sass': 'x',
      'images/style.scss': 'x',
    });
    const why = Object.fromEntries(plan.left.map((file) => [file.path, file.why]));
    expect(why).toMatchObject({
      '_pages/404.md': 'this site has its own 404 page',
      '_pages/missing.md': 'this site has its own 404 page',
      '_pages/talkmap.html': 'the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load',
      '_pages/map.md': 'the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load',
      'robots.txt': 'the site makes its own file at that path',
      'sitemap.xml': 'the site makes its own file at that path',
      'assets/webfonts/f.woff2': "the theme's styles, scripts and fonts: this site has its own design",
      'assets/css/main.sass': "the theme's styles, scripts and fonts: this site has its own design",
      'images/style.scss': "the theme's styles, scripts and fonts: this site has its own design",
    });
    expect(plan.steps.map((step) => step.from)).toContain('talkmap.ipynb');
  });

  it('copies the includes the content uses and those they use, once, and names the missing ones', () => {
    const { plan } = planOf({
      ...CONFIG,
      '_pages/about.md': '---\npermalink: /\n---\n{% include intro.html %}{%- include intro.html %}{% include base_path %}{% include nowhere.html %}{% include ../secret %}\n',
      '_includes/intro.html': '{% include parts/card.html %}',
      '_includes/parts/card.html': 'Card {% include intro.html %}',
      '_includes/unused.html': 'x',
    });
    expect(plan.steps.filter((step) => step.to.startsWith('content/_includes/')).map((step) => step.from)).toEqual(['_includes/intro.html', '_includes/parts/card.html']);
    expect(plan.includes).toEqual({ copied: ['intro.html', 'parts/card.html'], builtIn: ['base_path'] });
    expect(plan.notes).toEqual([
      'content: {% include ../secret %} is used, but _includes/../secret does not exist; the content check will stop on it',
      'content: {% include nowhere.html %} is used, but _includes/nowhere.html does not exist; the content check will stop on it',
    ]);
    expect(importReport(plan)).toContain('  built in, not copied: base_path');
  });

  it('adds a missing publication category only when the site has categories, titled from its name', () => {
    const paper = (category: string) => `---\ntitle: P\ncategory: ${category}\n---\n`;
    const { plan } = planOf({ '_config.yml': 'title: T\nurl: https://t.example.org\ninclude: [_pages]\npublication_category:\n  books:\n    title: Books\n', ...home, '_includes/intro.html': 'Hi', '_publications/a.md': paper('books'), '_publications/b.md': paper('working_papers-draft'), '_publications/c.md': '---\ntitle: C\n---\n' });
    expect(plan.notes).toEqual(['content/site.yml: publication_category gains "working_papers-draft" (title "Working Papers Draft") for _publications/b.md, which academicpages\' publications page silently left out']);
    expect(YAML.parse(plan.steps.find((step) => step.to === 'content/site.yml')?.write ?? '').publication_category).toEqual({ books: { title: 'Books' }, 'working_papers-draft': { title: 'Working Papers Draft' } });
    const without = planOf({ ...CONFIG, ...home, '_includes/intro.html': 'Hi', '_publications/b.md': paper('talks') }).plan;
    expect(without.notes).toEqual([]);
    expect(without.collectionCounts).toEqual(['1 publications']);
  });

  it('stops on a _config.yml that Jekyll cannot read either, naming it', () => {
    expect(() => planOf({ '_config.yml': 'title: [unclosed\n', ...home })).toThrow(/_config\.yml is not YAML that Jekyll can read either: /);
  });

  it('reports the files it copies by folder, counting past three, and what it leaves by folder and reason', () => {
    const { plan } = planOf({ ...CONFIG, ...home, '_includes/intro.html': 'Hi', 'files/a.pdf': 'a', 'files/b.pdf': 'b', 'files/c.pdf': 'c', 'files/d.pdf': 'd', 'x.txt': 'x', 'assets/js/a.js': 'a', 'assets/js/b.js': 'b', 'assets/js/c.js': 'c', 'assets/js/d.js': 'd' });
    const report = importReport(plan);
    expect(section(report, 'Copied, by folder:')).toEqual(expect.arrayContaining(['  files/ -> public/files/: 4 files', '  (the top folder) -> public/: x.txt', '  _includes/ -> content/_includes/: intro.html']));
    expect(section(report, 'Left, by folder:')).toEqual(["  assets/: 4 files: the theme's styles, scripts and fonts: this site has its own design"]);
    expect(report[0]).toBe('  wrote content/profile.md from _pages/about.md');
  });
});

describe('planImport: site.yml from _config.yml, and what to check in it', () => {
  const home = { '_pages/about.md': '---\npermalink: /\n---\nHome\n' };
  const siteYml = (plan: ReturnType<typeof planImport>) => plan.steps.find((step) => step.to === 'content/site.yml');

  it('writes the whole file: a header naming where it came from, then the keys in their order', () => {
    const { dir, plan } = planOf({ '_config.yml': 'title: " Lab "\nurl: https://lab.example.org//\nbaseurl: /site/\ndescription: ""\nlocale: 7\nauthor:\n  name: Ada\n  bio: ""\n  employer: Uni\n  pinterest: ada\nfuture: true\nempty:\ninclude: [_pages]\n', ...home });
    expect(siteYml(plan)).toEqual({
      to: 'content/site.yml',
      note: 'from _config.yml',
      write: [
        `# Imported from ${path.basename(dir)}/_config.yml by npm run import.`,
        '# Keys follow academicpages; see docs/content.md for what each one does.',
        'title: Lab',
        'url: https://lab.example.org/site',
        'description: null',
        'locale: "7"',
        'author:',
        '  name: Ada',
        '  employer: Uni',
        '  pinterest: ada',
        'future: true',
        'typographer: true',
        '',
      ].join('\n'),
    });
    expect(plan.notes).toEqual([
      'content/site.yml: url includes the baseurl /site; build with BASE_PATH=/site to serve the site under it',
      'content/site.yml: author keys kept but not shown in the sidebar yet: pinterest',
    ]);
  });

  it("takes a user site's address from its repository, and says when there is none", () => {
    const fromRepository = planOf({ '_config.yml': 'repository: ada/ada.github.io\ninclude: [_pages]\n', ...home }).plan;
    expect(YAML.parse(siteYml(fromRepository)?.write ?? '').url).toBe('https://ada.github.io');
    expect(fromRepository.notes).toEqual([]);
    const none = planOf({ '_config.yml': 'repository: ada/notes\ninclude: [_pages]\n', ...home }).plan;
    expect(YAML.parse(siteYml(none)?.write ?? '').url).toBeNull();
    expect(none.notes).toEqual(['content/site.yml: _config.yml has no url: set `url` to the address of your site before building']);
  });

  it('checks the menu against the pages and files imported, in any of their forms', () => {
    const { plan } = planOf({
      '_config.yml': 'title: T\nurl: https://t.example.org\ninclude: [_pages]\n',
      ...home,
      '_pages/lab.md': '---\npermalink: /lab/index.html\n---\n',
      '_pages/cv.md': '---\npermalink: /cv.html\n---\n',
      'files/cv.pdf': 'pdf',
      '_data/navigation.yml': [
        'main:',
        '  - title: Home',
        '    url: /',
        '  - title: Lab',
        '    url: /lab',
        '  - title: CV',
        '    url: /cv.html#top',
        '  - title: PDF',
        '    url: /files/cv.pdf?v=2',
        '  - title: Blog',
        '    url: https://blog.example.org',
        '  - title: Gone',
        '    url: /gone/',
        '  - title: ""',
        '    url: /nothing/',
        '  - just text',
      ].join('\n'),
    });
    expect(plan.notes).toEqual(['content/site.yml: the menu entry "Gone" (/gone/) points to a page that was not imported']);
    expect(siteYml(plan)?.note).toBe('from _config.yml (6 menu entries from _data/navigation.yml)');
    expect(siteYml(plan)?.write?.split('\n')[0]).toMatch(/\/_config\.yml and _data\/navigation\.yml by npm run import\.$/);
  });

  it('copies the bibliography, and reads a category only from front matter', () => {
    const { plan } = planOf({
      '_config.yml': 'title: T\nurl: https://t.example.org\ninclude: [_pages]\npublication_category:\n  books:\n    title: Books\n',
      ...home,
      '_bibliography/papers.bib': '@article{a, title={A}}\n',
      '_bibliography/old/more.BIB': '@article{b, title={B}}\n',
      '_bibliography/notes.txt': 'x',
      '_publications/plain.md': 'category: letters\n',
    });
    expect(plan.steps.filter((step) => step.to.startsWith('content/bibliography/'))).toEqual([
      { from: '_bibliography/old/more.BIB', to: 'content/bibliography/old/more.BIB', note: '' },
      { from: '_bibliography/papers.bib', to: 'content/bibliography/papers.bib', note: '' },
    ]);
    expect(plan.notes).toEqual([]);
    expect(importReport(plan)).toContain('  _bibliography/ -> content/bibliography/: old/more.BIB, papers.bib');
  });

  it('imports a page whose name only holds 404 or talkmap, and checks menus against permalinks written with index.htm or extra slashes', () => {
    const { plan } = planOf({
      ...CONFIG,
      ...home,
      '_pages/my404.md': '---\npermalink: /my404/\n---\n',
      '_pages/old-talkmap.md': '---\npermalink: /old-talkmap/\n---\n',
      '_pages/lab.md': '---\npermalink: /lab/index.htm\n---\n',
      '_pages/team.md': '---\npermalink: /team//\n---\n',
      '_data/navigation.yml': 'main:\n  - title: Lab\n    url: /lab/\n  - title: Team\n    url: /team/\n  - title: Old\n    url: http://old.example.org/x\n',
    });
    expect(plan.left.map((file) => file.path)).toEqual([]);
    expect(plan.steps.map((step) => step.to)).toEqual(expect.arrayContaining(['content/pages/my404.md', 'content/pages/old-talkmap.md']));
    expect(plan.notes).toEqual([]);
  });

  it('finds includes written without a space after {% or with two before the name', () => {
    const { plan } = planOf({ ...CONFIG, ...home, '_pages/a.md': '---\npermalink: /a/\n---\n{%include one.html %} {% include  two.html %}', '_includes/one.html': '1', '_includes/two.html': '2' });
    expect(plan.includes.copied).toEqual(['one.html', 'two.html']);
  });
});

describe('importReport', () => {
  const plan = (fields: Partial<ReturnType<typeof planImport>>) => ({ source: '/s', steps: [], left: [], notes: [], collectionCounts: [], collections: [], includes: { copied: [], builtIn: [] }, ...fields });

  it('says nothing but what is never carried over, for an empty plan', () => {
    expect(importReport(plan({}))).toEqual(['Not carried over:', '  the talk map (talkmap.html and talkmap/): it runs JavaScript from other sites; link to a map image instead', expect.any(String), expect.any(String), expect.any(String), '  _drafts/: unpublished posts stay where they are']);
  });

  it('lists folders in order, three files by name and more by count, the left ones by reason', () => {
    const steps = ['b/1', 'a/1', 'a/2', 'a/3', 'c/1', 'c/2', 'c/3', 'c/4', 'top.txt'].map((from) => ({ from, to: `public/${from}`, note: '' }));
    const left = [
      { path: 'z/a', why: 'W' },
      { path: 'y/a', why: 'V' },
      { path: 'y/b', why: 'V' },
      { path: 'y/c', why: 'V' },
      { path: 'y/d', why: 'U' },
      { path: 'x/1', why: 'T' },
      { path: 'x/2', why: 'T' },
      { path: 'x/3', why: 'T' },
      { path: 'x/4', why: 'T' },
      { path: 'top', why: 'S' },
    ];
    const report = importReport(plan({ steps: [{ to: 'content/site.yml', write: 'x', note: 'from here' }, ...steps], left, notes: ['look'], includes: { copied: [], builtIn: ['toc'] } }));
    expect(report.slice(0, 15)).toEqual([
      '  wrote content/site.yml from here',
      'Copied, by folder:',
      '  (the top folder) -> public/: top.txt',
      '  a/ -> public/a/: 1, 2, 3',
      '  b/ -> public/b/: 1',
      '  c/ -> public/c/: 4 files',
      '  built in, not copied: toc',
      'Left, by folder:',
      '  top: S',
      '  x/: 4 files: T',
      '  y/a, y/b, y/c: V',
      '  y/d: U',
      '  z/a: W',
      'Check:',
      '  look',
    ]);
  });
});
