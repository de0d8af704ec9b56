import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadSite } from '../lib/content/site';
import { folderWith } from './helpers';

const FIXTURE = path.join(__dirname, 'fixtures', 'academicpages');

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'scripts', 'import.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import on an academicpages fixture', () => {
  const into = folderWith({});
  const run = runImport(FIXTURE, '--into', into);

  it('succeeds and reports what it wrote, skipped and did not carry over', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wrote content/profile.md from _pages/about.md');
    expect(run.stdout).toContain('wrote content/pages/teaching.md from _pages/teaching.md');
    expect(run.stdout).toContain('copied 2 files from images/ to public/images/');
    expect(run.stdout).toContain('_pages/publications.html: an HTML template (Liquid), not a markdown page');
    expect(run.stdout).toContain('_pages/404.md: this site has its own 404 page');
    expect(run.stdout).toContain('_publications/: 2 files, a collection: not yet supported');
    expect(run.stdout).toContain('_talks/: 1 file, a collection: not yet supported');
    expect(run.stdout).toContain('the menu entry "Publications" (/publications/) points to a page that was not imported');
    expect(run.stdout).toContain('Not carried over:');
  });

  it('copies the pages unchanged and the static files', () => {
    expect(readFileSync(path.join(into, 'content', 'profile.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'about.md'), 'utf8'));
    expect(readFileSync(path.join(into, 'content', 'pages', 'cv.md'), 'utf8')).toBe(readFileSync(path.join(FIXTURE, '_pages', 'cv.md'), 'utf8'));
    for (const file of ['public/images/profile.png', 'public/images/engine.png', 'public/files/cv.pdf', 'public/files/engines.pdf']) {
      expect(existsSync(path.join(into, file)), file).toBe(true);
    }
    expect(existsSync(path.join(into, 'content', 'pages', 'publications.html'))).toBe(false);
    expect(existsSync(path.join(into, 'content', 'pages', '404.md'))).toBe(false);
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
        { title: 'Teaching', url: '/teaching/' },
        { title: 'CV', url: '/cv/' },
        { title: 'Blog', url: 'https://ada.example.org/blog' },
      ],
    });
    expect(yaml.author).not.toHaveProperty('arxiv'); // empty in _config.yml
    const site = loadSite(path.join(into, 'content'), path.join(into, 'public'), {});
    expect(site.author.avatar).toBe('/images/profile.png');
    expect(site.author.links.map((link) => link.href)).toContain('https://x.com/ada_lovelace');
    expect(site.nav).toHaveLength(4);
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
