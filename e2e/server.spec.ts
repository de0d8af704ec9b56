// What only the Node server does: 308 redirects, HTTP headers, exact content types.
import { expect, test } from '@playwright/test';

test.describe('old addresses', () => {
  for (const path of ['/about', '/about/', '/about.html']) {
    test(`${path} answers 308 and lands on / in one hop`, async ({ request, page }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe('/');
      const visit = await page.goto(path);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(visit?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
    });
  }
});

test.describe('content types', () => {
  for (const [path, type] of [
    ['/sitemap.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
    ['/feed.xml', 'application/atom+xml'],
    ['/rss.xml', 'application/rss+xml'],
    ['/feed.json', 'application/feed+json'],
    ['/icon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/png'],
    ['/apple-icon.png', 'image/png'],
    ['/opengraph-image.png', 'image/png'],
  ] as const) {
    test(`${path} answers 200 as ${type}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      expect((await response.body()).length).toBeGreaterThan(0);
    });
  }
});

for (const path of ['/', '/feed.xml', '/no-such-page']) {
  test(`${path} carries the security headers`, async ({ request }) => {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    // Left out on purpose (see lib/publish/security-headers.ts): it costs a process swap per arrival.
    expect(headers['cross-origin-opener-policy']).toBeUndefined();
    expect(headers['x-powered-by']).toBeUndefined();
  });
}
