import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadHtmlParser } from '../../lib/export/lean-html';
import { describe, expect, it } from 'vitest';
import type { PageSource } from '../../lib/model';
import { uiTextFor } from '../../lib/content/ui-text';
import type { SiteConfig } from '../../lib/content/site';
import { ownClientModules } from '../../lib/export/client-modules';
import { ExportError, makeLean, refuseClientComponents, walk, writeFileLikePages, writeRedirectPages } from '../../lib/export/static-site';
import { folderWith } from '../helpers';

const parser = await loadHtmlParser();

const page = (file: string, permalink: string, redirect_from: string[] = []): PageSource => ({
  file,
  meta: { permalink, title: '', author_profile: true, redirect_from },
  data: {},
  body: '',
  bodyLine: 1,
  lineOf: () => undefined,
});

const site: SiteConfig = {
  title: 'Ada',
  url: 'https://ada.example.org',
  locale: 'fr',
  dir: 'ltr',
  ui: uiTextFor('fr'),
  author: { name: 'Ada', initials: 'A', avatar: null, links: [] },
  nav: [],
  collections: [],
  future: false,
  defaults: [],
  publicationCategories: [],
  data: {},
  scholar: { last: ['Ada'], first: [], pages: true },
  typographer: false,
};

const manifest = (route: string, modules: string[]) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${route}"] = ${JSON.stringify({
    moduleLoading: { prefix: '' },
    clientModules: Object.fromEntries(modules.map((id, i) => [id, { id: i, name: '*', chunks: [`/_next/static/chunks/${i}.js`], async: false }])),
  })};\n`;

describe('refuseClientComponents', () => {
  it("lets a build whose client modules are all Next's and React's through", () => {
    const next = folderWith({
      'server/app/page_client-reference-manifest.js': manifest('/page', ['[project]/node_modules/next/dist/esm/client/components/client-page.js']),
    });
    expect(() => refuseClientComponents(next)).not.toThrow();
  });

  it('stops the export on a client component of ours, naming it', () => {
    const next = folderWith({
      'server/app/page_client-reference-manifest.js': manifest('/page', ['[project]/node_modules/react/index.js', '[project]/components/Counter.tsx']),
      'server/app/talks/page_client-reference-manifest.js': manifest('/talks/page', []),
    });
    expect(() => refuseClientComponents(next)).toThrow(ExportError);
    expect(() => refuseClientComponents(next)).toThrow(/^the site now has client components \(\[project\]\/components\/Counter\.tsx\), which need Next's client runtime/);
  });
});

describe('writeFileLikePages', () => {
  it('turns cv.html/index.html into the file cv.html, and leaves folder pages alone', () => {
    const out = folderWith({ 'cv.html/index.html': '<h1>CV</h1>', 'teaching/index.html': '<h1>Teaching</h1>' });
    expect(writeFileLikePages(out, [page('cv.md', '/cv.html'), page('teaching.md', '/teaching/')])).toEqual(['cv.html']);
    expect(statSync(path.join(out, 'cv.html')).isFile()).toBe(true);
    expect(readFileSync(path.join(out, 'cv.html'), 'utf8')).toBe('<h1>CV</h1>');
    expect(readFileSync(path.join(out, 'teaching', 'index.html'), 'utf8')).toBe('<h1>Teaching</h1>');
  });
});

describe('writeRedirectPages', () => {
  it('writes a page in the site language for every redirect_from, folder and file alike', () => {
    const out = folderWith({ 'index.html': 'home' });
    const redirects = [
      { from: '/about', to: '/', file: 'profile.md' },
      { from: '/about.html', to: '/', file: 'profile.md' },
      { from: '/courses', to: '/teaching/', file: 't.md' },
    ];
    expect(writeRedirectPages(out, redirects, site, '/repo')).toBe(3);
    expect(walk(out).map((file) => path.relative(out, file)).sort()).toEqual(['about.html', 'about/index.html', 'courses/index.html', 'index.html']);
    const html = readFileSync(path.join(out, 'courses', 'index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/repo/teaching/">');
    expect(html).toContain('<link rel="canonical" href="https://ada.example.org/teaching/">');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('Cette page a été déplacée vers');
  });

  it('refuses to overwrite a file the export holds, naming the page, the path and the file', () => {
    const out = folderWith({ 'index.html': 'home', 'teaching/index.html': 'the teaching page' });
    expect(() => writeRedirectPages(out, [{ from: '/teaching/index.html', to: '/old/', file: 'content/pages/old.md' }], site, '')).toThrow(
      'content/pages/old.md: redirect_from /teaching/index.html would overwrite teaching/index.html, which the export already holds',
    );
    expect(readFileSync(path.join(out, 'teaching', 'index.html'), 'utf8')).toBe('the teaching page');
  });
});

describe('makeLean', () => {
  const NEXT_PAGE =
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><script src="/_next/static/chunks/a.js" async=""></script></head>' +
    '<body><h1>Ada</h1><script>self.__next_f.push([1])</script></body></html>';

  it("removes Next's runtime files and scripts, and leaves the owner's files from public/ exactly as they are", () => {
    const out = folderWith({
      'index.html': NEXT_PAGE,
      'teaching/index.html': NEXT_PAGE,
      'teaching/index.txt': 'rsc payload',
      '__next.teaching.txt': 'rsc payload',
      '_next/static/chunks/a.js': 'runtime',
      '_next/static/chunks/b.css': 'body{}',
      '404/index.html': NEXT_PAGE,
      'files/slides.html': '<script src="/_next/static/chunks/mine.js"></script>',
      'files/notes.txt': 'mine',
    });
    expect(makeLean(out, site, new Set(['files/slides.html', 'files/notes.txt']), parser)).toEqual({ pages: 2, removed: 3 });
    expect(walk(out).map((file) => path.relative(out, file)).sort()).toEqual([
      '_next/static/chunks/b.css',
      'files/notes.txt',
      'files/slides.html',
      'index.html',
      'teaching/index.html',
    ]);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('<script');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(readFileSync(path.join(out, 'files', 'slides.html'), 'utf8')).toBe('<script src="/_next/static/chunks/mine.js"></script>');
    expect(existsSync(path.join(out, '404'))).toBe(false);
  });
});

describe('ownClientModules', () => {
  it('reads every manifest under server/app, nested folders too, with the chunks of each module', () => {
    const next = folderWith({
      'server/app/a/b/page_client-reference-manifest.js': manifest('/a/b/page', ['[project]/app/Widget.tsx']),
      'server/app/page.js': 'not a manifest',
    });
    expect([...ownClientModules(next)]).toEqual([['[project]/app/Widget.tsx', ['/_next/static/chunks/0.js']]]);
  });

  it('stops on a manifest it cannot read, naming the file', () => {
    const next = folderWith({ 'server/app/page_client-reference-manifest.js': 'globalThis.x = 1;' });
    expect(() => ownClientModules(next)).toThrow(/server\/app\/page_client-reference-manifest\.js: not a client reference manifest Next writes$/);
  });
});
