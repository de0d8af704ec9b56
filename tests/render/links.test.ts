import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { routeTable } from '../../lib/content/routes';
import { canonicalLinks as rewriteLinks } from '../../lib/render/links';
import { loadSiteModel } from '../../lib/site-model';
import { folderWith, page } from '../helpers';

const routes = routeTable([
  { meta: { permalink: '/', redirect_from: ['/about/'] } },
  { meta: { permalink: '/teaching/', redirect_from: ['/courses'] } },
  { meta: { permalink: '/cv.html', redirect_from: [] } },
]);

/** The step on a fragment of HTML, serialised again. */
function canonicalLinks(html: string, table: typeof routes, basePath: string): string {
  const tree = fromHtml(html, { fragment: true });
  rewriteLinks(tree, table, basePath);
  return toHtml(tree);
}

describe('canonicalLinks', () => {
  it("puts links to the site's pages and their old paths in the one URL form", () => {
    expect(canonicalLinks('<p><a href="/teaching">T</a> and <a href="/courses/#fall">C</a> and <a href="/about">me</a></p>', routes, '')).toBe(
      '<p><a href="/teaching/">T</a> and <a href="/teaching/#fall">C</a> and <a href="/">me</a></p>',
    );
  });

  it('leaves a fragment without a link to the site as it is, byte for byte', () => {
    const html = '<p>Text <a href="https://example.org/teaching">there</a> <a href="/files/cv.pdf">pdf</a> <a href="/teaching/">ok</a> <img src="/teaching"></p>';
    expect(canonicalLinks(html, routes, '')).toBe(html);
    expect(canonicalLinks('<p>no links</p>', routes, '')).toBe('<p>no links</p>');
    // Only links: another element's href (not HTML's) and an anchor without one stay as written.
    const others = '<div href="/teaching">x</div><a name="top">top</a><area href="/courses">';
    expect(canonicalLinks(others, routes, '')).toBe(others);
  });

  it('looks links up under the base path and keeps it', () => {
    expect(canonicalLinks('<a href="/repo/teaching">T</a><a href="/teaching">out</a><a href="/repo">home</a>', routes, '/repo')).toBe(
      '<a href="/repo/teaching/">T</a><a href="/teaching">out</a><a href="/repo/">home</a>',
    );
  });
});

describe('links in a rendered site', () => {
  it("send the owner's links to pages, items and old paths to their one URL, in the page bodies", () => {
    const root = folderWith({
      'content/site.yml': 'title: T\nurl: https://t.example.org\nauthor:\n  name: T\n',
      'content/profile.md': page('permalink: /\nredirect_from: /about/', 'See [teaching](/teaching), [the course](/courses), [a paper](/publication/one) and [me](/about).'),
      'content/pages/teaching.md': page('permalink: /teaching/\ntitle: Teaching\nredirect_from: /courses', 'Back [home](/about/).'),
      'content/publications/one.md': page('title: One\npermalink: /publication/one', 'Text.'),
    });
    const model = loadSiteModel({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {});
    const [home, teaching] = model.pages;
    expect(home?.bio).toBe(
      '<p>See <a href="/teaching/">teaching</a>, <a href="/teaching/">the course</a>, <a href="/publication/one/">a paper</a> and <a href="/">me</a>.</p>',
    );
    expect(teaching?.bio).toBe('<p>Back <a href="/">home</a>.</p>');
    expect(model.pages.map((rendered) => rendered.meta.permalink)).toEqual(['/', '/teaching/', '/publication/one/']);
  });
});
