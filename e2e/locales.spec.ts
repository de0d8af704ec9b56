// The interface in the site's language: a French fixture site and an Arabic one (right to left),
// each exported and served as static files (tests/fixtures/sites/, built by npm run build:e2e).
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { E2E } from './targets';

const FR = E2E.fr.url;
const AR = E2E.ar.url;

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('a French site (locale: fr-FR)', () => {
  test('says everything of its own in French, with one string from ui:', async ({ page }) => {
    await page.goto(`${FR}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('.skip-link')).toHaveText('Aller au contenu');
    await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: "Profil de l'auteur" })).toContainText('Paris, France');
    await expect(page.getByRole('link', { name: 'Site web', exact: true })).toHaveAttribute('href', 'https://example.org/curie');
    await expect(page.getByRole('button', { name: 'Thème: Système' })).toBeVisible();
    await page.getByRole('button', { name: 'Thème: Système' }).click();
    await expect(page.getByRole('button', { name: 'Thème: Clair' })).toBeVisible();

    const footer = page.locator('footer');
    await expect(footer).toContainText('Dernière mise à jour');
    const time = footer.locator('time');
    const written = await time.textContent();
    const machine = (await time.getAttribute('datetime')) ?? '';
    expect(written).toBe(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(machine)));
    // The owner's own words for the feed line (ui.feed_label in site.yml).
    await expect(footer.locator('.site-feeds')).toHaveText('Flux des nouvelles: Atom · RSS · JSON Feed');
  });

  test('starts sections at "###", keeps "####" inside them, and reads one news list across bullet changes', async ({ page }) => {
    await page.goto(`${FR}/`);
    await expect(page.locator('main h2')).toHaveText(['Actualités', 'Publications choisies']);
    await expect(page.locator('main h3')).toHaveText(['Sur les substances radioactives']);
    await expect(page.locator('.news-list')).toHaveCount(1);
    const times = page.locator('.news-list > li time');
    await expect(times).toHaveText(['15 juillet 2024', 'juin 2024', '2024-05-02']);
    expect(await times.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')))).toEqual(['2024-07-15', '2024-06', '2024-05-02']);
    const feed = await (await page.request.get(`${FR}/feed.json`)).json();
    expect(feed.items).toHaveLength(3);
    expect(feed.language).toBe('fr-FR');
  });

  test('answers an unknown address with the 404 page in French', async ({ page }) => {
    const response = await page.goto(`${FR}/nulle-part/`);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle('Page introuvable | Marie Curie');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.getByRole('link', { name: "Aller à la page d'accueil" })).toHaveAttribute('href', '/');
    await expect(page.locator('.skip-link')).toHaveText('Aller au contenu');
  });

  test('writes its redirect page in French', async ({ request }) => {
    const html = await (await request.get(`${FR}/a-propos/`)).text();
    expect(html).toContain('<html lang="fr-FR" dir="ltr">');
    expect(html).toContain('<title>Redirection…</title>');
    expect(html).toContain('Cette page a été déplacée vers <a href="/">');
  });

  for (const path of ['/', '/enseignement/', '/nulle-part/']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(`${FR}${path}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('an Arabic site (locale: ar)', () => {
  test('is right to left, in Arabic, with its news and experience read', async ({ page }) => {
    await page.goto(`${AR}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.skip-link')).toHaveText('انتقل إلى المحتوى');
    await expect(page.locator('footer')).toContainText('آخر تحديث');
    await expect(page.locator('.news-list > li time')).toHaveText(['2024-07', '2024-06-15']);
    await expect(page.locator('.experience-list > li')).toHaveCount(1);
  });

  test('puts the profile on the right of the text on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${AR}/`);
    const profile = await page.locator('aside.profile').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(profile && main && profile.x > main.x + main.width - 1).toBe(true);
  });

  for (const width of [390, 768, 1280]) {
    test(`has no horizontal overflow at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${AR}/`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }

  for (const path of ['/', '/no-such-page/']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(`${AR}${path}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
