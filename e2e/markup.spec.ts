import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

// The project's rules: html-validate's recommended set, minus the ones that only judge how React
// serialises valid HTML (see .htmlvalidate.json).
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
const SITE = 'https://grace-hopper.example.org';
// What the fixture's home page links to on its own site (absolute or not, each once): / (canonical,
// og:url, the home link), the menu's two pages, the three feeds, the social image, the two icons
// and the stylesheet.
const PAGE_LINKS = ['/', '/apple-icon.png', '/cv.html', '/feed.json', '/feed.xml', '/icon.svg', '/opengraph-image.png', '/rss.xml', '/teaching/', 'the stylesheet'];

/** Every URL the page points at: links, assets, icons, feeds, the social image. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['node']) => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        if (name === 'href' || name === 'src') urls.push(value);
        if (name === 'content' && /^(?:https?:)?\//.test(value)) urls.push(value);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return [...new Set(urls)];
}

for (const path of ['/', '/no-such-page']) {
  test(`${path}: the served HTML has no html-validate errors`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
}

test('every internal link and asset of / answers 200; external links are listed, not fetched', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const internal: string[] = [];
  const external: string[] = [];
  for (const url of urlsIn(html)) {
    if (url.startsWith(SITE)) internal.push(url.slice(SITE.length) || '/');
    else if (url.startsWith('/') && !url.startsWith('//')) internal.push(url);
    else if (url.startsWith('#')) continue;
    else external.push(url);
  }
  // No script file: the server's build and the export are both lean.
  expect(internal.filter((url) => url.endsWith('.js'))).toEqual([]);
  const named = internal.map((url) => url.replace(/^\/_next\/static\/chunks\/[^/]+\.css$/, 'the stylesheet'));
  expect([...new Set(named)].sort()).toEqual(PAGE_LINKS);
  const broken: string[] = [];
  for (const url of internal) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${url}: ${response.status()}`);
  }
  test.info().annotations.push({ type: 'external links (not fetched)', description: external.join('\n') });
  expect(broken).toEqual([]);
  // The fragment links point at ids that exist.
  for (const url of urlsIn(html).filter((u) => u.startsWith('#'))) expect(html).toContain(`id="${url.slice(1)}"`);
});
