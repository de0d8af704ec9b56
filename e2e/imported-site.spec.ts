// The second site: tests/fixtures/academicpages after `npm run import` (see scripts/build-e2e.ts):
// its pages, its collections (publications, talks, teaching, portfolio, posts) and their Liquid.
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { E2E } from './targets';

const MENU = ['Publications', 'Talks', 'Teaching', 'Portfolio', 'Blog Posts', 'CV', 'CV (PDF)', 'Blog'];

/** Every page of the imported fixture in the site's one URL form, list pages first, then item pages. */
const PAGES = [
  '/',
  '/publications/',
  '/talks/',
  '/teaching/',
  '/portfolio/',
  '/year-archive/',
  '/cv/',
  '/lab/',
  '/caf%C3%A9/',
  '/publications/1841-fragment/',
  '/publication/1842-sketch/',
  '/publication/1843-notes/',
  '/publications/1844-letters/',
  '/talks/1840-talk/',
  '/talks/1842-tutorial/',
  '/teaching/1841-course/',
  '/portfolio/portfolio-1/',
  '/posts/1843/01/bernoulli/',
  '/translation/',
];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('a page from content/pages/ renders with its title, the sidebar and the menu marking it current', async ({ page }) => {
  const response = await page.goto('/teaching/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Teaching | Ada Lovelace');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching');
  await expect(page.getByRole('complementary', { name: 'Author profile' })).toContainText('University of London');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.locator('.nav-wide a')).toHaveText(MENU);
  await expect(nav.locator('.nav-wide a[aria-current="page"]')).toHaveText('Teaching');
  await expect(nav.locator('.nav-wide').getByRole('link', { name: 'Blog', exact: true })).toHaveAttribute('href', 'https://ada.example.org/blog');
  expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe('https://ada-lovelace.github.io/teaching/');
});

test("a page's trailing-slash permalink and its redirect_from reach it in one hop", async ({ request, page }) => {
  for (const path of ['/lectures', '/lectures/', '/teaching']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe('/teaching/');
  }
  expect((await request.get('/teaching/', { maxRedirects: 0 })).status()).toBe(200);
  const resume = await request.get('/resume', { maxRedirects: 0 });
  expect(resume.headers().location).toBe('/cv/');
  await page.goto('/lectures/');
  await expect(page).toHaveURL(/\/teaching\/$/);
});

test('keeps the safe raw HTML of the migrated page and drops the dangerous', async ({ page }) => {
  await page.goto('/teaching/');
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

test('every page and item answers 200 and shows no Liquid', async ({ page }) => {
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text, path).not.toMatch(/\{%|\{\{|%\}|\}\}/);
  }
});

test("the publications page runs academicpages' category loop: headings, then each category's papers, newest first", async ({ page }) => {
  await page.goto('/publications/');
  const main = page.getByRole('main');
  await expect(main.locator('h2')).toHaveText([
    'Books',
    'A fragment on flight',
    'Journal Articles',
    'Sketch of the Analytical Engine',
    'Conference Papers',
    'Notes on the Analytical Engine',
    'Letters',
    'Letters on poetical science',
  ]);
  await expect(main.getByRole('link', { name: 'my Google Scholar profile' })).toHaveAttribute('href', 'https://scholar.google.com/citations?user=abcdefghijkl');
  const notes = main.locator('article', { has: page.getByRole('link', { name: 'Notes on the Analytical Engine' }) });
  await expect(notes.locator('.archive-meta')).toHaveText('Published in Proceedings of the Analytical Society, 1843');
  await expect(notes.locator('.archive-citation')).toHaveText('Recommended citation: Lovelace, A. (1843). "Notes." Proc. Analytical Society.');
  await expect(notes.locator('.archive-links a')).toHaveText(['Download paper', 'Download slides', 'Download BibTeX']);
  await expect(notes.locator('.archive-excerpt .katex')).toHaveCount(1);
  await expect(main.locator('script')).toHaveCount(0);
  await notes.getByRole('link', { name: 'Notes on the Analytical Engine' }).click();
  await expect(page).toHaveURL(/\/publication\/1843-notes\/$/);
});

test('the talks, teaching, portfolio and blog list pages list their items', async ({ page }) => {
  await page.goto('/talks/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks and presentations');
  await expect(page.locator('main .archive-title')).toHaveText(['Tutorial on the cards', 'On the engine']);
  await expect(page.locator('main .archive-meta').first()).toHaveText('Tutorial, Turin Academy, Turin, Italy, May 20, 1842');
  await page.goto('/teaching/');
  await expect(page.locator('main .archive-title')).toHaveText(['Calculating engines']);
  await expect(page.locator('main .archive-meta')).toHaveText('Undergraduate course, University of London, 1841');
  await page.goto('/portfolio/');
  await expect(page.locator('main .archive-title')).toHaveText(['Portfolio item number 1']);
  await expect(page.locator('main .archive-excerpt img')).toHaveAttribute('src', '/images/engine.png');
  await page.goto('/year-archive/');
  await expect(page.locator('main h2')).toHaveText(['1843', 'Bernoulli numbers by engine', '1842', 'Translating Menabrea']);
  await expect(page.locator('main h2#\\31 843')).toHaveCount(1);
});

test('the CV page is made of loops over every collection, each an HTML list', async ({ page }) => {
  await page.goto('/cv/');
  const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
  await expect(section('Publications').locator('li')).toHaveText([
    'Letters on poetical science, Letters, 1844',
    'Notes on the Analytical Engine, Proceedings of the Analytical Society, 1843Lovelace, A. (1843). "Notes." Proc. Analytical Society.',
    'Sketch of the Analytical Engine, Bibliothèque Universelle de Genève, 1842Menabrea, L. F. & Lovelace, A. (1842). "Sketch of the Analytical Engine." Bibliothèque Universelle de Genève. 82.',
    'A fragment on flight, Privately printed, 1841',
  ]);
  await expect(section('Talks').locator('li')).toHaveText([
    'Tutorial on the cards, Tutorial, Turin Academy, Turin, Italy, May 20, 1842',
    'On the engine, Talk, Royal Society, London, UK, March 1, 1840',
  ]);
  await expect(section('Teaching').locator('li')).toHaveText(['Calculating engines, University of London, 1841']);
  await expect(section('Service and leadership').locator('li')).toHaveText(['Correspondent of the Analytical Society']);
  await expect(page.locator('main pre, main code')).toHaveCount(0);
});

test('a publication page: venue and date, body with math, links, citation, Highwire tags and JSON-LD', async ({ page }) => {
  await page.goto('/publication/1843-notes/');
  await expect(page).toHaveTitle('Notes on the Analytical Engine | Ada Lovelace');
  const main = page.getByRole('main');
  await expect(main.locator('.item-meta')).toHaveText('Published in Proceedings of the Analytical Society, August 1, 1843');
  await expect(main.locator('.item-links a')).toHaveText(['Download paper', 'Download slides', 'Download BibTeX']);
  await expect(main.locator('.item-citation')).toContainText('Lovelace, A. (1843). "Notes." Proc. Analytical Society.');
  await expect(main.locator('.item-citation script')).toHaveCount(0);
  await expect(main.locator('.katex')).toHaveCount(2);
  await expect(main.locator('.math-display math[display="block"]')).toHaveCount(1);
  await expect(main).toContainText('the engine cost $5 and $10 in parts.');
  const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')));
  expect(await meta('citation_title')).toEqual(['Notes on the Analytical Engine']);
  expect(await meta('citation_publication_date')).toEqual(['1843/08/01']);
  expect(await meta('citation_conference_title')).toEqual(['Proceedings of the Analytical Society']);
  expect(await meta('citation_journal_title')).toEqual([]);
  expect(await meta('citation_pdf_url')).toEqual(['https://ada-lovelace.github.io/files/cv.pdf']);
  await page.goto('/publication/1842-sketch/');
  expect(await meta('citation_author')).toEqual(['Luigi Menabrea', 'Ada Lovelace']);
  expect(await meta('citation_journal_title')).toEqual(['Bibliothèque Universelle de Genève']);
  expect(await meta('citation_pdf_url')).toEqual(['http://ada-lovelace.github.io/files/sketch.pdf']);
  const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '{}')));
  expect(jsonLd).toContainEqual(expect.objectContaining({ '@type': 'ScholarlyArticle', headline: 'Sketch of the Analytical Engine', datePublished: '1842-10-01' }));
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a post typesets its math with KaTeX and self-hosted fonts, loads no script for it, and passes axe', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/posts/1843/01/bernoulli/');
    const main = page.getByRole('main');
    await expect(main.locator('time').first()).toHaveText('January 1, 1843');
    await expect(main.locator('.item-tags')).toHaveText('Tags: mathematics, engines');
    await expect(main.locator('.katex')).toHaveCount(3);
    await expect(main.locator('.math-display')).toHaveCount(1);
    await expect(main.locator('code')).toHaveText(['$x$', '$$ not math $$\n']);
    // The display formula is laid out by KaTeX's stylesheet: its fraction has height.
    const box = await main.locator('.math-display .katex-html').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(30);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/katex/'))).toEqual(expect.arrayContaining(['/katex/katex.css', '/katex/fonts/KaTeX_Main-Regular.woff2']));
    expect(requests.filter((path) => /katex.*\.js$|mathjax/i.test(path))).toEqual([]);
  });
});

test('a post with math passes axe', async ({ page }) => {
  await page.goto('/posts/1843/01/bernoulli/');
  await expect(page.locator('main .katex')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
});

test('KaTeX assets load only on pages with math', async ({ page }) => {
  await page.goto('/teaching/');
  await expect(page.locator('link[href="/katex/katex.css"]')).toHaveCount(0);
  await page.goto('/publications/');
  await expect(page.locator('link[href="/katex/katex.css"]')).toHaveCount(1);
});

test('the feeds carry the posts with the news, newest first, each linking to its page', async ({ request }) => {
  const feed = JSON.parse(await (await request.get('/feed.json')).text());
  expect(feed.items.map((item: { title: string; url: string }) => [item.title, item.url])).toEqual([
    ['Notes on the Analytical Engine published.', 'https://ada-lovelace.github.io/#recent-news'],
    ['Bernoulli numbers by engine', 'https://ada-lovelace.github.io/posts/1843/01/bernoulli/'],
    ['Translating Menabrea', 'https://ada-lovelace.github.io/translation/'],
    ['Started translating Menabrea’s paper.', 'https://ada-lovelace.github.io/#recent-news'],
  ]);
  const atom = await (await request.get('/feed.xml')).text();
  expect(atom.match(/<entry>/g)).toHaveLength(4);
});

test('the sitemap lists every page and every item page, once', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locations).toHaveLength(PAGES.length);
  for (const url of ['https://ada-lovelace.github.io/publication/1843-notes/', 'https://ada-lovelace.github.io/posts/1843/01/bernoulli/', 'https://ada-lovelace.github.io/lab/']) {
    expect(locations).toContain(url);
  }
});

test('an index.html permalink is served at its folder and at the file, with its own includes', async ({ page, request }) => {
  for (const path of ['/lab/', '/lab/index.html']) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  expect((await request.get('/lab', { maxRedirects: 0 })).headers().location).toBe('/lab/');
  await page.goto('/lab/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The engine room');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText(['Members', 'Instruments']);
  await expect(page.getByRole('main').locator('strong')).toHaveText(['Charles Babbage', 'Mary Somerville']);
  await expect(page.getByRole('main')).toContainText('We have written 4 papers and given 2 talks. Posts by tag: translation (1), mathematics (1), engines (1).');
});

test('the menu entry to a copied file answers with the file', async ({ page, request }) => {
  await page.goto('/cv/');
  await expect(page.locator('.nav-wide').getByRole('link', { name: 'CV (PDF)' })).toHaveAttribute('href', '/files/cv.pdf');
  expect((await request.get('/files/cv.pdf')).status()).toBe(200);
});

test.describe('at 390px without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });

  test('the menu folds into a button that opens and leads to the pages', async ({ page }) => {
    await page.goto('/cv/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.locator('.nav-wide')).toBeHidden();
    const menu = nav.locator('.nav-narrow');
    await expect(menu.locator('a').first()).toBeHidden();
    await menu.getByText('Menu').click();
    await expect(menu.locator('a')).toHaveText(MENU);
    await expect(menu.locator('a[aria-current="page"]')).toHaveText('CV');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await menu.getByRole('link', { name: 'Teaching' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching');
  });
});

test('a page at a non-ASCII permalink is served there, without the sidebar when it asks so', async ({ page, request }) => {
  const response = await page.goto('/caf%C3%A9/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café scientifique');
  await expect(page.getByRole('complementary', { name: 'Author profile' })).toHaveCount(0);
  const bare = await request.get('/caf%C3%A9', { maxRedirects: 0 });
  expect(bare.status()).toBe(308);
  expect(bare.headers().location).toBe('/caf%C3%A9/');
});

test.describe('its static export, served as plain files', () => {
  const EXPORT = E2E.importedExport.url;

  test('has every page and item page lean, with no script but the theme and JSON-LD, and math styled', async ({ page }) => {
    for (const path of PAGES) {
      const response = await page.goto(`${EXPORT}${path}`);
      expect(response?.status(), path).toBe(200);
      const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? node.getAttribute('type') ?? 'inline'));
      expect(scripts.filter((script) => script !== 'inline' && script !== 'application/ld+json'), path).toEqual([]);
      expect(await page.content(), path).not.toContain('self.__next_f');
    }
    await page.goto(`${EXPORT}/publication/1843-notes/`);
    const box = await page.locator('.math-display .katex-html').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(30);
    await page.goto(`${EXPORT}/lab/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The engine room');
  });

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
