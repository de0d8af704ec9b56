import { expect, test } from '@playwright/test';

const SITE = 'https://grace-hopper.example.org';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('findable and shareable', () => {
  test('the head has title, description, canonical, Open Graph and Twitter tags with absolute URLs', async ({ page }) => {
    await page.goto('/');
    const head = page.locator('head');
    const meta = async (selector: string) => head.locator(selector).getAttribute('content');
    await expect(page).toHaveTitle('Grace Hopper');
    expect(await meta('meta[name="description"]')).toMatch(/^Grace Hopper, computer scientist working on compilers/);
    expect(await head.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^${SITE}/?$`));
    expect(await meta('meta[property="og:type"]')).toBe('profile');
    expect(await meta('meta[property="og:title"]')).toBe('Grace Hopper');
    expect(await meta('meta[property="og:site_name"]')).toBe('Grace Hopper');
    expect(await meta('meta[property="og:locale"]')).toBe('en_US');
    expect(await meta('meta[property="profile:first_name"]')).toBe('Grace');
    expect(await meta('meta[property="profile:last_name"]')).toBe('Hopper');
    expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`^${SITE}/?$`));
    expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${SITE}/opengraph-image`));
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[name="twitter:creator"]')).toBe('@gracehopper');
    expect(await meta('meta[name="twitter:image"]')).toMatch(new RegExp(`^${SITE}/opengraph-image`));
    expect(await head.locator('meta[name="robots"]').count()).toBe(0);
    const meHrefs = await head.locator('link[rel="me"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(meHrefs).toEqual([
      'https://scholar.google.com/citations?user=HopperGrace1',
      'https://github.com/gracehopper',
      'https://www.linkedin.com/in/grace-hopper-1906',
      'https://x.com/gracehopper',
    ]);
  });

  test('announces the three feeds', async ({ page }) => {
    await page.goto('/');
    const feeds = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('type'), link.getAttribute('href')]));
    expect(feeds).toEqual([
      ['application/atom+xml', `${SITE}/feed.xml`],
      ['application/rss+xml', `${SITE}/rss.xml`],
      ['application/feed+json', `${SITE}/feed.json`],
    ]);
  });

  test('carries one JSON-LD Person naming the employer and all four profiles', async ({ page }) => {
    await page.goto('/');
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const person = JSON.parse((await scripts.textContent()) ?? '');
    expect(person).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Grace Hopper',
      url: `${SITE}/`,
      worksFor: { '@type': 'Organization', name: 'United States Navy' },
    });
    expect(person.sameAs).toHaveLength(4);
    for (const site of ['scholar.google.com', 'github.com', 'linkedin.com', 'x.com']) {
      expect(person.sameAs.some((href: string) => new URL(href).hostname.endsWith(site)), site).toBe(true);
    }
  });

  test('robots.txt allows crawling and names the sitemap; the sitemap lists the home page', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toBe(`User-Agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
    expect(await (await request.get('/sitemap.xml')).text()).toContain(`<loc>${SITE}/</loc>`);
  });

  test('the feeds hold the 8 news items, newest first', async ({ request }) => {
    const atom = await (await request.get('/feed.xml')).text();
    expect(atom.match(/<entry>/g)).toHaveLength(8);
    const json = await (await request.get('/feed.json')).json();
    expect(json.items).toHaveLength(8);
    expect(json.items[0].title).toBe('I will give the keynote at the Compiler Construction Workshop in Boston.');
  });

  test('the social image is a 1200×630 PNG, and the icons the head names all load', async ({ page, request }) => {
    await page.goto('/');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    const card = await request.get(image.pathname + image.search);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });

    const icons = await page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]').evaluateAll((links) =>
      links.map((link) => [link.getAttribute('rel'), link.getAttribute('href')]),
    );
    expect(icons.map(([rel]) => rel).sort()).toEqual(['apple-touch-icon', 'icon']);
    for (const [rel, href] of icons) {
      const response = await request.get(href ?? '');
      expect(response.status(), `${rel} ${href}`).toBe(200);
      if (rel === 'apple-touch-icon') expect(pngSize(await response.body())).toEqual({ width: 180, height: 180 });
    }
  });
});
