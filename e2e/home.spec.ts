import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The owner's markdown, read independently of the site's loader: what must reach the page.
const source = readFileSync('tests/fixtures/site/content/profile.md', 'utf8');
const markdownLinks = [...source.matchAll(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g)].map(([, text, href]) => ({
  text: text ?? '',
  href: href ?? '',
}));

test.describe('home page', () => {
  test('carries every link of the markdown with its text and address', async ({ page }) => {
    expect(markdownLinks.length).toBeGreaterThan(0);
    await page.goto('/');
    await expect(page.locator('main a')).toHaveCount(markdownLinks.length);
    for (const { text, href } of markdownLinks) {
      const link = page.locator('main a', { hasText: text }).and(page.locator(`a[href="${href}"]`));
      await expect(link.first(), `${text} -> ${href}`).toBeVisible();
    }
  });

  test('shows the owner, the bio, the contact line and the sections under their own headings', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Grace Hopper');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
    await expect(page.locator('main .bio > p')).toHaveCount(4);
    await expect(page.locator('main strong', { hasText: 'You can reach me at grace[at]example[dot]org' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Work Experience', 'Recent News']);
    await expect(page.locator('.experience-list > li')).toHaveCount(3);
    await expect(page.locator('.news-list > li')).toHaveCount(8);
  });

  test('marks each news date as a <time> with a machine date, written as the author wrote it', async ({ page }) => {
    await page.goto('/');
    const times = page.locator('.news-list > li time');
    await expect(times).toHaveText([
      'July 2024', 'July 2024', 'July 2024', 'June 2024', 'June 2024', 'June 2024', 'May 2024', 'May 2024',
    ]);
    const datetimes = await times.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
    expect(datetimes).toEqual(['2024-07', '2024-07', '2024-07', '2024-06', '2024-06', '2024-06', '2024-05', '2024-05']);
  });

  test('shows the author profile with initials and named profile links', async ({ page }) => {
    await page.goto('/');
    const profile = page.getByRole('complementary', { name: 'Author profile' });
    await expect(profile.locator('.avatar-initials')).toHaveText('GH');
    await expect(profile).toContainText('Computer scientist. I work on compilers and programming languages.');
    await expect(profile).toContainText('Arlington, USA');
    await expect(profile).toContainText('United States Navy');
    const expected = [
      ['Google Scholar', 'https://scholar.google.com/citations?user=HopperGrace1'],
      ['GitHub', 'https://github.com/gracehopper'],
      ['LinkedIn', 'https://www.linkedin.com/in/grace-hopper-1906'],
      ['X (Twitter)', 'https://x.com/gracehopper'],
    ] as const;
    for (const [name, href] of expected) {
      const link = profile.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('rel', 'me noopener');
      await expect(link.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });

  test('loads with no console errors and no failed requests', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
  });

  test('keeps bio lines at a readable length on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/');
    // Characters on each rendered line of the bio paragraphs, found from the glyphs' positions.
    const lineLengths = await page.locator('main .bio p').evaluateAll((paragraphs) =>
      paragraphs.flatMap((paragraph) => {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        return [...lines.values()].slice(0, -1); // a paragraph's last line may be short
      }),
    );
    expect(lineLengths.length).toBeGreaterThan(5);
    expect(Math.max(...lineLengths)).toBeLessThanOrEqual(80);
    const sorted = [...lineLengths].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(60);
  });

  for (const [path, colorScheme] of [['/', 'light'], ['/', 'dark'], ['/no-such-page', 'light'], ['/no-such-page', 'dark']] as const) {
    test(`${path} has no WCAG 2.1 A/AA violations (axe) in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        colorScheme === 'dark' ? 'rgb(17, 21, 25)' : 'rgb(255, 255, 255)',
      );
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('unknown pages', () => {
  test('an unknown path gives the 404 page with a link home', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle('Page not found | Grace Hopper');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grace Hopper');
  });
});
