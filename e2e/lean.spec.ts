// What `npm start` serves after `npm run build`: lean pages (no framework JavaScript), the strict
// CSP (the theme script by its hash, no 'unsafe-inline'), one URL form, menu links without a
// redirect, and harmless answers to the requests a client router would make. On the fixture site
// and on the imported academicpages fixture (collections, list pages, math, redirects).
import { createHash } from 'node:crypto';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { E2E, FIXTURE } from './targets';

const SITES = [
  { name: 'the fixture site', origin: E2E.server.url, pages: 3 },
  { name: 'the imported academicpages fixture', origin: E2E.imported.url, pages: 19 },
];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSrc = (csp: string) => csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';

/** The site paths its sitemap lists. */
async function sitemapPaths(request: APIRequestContext, origin: string): Promise<string[]> {
  const xml = await (await request.get(`${origin}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

for (const site of SITES) {
  test.describe(`${site.name} on npm start`, () => {
    test('lists every page in the sitemap in the one URL form', async ({ request }) => {
      const paths = await sitemapPaths(request, site.origin);
      expect(paths.length).toBeGreaterThanOrEqual(site.pages);
      for (const path of paths) expect(path, path).toMatch(/(\/|\.\w+)$/);
    });

    test('serves every page and the 404 page lean, each inline script allowed by the CSP header by its hash', async ({ request }) => {
      const paths = [...(await sitemapPaths(request, site.origin)), '/no/such/page/'];
      for (const path of paths) {
        const response = await request.get(`${site.origin}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(path === '/no/such/page/' ? 404 : 200);
        const html = await response.text();
        expect(html, path).not.toMatch(/<script[^>]*\bsrc=/);
        expect(html, path).not.toContain('self.__next_f');
        expect(html, path).not.toMatch(/\/_next\/static\/[^"']+\.js/);
        const policy = scriptSrc(response.headers()['content-security-policy'] ?? '');
        expect(policy, path).toMatch(/^script-src 'self' 'sha256-/);
        expect(policy, path).not.toContain('unsafe-inline');
        expect(response.headers()['content-security-policy'], path).toContain("style-src 'self';");
        const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
        expect(inline.length, path).toBe(1);
        for (const script of inline) expect(policy, path).toContain(sha256(script));
      }
    });

    test('links its menu entries to their pages directly: each answers 200, no redirect', async ({ request, page }) => {
      await page.goto(`${site.origin}/`);
      const hrefs = await page.locator('.site-nav a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(2);
      for (const href of hrefs) {
        const response = await request.get(`${site.origin}${href}`, { maxRedirects: 0 });
        expect(response.status(), href).toBe(200);
      }
    });

    test('answers the requests of a client router without harm (no 5xx, no loop)', async ({ request }) => {
      const [, second = '/'] = await sitemapPaths(request, site.origin);
      const routerHeaders: Record<string, string>[] = [
        { rsc: '1' },
        { rsc: '1', 'next-router-prefetch': '1' },
        { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
        { 'next-router-state-tree': '%5B%22%22%5D', rsc: '1' },
      ];
      for (const path of ['/', second, '/no/such/page/']) {
        for (const headers of routerHeaders) {
          const response = await request.get(`${site.origin}${path}`, { headers, maxRedirects: 3 });
          expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(path === '/no/such/page/' ? 404 : 200);
        }
        for (const query of ['?_rsc=1a2b3', '?utm_source=feed']) {
          const response = await request.get(`${site.origin}${path}${query}`, { maxRedirects: 0 });
          expect(response.status(), `${path}${query}`).toBe(path === '/no/such/page/' ? 404 : 200);
        }
      }
    });

    test('shows 0 console errors and 0 CSP violations on every page', async ({ page, request }) => {
      const paths = [...(await sitemapPaths(request, site.origin)), '/no/such/page/'];
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()} ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()} page error: ${error.message}`));
      for (const path of paths) {
        await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
        // The theme script ran: it shows the theme button.
        await expect(page.locator('#theme-toggle'), path).toBeVisible();
      }
      // The page loads that the browser reports as a 404 are the 404 page's own.
      expect(problems.filter((line) => !(line.includes('/no/such/page/') && line.includes('404')))).toEqual([]);
    });
  });
}

test.describe('one URL form on npm start', () => {
  test('the other form of a page answers one 308 to it; a redirect_from path goes straight to its page', async ({ request }) => {
    const cases: [string, string][] = [
      ['/teaching', '/teaching/'],
      ['/cv.html/', '/cv.html'],
      ['/courses', '/teaching/'],
      ['/courses/', '/teaching/'],
      ['/about', '/'],
      ['/about/', '/'],
      ['/about.html', '/'],
      ['/teaching?term=fall', '/teaching/?term=fall'],
    ];
    for (const [from, to] of cases) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
      expect(response.headers()['content-security-policy'], from).toContain("frame-ancestors 'none'");
      expect((await request.get(to, { maxRedirects: 0 })).status(), to).toBe(200);
    }
  });

  test('canonical links, the menu, the sitemap and the feeds use the form', async ({ page, request }) => {
    await page.goto('/teaching/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${FIXTURE.url}/teaching/`);
    // The menu is there twice: a row of links, and a <details> on narrow screens.
    const links = await page.locator('.site-nav a').evaluateAll((nodes) => nodes.map((node) => `${node.textContent} ${node.getAttribute('href')} ${node.getAttribute('aria-current')}`));
    expect(links).toEqual(['Teaching /teaching/ page', 'CV /cv.html null', 'Teaching /teaching/ page', 'CV /cv.html null']);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort()).toEqual([`${FIXTURE.url}/`, `${FIXTURE.url}/cv.html`, `${FIXTURE.url}/teaching/`]);
    for (const feed of ['/feed.xml', '/rss.xml', '/feed.json']) {
      const text = await (await request.get(feed)).text();
      const ours = [...text.matchAll(/https:\/\/grace-hopper\.example\.org[^"<\s]*/g)].map((match) => new URL(match[0]).pathname);
      expect(ours.length, feed).toBeGreaterThanOrEqual(9);
      for (const path of ours) expect(path, feed).toMatch(/(\/|\.\w+)$/);
    }
  });

  for (const encoding of ['identity', 'gzip, deflate, br']) {
    test(`a page answered from memory is what Next answers: same bytes, same headers (Accept-Encoding: ${encoding})`, async ({ request }) => {
      const headers = { 'accept-encoding': encoding };
      // A query always goes to Next.
      const fromNext = await request.get('/cv.html?from=next', { headers });
      // The first answer for a path comes from Next while the server keeps it; later ones from memory.
      await request.get('/cv.html', { headers });
      await expect.poll(async () => (await request.get('/cv.html', { headers })).headers().etag).toBe(fromNext.headers().etag);
      const fromMemory = await request.get('/cv.html', { headers });
      expect(await fromMemory.body()).toEqual(await fromNext.body());
      const strip = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([key]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(key)));
      expect(strip(fromMemory.headers())).toEqual(strip(fromNext.headers()));
      expect(fromMemory.headers()['content-encoding']).toBe(encoding === 'identity' ? undefined : 'gzip');
      if (encoding === 'identity') expect(fromMemory.headers()['content-length']).toBe(String((await fromNext.body()).length));
    });
  }
});
