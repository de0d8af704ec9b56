// The static export (npm run export), served by a plain file server with no Next: out/ at the
// root, and out-site/ exported with BASE_PATH=/site. The visitor tests (home, look, markup, seo)
// run against out/ too; these are what only the export has to prove.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { E2E } from './targets';

const BASE_SITE = E2E.basePath.url;

test.describe('redirect pages', () => {
  for (const from of ['/about', '/about/', '/about.html']) {
    test(`${from} is a page that sends the browser to /`, async ({ page, request }) => {
      const html = await (await request.get(from)).text();
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/">');
      expect(html).toContain('<link rel="canonical" href="https://grace-hopper.example.org/">');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<a href="/">https://grace-hopper.example.org/</a>');
      await page.goto(from);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
    });
  }
});

test.describe('lean pages', () => {
  for (const pagePath of ['/', '/no-such-page']) {
    test(`${pagePath} requests no JavaScript file, logs nothing, and the theme button still works`, async ({ page }) => {
      const scripts: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
      });
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(new URL(response.url()).pathname);
      });
      page.on('console', (message) => {
        // The browser logs the 404 page's own status; anything else is a problem.
        if (!(pagePath !== '/' && message.text().startsWith('Failed to load resource: the server responded with a status of 404'))) {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(scripts).toEqual([]);
      expect(problems).toEqual([]);
      expect(failed).toEqual(pagePath === '/' ? [] : [pagePath]);
      await page.getByRole('button', { name: 'Theme: System' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(problems).toEqual([]);
    });
  }

  test('every exported page carries a Content-Security-Policy before any script, allowing exactly its inline scripts by hash', () => {
    const root = path.resolve('.e2e-fixture', 'out');
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    // The fixture's pages (home, teaching, cv.html, 404) and its redirect pages (about/, about.html, courses/).
    expect(pages.sort()).toEqual(['404.html', 'about.html', 'about/index.html', 'courses/index.html', 'cv.html', 'index.html', 'teaching/index.html']);
    const problems: string[] = [];
    for (const name of pages) {
      const html = readFileSync(path.join(root, name), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      if (policy === undefined) {
        problems.push(`${name}: no policy`);
        continue;
      }
      const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      const allowed = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
      const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      if (JSON.stringify(allowed) !== JSON.stringify(hashes.length > 0 ? hashes : ["'none'"])) problems.push(`${name}: script-src ${allowed.join(' ')} for ${inline.length} inline scripts`);
      if (/unsafe-inline|unsafe-eval/.test(policy)) problems.push(`${name}: ${policy}`);
      if (html.includes('<script') && html.indexOf('Content-Security-Policy') > html.indexOf('<script')) problems.push(`${name}: the policy comes after a script`);
    }
    expect(problems).toEqual([]);
  });

  // (npm start's answers for the same paths, with their content types, are in server.spec.ts.)
  for (const file of ['/sitemap.xml', '/robots.txt', '/feed.xml', '/rss.xml', '/feed.json', '/icon.svg', '/favicon.ico', '/apple-icon.png', '/opengraph-image.png']) {
    test(`${file} is exported and served`, async ({ request }) => {
      const response = await request.get(file);
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBeGreaterThan(0);
    });
  }

  test('a file-like permalink is exported as that file and served as HTML', async ({ request }) => {
    expect(statSync(path.resolve('.e2e-fixture', 'out', 'cv.html')).isFile()).toBe(true);
    const response = await request.get('/cv.html');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1>CV</h1>');
  });

  test('/ weighs under 20 KB gzipped, everything it loads included', async ({ page }) => {
    const sizes: { url: string; gzip: number }[] = [];
    const unread: string[] = [];
    const reads: Promise<void>[] = [];
    page.on('response', (response) => {
      reads.push(
        response.body().then(
          (body) => void sizes.push({ url: response.url(), gzip: gzipSync(body).length }),
          (error: unknown) => void unread.push(`${response.url()}: ${String(error)}`),
        ),
      );
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await Promise.all(reads);
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    test.info().annotations.push({ type: 'bytes (gzip)', description: sizes.map((s) => `${s.gzip} ${s.url}`).join('\n') + `\ntotal ${total}` });
    // A body that cannot be read would count as 0 bytes: it fails the budget instead.
    expect(unread).toEqual([]);
    // The page and its stylesheet, and the icon when the browser asks for it: nothing else.
    const loaded = sizes.map((size) => new URL(size.url).pathname.replace(/\/_next\/static\/chunks\/[^/]+\.css$/, 'the stylesheet'));
    expect(loaded).toEqual(expect.arrayContaining(['/', 'the stylesheet']));
    expect(loaded.filter((url) => !['/', '/icon.svg', 'the stylesheet'].includes(url))).toEqual([]);
    expect(total).toBeLessThan(20_000);
  });
});

test.describe('a base-path export (BASE_PATH=/site)', () => {
  const root = path.resolve('.e2e-fixture', 'out-site');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|css|xml|json|txt|svg)$/.test(name));

  test('has no link or asset that escapes /site', () => {
    expect(files.length).toBeGreaterThan(5);
    const escapes: string[] = [];
    for (const name of files) {
      const text = readFileSync(path.join(root, name), 'utf8');
      const urls = [
        ...[...text.matchAll(/\b(?:href|src|content|action|url)=["']([^"']+)["']/g)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/<(?:loc|id|link|uri)>([^<]+)</g)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/"(?:url|home_page_url|feed_url|id)":\s*"([^"]+)"/g)].map((m) => m[1] ?? ''),
      ];
      for (const url of urls) {
        const rootRelative = url.startsWith('/') && !url.startsWith('//');
        const ours = url.startsWith('https://grace-hopper.example.org');
        if (rootRelative && !url.startsWith('/site/')) escapes.push(`${name}: ${url}`);
        if (ours && !url.startsWith('https://grace-hopper.example.org/site/')) escapes.push(`${name}: ${url}`);
      }
    }
    expect(escapes).toEqual([]);
  });

  test('loads under /site/ with its styles, icons and feeds, and /site/about/ redirects to /site/', async ({ page, request }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${BASE_SITE}/site/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(failed).toEqual([]);
    const all = await page.locator('a[href^="/"], link[href^="/"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
    // The stylesheet, the two icons, the three feeds, the home link in the header and the menu's
    // two pages, each once but the menu, which is there twice (a row, and a <details> on narrow screens).
    const hrefs = [...new Set(all)];
    expect(all).toHaveLength(11);
    expect(hrefs).toHaveLength(9);
    expect(hrefs).toEqual(expect.arrayContaining(['/site/teaching/', '/site/cv.html']));
    for (const href of hrefs) {
      expect((await request.get(`${BASE_SITE}${href}`)).status(), href).toBe(200);
    }
    await page.goto(`${BASE_SITE}/site/about/`);
    await expect(page).toHaveURL(`${BASE_SITE}/site/`);
  });
});
