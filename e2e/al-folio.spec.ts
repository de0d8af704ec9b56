// An al-folio v1 site (tests/fixtures/al-folio: no layouts or includes of its own, as the gems keep
// them), moved over with `npm run import` and `npm run export`, served as plain files: what makes
// it al-folio is all there, without JavaScript.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

const OUT = path.join(__dirname, '..', '.e2e-alfolio', 'out');

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Every HTML file of the export, as site paths. */
function exportedPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(file);
      } else if (entry.name.endsWith('.html')) found.push(`/${path.relative(OUT, file).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(OUT);
  return found.sort();
}

test.describe('without JavaScript', () => {
test.use({ javaScriptEnabled: false });

test('the home page: the name from first/middle/last_name, photo, address, socials, news, latest posts and selected papers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Mira K. Osei');
  await expect(page.locator('.site-title')).toHaveText('Mira K. Osei');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mira K. Osei');
  await expect(page.locator('.page-subtitle')).toHaveText('Coastal Ecology Lab, University of the Coast.');
  const photo = page.locator('.profile img.avatar');
  await expect(photo).toHaveAttribute('src', '/assets/img/prof_pic.jpg');
  expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(48);
  await expect(page.locator('.profile-more p')).toHaveText(['Room 214, Marine Sciences Building', '1 Harbour Road, Port Town']);
  const socials = page.locator('.profile-links a');
  await expect(socials).toHaveText(['Email', 'INSPIRE', 'ORCID', 'Google Scholar', 'Semantic Scholar', 'GitHub', 'X (Twitter)', 'CV', 'RSS']);
  expect(await socials.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
    'mailto:mira.osei@example.org',
    'https://inspirehep.net/authors/1010907',
    'https://orcid.org/0000-0002-1825-0097',
    'https://scholar.google.com/citations?user=qc6CJjYAAAAJ',
    'https://www.semanticscholar.org/author/1724421',
    'https://github.com/mira-osei',
    'https://x.com/miraosei',
    '/assets/pdf/cv.pdf',
    '/feed.xml',
  ]);

  const news = page.locator('section.section-news li');
  await expect(news).toHaveText([
    'Jan 20, 2025 A paper in Ecology Letters with Hiro Tanaka.',
    'Sep 15, 2024 The lab moves to the Marine Sciences Building',
    'Mar 2, 2024 Our survey season starts: twelve transects along the northern reef. :ocean:',
  ]);
  expect(await news.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(['2025-01-20', '2024-09-15', '2024-03-02']);
  await expect(news.nth(1).getByRole('link')).toHaveAttribute('href', '/news/announcement_2/');

  const posts = page.locator('#latest-posts + ul li a');
  await expect(posts).toHaveText(['My talk at the coastal conference', 'Fitting the model in Python', 'The equations of a kelp model']);
  await expect(posts.first()).toHaveAttribute('href', 'https://conference.example.org/talks/osei');

  // Only the configured papers.bib: papers_BAK.bib's selected entry stays out.
  await expect(page.locator('#selected-publications ~ div .bib-title')).toHaveText(['Trophic cascades in warming kelp forests']);
  // Its venue's badge in venues.yml's colour (from /highlight.css: the CSP allows no style attribute), linking to the venue.
  const badge = page.locator('#selected-publications ~ div .bib-abbr');
  await expect(badge).toHaveText('Ecol. Lett.');
  expect(await badge.evaluate((span) => [getComputedStyle(span).backgroundColor, getComputedStyle(span).color])).toEqual(['rgb(45, 106, 79)', 'rgb(255, 255, 255)']);
  await expect(badge.getByRole('link')).toHaveAttribute('href', 'https://onlinelibrary.wiley.com/journal/14610248');
  expect(await page.content()).not.toContain('should not be listed');
});

test('the menu: pages with nav: true by nav_order, and a dropdown that opens without JavaScript', async ({ page }) => {
  await page.goto('/');
  const menu = page.locator('.nav-wide');
  await expect(menu.locator(':scope > li > a, :scope > li > details > summary')).toHaveText(['about', 'blog', 'publications', 'projects', 'cv', 'more', 'teaching']);
  const dropdown = menu.locator('details.nav-dropdown');
  await expect(dropdown.getByRole('link', { name: 'news' })).toBeHidden();
  await dropdown.locator('summary').click();
  await expect(dropdown.getByRole('link')).toHaveText(['news', 'repositories', 'people']);
  await dropdown.getByRole('link', { name: 'repositories' }).click();
  await expect(page).toHaveURL(/\/repositories\/$/);
  await expect(page.locator('.nav-wide summary.nav-current')).toHaveText('more');
  await expect(page.locator('.repository a')).toHaveText(['mira-osei', 'mira-osei/kelp-model', 'mira-osei/foodweb-tools']);
});

test('the CV from _data/cv.yml, section by section, with its PDF', async ({ page }) => {
  await page.goto('/cv/');
  await expect(page.locator('main section h2')).toHaveText(['General Information', 'Education', 'Honors and Awards', 'Academic Interests', 'Other Interests']);
  await expect(page.locator('.cv-map tr')).toHaveText(['Full NameMira K. Osei', 'LanguagesEnglish, Twi, Spanish']);
  await expect(page.locator('#education + div .cv-item').first()).toContainText('2019 PhD, University of the Coast');
  await expect(page.locator('nav.toc a')).toHaveCount(5);
  const pdf = page.locator('.cv-pdf a');
  await expect(pdf).toHaveAttribute('href', '/assets/pdf/cv.pdf');
  expect((await page.request.get('/assets/pdf/cv.pdf')).status()).toBe(200);
});

test('the people page: each person with picture, address and text; the teaching page and a course', async ({ page }) => {
  await page.goto('/people/');
  const people = page.locator('main .profile-entry');
  await expect(people).toHaveCount(2);
  await expect(people.locator('.more-info')).toHaveText(['Room 214, Marine Sciences Harbour Road 9', 'Field station, dock 3']);
  await expect(people.nth(0)).toContainText('Mira K. Osei leads the lab.');
  await expect(people.nth(1).getByRole('link', { name: 'trophic cascades' })).toHaveAttribute('href', '/projects/1_kelp/');
  expect(await people.locator('img').evaluateAll((images) => images.map((image) => (image instanceof HTMLImageElement ? image.naturalWidth : 0)))).toEqual([48, 64]);

  await people.nth(0).getByRole('link', { name: 'field ecology' }).click();
  await expect(page).toHaveURL(/\/teaching\/$/);
  await expect(page.locator('.course-list > li > a')).toHaveText(['Field Ecology', 'Food Web Models']);
  await page.getByRole('link', { name: 'Field Ecology' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field Ecology');
  await expect(page.locator('.course-info dd')).toHaveText(['Mira K. Osei', 'Fall 2024', 'Marine Sciences 101', 'Tuesdays 10:00-12:00']);
});

test('the projects page: a card per project with its picture, by importance', async ({ page }) => {
  await page.goto('/projects/');
  const cards = page.locator('.project-card');
  await expect(cards.locator('.project-title')).toHaveText(['kelp forest survey', 'food-web model']);
  await expect(cards.locator('img')).toHaveCount(2);
  expect(await cards.locator('img').evaluateAll((images) => images.map((image) => (image instanceof HTMLImageElement ? image.naturalWidth : 0)))).toEqual([64, 64]);
  await cards.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('kelp forest survey');
});

test('the blog: pages 1 and 2 of the paginated list, and a tag page', async ({ page }) => {
  await page.goto('/blog/');
  await expect(page.locator('main h3')).toHaveText(['My talk at the coastal conference', 'Fitting the model in Python']);
  // Liquid's integer division, as Jekyll's: "1 min read", not "1.27 min read".
  await expect(page.locator('main li p').nth(1)).toContainText('1 min read');
  await page.locator('.pagination').getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL(/\/blog\/page\/2\/$/);
  await expect(page.locator('main h3')).toHaveText(['The equations of a kelp model', 'Notes from the field season']);
  await expect(page.locator('.pagination a')).toHaveText(['Newer', '1', '2']);

  await page.goto('/blog/');
  await page.getByRole('link', { name: 'ecology', exact: true }).click();
  await expect(page).toHaveURL(/\/blog\/tag\/ecology\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ecology');
  await expect(page.locator('main li a')).toHaveText(['My talk at the coastal conference', 'Notes from the field season']);
  expect((await page.request.get('/blog/category/models/')).status()).toBe(200);
  expect((await page.request.get('/blog/2024/')).status()).toBe(200);
});

test('a post: details and tabs readable without JavaScript, numbered equations and their references', async ({ page }) => {
  await page.goto('/blog/2024/field-season/');
  const details = page.locator('main details').first();
  await expect(details.locator('summary')).toHaveText('What we packed');
  await details.locator('summary').click();
  await expect(details.locator('li')).toHaveText(['two dry suits', 'a quadrat frame']);
  await expect(page.locator('.tabs details.tab summary')).toHaveText(['transects', 'counts']);
  await expect(page.locator('.tabs details.tab p')).toHaveText(['Twelve transects, each 30 m.', 'Urchin counts per square metre.']);

  await page.goto('/blog/2024/model-equations/');
  await expect(page.locator('.math-display#eq-1 .katex-display')).toBeVisible();
  await expect(page.locator('.math-display#eq-2 .katex-display')).toBeVisible();
  await expect(page.locator('a.eqref')).toHaveText(['(1)', '(2)']);
  expect(await page.locator('a.eqref').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['#eq-1', '#eq-2']);
  await expect(page.locator('main')).not.toContainText('\\label');
  await expect(page.locator('nav.toc a')).toHaveText(['Growth', 'Grazing']);
});

test('a post with redirect: goes where it says; a paper page for a DBLP key', async ({ page }) => {
  const redirect = readFileSync(path.join(OUT, 'blog', '2024', 'talk-elsewhere', 'index.html'), 'utf8');
  expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=https://conference.example.org/talks/osei">');

  await page.goto('/publications/');
  const entry = page.locator('li.bib-entry').filter({ hasText: 'A network model of kelp' });
  await expect(entry).toHaveAttribute('id', 'DBLP:conf/eco/OseiT23');
  await expect(entry.locator('.bib-venue')).toHaveText('PNAS, 2023. Oral presentation');
  const first = page.locator('li#osei2025cascades');
  await expect(first.locator('.bib-authors sup')).toHaveText(['*', '*']);
  await expect(first.locator('.bib-authors a')).toHaveText(['Hiro Tanaka', 'Lucia Alvarez']);
  await expect(first.locator('details.more-authors summary')).toHaveText('2 more authors');
  await expect(first.locator('.bib-annotation')).toHaveText('* Equal contribution');
  await entry.locator('.bib-title a').click();
  await expect(page).toHaveURL(/\/publications\/DBLP-conf-eco-OseiT23\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A network model of kelp, urchins and otters');
});

test('code is coloured at build time, from classes (no style attributes), in the theme of the page', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/blog/2024/code/');
    const keyword = page.locator('pre.highlight code.language-python span', { hasText: /^def$/ });
    const color = await keyword.evaluate((span) => getComputedStyle(span).color);
    expect(color).toBe(colorScheme === 'light' ? 'rgb(207, 34, 46)' : 'rgb(255, 123, 114)');
    expect(await page.locator('pre.highlight').count()).toBe(2);
    expect(await page.locator('pre [style]').count()).toBe(0);
  }
  // related_blog_posts (max_related: 2): the newest other posts with pages of their own.
  await expect(page.getByRole('region', { name: 'More posts to read' }).getByRole('link')).toHaveText(['The equations of a kelp model', 'Notes from the field season']);
});
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home page, the CV, a post with code and one with equations, the publications and the people pass axe in the ${colorScheme} theme`, async ({ page }) => {
    // Six pages with axe each: more than the default 30 s on two cores.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    for (const sitePath of ['/', '/cv/', '/blog/2024/code/', '/blog/2024/model-equations/', '/publications/', '/people/']) {
      await page.goto(sitePath);
      expect(await axeViolations(page), sitePath).toEqual([]);
    }
  });
}

test('npm run cv:pdf prints the CV made from _data/cv.yml on at most 3 A4 pages', () => {
  // scripts/build-e2e.ts runs `npm run cv:pdf` on the al-folio export.
  const pdf = readFileSync(path.join('.e2e-alfolio', 'cv.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});

test('every internal link and picture of every exported page leads somewhere', async ({ page }) => {
  const pages = exportedPages();
  expect(pages.length).toBeGreaterThanOrEqual(28);
  const targets = new Set<string>();
  for (const sitePath of pages) {
    const html = readFileSync(path.join(OUT, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
      const target = match[1] ?? '';
      if (target === '' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(target)) continue;
      targets.add(new URL(target, `http://site${sitePath}`).pathname);
    }
  }
  const broken: string[] = [];
  for (const target of targets) if ((await page.request.get(target, { maxRedirects: 0 })).status() !== 200) broken.push(target);
  expect(broken).toEqual([]);
  expect(targets.size).toBeGreaterThan(30);
});
