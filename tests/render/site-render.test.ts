import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { warningText } from '../../lib/content/problems';
import { buildFeeds } from '../../lib/publish/feeds';
import { relativeFile, renderPage } from '../../lib/render/site-render';
import { loadSiteModel } from '../../lib/site-model';
import { folderWith, page, pageSource } from '../helpers';

const SITE = [
  'title: Ada',
  'url: https://ada.example.org',
  'author:',
  '  name: Ada Lovelace',
  'publication_category:',
  '  books:',
  '    title: Books',
  '  manuscripts:',
  '    title: Journal Articles',
  'collections:',
  '  talks:',
  '    output: false',
  'defaults:',
  '  - scope:',
  '      path: ""',
  '      type: posts',
  '    values:',
  '      author_profile: false',
  '',
].join('\n');

const PUBLICATIONS_PAGE = `{% for category in site.publication_category %}<h2>{{ category[1].title }}</h2>
{% for post in site.publications reversed %}{% if post.category != category[0] %}{% continue %}{% endif %}
  {% include archive-single.html %}
{% endfor %}{% endfor %}`;

function siteWith(files: Record<string, string>) {
  const root = folderWith({
    'content/site.yml': SITE,
    'content/profile.md': page('permalink: /', 'Hello.'),
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/${name}`, text])),
  });
  const folders = { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
  return { root, file: (name: string) => displayName(path.join(root, 'content', name)), load: () => loadSiteModel(folders, {}) };
}

const publications = {
  'publications/2020-a.md': page('title: Old paper\ncategory: books\ndate: 2020-01-01\nvenue: Press', 'First paragraph of A.\n\nSecond.'),
  'publications/2022-b.md': page('title: New paper\ncategory: manuscripts\ndate: 2022-05-01\nvenue: Nature\nexcerpt: Own *excerpt*\nauthors: [Ada Lovelace, Charles Babbage]', 'Body with $x^2$.'),
  'publications/2021-c.md': page('title: Middle paper\ncategory: manuscripts\ndate: 2021-05-01', 'C.'),
};

describe('a whole site, rendered', () => {
  it("runs academicpages' categorised publications loop over the items, newest first in each category", () => {
    const site = siteWith({ ...publications, 'pages/publications.html': page('permalink: /publications/\ntitle: Publications', PUBLICATIONS_PAGE) });
    const model = site.load();
    const list = model.pages.find((p) => p.meta.permalink === '/publications/');
    const html = list?.bio ?? '';
    const titles = [...html.matchAll(/<h2[^>]*>(?:<a [^>]*>)?([^<]+)/g)].map((match) => match[1]);
    expect(titles).toEqual(['Books', 'Old paper', 'Journal Articles', 'New paper', 'Middle paper']);
    expect(html).toContain('<div class="archive-excerpt"><p>First paragraph of A.</p></div>');
    expect(html).toContain('<div class="archive-excerpt"><p>Own <em>excerpt</em></p></div>');
    expect(html).not.toMatch(/\{[{%]/);
    expect(list?.format).toBe('html');
    expect(model.warnings).toEqual([]);
  });

  it('gives each item with output its page: title, meta, body, with the item facts', () => {
    const model = siteWith(publications).load();
    expect(model.pages.map((p) => p.meta.permalink)).toEqual(['/', '/publications/2020-a/', '/publications/2021-c/', '/publications/2022-b/']);
    const b = model.pages[3];
    expect(b?.item).toEqual({
      collection: 'publications',
      date: '2022-05-01',
      venue: 'Nature',
      location: undefined,
      type: undefined,
      category: 'manuscripts',
      paperurl: undefined,
      slidesurl: undefined,
      bibtexurl: undefined,
      citation: undefined,
      authors: ['Ada Lovelace', 'Charles Babbage'],
      tags: [],
      excerpt: '<p>Own <em>excerpt</em></p>',
    });
    expect(b?.math).toBe(1);
    expect(b?.bio).toMatch(/^<p>Body with <span class="katex">/);
    expect(model.mathStyles.size).toBeGreaterThan(0);
    expect(model.sources.map((s) => s.meta.permalink)).toEqual(model.pages.map((p) => p.meta.permalink));
  });

  it('keeps math as placeholders in an item\'s content, typeset once in the page that lists it', () => {
    const model = siteWith({ ...publications, 'pages/all.md': page('permalink: /all/', '{% for post in site.publications %}{{ post.content }}{% endfor %}') }).load();
    const all = model.pages.find((p) => p.meta.permalink === '/all/');
    expect(all?.math).toBe(1);
    expect(all?.bio).toContain('<span class="katex">');
    expect(all?.bio).not.toContain('data-math');
  });

  it("gives Liquid Jekyll's site: posts newest first, tags, data files, pages and collections", () => {
    const template = [
      'posts: {% for p in site.posts %}{{ p.title }} {% endfor %}',
      'tags: {% for t in site.tags %}{{ t[0] }}={{ t[1].size }} {% endfor %}',
      'data: {{ site.data.people.lead }} {{ site.data.team.members[1] }} {{ site.data.nested.deep.x }}',
      'pages: {{ site.pages | map: "url" | join: "," }}',
      'collections: {% for c in site.collections %}{{ c.label }}:{{ c.docs.size }}:{{ c.output }} {% endfor %}',
      'talks: {{ site.talks[0].title }} at {{ site.talks[0].url }}; site: {{ site.title }} {{ site.url }} [{{ site.baseurl }}]; page: {{ page.title }} {{ page.url }}',
    ].join('\n\n');
    const model = siteWith({
      'posts/2023-01-01-first.md': page('title: First\ntags: [a, b]', 'x'),
      'posts/2024-01-01-second.md': page('title: Second\ntags: a', 'y'),
      'talks/t.md': page('title: A talk\ndate: 2020-01-01', 'z'),
      '_data/people.yml': 'lead: Ada\n',
      '_data/team.json': '{"members": ["Ada", "Charles"]}',
      '_data/nested/deep.yml': 'x: 1\n',
      'pages/about-site.md': page('permalink: /about-site/\ntitle: About the site', template),
    }).load();
    const about = model.pages.find((p) => p.meta.permalink === '/about-site/');
    expect((about?.bio ?? '').split('\n')).toEqual([
      '<p>posts: Second First</p>',
      '<p>tags: a=2 b=1</p>',
      '<p>data: Ada Charles 1</p>',
      '<p>pages: /,/about-site/</p>',
      '<p>collections: publications:0:true talks:1:false teaching:0:true portfolio:0:true posts:2:true</p>',
      '<p>talks: A talk at /talks/t/; site: Ada <a href="https://ada.example.org">https://ada.example.org</a> []; page: About the site /about-site/</p>',
    ]);
    // talks have output: false, so no page; posts take the defaults.
    expect(model.pages.map((p) => p.meta.permalink)).toEqual(['/', '/about-site/', '/2023/01/01/first/', '/2024/01/01/second/']);
    expect(model.pages[2]?.meta.author_profile).toBe(false);
  });

  it("resolves Jekyll's {% post_url %} and {% link %} to the documents' URLs, and stops on one that does not exist", () => {
    const files = {
      'posts/2023-01-01-first.md': page('title: First', 'x'),
      'publications/p.md': page('title: P', 'y'),
      'pages/cv.md': page('permalink: /cv/\ntitle: CV', 'z'),
    };
    const body = '[first]({{ base_path }}{% post_url 2023-01-01-first %}) [p]({% link _publications/p.md %}) [cv]({% link _pages/cv.md %})';
    const model = siteWith({ ...files, 'pages/links.md': page('permalink: /links/', body) }).load();
    expect(model.pages.find((p) => p.meta.permalink === '/links/')?.bio).toBe(
      '<p><a href="/2023/01/01/first/">first</a> <a href="/publications/p/">p</a> <a href="/cv/">cv</a></p>',
    );
    const missing = siteWith({ ...files, 'pages/links.md': page('permalink: /links/', 'one\n{% post_url 2020-01-01-gone %}') });
    expect(missing.load).toThrow(`${missing.file('pages/links.md')}:5: expected a document of the site, found Liquid that fails: no post named "2020-01-01-gone" for {% post_url %}. Check the path (as in Jekyll: _posts/2024-01-01-title.md, _pages/cv.md) or the post name`);
  });

  it('warns about a publication whose category publication_category does not list', () => {
    const site = siteWith({ 'publications/p.md': page('title: P\ncategory: letters', 'x') });
    expect(site.load().warnings.map(warningText)).toEqual([
      `${site.file('publications/p.md')}:3: category "letters" is not in publication_category in site.yml, so academicpages' publications loop leaves this paper out; add it there with a title`,
    ]);
  });

  it('serves an index.html permalink at its folder and at the file, and moves the second of two pages at one route', () => {
    const model = siteWith({ 'pages/lab.md': page('permalink: /lab/index.html\ntitle: Lab', 'Lab') }).load();
    const lab = model.pages[1];
    expect([lab?.meta.permalink, lab?.aliases]).toEqual(['/lab/', ['/lab/index.html']]);
    const clash = siteWith({ 'pages/pubs.md': page('permalink: /publications/p/', 'x'), 'publications/p.md': page('title: P', 'y') });
    expect(clash.load().pages.map((p) => p.meta.permalink)).toEqual(['/', '/publications/p/', '/publications/p-2/']);
    expect(clash.load().warnings.map(warningText)).toEqual([
      `${clash.file('publications/p.md')}:2: \`permalink\`: ${clash.file('pages/pubs.md')} is at /publications/p/ too, and Jekyll writes only one of them there; this page is at /publications/p-2/ instead`,
    ]);
  });

  it('stops on a data file that is not valid JSON, naming its line', () => {
    const site = siteWith({ '_data/cv.json': '{\n  "basics": {\n    "name": "Ada",\n  }\n}' });
    expect(site.load).toThrow(new RegExp(`^${site.file('_data/cv.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4: expected valid JSON, found a mistake in the JSON \\(JSON: `));
  });

  it('puts posts in the feeds with the news, newest first, each linking to its page', () => {
    const model = siteWith({
      'profile.md': page('permalink: /', '## News\n\n- 2023-06-01: a talk\n- 2021-01-01: a prize'),
      'posts/2022-02-02-hello.md': page('title: Hello "world"', 'Post *body*.'),
    }).load();
    const feeds = buildFeeds(model.site, model.pages[0] ?? { sections: [] }, model.pages);
    expect(feeds.entries.map((entry) => [entry.title, entry.link, entry.date.toISOString().slice(0, 10)])).toEqual([
      ['a talk', 'https://ada.example.org/#news', '2023-06-01'],
      ['Hello "world"', 'https://ada.example.org/2022/02/02/hello/', '2022-02-02'],
      ['a prize', 'https://ada.example.org/#news', '2021-01-01'],
    ]);
    expect(feeds.entries[1]?.html).toBe('<p>Post <em>body</em>.</p>');
    expect(feeds.atom).toContain('<link href="https://ada.example.org/2022/02/02/hello/"/>');
    expect(feeds.atom).toContain('<title type="html"><![CDATA[Hello &#34;world&#34;]]></title>');
  });
});

describe('a whole site, rendered: its items and pages at their edges', () => {
  it("gives an item's page its sanitised citation, its authors from author when it has no authors, and no excerpt without a paragraph", () => {
    const model = siteWith({
      'publications/p.md': page('title: P\ncategory: books\ncitation: \'A <script>x()</script><b>B</b>\'\nauthor: Ada Lovelace', '- only\n- a list'),
    }).load();
    const item = model.pages.find((p) => p.meta.permalink === '/publications/p/')?.item;
    expect(item?.citation).toBe('A <b>B</b>');
    expect(item?.authors).toEqual(['Ada Lovelace']);
    expect(item?.excerpt).toBe('');
  });

  it("warns about categories only for publications, and only when publication_category lists some", () => {
    const talk = siteWith({ 'talks/t.md': page('title: T\ncategory: letters', 'x'), 'publications/p.md': page('title: P\ncategory: books', 'y') });
    expect(talk.load().warnings).toEqual([]);
    const root = folderWith({ 'content/site.yml': 'title: B\nurl: https://b.example.org\nauthor:\n  name: B\n', 'content/profile.md': page('permalink: /', 'x'), 'content/publications/p.md': page('title: P\ncategory: letters', 'y') });
    expect(loadSiteModel({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {}).warnings).toEqual([]);
  });

  it('stops on an item whose Liquid fails, naming the item', () => {
    const site = siteWith({ 'publications/p.md': page('title: P\ncategory: books', 'a {{ x') });
    expect(site.load).toThrow(`${site.file('publications/p.md')}:5: expected valid Liquid, found Liquid that fails: output "{{ x" not closed.`);
  });

  it("serves no page that redirects, typesets with kramdown's typography where site.yml asks for it, and warns about TeX KaTeX cannot read", () => {
    const site = siteWith({
      'site.yml': `${SITE}typographer: true\n`,
      'pages/old.md': page('permalink: /old/\nredirect_to: https://elsewhere.example.org/', 'gone'),
      'pages/x.md': page('permalink: /x/\nselected_papers: true', '{{ "a -- \\"b\\"" | markdownify }}\n\n$\\frac{$'),
      'publications/p.md': page('title: P\ncategory: books\nexcerpt: "c -- d"', 'y'),
    });
    const model = site.load();
    expect(model.pages.map((p) => p.meta.permalink)).toEqual(['/', '/x/', '/publications/p/']);
    const x = model.pages[1];
    expect(x?.bio).toMatch(/^<p>a – “b”<\/p>\n<p><code class="math-error">/);
    expect(x?.sections).toEqual([]);
    expect(model.pages[2]?.item?.excerpt).toBe('<p>c – d</p>');
    expect(model.warnings.map(warningText)).toEqual([expect.stringMatching(new RegExp(`^${site.file('pages/x.md').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: math that KaTeX cannot typeset, shown as TeX: "\\\\\\\\frac\\{"`))]);
  });
});

describe('an HTML page of a site', () => {
  it('is read as HTML after its Liquid, blank lines and markdown syntax kept as written', () => {
    const model = siteWith({ 'pages/h.html': page('permalink: /h/', '{% if true %}<div>\n\n  *x*\n\n</div>{% endif %}') }).load();
    expect(model.pages.find((p) => p.meta.permalink === '/h/')?.bio).toBe('<div>\n\n  *x*\n\n</div>');
  });
});

describe('one page on its own (renderPage)', () => {
  it("runs its Liquid with example.org, no base path and markdownify; counts its code and keeps its format and no aliases", () => {
    const source = pageSource('content/pages/one.md', { permalink: '/one/' }, { body: '{{ site.url | replace: "https://", "" }}|{{ site.baseurl }}|{{ "*a*" | markdownify }}\n\n```js\nlet a;\n```' });
    const one = renderPage(source);
    expect(one.bio).toMatch(/^<p>example\.org\|\|<\/p><p><em>a<\/em><\/p><p><\/p>\n<pre class="highlight"><code class="language-js">/);
    expect([one.code, one.format, one.aliases, one.warnings]).toEqual([1, 'markdown', [], []]);
    const plain = renderPage(pageSource('content/pages/two.md', { permalink: '/two/' }, { body: 'text' }));
    expect('code' in plain).toBe(false);
  });
});

describe('relativeFile', () => {
  it("finds a file beside the page, or for a page of content/pages/ where the importer put Jekyll's copied files", () => {
    const root = folderWith({
      'content/pages/sub/p.md': 'x',
      'content/pages/sub/beside.md': 'b',
      'content/notes/n.md': 'x',
      'content/profile.md': 'x',
      'public/_pages/sub/copied.md': 'c',
      'public/sub/served.md': 's',
      'public/notes/other.md': 'o',
      'public/top.md': 't',
    });
    const content = path.join(root, 'content');
    const pub = path.join(root, 'public');
    const find = (page: string, name: string, publicDir: string | null = pub) => {
      const found = relativeFile(path.join(content, page), name, content, publicDir ?? undefined);
      return found === null ? null : path.relative(root, found);
    };
    expect(find('pages/sub/p.md', 'beside.md')).toBe(path.join('content', 'pages', 'sub', 'beside.md'));
    expect(find('pages/sub/p.md', 'copied.md')).toBe(path.join('public', '_pages', 'sub', 'copied.md'));
    expect(find('pages/sub/p.md', 'served.md')).toBe(path.join('public', 'sub', 'served.md'));
    expect(find('pages/sub/p.md', 'copied.md', null)).toBeNull();
    expect(find('pages/sub/p.md', 'sub')).toBeNull();
    // Pages outside content/pages/ look only beside themselves.
    expect(find('notes/n.md', 'other.md')).toBeNull();
    expect(find('profile.md', 'top.md')).toBeNull();
  });
});
