// An al-folio-style site: publications from content/bibliography/papers.bib through jekyll-scholar's
// tags (tests/fixtures/sites/scholar), exported and served as plain files.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the publications page lists the .bib by year, newest first, with links, badges, and an abstract and BibTeX that open', async ({ page }) => {
    await page.goto('/publications/');
    const main = page.getByRole('main');
    await expect(main.locator('h2.bib-year')).toHaveText(['1967', '1956', '1935', '1905']);
    await expect(main.locator('.bib-title')).toHaveText([
      'Letters on wave mechanics',
      'Investigations on the Theory of the Brownian Movement',
      'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
      'On the electrodynamics of moving bodies',
      'Un the movement of small particles suspended in statiory liquids required by the molecular-kinetic theory 0f heat',
      'Über einen die Erzeugung und Verwandlung des Lichtes betreffenden heuristischen Gesichtspunkt',
    ]);
    const epr = main.locator('li#PhysRev\\.47\\.777');
    await expect(epr.locator('.bib-abbr')).toHaveText('PhysRev');
    await expect(epr.locator('.bib-authors')).toHaveText('A. Einstein*, B. Podolsky*, and N. Rosen*');
    await expect(epr.locator('.bib-authors em')).toHaveText('A. Einstein');
    await expect(epr.locator('.bib-authors sup')).toHaveText(['*', '*', '*']);
    await expect(epr.locator('.bib-venue')).toHaveText('Phys. Rev., 1935');
    await expect(epr.locator('.bib-links a')).toHaveText(['HTML', 'PDF', 'Code', 'DOI']);
    await expect(epr.getByRole('link', { name: 'DOI' })).toHaveAttribute('href', 'https://doi.org/10.1103/PhysRev.47.777');
    await expect(main.locator('li#einstein1956investigations .bib-authors')).toHaveText('Albert Einstein, R. Fürth, and A. D. Cowper et al.');
    await expect(main.locator('li#einstein1956investigations').getByRole('link', { name: 'arXiv' })).toHaveAttribute('href', 'https://arxiv.org/abs/1234.5678');
    await expect(main.locator('li#einstein1905photoelectriceffect .bib-award strong')).toHaveText('Nobel Prize in Physics');

    const electro = main.locator('li#einstein1905electrodynamics');
    const abstract = electro.locator('details.bib-abstract');
    await expect(abstract.locator('p')).toBeHidden();
    await abstract.locator('summary').click();
    await expect(abstract.locator('p')).toBeVisible();
    await expect(abstract.locator('p')).toContainText('It is known that Maxwell’s electrodynamics');
    const bibtex = electro.locator('details.bib-bibtex');
    await bibtex.locator('summary').click();
    const code = await bibtex.locator('code').textContent();
    expect(code).toContain('@article{einstein1905electrodynamics,');
    expect(code).toContain('  month = jun,');
    expect(code).not.toMatch(/abbr|selected|bibtex_show|pdf =/);
    // The PDF in public/ is served.
    const pdf = electro.getByRole('link', { name: 'PDF' });
    await expect(pdf).toHaveAttribute('href', '/assets/pdf/electrodynamics.pdf');
    expect((await page.request.get('/assets/pdf/electrodynamics.pdf')).status()).toBe(200);
  });
});

test('the publications page carries JSON-LD for every entry and passes axe', async ({ page }) => {
  await page.goto('/publications/');
  const data = await page.locator('script[type="application/ld+json"]').evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? 'null')));
  const articles = data.flat().filter((item) => item?.['@type'] === 'ScholarlyArticle');
  expect(articles).toHaveLength(6);
  expect(articles.map((article) => article.url)).toContain('https://einstein.example.org/publications/PhysRev-47-777/');
  expect(await axeViolations(page)).toEqual([]);
});

test('the home page shows the selected papers under a heading, and cites with a link to the entry', async ({ page }) => {
  await page.goto('/');
  const selected = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Selected publications' }) });
  await expect(selected.locator('.bib-title')).toHaveText(['On the electrodynamics of moving bodies', 'Über einen die Erzeugung und Verwandlung des Lichtes betreffenden heuristischen Gesichtspunkt']);
  const cite = page.getByRole('main').getByRole('link', { name: '(Einstein, 1905)' });
  await expect(cite).toHaveAttribute('href', '/publications/#einstein1905electrodynamics');
  await cite.click();
  await expect(page.locator('li#einstein1905electrodynamics')).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});

test("a paper's own page has its Highwire tags, abstract, links and BibTeX", async ({ page }) => {
  await page.goto('/publications/einstein1905electrodynamics/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('On the electrodynamics of moving bodies');
  const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')));
  expect(await meta('citation_title')).toEqual(['On the electrodynamics of moving bodies']);
  expect(await meta('citation_author')).toEqual(['A. Einstein']);
  expect(await meta('citation_publication_date')).toEqual(['1905/06']);
  expect(await meta('citation_journal_title')).toEqual(['Annalen der Physik']);
  expect(await meta('citation_pdf_url')).toEqual(['https://einstein.example.org/assets/pdf/electrodynamics.pdf']);
  const main = page.getByRole('main');
  await expect(main.locator('.item-links a')).toHaveText(['PDF', 'DOI']);
  await expect(main.getByRole('heading', { name: 'Abstract' })).toBeVisible();
  await expect(main.locator('.item-bibtex code')).toContainText('@article{einstein1905electrodynamics,');
  await page.goto('/publications/einstein1956investigations/');
  expect(await meta('citation_author')).toEqual(['Albert Einstein', 'R. Fürth', 'A. D. Cowper']);
  expect(await meta('citation_conference_title')).toEqual(['Proceedings of the Courier Dover Publications']);
  expect(await meta('citation_pdf_url')).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('the CV page renders cv.json (JSON Resume) and the BibTeX publications, and passes axe', async ({ page }) => {
  await page.goto('/cv/');
  const main = page.getByRole('main');
  await expect(main.locator('h2')).toHaveText(['Work experience', 'Education', 'Awards', 'Skills', 'Languages', 'Interests', 'Publications from BibTeX']);
  await expect(main.locator('#cv-work + ul > li')).toHaveText([
    'Professor, Institute for Advanced Study 1933–1955Unified field theory.Einstein–Podolsky–Rosen paradox',
    'Technical expert, Swiss Patent Office 1902–1909',
  ]);
  // academicpages' older names: `company` is the name and `website` its link.
  await expect(main.getByRole('link', { name: 'Institute for Advanced Study' })).toHaveAttribute('href', 'https://www.ias.edu');
  await expect(main.locator('.cv-summary')).toHaveText('Physicist, known for the theory of relativity.');
  await expect(main.locator('ol.bibliography > li')).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
});

test('npm run cv:pdf printed the CV page on at most 3 A4 pages', () => {
  // scripts/build-e2e.ts runs `npm run cv:pdf` on the fixture's export.
  const pdf = readFileSync('.e2e-locales/scholar-cv.pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  // A4 is 595 × 842 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595(?:\.\d+)? 841\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595(?:\.\d+)? 842(?:\.\d+)?\s*\]/);
});
