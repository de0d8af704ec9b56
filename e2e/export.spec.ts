// The static export (npm run export), served by a plain file server with no Next: out/ at the
// root, and out-site/ exported with BASE_PATH=/site. The visitor tests (home, look, markup, seo)
// run against out/ too; these are what only the export has to prove.
import { readFileSync, readdirSync } from 'node:fs';
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
      expect(html).toContain('<link rel="canonical" href="https://sanaelotfi.github.io/">');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<a href="/">https://sanaelotfi.github.io/</a>');
      await page.goto(from);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanae Lotfi');
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

  test('/ carries a Content-Security-Policy that allows only the theme script, by its hash', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).not.toContain('unsafe-inline');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  test('/ weighs under 20 KB gzipped, everything it loads included', async ({ page }) => {
    const sizes: { url: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ url: response.url(), gzip: gzipSync(body).length });
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    test.info().annotations.push({ type: 'bytes (gzip)', description: sizes.map((s) => `${s.gzip} ${s.url}`).join('\n') + `\ntotal ${total}` });
    expect(total).toBeLessThan(20_000);
  });
});

test.describe('a base-path export (BASE_PATH=/site)', () => {
  const root = path.resolve('out-site');
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
        const ours = url.startsWith('https://sanaelotfi.github.io');
        if (rootRelative && !url.startsWith('/site/')) escapes.push(`${name}: ${url}`);
        if (ours && !url.startsWith('https://sanaelotfi.github.io/site/')) escapes.push(`${name}: ${url}`);
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanae Lotfi');
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(failed).toEqual([]);
    for (const href of await page.locator('a[href^="/"], link[href^="/"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''))) {
      expect((await request.get(`${BASE_SITE}${href}`)).status(), href).toBe(200);
    }
    await page.goto(`${BASE_SITE}/site/about/`);
    await expect(page).toHaveURL(`${BASE_SITE}/site/`);
  });
});
