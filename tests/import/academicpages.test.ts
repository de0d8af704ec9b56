import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { folderWith, readSite } from '../helpers';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'academicpages');

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'scripts', 'import.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import on an academicpages fixture', () => {
  const into = folderWith({});
  const run = runImport(FIXTURE, '--into', into);

  it('succeeds and reports what it wrote, copied, skipped and did not carry over', () => {
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('  wrote '))).toEqual([
      '  wrote content/profile.md from _pages/about.md',
      ...['cafe.md', 'cv.md', 'lab.md', 'portfolio.html', 'publications.html', 'talks.html', 'teaching.md', 'year-archive.html'].map(
        (name) => `  wrote content/pages/${name} from _pages/${name}`,
      ),
      '  wrote content/site.yml from _config.yml (8 menu entries from _data/navigation.yml)',
    ]);
    expect(lines).toContain('  copied the collections to content/: 4 publications, 2 talks, 1 teaching, 1 portfolio, 2 posts');
    expect(lines).toContain('  copied _data/ to content/_data/: navigation.yml, ui-text.yml');
    expect(lines).toContain('  copied the includes the content uses to content/_includes/: member.html');
    expect(lines).toContain('  built in, not copied: archive-single-cv.html, archive-single-talk-cv.html, archive-single-talk.html, archive-single.html, base_path, toc');
    expect(lines).toContain('  copied 2 files from images/ to public/images/');
    const section = (title: string) => {
      const start = lines.indexOf(title);
      const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
      return lines.slice(start + 1, end);
    };
    expect(section('Skipped:')).toEqual([
      '  _pages/404.md: this site has its own 404 page',
      '  _pages/talkmap.html: the talk map runs JavaScript from other sites (Leaflet, jQuery), which this site does not load',
    ]);
    expect(section('Check:')).toEqual([
      '  content/site.yml: publication_category gains "letters" (title "Letters") for _publications/1844-letters.md, which academicpages\' publications page silently left out',
    ]);
    expect(section('Not carried over:')).toHaveLength(5);
    expect(section('Not carried over:')[0]).toMatch(/^ {2}the talk map/);
    expect(lines).toContain('Content check: 19 pages rendered, 0 warnings.');
  });

  it('copies the pages unchanged, the collections, data, includes and static files', () => {
    expect(readFileSync(path.join(into, 'content', 'profile.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'about.md'), 'utf8'));
    expect(readFileSync(path.join(into, 'content', 'pages', 'cv.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'cv.md'), 'utf8'));
    expect(readFileSync(path.join(into, 'content', 'pages', 'publications.html'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'publications.html'), 'utf8'));
    for (const file of [
      'public/images/profile.png',
      'public/images/engine.png',
      'public/files/cv.pdf',
      'public/files/engines.pdf',
      'content/publications/1843-notes.md',
      'content/posts/1843-01-01-post.md',
      'content/portfolio/portfolio-1.md',
      'content/_data/navigation.yml',
      'content/_includes/member.html',
    ]) {
      expect(existsSync(path.join(into, file)), file).toBe(true);
    }
    for (const file of ['content/pages/404.md', 'content/pages/talkmap.html', 'content/_includes/archive-single.html', 'content/_includes/head.html']) {
      expect(existsSync(path.join(into, file)), file).toBe(false);
    }
  });

  it('writes a site.yml with the author block and the menu, which the site loads', () => {
    const yaml = YAML.parse(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8'));
    expect(yaml).toMatchObject({
      title: 'Ada Lovelace',
      url: 'https://ada-lovelace.github.io',
      description: 'Ada Lovelace, analyst of the Analytical Engine.',
      locale: 'en-US',
      author: { name: 'Ada Lovelace', avatar: 'profile.png', twitter: '@ada_lovelace', orcid: '0000-0002-1825-0097' },
      nav: [
        { title: 'Publications', url: '/publications/' },
        { title: 'Talks', url: '/talks/' },
        { title: 'Teaching', url: '/teaching/' },
        { title: 'Portfolio', url: '/portfolio/' },
        { title: 'Blog Posts', url: '/year-archive/' },
        { title: 'CV', url: '/cv/' },
        { title: 'CV (PDF)', url: '/files/cv.pdf' },
        { title: 'Blog', url: 'https://ada.example.org/blog' },
      ],
      permalink: '/:categories/:title/',
      publication_category: { books: { title: 'Books' }, manuscripts: { title: 'Journal Articles' }, conferences: { title: 'Conference Papers' }, letters: { title: 'Letters' } },
      collections: { teaching: { output: true, permalink: '/:collection/:path/' } },
    });
    expect(yaml.defaults).toHaveLength(6);
    expect(yaml.author).not.toHaveProperty('arxiv'); // empty in _config.yml
    const site = readSite(path.join(into, 'content'), path.join(into, 'public'), {});
    expect(site.author.avatar).toBe('/images/profile.png');
    expect(site.author.links.map((link) => link.href)).toContain('https://x.com/ada_lovelace');
    expect(site.nav).toHaveLength(8);
    expect(site.publicationCategories.map((category) => category.key)).toEqual(['books', 'manuscripts', 'conferences', 'letters']);
  });

  it('refuses to overwrite without --force and writes nothing; replaces with it', () => {
    writeFileSync(path.join(into, 'content', 'site.yml'), 'edited: true\n');
    const again = runImport(FIXTURE, '--into', into);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('files already exist; nothing was written');
    expect(again.stderr).toContain('content/profile.md');
    expect(again.stderr).toContain('Run again with --force to replace them.');
    expect(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).toBe('edited: true\n');
    const forced = runImport(FIXTURE, '--into', into, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).toContain('title: Ada Lovelace');
  });
});

describe('npm run import on something else', () => {
  it('exits non-zero naming what is missing', () => {
    const dir = folderWith({ 'README.md': '# not a site' });
    const run = runImport(dir, '--into', folderWith({}));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`import: ${dir} is not an academicpages site: it has no _config.yml and no _pages\n`);
  });

  it('exits non-zero without a page at "/"', () => {
    const dir = folderWith({ '_config.yml': 'title: X\n', '_pages/cv.md': '---\npermalink: /cv/\n---\nCV\n' });
    const run = runImport(dir, '--into', folderWith({}));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('has no page with "permalink: /"');
  });

  it('explains its usage without a path', () => {
    const run = runImport();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: npm run import -- <path to an academicpages checkout>');
  });
});

describe('npm run import with BibTeX and a JSON Resume', () => {
  it('copies _bibliography/*.bib, _data/cv.json and the scholar settings, and the site builds from them', () => {
    const dir = folderWith({
      '_config.yml': 'title: E\nurl: https://e.example.org\nauthor:\n  name: Albert Einstein\nscholar:\n  last_name: [Einstein]\n  first_name: [Albert]\n',
      '_pages/about.md': '---\npermalink: /\n---\nHello {% cite e1905 %}.\n',
      '_pages/publications.md': '---\npermalink: /publications/\ntitle: Publications\n---\n{% bibliography %}\n',
      '_pages/cv-json.md': '---\npermalink: /cv-json/\ntitle: CV\n---\n{% include base_path %}\n\n{% include cv-template.html %}\n',
      '_bibliography/papers.bib': '@article{e1905, title={On bodies}, author={Einstein, Albert}, year={1905}}\n',
      '_data/cv.json': '{"basics": {"name": "Albert Einstein"}, "work": [{"company": "Patent Office", "position": "Expert"}]}',
    });
    const into = folderWith({});
    const run = runImport(dir, '--into', into);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  copied _bibliography/ to content/bibliography/: papers.bib');
    expect(run.stdout).toContain('  copied _data/ to content/_data/: cv.json');
    expect(run.stdout).toContain('Content check: 4 pages rendered, 0 warnings.');
    expect(readFileSync(path.join(into, 'content', 'bibliography', 'papers.bib'), 'utf8')).toContain('@article{e1905');
    expect(YAML.parse(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).scholar).toEqual({ last_name: ['Einstein'], first_name: ['Albert'] });
  });
});
