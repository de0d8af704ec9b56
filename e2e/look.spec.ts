import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const source = readFileSync('tests/fixtures/site/content/profile.md', 'utf8');
const markdownLinks = [...source.matchAll(/\]\((https?:[^)\s]+)\)/g)].map(([, href]) => href ?? '');

/** data-theme on <html> at the moment <body> is inserted, i.e. before anything can be painted. */
async function themeAtFirstPaint(page: Page): Promise<string | null> {
  return page.evaluate(() => sessionStorage.getItem('themeAtBody'));
}

async function recordThemeAtBody(page: Page): Promise<void> {
  await page.addInitScript(() => {
    sessionStorage.setItem('themeAtBody', 'unset');
    new MutationObserver((records, observer) => {
      if (records.some((record) => [...record.addedNodes].some((node) => node.nodeName === 'BODY'))) {
        const theme = document.documentElement.getAttribute('data-theme');
        if (theme === null) sessionStorage.removeItem('themeAtBody');
        else sessionStorage.setItem('themeAtBody', theme);
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test.describe('themes', () => {
  test('the served HTML applies the stored theme from an inline script at the top of <head>', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const firstScript = /<script>([\s\S]*?)<\/script>/.exec(head);
    expect(firstScript, 'an inline script in <head>').not.toBeNull();
    const script = firstScript?.[1] ?? '';
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(1024);
    expect(script).toContain('localStorage');
    expect(script).toContain('data-theme');
    // A parser-blocking script in <head>: it runs before any of <body> exists, so before any paint.
    expect(firstScript?.[0]).not.toMatch(/\b(async|defer|type=)/);
    expect(html).toMatch(/<button[^>]*id="theme-toggle"[^>]*hidden=""/);
  });

  test('the theme button cycles system -> light -> dark and the choice survives a reload with no flash', async ({ page }) => {
    await recordThemeAtBody(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const button = page.getByRole('button', { name: /^Theme:/ });
    await expect(button).toHaveAccessibleName('Theme: System');
    const html = page.locator('html');
    await expect(html).not.toHaveAttribute('data-theme');

    await button.click();
    await expect(button).toHaveAccessibleName('Theme: Light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: Dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 21, 25)');

    await page.reload();
    expect(await themeAtFirstPaint(page)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();

    await page.getByRole('button', { name: 'Theme: Dark' }).click();
    await expect(html).not.toHaveAttribute('data-theme');
    await page.reload();
    expect(await themeAtFirstPaint(page)).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('a stored light choice wins over a dark system setting, with no hydration error', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await recordThemeAtBody(page);
    await page.addInitScript(() => localStorage.setItem('theme', 'light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await themeAtFirstPaint(page)).toBe('light');
    await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every section, link and date is there, the system theme applies and the button is not shown', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Work Experience', 'Recent News']);
    await expect(page.locator('.news-list > li time')).toHaveCount(8);
    for (const href of markdownLinks) await expect(page.locator(`main a[href="${href}"]`).first()).toBeAttached();
    await expect(page.locator('main a')).toHaveCount(markdownLinks.length);
    await expect(page.locator('#theme-toggle')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 21, 25)');
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches "Skip to content", and Enter moves focus to the main text', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is the first link inside the text, not the header.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('focused controls show a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement ?? document.body);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('the page has the landmarks: banner, main, complementary, contentinfo', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Author profile' })).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  });
});

test.describe('footer', () => {
  test('shows © year and name, "Last updated" as a <time>, and the feed links', async ({ page, request }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    const time = footer.locator('time');
    const datetime = (await time.getAttribute('datetime')) ?? '';
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(footer).toContainText(`© ${datetime.slice(0, 4)} Grace Hopper`);
    await expect(footer).toContainText('Last updated');
    for (const name of ['Atom', 'RSS', 'JSON Feed']) {
      const href = (await footer.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
});

for (const width of [320, 390, 768, 1280, 1920]) {
  test.describe(`at ${width}px`, () => {
    test('no horizontal scroll, readable text, tap targets of 24×24 or more, sidebar where designed', async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('main p') ?? document.body).fontSize))).toBeGreaterThanOrEqual(16);

      const small = await page.locator('header a, header button, .profile-links a, footer a, .skip-link').evaluateAll((nodes) =>
        nodes
          .filter((node) => node.getClientRects().length > 0 && !node.classList.contains('skip-link'))
          .map((node) => ({ text: node.textContent, box: node.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ text, box }) => `${text}: ${box.width}×${box.height}`),
      );
      expect(small).toEqual([]);

      const profile = page.getByRole('complementary', { name: 'Author profile' });
      for (const name of ['Google Scholar', 'GitHub', 'LinkedIn', 'X (Twitter)']) {
        await expect(profile.getByRole('link', { name, exact: true })).toBeVisible();
      }
      const aside = await profile.boundingBox();
      const main = await page.getByRole('main').boundingBox();
      if (!aside || !main) throw new Error('profile or main not laid out');
      if (width >= 900) expect(aside.x + aside.width).toBeLessThanOrEqual(main.x);
      else expect(aside.y + aside.height).toBeLessThanOrEqual(main.y);

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const file = testInfo.outputPath(`home-${width}px-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`home ${width}px ${colorScheme}`, { path: file, contentType: 'image/png' });
      }
    });
  });
}

test('prints on at most two A4 pages, black on white, without the header controls', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('#theme-toggle')).toBeHidden();
  await expect(page.locator('.avatar')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  // External links show where they go.
  const after = await page.locator('main a[href^="http"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('http');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('home.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});
