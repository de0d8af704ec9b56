import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alFolioSocials, isBlankTitle, nameFromParts, navFromPages } from '../../lib/content/al-folio';
import { archivePages, archiveSlug, paginate } from '../../lib/content/generated-pages';
import { Problems, warningText } from '../../lib/content/problems';
import type { ItemSource, PageSource } from '../../lib/model';
import { itemSchema } from '../../lib/content/schemas';
import { loadSiteRoutes } from '../../lib/site-model';
import { folderWith, page, siteFrom, strictly } from '../helpers';

function source(permalink: string, data: Record<string, unknown> = {}, file = `${permalink}.md`): PageSource {
  const { title = '', ...rest } = data;
  return { file, meta: { permalink, title: typeof title === 'string' ? title : '', author_profile: true, redirect_from: [], ...rest }, data, body: '', bodyLine: 1, lineOf: () => undefined };
}

function post(slug: string, date: string, tags: string[] = [], categories: string[] = []): ItemSource {
  return {
    ...source(`/blog/${slug}/`, { title: slug }),
    collection: 'posts',
    relativePath: `_posts/${date}-${slug}.md`,
    slug,
    date: new Date(`${date}T00:00:00Z`),
    output: true,
    meta: itemSchema.parse({ permalink: `/blog/${slug}/`, title: slug, tags, categories }),
  };
}

describe("al-folio's name and title", () => {
  it('makes the name from first, middle and last name, and reads title: blank as "the name"', () => {
    expect(nameFromParts({ first_name: 'Mira', middle_name: 'K.', last_name: 'Osei' })).toBe('Mira K. Osei');
    expect(nameFromParts({ first_name: 'Mira', last_name: ' Osei ' })).toBe('Mira Osei');
    expect(nameFromParts({ first_name: '', last_name: null })).toBeUndefined();
    expect([isBlankTitle('blank'), isBlankTitle(' Blank '), isBlankTitle(undefined), isBlankTitle('Lab')]).toEqual([true, true, true, false]);
    const { read } = siteFrom('title: blank\nfirst_name: Mira\nmiddle_name: K.\nlast_name: Osei\nlang: pt_BR\n');
    expect(read().value.title).toBe('Mira K. Osei');
    expect(read().value.author.name).toBe('Mira K. Osei');
    expect(read().value.author.initials).toBe('MO');
    expect(read().value.locale).toBe('pt-BR');
    expect(read().warnings).toEqual([]);
    // academicpages' own keys win.
    expect(siteFrom('title: Lab\nfirst_name: Mira\nauthor:\n  name: Dr Osei\n').read().value).toMatchObject({ title: 'Lab', author: { name: 'Dr Osei' } });
  });
});

describe("al-folio's socials", () => {
  const where = { file: 'socials.yml', lineOf: () => 3 };

  it('links every key al-folio knows, with the networks this site has icons for, in al-folio\'s order', () => {
    const problems = new Problems();
    const links = alFolioSocials({ github_username: 'mira', email: 'm@example.org', scholar_userid: 'qc6CJjYAAAAJ', dblp_url: 'https://dblp.org/pid/1/2.html', kaggle_id: 'mira', cv_pdf: '/assets/pdf/cv.pdf', rss_icon: true, unknown_key: 'x' }, where, problems);
    expect(links).toEqual([
      { network: 'email', label: 'Email', href: 'mailto:m@example.org' },
      { network: 'googlescholar', label: 'Google Scholar', href: 'https://scholar.google.com/citations?user=qc6CJjYAAAAJ' },
      { network: 'github', label: 'GitHub', href: 'https://github.com/mira' },
      { network: 'link', label: 'DBLP', href: 'https://dblp.org/pid/1/2.html' },
      { network: 'link', label: 'Kaggle', href: 'https://www.kaggle.com/mira' },
      { network: 'link', label: 'CV', href: '/assets/pdf/cv.pdf' },
      { network: 'link', label: 'RSS', href: '/feed.xml' },
    ]);
    expect(problems.sortedWarnings()).toEqual([]);
  });

  it('leaves out a value that makes no address, and says so; keeps custom_social entries', () => {
    const problems = new Problems();
    const links = alFolioSocials({ github_username: 'not a name', work_url: 'nope', custom_social: { my_lab: { url: 'https://lab.example.org', logo: 'x.png' }, broken: { url: 'ftp://x' } } }, where, problems);
    expect(links).toEqual([{ network: 'link', label: 'my lab', href: 'https://lab.example.org' }]);
    expect(problems.sortedWarnings().map(warningText)).toEqual([
      'socials.yml:3: `github_username`: expected a user name, id or https:// address, found "not a name"; left out of your profiles',
      'socials.yml:3: `work_url`: expected an https:// address or a /path, found "nope"; left out of your profiles',
    ]);
  });

  it('reads _data/socials.yml before the older keys of the config, and adds them to the author block without twins', () => {
    const { read } = siteFrom('author:\n  name: A\n  github: mira\ngithub_username: old-name\n', { 'content/_data/socials.yml': 'github_username: mira\norcid_id: 0000-0002-1825-0097\n' });
    expect(read().value.author.links.map((link) => link.href)).toEqual(['https://github.com/mira', 'https://orcid.org/0000-0002-1825-0097']);
    const older = siteFrom('author:\n  name: A\ngithub_username: old-name\n').read().value.author.links;
    expect(older.map((link) => link.href)).toEqual(['https://github.com/old-name']);
  });

  it('says a wrong value in _data/socials.yml with that file and its line', () => {
    const { read } = siteFrom('author:\n  name: A\n', { 'content/_data/socials.yml': 'orcid_id: 0000-0002-1825-0097\ngithub_username: not a name\n' });
    const { value, warnings } = read();
    expect(value.author.links.map((link) => link.href)).toEqual(['https://orcid.org/0000-0002-1825-0097']);
    expect(warnings).toEqual([expect.stringMatching(/content\/_data\/socials\.yml:2: `github_username`: expected a user name, id or https:\/\/ address, found "not a name"; left out of your profiles$/)]);
  });
});

describe("al-folio's menu", () => {
  it('lists the home page, then the pages with nav: true by nav_order, dropdowns with their children', () => {
    const pages = [
      source('/', { title: 'about' }),
      source('/cv/', { title: 'cv', nav: true, nav_order: 3 }),
      source('/blog/', { title: 'blog', nav: true, nav_order: 1 }),
      source('/hidden/', { title: 'hidden', nav: false }),
      source('/last/', { title: 'unordered', nav: true }),
      source('/more.html', { title: 'more', nav: true, nav_order: 2, dropdown: true, children: [{ title: 'news', permalink: '/news/' }, { title: 'divider' }, { title: 'code', permalink: '/repositories/' }] }),
    ];
    expect(navFromPages(pages)).toEqual([
      { title: 'about', url: '/', external: false },
      { title: 'blog', url: '/blog/', external: false },
      { title: 'more', url: '/news/', external: false, children: [{ title: 'news', url: '/news/', external: false }, { title: 'code', url: '/repositories/', external: false }] },
      { title: 'cv', url: '/cv/', external: false },
      { title: 'unordered', url: '/last/', external: false },
    ]);
    expect(navFromPages([source('/', { title: 'about' }), source('/a/', { title: 'a' })])).toEqual([]);
  });

  it("comes from the pages only when site.yml has no nav:, each link in the page's one URL form", () => {
    const root = folderWith({
      'content/site.yml': 'url: https://a.org\nauthor:\n  name: A\n',
      'content/profile.md': page('permalink: /\ntitle: about'),
      'content/pages/blog.md': page('permalink: /blog\ntitle: blog\nnav: true\nnav_order: 1'),
    });
    const folders = { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
    expect(strictly((problems) => loadSiteRoutes(folders, {}, problems)).site.nav.map((item) => item.url)).toEqual(['/', '/blog/']);
  });
});

describe('pages plugins make', () => {
  const base = siteFrom('author:\n  name: A\n').load();
  const site = (data: Record<string, unknown>) => ({ ...base, data });
  const posts = [post('a', '2024-01-01', ['ecology', 'Field Work']), post('b', '2024-06-01', ['ecology'], ['models']), post('c', '2023-03-01'), post('d', '2023-04-01'), post('e', '2022-05-01')];

  it('paginates a page with pagination: enabled, when the site turns jekyll-paginate-v2 on', () => {
    const blog = source('/blog/', { title: 'blog', pagination: { enabled: true, per_page: 2, permalink: '/page/:num/' } });
    const collections = new Map([['posts', posts]]);
    const paged = paginate([blog], collections, site({ pagination: { enabled: true } }));
    expect(paged.map((one) => one.meta.permalink)).toEqual(['/blog/', '/blog/page/2/', '/blog/page/3/']);
    expect(paged.map((one) => (one.generated?.kind === 'pagination' ? one.generated.pagination.page : 0))).toEqual([1, 2, 3]);
    // The site's own settings apply under the page's; without the site's switch, nothing is paginated.
    expect(paginate([source('/b/', { pagination: { enabled: true } })], collections, site({ pagination: { enabled: true, per_page: 4, permalink: '/p:num/' } })).map((one) => one.meta.permalink)).toEqual(['/b/', '/b/p2/']);
    expect(paginate([blog], collections, site({})).map((one) => one.meta.permalink)).toEqual(['/blog/']);
  });

  it("gives each numbered page its list's settings, and only page 1 the list page's old paths", () => {
    const collections = new Map([['posts', posts], ['projects', posts.slice(0, 3)]]);
    const list = { ...source('/work/index.html', { title: 'work', pagination: { enabled: true, collection: 'projects', per_page: 2, sort_field: 'date', sort_reverse: true, permalink: 'p/:num' } }), aliases: ['/work/'] };
    const paged = paginate([{ ...list, meta: { ...list.meta, redirect_from: ['/old-work/'] } }], collections, site({ pagination: { enabled: true, per_page: 'many' } }));
    expect(paged.map((one) => one.meta.permalink)).toEqual(['/work/index.html', '/work/p/2']);
    expect(paged.map((one) => one.meta.redirect_from)).toEqual([['/old-work/'], []]);
    expect(paged.map((one) => one.aliases)).toEqual([['/work/'], []]);
    expect(paged[1]?.generated).toEqual({ kind: 'pagination', pagination: { page: 2, total: 2, collection: 'projects', perPage: 2, sortField: 'date', sortReverse: true, permalinks: ['/work/index.html', '/work/p/2'] } });
    // An empty list is one page; a page without pagination: enabled stays as it is.
    expect(paginate([source('/none/', { pagination: { enabled: true, collection: 'nothing' } }), source('/plain/', { pagination: { enabled: 'yes' } })], collections, site({ pagination: { enabled: true } })).map((one) => [one.meta.permalink, one.generated?.kind])).toEqual([
      ['/none/', 'pagination'],
      ['/plain/', undefined],
    ]);
  });

  it('makes archive pages from what each names, as jekyll-archives does, and ignores what it does not know', () => {
    const pages = archivePages(posts, site({ 'jekyll-archives': { enabled: ['tags', 'months', 7], permalinks: { tag: 'topics/:name/' } } }), 'site.yml');
    expect(pages.map((one) => one.meta.permalink)).toEqual(['/topics/ecology/', '/topics/field-work/']);
    expect(pages[0]).toMatchObject({ file: 'site.yml', meta: { title: 'ecology', author_profile: false, redirect_from: [] }, data: { layout: 'archive-tag', title: 'ecology', type: 'tag' }, body: '' });
    expect(archivePages(posts, site({ 'jekyll-archives': { enabled: 'tags' } }), 'site.yml')).toEqual([]);
    expect(archiveSlug('--Déjà vu!--')).toBe('déjà-vu');
  });

  it("makes jekyll-archives' year, tag and category pages, newest first, at their permalinks", () => {
    const pages = archivePages(posts, site({ 'jekyll-archives': { enabled: ['year', 'tags', 'categories'], permalinks: { tag: '/blog/tag/:name/', year: '/blog/:year/' } } }), 'site.yml');
    expect(pages.map((one) => one.meta.permalink)).toEqual(['/blog/2024/', '/blog/2023/', '/blog/2022/', '/blog/tag/ecology/', '/blog/tag/field-work/', '/category/models/']);
    const ecology = pages.find((one) => one.meta.title === 'ecology');
    expect(ecology?.generated?.kind === 'archive' ? ecology.generated.posts.map((one) => one.slug) : []).toEqual(['b', 'a']);
    expect(archivePages(posts, site({ 'jekyll-archives': { enabled: 'all' } }), 'site.yml')).toHaveLength(6);
    expect(archivePages(posts, site({}), 'site.yml')).toEqual([]);
    expect(archiveSlug('Machine Learning & AI')).toBe('machine-learning-ai');
  });

  it("reads jekyll-archives-v2's settings, per collection, with :type in the permalinks", () => {
    const v2 = { 'jekyll-archives': { posts: { enabled: ['year', 'tags', 'categories'], permalinks: { year: '/blog/:year/', tags: '/blog/:type/:name/', categories: '/blog/:type/:name/' } } } };
    expect(archivePages(posts, site(v2), 'site.yml').map((one) => one.meta.permalink)).toEqual(['/blog/2024/', '/blog/2023/', '/blog/2022/', '/blog/tag/ecology/', '/blog/tag/field-work/', '/blog/category/models/']);
  });
});

describe('pages plugins make, at their edges', () => {
  const base = siteFrom('author:\n  name: A\n').load();
  const site = (data: Record<string, unknown>) => ({ ...base, data });
  const on = site({ pagination: { enabled: true } });
  const many = (count: number) => Array.from({ length: count }, (_unused, index) => post(`p${index}`, `2024-01-${String(index + 1).padStart(2, '0')}`));
  const permalinks = (pages: readonly PageSource[]) => pages.map((one) => one.meta.permalink);

  it('takes 10 a page unless per_page is a whole number above 0, and counts only the items that have pages', () => {
    const collections = new Map([['posts', [...many(11), { ...post('draft', '2024-02-01'), output: false }]]]);
    expect(permalinks(paginate([source('/b/', { pagination: { enabled: true } })], collections, on))).toEqual(['/b/', '/b/page/2/']);
    for (const perPage of [0, -5, 2.5, '3']) expect(permalinks(paginate([source('/b/', { pagination: { enabled: true, per_page: perPage } })], collections, on)), String(perPage)).toEqual(['/b/', '/b/page/2/']);
    expect(permalinks(paginate([source('/b/', { pagination: { enabled: true, per_page: 11 } })], collections, on))).toEqual(['/b/']);
    expect(permalinks(paginate([source('/b/', { pagination: { enabled: true, per_page: 1, collection: '  ' } })], new Map([['posts', many(2)]]), on))).toEqual(['/b/', '/b/page/2/']);
  });

  it("puts the numbered pages under the list page's folder, whatever its index file or slashes, and the pattern trimmed", () => {
    const two = new Map([['posts', many(2)]]);
    const numbered = (permalink: string, pattern: unknown) => permalinks(paginate([source(permalink, { pagination: { enabled: true, per_page: 1, permalink: pattern } })], two, on))[1];
    expect(numbered('/blog/index.htm', '/page/:num/')).toBe('/blog/page/2/');
    expect(numbered('/blog/index.html', ' //p/:num// ')).toBe('/blog/p/2/');
    expect(numbered('/blog', 'p:num.html')).toBe('/blog/p2.html');
    expect(numbered('/', '/page/:num/')).toBe('/page/2/');
    expect(numbered('/blog/', '')).toBe('/blog/page/2/');
    expect(numbered('/blog/', 5)).toBe('/blog/page/2/');
  });

  it("sorts nothing by itself: no sort field, not reversed, unless the settings say so", () => {
    const [first] = paginate([source('/b/', { pagination: { enabled: true, sort_field: ' title ', sort_reverse: 'yes' } })], new Map([['posts', many(1)]]), on);
    expect(first?.generated).toEqual({ kind: 'pagination', pagination: { page: 1, total: 1, collection: 'posts', perPage: 10, sortField: 'title', sortReverse: false, permalinks: ['/b/'] } });
  });

  it('lists only published posts in the archives, a post without a date in no year, and takes the top settings over a posts block when both are there', () => {
    const posts = [post('a', '2024-01-01', ['x']), { ...post('b', '2024-06-01', ['x']), output: false }, { ...post('c', '2023-01-01', ['x']), date: null }];
    const pages = archivePages(posts, site({ 'jekyll-archives': { enabled: ['year', 'tags'], posts: { enabled: ['categories'] } } }), 'site.yml');
    expect(pages.map((one) => [one.meta.permalink, one.generated?.kind === 'archive' ? one.generated.posts.map((member) => member.slug) : []])).toEqual([
      ['/2024/', ['a']],
      ['/tag/x/', ['a', 'c']],
    ]);
    expect(archivePages(posts, site({ 'jekyll-archives': ['year'] }), 'site.yml')).toEqual([]);
    expect(archivePages(posts, site({ 'jekyll-archives': { enabled: ['tags'], permalinks: { tag: '  ', tags: 'by/:name' } } }), 'site.yml').map((one) => one.meta.permalink)).toEqual(['/by/x']);
    expect(archiveSlug('--a--b--')).toBe('a-b');
  });
});

describe("al-folio's socials, key by key", () => {
  const where = { file: 'content/_data/socials.yml', lineOf: () => 1 };
  const links = (source: Record<string, unknown>) => {
    const problems = new Problems();
    const found = alFolioSocials(source, where, problems);
    return { found: found.map((link) => `${link.label} ${link.href}`), warnings: problems.sortedWarnings().map((warning) => warning.message) };
  };

  it('makes an address of each id it knows, as al-folio does', () => {
    const ids: Record<string, [string, string]> = {
      inspirehep_id: ['123', 'INSPIRE https://inspirehep.net/authors/123'],
      acm_id: ['81100', 'ACM DL https://dl.acm.org/profile/81100/'],
      semanticscholar_id: ['42', 'Semantic Scholar https://www.semanticscholar.org/author/42'],
      publons_id: ['p1', 'Publons https://publons.com/a/p1/'],
      scopus_id: ['57', 'Scopus https://www.scopus.com/authid/detail.uri?authorId=57'],
      ieee_id: ['37', 'IEEE Xplore https://ieeexplore.ieee.org/author/37'],
      osf_id: ['abc', 'OSF https://osf.io/abc/'],
      researcherid_id: ['A-1', 'ResearcherID https://www.researcherid.com/rid/A-1'],
      wikidata_id: ['Q1', 'Wikidata https://www.wikidata.org/wiki/Q1'],
      wikipedia_id: ['Mira', 'Wikipedia https://wikipedia.org/wiki/User:Mira'],
      stackoverflow_id: ['99', 'Stack Overflow https://stackoverflow.com/users/99'],
      leetcode_id: ['mira', 'LeetCode https://leetcode.com/u/mira/'],
      medium_username: ['@mira', 'Medium https://medium.com/@mira'],
      keybase_username: ['mira', 'Keybase https://keybase.io/mira'],
      zotero_username: ['mira', 'Zotero https://www.zotero.org/mira'],
      quora_username: ['Mira-O', 'Quora https://www.quora.com/profile/Mira-O'],
      facebook_id: ['mira', 'Facebook https://facebook.com/mira'],
      instagram_id: ['mira', 'Instagram https://instagram.com/mira'],
      flickr_id: ['mira', 'Flickr https://www.flickr.com/mira'],
      pinterest_id: ['mira', 'Pinterest https://www.pinterest.com/mira'],
      unsplash_id: ['mira', 'Unsplash https://unsplash.com/@mira'],
      spotify_id: ['mira', 'Spotify https://open.spotify.com/user/mira'],
      lastfm_id: ['mira', 'Last.fm https://www.last.fm/user/mira'],
      discord_id: ['1234', 'Discord https://discord.com/users/1234'],
      telegram_username: ['mira', 'Telegram https://telegram.me/mira'],
      whatsapp_number: ['+1 (555) 010-99', 'WhatsApp https://wa.me/155501099'],
    };
    for (const [key, [id, expected]] of Object.entries(ids)) expect(links({ [key]: id }), key).toEqual({ found: [expected], warnings: [] });
    expect(links({ medium_username: 'mira' }).found).toEqual(['Medium https://medium.com/@mira']);
    expect(links({ zotero_username: 'a b/c' }).found).toEqual(['Zotero https://www.zotero.org/a%20b%2Fc']);
  });

  it('takes an address as written, http or https, or a path of the site, for any key', () => {
    expect(links({ osf_id: 'HTTP://osf.io/x/', work_url: '/work/', blogger_url: 'https://b.example' }).found).toEqual(['OSF HTTP://osf.io/x/', 'Blog https://b.example', 'Work /work/']);
    expect(links({ work_url: 'see https://w.example', blogger_url: 'https://b.example more', dblp_url: 'dblp.org/x' })).toEqual({
      found: [],
      warnings: [
        '`dblp_url`: expected an https:// address or a /path, found "dblp.org/x"; left out of your profiles',
        '`blogger_url`: expected an https:// address or a /path, found "https://b.example more"; left out of your profiles',
        '`work_url`: expected an https:// address or a /path, found "see https://w.example"; left out of your profiles',
      ],
    });
  });

  it('keeps custom links that have an address, named by their key, and links the feed only for rss_icon: true', () => {
    expect(links({ custom_social: { my_lab_site: { url: 'https://lab.example' }, 'other--one': { url: '/x/' }, broken: { url: 'lab.example' }, plain: 'https://p.example', empty: null }, rss_icon: 'yes' }).found).toEqual(['my lab site https://lab.example', 'other one /x/']);
    expect(links({ custom_social: 'https://x.example' }).found).toEqual([]);
    expect(links({ rss_icon: true }).found).toEqual(['RSS /feed.xml']);
  });
});
