import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BibEntry } from '../lib/content/bibliography';
import { ContentErrors } from '../lib/content/problems';
import { loadSiteModel, loadSiteRoutes, paperEntries, readSiteModel } from '../lib/site-model';
import { pageAt } from '../lib/content/routes';
import { folderWith, page, pageSource, siteFrom, withProblems } from './helpers';

/** A site of the given files (site.yml and a home page unless given), read by the one loader. */
function site(files: Record<string, string>) {
  const root = folderWith({ 'content/site.yml': 'url: https://a.example.org\nauthor:\n  name: Ada\n', 'content/profile.md': page('permalink: /', 'Hello.'), ...files });
  return { root, folders: { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') } };
}

const modelOf = (files: Record<string, string>) => {
  const { folders } = site(files);
  const read = withProblems((problems) => readSiteModel(folders, {}, problems));
  if (read.value === null) throw new Error('the site did not build');
  return { model: read.value, warnings: read.warnings };
};

describe("the sidebar from al-folio's profile: block", () => {
  const about = (profile: string) => page(`permalink: /\nprofile:\n${profile}`, 'Hi.');

  it('takes the photo from assets/img/, an address, or a site path or URL as written', () => {
    expect(modelOf({ 'content/profile.md': about('  image: me.jpg\n  address: <b>Room</b> 1<script>x()</script>'), 'public/assets/img/me.jpg': 'j' }).model.site.author).toMatchObject({ avatar: '/assets/img/me.jpg', moreInfo: '<b>Room</b> 1' });
    expect(modelOf({ 'content/profile.md': about('  image: /photos/me.jpg'), 'public/photos/me.jpg': 'j' }).model.site.author.avatar).toBe('/photos/me.jpg');
    expect(modelOf({ 'content/profile.md': about('  image: HTTPS://cdn.example.org/me.jpg') }).model.site.author.avatar).toBe('HTTPS://cdn.example.org/me.jpg');
    expect(modelOf({ 'content/profile.md': about('  image: http://cdn.example.org/me.jpg') }).model.site.author.avatar).toBe('http://cdn.example.org/me.jpg');
    expect(modelOf({ 'content/profile.md': about('  image: photos/me.jpg'), 'public/assets/img/photos/me.jpg': 'j' }).model.site.author.avatar).toBe('/assets/img/photos/me.jpg');
  });

  it("keeps site.yml's avatar over the profile's photo, and adds no address when there is none", () => {
    const { model, warnings } = modelOf({
      'content/site.yml': 'url: https://a.example.org\nauthor:\n  name: Ada\n  avatar: own.png\n',
      'public/images/own.png': 'p',
      'content/profile.md': about('  image: gone.jpg'),
    });
    expect(model.site.author.avatar).toBe('/images/own.png');
    expect(model.site.author).not.toHaveProperty('moreInfo');
    expect(warnings).toEqual([]);
  });

  it('leaves the author as site.yml gives it without a profile block', () => {
    const { model } = modelOf({ 'content/profile.md': page('permalink: /\nprofile:', 'Hi.') });
    expect(model.site.author.avatar).toBeNull();
    expect(model.site.author).not.toHaveProperty('moreInfo');
  });
});

describe('paperEntries', () => {
  const entry = (key: string): BibEntry => ({ key, type: 'article', file: 'x', source: 'x.bib', line: 1, index: 0, fields: {}, authors: [], editors: [], etAl: false, title: key, year: null, month: null, bibtex: '' });
  const bibliographies = new Map([
    ['papers', [entry('p')]],
    ['papers_BAK', [entry('bak')]],
    ['talks', [entry('t')]],
    ['more', [entry('m')]],
    ['other', [entry('o')]],
  ]);
  const pageWith = (body: string) => pageSource('x.md', { permalink: '/x/' }, { body });

  it('takes the bibliography the site names, and the files pages list with --file or -f, in any quoting', () => {
    const config = siteFrom('').load();
    expect(paperEntries(config, bibliographies, []).map((one) => one.key)).toEqual(['p']);
    const pages = [pageWith('{% bibliography --file talks.bib %}'), pageWith('{%- bibliography --query @article -f "more" %}'), pageWith("{%bibliography  --file\t'other.BIB' %}")];
    expect(paperEntries(config, bibliographies, pages).map((one) => one.key)).toEqual(['p', 't', 'm', 'o']);
    expect(paperEntries({ ...config, scholar: { ...config.scholar, bibliography: 'talks' } }, bibliographies, []).map((one) => one.key)).toEqual(['t']);
  });

  it('does not take a file named elsewhere than in a bibliography tag', () => {
    const config = siteFrom('').load();
    expect(paperEntries(config, bibliographies, [pageWith('{% cite x --file talks %} {% bibliography_count -f more %} --file other')]).map((one) => one.key)).toEqual(['p']);
  });
});

describe('loadSiteRoutes', () => {
  it('gives each listed entry its own page, at /publications/<key>/ unless another page is there', () => {
    const { folders } = site({ 'content/bibliography/papers.bib': '@article{one, title={One}}\n@article{two, title={Two}}\n', 'content/pages/taken.md': page('permalink: /publications/two/', 'Mine.') });
    const read = withProblems((problems) => loadSiteRoutes(folders, {}, problems));
    const papers = read.value.papers.map((one) => [one.key, one.page]);
    expect(papers[0]).toEqual(['one', '/publications/one/']);
    expect(papers[1]?.[0]).toBe('two');
    expect(papers[1]?.[1]).toMatch(/^\/publications\/two.+/);
    expect(read.value.sources.find((source) => source.meta.permalink === '/publications/one/')).toMatchObject({ meta: { title: 'One', author_profile: true, redirect_from: [] }, body: '' });
    expect(read.value.bibliographies.get('papers')?.map((one) => one.page)).toEqual(papers.map(([, where]) => where));
  });

  it('makes no paper pages when scholar.pages is off', () => {
    const { folders } = site({ 'content/site.yml': 'url: https://a.example.org\nscholar:\n  pages: false\n', 'content/bibliography/papers.bib': '@article{one, title={One}}\n' });
    const routes = withProblems((problems) => loadSiteRoutes(folders, {}, problems)).value;
    expect(routes.papers.map((one) => one.page)).toEqual([undefined]);
    expect(routes.sources.map((source) => source.meta.permalink)).toEqual(['/']);
  });

  it('moves the second of two items at one URL, in the collection and in the route table', () => {
    const { folders } = site({
      'content/site.yml': 'url: https://a.example.org\ncollections:\n  notes:\n    output: true\n    permalink: /notes/:title/\n',
      'content/notes/a.md': page('title: A\npermalink: /notes/same/', 'A'),
      'content/notes/b.md': page('title: B\npermalink: /notes/same/', 'B'),
    });
    const read = withProblems((problems) => loadSiteRoutes(folders, {}, problems));
    const notes = read.value.collections.get('notes')?.map((item) => item.meta.permalink) ?? [];
    expect(new Set(notes).size).toBe(2);
    expect(notes[0]).toBe('/notes/same/');
    for (const permalink of notes) expect(pageAt(read.value.routes, permalink)?.meta.permalink).toBe(permalink);
  });

  it("takes the menu from site.yml's nav, else from the pages' nav: true, each at its page's one URL", () => {
    const { folders } = site({ 'content/pages/cv.md': page('title: CV\npermalink: /cv/\nnav: true\nnav_order: 2', 'CV'), 'content/pages/lab.md': page('title: Lab\npermalink: /lab/\nnav: true\nnav_order: 1', 'Lab') });
    expect(withProblems((problems) => loadSiteRoutes(folders, {}, problems)).value.site.nav.map((item) => [item.title, item.url])).toEqual([
      ['about', '/'],
      ['Lab', '/lab/'],
      ['CV', '/cv/'],
    ]);
    const listed = site({ 'content/site.yml': 'url: https://a.example.org\nnav:\n  - title: Resume\n    url: /cv\n', 'content/pages/cv.md': page('title: CV\npermalink: /cv/\nnav: true', 'CV') });
    expect(withProblems((problems) => loadSiteRoutes(listed.folders, {}, problems)).value.site.nav.map((item) => [item.title, item.url])).toEqual([['Resume', '/cv/']]);
  });

  it('serves no page that redirects, and redirects its URL', () => {
    const { folders } = site({ 'content/pages/old.md': page('title: Old\npermalink: /old/\nredirect_to: https://elsewhere.example.org/', 'Old') });
    const routes = withProblems((problems) => loadSiteRoutes(folders, {}, problems)).value;
    expect(routes.sources.map((source) => source.meta.permalink)).toEqual(['/']);
    expect(routes.redirects).toContainEqual(expect.objectContaining({ from: '/old', to: 'https://elsewhere.example.org/' }));
  });
});

describe('loadSiteRoutes at its edges', () => {
  const routesOf = (files: Record<string, string>) => withProblems((problems) => loadSiteRoutes(site(files).folders, {}, problems));

  it('serves no item of a collection without output, and no post dated later than today unless future: true', () => {
    const files = {
      'content/site.yml': 'url: https://a.example.org\nauthor:\n  name: Ada\ncollections:\n  notes:\n    output: false\n',
      'content/notes/a.md': page('title: A', 'A'),
      'content/posts/2999-01-01-later.md': page('title: Later', 'L'),
    };
    expect(routesOf(files).value.sources.map((source) => source.meta.permalink)).toEqual(['/']);
    const future = routesOf({ ...files, 'content/site.yml': `${files['content/site.yml']}future: true\n` });
    expect(future.value.sources.map((source) => source.meta.permalink)).toEqual(['/', '/2999/01/01/later/']);
  });

  it("gives the pages as they were settled, a second page at one URL moved, and a dropdown's entries at their pages' one URL", () => {
    const { value } = routesOf({
      'content/pages/more.md': page('title: More\npermalink: /more/\nnav: true\ndropdown: true\nchildren:\n  - title: CV\n    permalink: /cv', 'M'),
      'content/pages/a.md': page('title: A\npermalink: /cv/', 'A'),
      'content/pages/b.md': page('title: B\npermalink: /cv/', 'B'),
    });
    expect(value.pages.map((one) => one.meta.permalink)).toEqual(['/', '/cv/', '/b.html', '/more/']);
    expect(value.site.nav).toEqual([
      { title: 'about', url: '/', external: false },
      { title: 'More', url: '/cv/', external: false, children: [{ title: 'CV', url: '/cv/', external: false }] },
    ]);
  });

  it("says which profile image is missing, on its line", () => {
    const { warnings } = modelOf({ 'content/profile.md': page('permalink: /\nprofile:\n  image: gone.jpg', 'Hi.') });
    expect(warnings).toEqual([expect.stringMatching(/profile\.md:4: `profile\.image`: expected an image at .*public\/assets\/img\/gone\.jpg, found no such file; the sidebar shows your initials$/)]);
  });
});

describe('the CV of a site', () => {
  const RESUME = JSON.stringify({ basics: { name: 'Ada' }, work: [{ company: 'Engine Co', position: 'Analyst' }] });
  const cvPage = page('permalink: /cv/\ntitle: CV', '{{ site.data.cv.basics.name }} / {{ site.data.cv.work[0].name }}');
  const text = (model: ReturnType<typeof modelOf>['model']) => model.pages.find((one) => one.meta.permalink === '/cv/')?.bio;

  it("reads academicpages' cv.json with the older names, and al-folio's resume.json when there is no other", () => {
    expect(text(modelOf({ 'content/_data/cv.json': RESUME, 'content/pages/cv.md': cvPage }).model)).toBe('<p>Ada / Engine Co</p>');
    expect(text(modelOf({ 'public/assets/json/resume.json': RESUME, 'content/pages/cv.md': cvPage }).model)).toBe('<p>Ada / Engine Co</p>');
  });

  it("keeps a cv.yml over al-folio's resume.json", () => {
    expect(text(modelOf({ 'public/assets/json/resume.json': RESUME, 'content/_data/cv.yml': 'basics:\n  name: Yaml\n', 'content/pages/cv.md': cvPage }).model)).toBe('<p>Yaml /</p>');
  });
});

describe('loadSiteModel', () => {
  it('throws every error at once', () => {
    const { folders } = site({ 'content/pages/a.md': '---\nhello\n---\nA\n', 'content/publications/b.md': page('title: B\ndate: 2024-02-30', 'B') });
    expect(() => loadSiteModel(folders, {})).toThrow(ContentErrors);
    try {
      loadSiteModel(folders, {});
    } catch (error) {
      expect(error instanceof ContentErrors ? error.errors.map((one) => one.file.replace(/^.*\//, '')) : []).toEqual(['a.md', 'b.md']);
    }
  });
});
