// Assertions on what `vercel build` (the pinned CLI, offline) made of the fixture site: run by
// `npm run test:vercel`, which builds .vercel-e2e/{production,preview} first.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Problems } from '../../lib/content/problems';
import { loadSite } from '../../lib/content/site';
import { contentSecurityPolicy, scriptHash, securityHeaders } from '../../lib/publish/security-headers';
import { siteThemeScript } from '../../lib/publish/theme-script';
import { answer, readOutputConfig } from './router';

const WORK = process.env.VERCEL_OUTPUTS ?? path.resolve(__dirname, '..', '..', '.vercel-e2e');
const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'site');
const site = loadSite(path.join(FIXTURE, 'content'), path.join(FIXTURE, 'public'), {}, new Problems());
const THEME = siteThemeScript(site.ui);
const STRICT = contentSecurityPolicy({ kind: 'lean', inline: [THEME] });

const outputOf = (target: string) => path.join(WORK, target, '.vercel', 'output');
const production = outputOf('production');
const preview = outputOf('preview');

/** The HTML pages of an output: prerendered pages and the static error pages. */
function htmlPages(output: string): string[] {
  const functions = readdirSync(path.join(output, 'functions')).filter((name) => name.endsWith('.prerender-fallback.html')).map((name) => `functions/${name}`);
  const statics = readdirSync(path.join(output, 'static')).filter((name) => name.endsWith('.html')).map((name) => `static/${name}`);
  return [...functions, ...statics].sort();
}
const read = (output: string, file: string) => readFileSync(path.join(output, file), 'utf8');

describe('vercel build: the prerendered pages are lean', () => {
  const pages = htmlPages(production);

  it('packages every page of the fixture, and the 404 and 500 pages', () => {
    expect(pages).toEqual([
      'functions/_global-error.prerender-fallback.html',
      'functions/_not-found.prerender-fallback.html',
      'functions/cv.html.prerender-fallback.html',
      'functions/index.prerender-fallback.html',
      'functions/teaching.prerender-fallback.html',
      'static/404.html',
      'static/500.html',
    ]);
  });

  it('no page loads a script file or carries the RSC payload; the one inline script is the theme script', () => {
    for (const page of pages) {
      const html = read(production, page);
      expect(html, page).not.toMatch(/<script[^>]*\bsrc=/);
      expect(html, page).not.toContain('self.__next_f');
      expect(html, page).not.toMatch(/\/_next\/static\/[^"']+\.js/);
      const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      // Next's own global error page has no layout of ours, so no theme script.
      expect(inline, page).toEqual(page.includes('_global-error') || page === 'static/500.html' ? inline.filter((script) => script === THEME) : [THEME]);
    }
  });
});

describe('vercel build: redirects in one hop', () => {
  const config = readOutputConfig(production);
  const cases: [string, string][] = [
    ['/about', '/'],
    ['/about/', '/'],
    ['/about.html', '/'],
    ['/courses', '/teaching/'],
    ['/courses/', '/teaching/'],
    ['/teaching', '/teaching/'],
    ['/cv.html/', '/cv.html'],
  ];
  for (const [from, to] of cases) {
    it(`${from} answers one 308 to ${to}, which answers 200`, () => {
      const first = answer(production, config, from);
      expect(first.status).toBe(308);
      expect(first.headers.location).toBe(to);
      const landing = answer(production, config, to);
      expect(landing.status).toBe(200);
      expect(landing.file).not.toBeNull();
    });
  }

  it('answers the pages in their one form without a redirect, with a query too', () => {
    for (const [target, file] of [
      ['/', 'functions/index.prerender-fallback.html'],
      ['/teaching/', 'functions/teaching.prerender-fallback.html'],
      ['/teaching/?a=1', 'functions/teaching.prerender-fallback.html'],
      ['/cv.html', 'functions/cv.html.prerender-fallback.html'],
    ]) {
      const reply = answer(production, config, target ?? '');
      expect(reply.status, target).toBe(200);
      expect(reply.file, target).toBe(file);
    }
  });
});

describe('vercel build: headers and the 404 page', () => {
  const config = readOutputConfig(production);
  const expected = Object.fromEntries(securityHeaders({ kind: 'lean', inline: [THEME] }).map(({ key, value }) => [key.toLowerCase(), value]));

  for (const target of ['/', '/teaching/', '/cv.html', '/about', '/teaching', '/feed.xml', '/sitemap.xml', '/no/such/page/']) {
    it(`${target} carries every security header, with the strict CSP`, () => {
      const reply = answer(production, config, target);
      for (const [key, value] of Object.entries(expected)) expect(reply.headers[key], `${target} ${key}`).toBe(value);
      expect(reply.headers['content-security-policy']).toBe(STRICT);
      expect(STRICT).toContain(`script-src 'self' ${scriptHash(THEME)};`);
      expect(STRICT).not.toContain('unsafe-inline');
      expect(reply.headers['x-robots-tag']).toBeUndefined();
    });
  }

  it('answers an unknown path with the 404 page, status 404', () => {
    for (const target of ['/no/such/page/', '/nope']) {
      const reply = answer(production, config, target === '/nope' ? '/nope/' : target);
      expect(reply.status, target).toBe(404);
      expect(reply.file, target).toBe('static/404.html');
    }
    expect(read(production, 'static/404.html')).toContain('<h1>Page not found</h1>');
  });

  it('lets search engines index a production deployment', () => {
    expect(read(production, 'functions/index.prerender-fallback.html')).not.toContain('noindex');
    expect(read(production, 'functions/robots.txt.prerender-fallback.body')).not.toMatch(/Disallow: \/\s*$/m);
  });
});

describe('vercel build: a preview deployment (VERCEL_ENV=preview)', () => {
  const config = readOutputConfig(preview);

  it('marks every page noindex', () => {
    for (const page of htmlPages(preview).filter((file) => file.startsWith('functions/') && !file.includes('_global-error'))) {
      expect(read(preview, page), page).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });

  it('sends X-Robots-Tag on every answer and disallows everything in robots.txt', () => {
    for (const target of ['/', '/teaching/', '/feed.xml', '/about', '/no/such/page/']) {
      expect(answer(preview, config, target).headers['x-robots-tag'], target).toBe('noindex, nofollow');
    }
    expect(read(preview, 'functions/robots.txt.prerender-fallback.body')).toMatch(/Disallow: \/\s*$/m);
  });
});
