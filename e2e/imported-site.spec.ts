// The second site: tests/fixtures/academicpages after `npm run import` (see scripts/build-e2e-site.mjs).
import { expect, test } from '@playwright/test';
import { E2E } from './targets';

test('a page from content/pages/ renders with its title, the sidebar and the menu marking it current', async ({ page }) => {
  const response = await page.goto('/teaching');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Teaching | Ada Lovelace');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching');
  await expect(page.getByRole('complementary', { name: 'Author profile' })).toContainText('University of London');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.locator('.nav-wide a')).toHaveText(['Publications', 'Teaching', 'CV', 'Blog']);
  await expect(nav.locator('.nav-wide a[aria-current="page"]')).toHaveText('Teaching');
  await expect(nav.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', 'https://ada.example.org/blog');
  expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe('https://ada-lovelace.github.io/teaching/');
});

test("a page's trailing-slash permalink and its redirect_from reach it in one hop", async ({ request, page }) => {
  for (const path of ['/lectures', '/lectures/', '/teaching/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe('/teaching');
  }
  const resume = await request.get('/resume', { maxRedirects: 0 });
  expect(resume.headers().location).toBe('/cv');
  await page.goto('/lectures/');
  await expect(page).toHaveURL(/\/teaching$/);
});

test('keeps the safe raw HTML of the migrated page and drops the dangerous', async ({ page }) => {
  await page.goto('/teaching');
  const main = page.getByRole('main');
  await expect(main.locator('table a')).toHaveCount(2);
  await expect(main.locator('table a').first()).toHaveAttribute('href', '/files/engines.pdf');
  await expect(main.getByRole('img', { name: 'A drawing of the Analytical Engine' })).toHaveAttribute('src', '/images/engine.png');
  expect(await main.locator('br').count()).toBeGreaterThanOrEqual(2);
  await expect(main.locator('script')).toHaveCount(0);
  await expect(main.locator('[onclick]')).toHaveCount(0);
  await expect(main.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(main.getByText('bad link')).toBeVisible();
});

test('the imported home page resolves {{ base_path }}, dates the news, and keeps /about', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
  await expect(page.getByRole('main').getByRole('link', { name: 'CV' })).toHaveAttribute('href', '/files/cv.pdf');
  await expect(page.locator('.news-list time')).toHaveText(['March 1843', 'June 1842']);
  expect((await request.get('/files/cv.pdf')).status()).toBe(200);
  expect((await request.get('/about.html', { maxRedirects: 0 })).headers().location).toBe('/');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const url of ['https://ada-lovelace.github.io/', 'https://ada-lovelace.github.io/cv/', 'https://ada-lovelace.github.io/teaching/']) {
    expect(sitemap).toContain(`<loc>${url}</loc>`);
  }
});

test('Liquid the site does not run stays visible as written', async ({ page }) => {
  await page.goto('/cv');
  await expect(page.getByRole('main')).toContainText('{% for post in site.publications reversed %}');
  await expect(page.getByRole('main')).not.toContainText('{% include base_path %}');
});

test.describe('at 390px without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });

  test('the menu folds into a button that opens and leads to the pages', async ({ page }) => {
    await page.goto('/cv');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.locator('.nav-wide')).toBeHidden();
    const menu = nav.locator('.nav-narrow');
    await expect(menu.locator('a').first()).toBeHidden();
    await menu.getByText('Menu').click();
    await expect(menu.locator('a')).toHaveText(['Publications', 'Teaching', 'CV', 'Blog']);
    await expect(menu.locator('a[aria-current="page"]')).toHaveText('CV');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await menu.getByRole('link', { name: 'Teaching' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching');
  });
});

test('a page at a non-ASCII permalink is served there, without the sidebar when it asks so', async ({ page, request }) => {
  const response = await page.goto('/caf%C3%A9');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café scientifique');
  await expect(page.getByRole('complementary', { name: 'Author profile' })).toHaveCount(0);
  const slash = await request.get('/caf%C3%A9/', { maxRedirects: 0 });
  expect(slash.status()).toBe(308);
  expect(slash.headers().location).toBe('/caf%C3%A9');
});

test.describe('its static export, served as plain files', () => {
  const EXPORT = E2E.importedExport.url;

  test('has each page in its folder, the menu, and redirect pages to them', async ({ page }) => {
    await page.goto(`${EXPORT}/teaching/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching');
    await expect(page.locator('.nav-wide a[aria-current="page"]')).toHaveText('Teaching');
    await expect(page.getByRole('main').getByRole('img', { name: 'A drawing of the Analytical Engine' })).toBeVisible();
    await page.goto(`${EXPORT}/lectures/`);
    await expect(page).toHaveURL(`${EXPORT}/teaching/`);
    await page.goto(`${EXPORT}/resume`);
    await expect(page).toHaveURL(`${EXPORT}/cv/`);
    await page.goto(`${EXPORT}/caf%C3%A9/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café scientifique');
  });
});
