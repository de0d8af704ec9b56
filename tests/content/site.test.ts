import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { UI_TEXTS } from '../../lib/content/ui-text';
import { initialsOf, siteUrl } from '../../lib/content/site';
import { FIXTURE_CONTENT, folderWith, readSite, siteFrom } from '../helpers';

const AUTHOR = 'author:\n  name: Ada Lovelace\n';

describe('loadSite', () => {
  it('reads the fixture site.yml', () => {
    const site = readSite(FIXTURE_CONTENT, 'public', {});
    expect(site).toEqual({
      title: 'Grace Hopper',
      url: 'https://grace-hopper.example.org',
      description:
        'Grace Hopper, computer scientist working on compilers, programming languages and the debugging of very large machines.',
      locale: 'en-US',
      dir: 'ltr',
      ui: UI_TEXTS.en,
      author: {
        name: 'Grace Hopper',
        initials: 'GH',
        avatar: null,
        bio: 'Computer scientist. I work on compilers and programming languages.',
        location: 'Arlington, USA',
        employer: 'United States Navy',
        links: [
          { network: 'googlescholar', label: 'Google Scholar', href: 'https://scholar.google.com/citations?user=HopperGrace1' },
          { network: 'github', label: 'GitHub', href: 'https://github.com/gracehopper' },
          { network: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/in/grace-hopper-1906' },
          { network: 'twitter', label: 'X (Twitter)', href: 'https://x.com/gracehopper' },
        ],
      },
      // As written: the loader (site-model.ts) puts /teaching in the one URL form.
      nav: [
        { title: 'Teaching', url: '/teaching', external: false },
        { title: 'CV', url: '/cv.html', external: false },
      ],
      collections: [
        { label: 'publications', output: true, permalink: '/:collection/:path/' },
        { label: 'talks', output: true, permalink: '/:collection/:path/' },
        { label: 'teaching', output: true, permalink: '/:collection/:path/' },
        { label: 'portfolio', output: true, permalink: '/:collection/:path/' },
        { label: 'posts', output: true, permalink: 'date' },
      ],
      defaults: [],
      future: false,
      typographer: false,
      publicationCategories: [],
      data: expect.objectContaining({ title: 'Grace Hopper', locale: 'en-US' }),
      scholar: { last: ['Hopper'], first: ['Grace'], pages: true },
    });
  });

  it('reads collections, defaults, publication_category and the posts permalink as _config.yml has them', () => {
    const site = siteFrom(
      [
        AUTHOR.trimEnd(),
        'permalink: /:categories/:title/',
        'collections:',
        '  talks:',
        '    output: false',
        '  software:',
        '    output: true',
        '    permalink: /code/:path/',
        'defaults:',
        '  - scope:',
        '      path: ""',
        '      type: talks',
        '    values:',
        '      author_profile: false',
        '  - scope:',
        '      path: /_pages/cv.md',
        '    values:',
        '      toc: true',
        'publication_category:',
        '  books:',
        "    title: 'Books'",
        '  2024:',
        '    title: 2024',
        '',
      ].join('\n'),
    ).load();
    expect(site.collections).toEqual([
      { label: 'publications', output: true, permalink: '/:collection/:path/' },
      { label: 'talks', output: false, permalink: '/:collection/:path/' },
      { label: 'teaching', output: true, permalink: '/:collection/:path/' },
      { label: 'portfolio', output: true, permalink: '/:collection/:path/' },
      { label: 'posts', output: true, permalink: '/:categories/:title/' },
      { label: 'software', output: true, permalink: '/code/:path/' },
    ]);
    expect(site.defaults).toEqual([
      { path: '', type: 'talks', values: { author_profile: false } },
      { path: '_pages/cv.md', type: undefined, values: { toc: true } },
    ]);
    expect(site.publicationCategories).toEqual([
      { key: '2024', title: '2024' },
      { key: 'books', title: 'Books' },
    ]);
  });

  it('leaves out defaults without values and a category without a title, naming the line', () => {
    const defaults = siteFrom(`${AUTHOR}defaults:\n  - scope:\n      type: posts\n`);
    expect(defaults.read()).toMatchObject({ value: { defaults: [] }, warnings: [`${defaults.file}:4: \`defaults[0].values\`: expected front matter values ("key: value" lines), found nothing (the field is missing); \`defaults[0]\` is left out`] });
    const category = siteFrom(`${AUTHOR}publication_category:\n  books:\n    heading: Books\n`);
    expect(category.read()).toMatchObject({ value: { publicationCategories: [] }, warnings: [`${category.file}:5: \`publication_category.books.title\`: expected the heading of the category (a text), found nothing (the field is missing); \`publication_category.books\` is left out`] });
  });

  it('defaults the title to the name and the locale to en, and ignores unknown keys', () => {
    const site = siteFrom(`${AUTHOR}  pubmed: whatever\nrepository: me/site\n`).load();
    expect(site).toMatchObject({ title: 'Ada Lovelace', locale: 'en', author: { name: 'Ada Lovelace', links: [] } });
  });

  it('names the owner after the site title without author.name, and says so', () => {
    const { file, read } = siteFrom('title: My site\nauthor:\n  bio: Hello\n');
    expect(read()).toMatchObject({ value: { author: { name: 'My site', initials: 'MS', bio: 'Hello' } }, warnings: [`${file}:3: \`author.name\`: expected the owner's name, found nothing; the site calls its owner "My site"`] });
  });

  it('names the owner after the site title without an author block, and after the host without either', () => {
    expect(siteFrom('title: My site\n').read().value.author.name).toBe('My site');
    expect(siteFrom('description: x\n').read().value.author.name).toBe('ada.example.org');
  });

  it('leaves out a link key of the wrong type, and says so', () => {
    const { file, read } = siteFrom(`${AUTHOR}  github:\n    - one\n    - two\n`);
    expect(read()).toEqual({ value: expect.objectContaining({ author: expect.objectContaining({ links: [] }) }), warnings: [`${file}:4: \`author.github\`: expected a GitHub user name, or an https:// URL, found a list of 2 items; left out`] });
  });

  it('leaves out a link that is neither a handle nor a URL, and says so', () => {
    const { file, read } = siteFrom(`${AUTHOR}  twitter: "javascript:alert(1)"\n`);
    expect(read().warnings).toEqual([`${file}:3: \`author.twitter\`: expected an X/Twitter handle, or an https:// URL, found the text "javascript:alert(1)"; left out`]);
    expect(read().value.author.links).toEqual([]);
  });

  it('reads handles as people write them: a final slash, an @, in/name, a URL without https://', () => {
    const { read } = siteFrom(`${AUTHOR}  linkedin: "name-123/"\n  github: "@ada/"\n  twitter: "@ada"\n  gitlab: gitlab.com/ada\n  researchgate: www.researchgate.net/profile/Ada\n`);
    expect(read().warnings).toEqual([]);
    expect(read().value.author.links.map((link) => link.href)).toEqual([
      'https://github.com/ada',
      'https://gitlab.com/ada',
      'https://www.linkedin.com/in/name-123',
      'https://x.com/ada',
      'https://www.researchgate.net/profile/Ada',
    ]);
    expect(siteFrom(`${AUTHOR}  linkedin: in/name-123\n`).read().value.author.links[0]?.href).toBe('https://www.linkedin.com/in/name-123');
  });

  it('shows an address written for people only as text, not as a link, and says so', () => {
    const { file, read } = siteFrom(`${AUTHOR}  email: "ada (at) example (dot) org"\n`);
    expect(read().value.author.links).toEqual([{ network: 'email', label: 'ada (at) example (dot) org', href: null }]);
    expect(read().warnings).toEqual([`${file}:3: \`author.email\`: "ada (at) example (dot) org" is not an address a mail program can use; shown as text, not as a link`]);
  });

  it('reads a site url written without https:// as Jekyll keeps it, with https:// added, and says so', () => {
    const { file, read } = siteFrom(`url: sanaelotfi.github.io\n${AUTHOR}`);
    expect(read().value.url).toBe('https://sanaelotfi.github.io');
    expect(read().warnings).toEqual([`${file}:1: \`url\`: expected the absolute URL of the site (https://...), found the text "sanaelotfi.github.io"; read as https://sanaelotfi.github.io`]);
    expect(siteFrom(`url: //example.org/lab/\n${AUTHOR}`).read().value.url).toBe('https://example.org/lab');
  });

  it.each(['localhost', 'not a url', 'example'])('fails on a site url that is no address even with https:// (%j)', (url) => {
    const { file, load } = siteFrom(`url: "${url}"\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`url\`: expected the absolute URL of the site (https://...), found the text ${JSON.stringify(url)}`);
  });

  it('fails without a site url, naming the file and field', () => {
    const dir = folderWith({ 'content/site.yml': AUTHOR });
    const file = displayName(path.join(dir, 'content', 'site.yml'));
    expect(() => readSite(path.join(dir, 'content'), path.join(dir, 'public'), {})).toThrow(
      `${file}:1: \`url\`: expected the absolute URL of the site (https://...) (or the SITE_URL environment variable), found nothing (the field is missing)`,
    );
  });

  it('fails on an empty site url, naming its line', () => {
    const { file, load } = siteFrom(`${AUTHOR}url:\n`);
    expect(load).toThrow(`${file}:3: \`url\`: expected the absolute URL of the site (https://...) (or the SITE_URL environment variable), found an empty value`);
  });

  it.each(['ftp://example.org', 'https://', 'https://example.org/?a=1', 'mailto:ada@example.org'])('refuses the site url %j', (url) => {
    const { file, load } = siteFrom(`url: "${url}"\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`url\`: expected the absolute URL of the site (https://...), found the text ${JSON.stringify(url)}`);
  });

  it('keeps a base path in the site url and drops the final slash', () => {
    expect(siteFrom(`url: https://ada.github.io/site/\n${AUTHOR}`).load().url).toBe('https://ada.github.io/site');
    expect(siteFrom(`url: https://ada.github.io/\n${AUTHOR}`).load().url).toBe('https://ada.github.io');
  });

  it('takes the site url from SITE_URL when it is set, over site.yml', () => {
    expect(siteFrom(AUTHOR, {}, { SITE_URL: 'https://preview.example.com/' }).load().url).toBe('https://preview.example.com');
    const dir = folderWith({ 'content/site.yml': AUTHOR });
    expect(readSite(path.join(dir, 'content'), dir, { SITE_URL: 'https://ada.dev' }).url).toBe('https://ada.dev');
  });

  it('fails on a SITE_URL that is not an absolute URL, naming the variable', () => {
    const { load } = siteFrom(AUTHOR, {}, { SITE_URL: 'ada.dev' });
    expect(load).toThrow('SITE_URL (environment variable): expected the absolute URL of the site (https://...), found "ada.dev"');
  });

  it('reads the menu, marking external links', () => {
    const site = siteFrom(`${AUTHOR}nav:\n  - title: Talks\n    url: /talks/\n  - title: Blog\n    url: https://blog.example.org\n`).load();
    expect(site.nav).toEqual([
      { title: 'Talks', url: '/talks/', external: false },
      { title: 'Blog', url: 'https://blog.example.org', external: true },
    ]);
  });

  it('leaves out a menu entry whose url is neither a site path nor an http(s) URL, naming its line', () => {
    const { file, read } = siteFrom(`${AUTHOR}nav:\n  - title: Bad\n    url: "javascript:alert(1)"\n  - title: Good\n    url: /talks/\n`);
    expect(read().value.nav).toEqual([{ title: 'Good', url: '/talks/', external: false }]);
    expect(read().warnings).toEqual([`${file}:5: \`nav[0].url\`: expected a site path starting with "/" or an http(s):// URL, found the text "javascript:alert(1)"; \`nav[0]\` is left out`]);
  });

  it('leaves out a menu entry without a title', () => {
    const { file, read } = siteFrom(`${AUTHOR}nav:\n  - url: /talks/\n`);
    expect(read().value.nav).toEqual([]);
    expect(read().warnings).toEqual([`${file}:4: \`nav[0].title\`: expected the text of the menu entry, found nothing (the field is missing); \`nav[0]\` is left out`]);
  });

  it('fails on malformed YAML with its line', () => {
    const { file, load } = siteFrom(`title: [oops\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`title\`: expected a "[" or "{" closed on the same line, or a value in quotes, found an unclosed bracket: "title: [oops". Put the value in quotes if the bracket is part of the text`);
  });

  it('fails on a missing site.yml', () => {
    const dir = folderWith({});
    expect(() => readSite(dir, dir)).toThrow(`${displayName(path.join(dir, 'site.yml'))}: expected the site settings (YAML), found no such file`);
  });

  it('finds the avatar in public/images/ as academicpages does', () => {
    const site = siteFrom(`${AUTHOR}  avatar: me.jpg\n`, { 'public/images/me.jpg': 'jpeg' }).load();
    expect(site.author.avatar).toBe('/images/me.jpg');
  });

  it('shows the initials when the avatar file is not there, naming where it looked', () => {
    const { file, read } = siteFrom(`${AUTHOR}  avatar: me.jpg\n`);
    expect(read().value.author.avatar).toBeNull();
    expect(read().warnings).toEqual([expect.stringMatching(new RegExp(`^${file}:3: \`author.avatar\`: expected an image at .*public/images/me\\.jpg, found no such file; the sidebar shows your initials$`))]);
  });

  it('takes an avatar URL as written', () => {
    expect(siteFrom(`${AUTHOR}  avatar: https://example.org/me.png\n`).load().author.avatar).toBe('https://example.org/me.png');
  });
});

describe('initialsOf', () => {
  it.each([
    ['Grace Hopper', 'GH'],
    ['Andrew Gordon Wilson', 'AW'],
    ['Plato', 'P'],
    ['Jane Doe, PhD', 'JD'],
    ['émile zola', 'ÉZ'],
    ['Сергей Брин', 'СБ'],
  ])('%s -> %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('siteUrl', () => {
  it.each([
    ['https://ada.org', 'https://ada.org'],
    ['  http://ada.org/  ', 'http://ada.org'],
    ['HTTPS://Ada.org//', 'https://ada.org'],
    ['https://ada.github.io/repo///', 'https://ada.github.io/repo'],
    ['https://ada.org:8443/a/b', 'https://ada.org:8443/a/b'],
  ])('%j is %j', (value, url) => {
    expect(siteUrl(value)).toBe(url);
  });

  it.each(['ada.org', 'ftp://ada.org', 'mailto:ada@ada.org', 'https://ada.org/?q=1', 'https://ada.org/#top', 'https://me:pw@ada.org', 'https://me@ada.org', 'https://', ''])(
    'refuses %j',
    (value) => {
      expect(siteUrl(value)).toBeNull();
    },
  );
});

describe('loadSite, field by field', () => {
  it('takes the menu urls a site path or an http(s) URL may be, trimmed, and marks external ones whatever their case', () => {
    const site = siteFrom(`${AUTHOR}nav:\n  - title: A\n    url: " /a/ "\n  - title: B\n    url: HTTPS://b.org/x\n  - title: C\n    url: http://c.org\n`).load();
    expect(site.nav).toEqual([
      { title: 'A', url: '/a/', external: false },
      { title: 'B', url: 'HTTPS://b.org/x', external: true },
      { title: 'C', url: 'http://c.org', external: true },
    ]);
  });

  it.each(['teaching/', 'mailto:ada@a.org', 'https://', '/a b', 'x/https://a.org'])('leaves out the menu url %j', (url) => {
    const { file, read } = siteFrom(`${AUTHOR}nav:\n  - title: A\n    url: "${url}"\n`);
    expect(read().warnings).toEqual([`${file}:5: \`nav[0].url\`: expected a site path starting with "/" or an http(s):// URL, found the text ${JSON.stringify(url)}; \`nav[0]\` is left out`]);
  });

  it('finds the avatar: a bare name in /images/, a /path or an http(s) URL as written, whatever its case', () => {
    const files = { 'public/images/me.png': 'x', 'public/photos/me.png': 'x' };
    expect(siteFrom(`author:\n  name: A\n  avatar: me.png\n`, files).load().author.avatar).toBe('/images/me.png');
    expect(siteFrom(`author:\n  name: A\n  avatar: /photos/me.png\n`, files).load().author.avatar).toBe('/photos/me.png');
    expect(siteFrom(`author:\n  name: A\n  avatar: HTTP://x.org/me.png\n`, files).load().author.avatar).toBe('HTTP://x.org/me.png');
    expect(siteFrom(`author:\n  name: A\n  avatar: "  "\n`, files).load().author.avatar).toBeNull();
  });

  it('drops empty and blank profile links and texts, and trims the rest', () => {
    const site = siteFrom(`author:\n  name: "  Ada  "\n  bio: "  "\n  location: " London "\n  github: ""\n  orcid: "   "\n`).load();
    expect(site.author).toMatchObject({ name: 'Ada', bio: undefined, location: 'London', links: [] });
  });

  it('speaks English when the locale is not a language tag (a place, say), naming its line', () => {
    const { file, read } = siteFrom(`locale: "Shanghai, China"\n${AUTHOR}`);
    expect(read().value.locale).toBe('en');
    expect(read().warnings).toEqual([`${file}:1: \`locale\`: expected a language tag such as en-US, found the text "Shanghai, China"; left out`]);
  });

  it('takes SITE_URL trimmed, over site.yml, and a blank one as unset', () => {
    expect(siteFrom(AUTHOR, {}, { SITE_URL: '  https://b.org/  ' }).load().url).toBe('https://b.org');
    expect(siteFrom(AUTHOR, {}, { SITE_URL: '   ' }).load().url).toBe('https://ada.example.org');
  });

  it("knows the owner for the bibliography by al-folio's scholar names (lists, trimmed), else by the name's last word", () => {
    expect(siteFrom('author:\n  name: "Maria de la Cruz, PhD"\n').load().scholar).toEqual({ last: ['Cruz'], first: ['Maria de la'], pages: true });
    expect(siteFrom('author:\n  name: Plato\n').load().scholar).toEqual({ last: ['Plato'], first: [], pages: true });
    expect(siteFrom('author:\n  name: Plato\nscholar:\n  last_name: [" Einstein ", ""]\n  first_name: Albert\n  bibliography: Refs.BIB\n  pages: false\n').load().scholar).toEqual({
      last: ['Einstein'],
      first: ['Albert'],
      pages: false,
      bibliography: 'Refs',
    });
  });

  it("adds al-folio's profiles (_data/socials.yml) after the author's, an address or a network already there once, in the site's language", () => {
    const site = siteFrom('lang: pt_BR\nauthor:\n  name: A B\n  github: ada\n  email: a@b.org\n', {
      'content/_data/socials.yml': 'github_username: ada\nemail: c@d.org\nlinkedin_username: ada\nrss_icon: true\ncustom_social:\n  x:\n    url: https://x.org\n  y:\n    url: https://x.org\n',
    }).load();
    expect(site.locale).toBe('pt-BR');
    expect(site.author.links).toEqual([
      { network: 'email', label: 'E-mail', href: 'mailto:a@b.org' },
      { network: 'github', label: 'GitHub', href: 'https://github.com/ada' },
      { network: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/in/ada' },
      { network: 'link', label: 'x', href: 'https://x.org' },
      { network: 'link', label: 'RSS', href: '/feed.xml' },
    ]);
    const fromConfig = siteFrom('lang: de\nemail: c@d.org\nauthor:\n  name: A B\n').load();
    expect([fromConfig.locale, fromConfig.author.links]).toEqual(['de', [{ network: 'email', label: 'E-Mail', href: 'mailto:c@d.org' }]]);
  });

  it("reads front matter defaults' paths without leading slashes and spaces, a scope without a path as every path", () => {
    const site = siteFrom('author:\n  name: A\ndefaults:\n  - scope:\n      path: " //talks/ "\n      type: talks\n    values:\n      layout: x\n  - scope: {}\n    values:\n      a: 1\n  - values:\n      b: 2\n').load();
    expect(site.defaults).toEqual([
      { path: 'talks/', type: 'talks', values: { layout: 'x' } },
      { path: '', type: undefined, values: { a: 1 } },
      { path: '', type: undefined, values: { b: 2 } },
    ]);
  });

  it('reads a host with a port and a path, or after //, as a site url; not one with spaces, a port that is no number or an empty label', () => {
    expect(siteFrom('url: "name.github.io:8080/lab"\nauthor:\n  name: A\n').load().url).toBe('https://name.github.io:8080/lab');
    expect(siteFrom('url: "//a.org"\nauthor:\n  name: A\n').load().url).toBe('https://a.org');
    for (const url of ['a-b.c-d.org/x y', 'a.org:x', 'a..org']) expect(siteFrom(`url: "${url}"\nauthor:\n  name: A\n`).load, url).toThrow(`expected the absolute URL of the site (https://...), found the text ${JSON.stringify(url)}`);
  });

  it("gives the stock collections and posts pages unless told otherwise, others none; each its own permalink or the default", () => {
    const site = siteFrom('collections:\n  talks:\n    output: false\n  extra:\n    permalink: /e/:name/\n  extra2:\npermalink: /:year/:title/\nauthor:\n  name: A\n').load();
    expect(site.collections.map((collection) => [collection.label, collection.output, collection.permalink])).toEqual([
      ['publications', true, '/:collection/:path/'],
      ['talks', false, '/:collection/:path/'],
      ['teaching', true, '/:collection/:path/'],
      ['portfolio', true, '/:collection/:path/'],
      ['posts', true, '/:year/:title/'],
      ['extra', false, '/e/:name/'],
      ['extra2', false, '/:collection/:path/'],
    ]);
    expect(siteFrom('author:\n  name: A\n').load().collections.find((collection) => collection.label === 'posts')?.permalink).toBe('date');
  });
});

describe('loadSite, at the edges of its fields', () => {
  it('refuses an address with a password, and initials skip words without letters', () => {
    expect(siteUrl('https://:secret@ada.example.org')).toBeNull();
    expect(siteUrl(' https://ada.example.org/x/ ')).toBe('https://ada.example.org/x');
    expect(initialsOf('Ada Lovelace 3')).toBe('AL');
  });

  it('reads a language tag written with spaces and an underscore, a quoted host with spaces, and owner names with double spaces', () => {
    const { value, warnings } = siteFrom('lang: " pt_BR "\nurl: " ada.github.io "\nauthor:\n  name: "Ada  King  Lovelace"\n').read();
    expect([value.locale, value.url, value.scholar.last, value.scholar.first]).toEqual(['pt-BR', 'https://ada.github.io', ['Lovelace'], ['Ada King']]);
    expect(warnings).toHaveLength(1);
  });

  it('keeps a bibliography name that only starts like .bib, a path in the menu that holds "http:", and a defaults path inside', () => {
    const site = siteFrom('author:\n  name: Ada\nscholar:\n  bibliography: my.bibliography\nnav:\n  - title: Go\n    url: /go/http:x/\ndefaults:\n  - scope:\n      path: "/a/b"\n    values:\n      layout: x\n').load();
    expect(site.scholar.bibliography).toBe('my.bibliography');
    expect(site.nav).toEqual([{ title: 'Go', url: '/go/http:x/', external: false }]);
    expect(site.defaults[0]?.path).toBe('a/b');
  });

  it('leaves out a profile link that is blank, and keeps an address written for people trimmed', () => {
    const site = siteFrom('author:\n  name: Ada\n  github: "  "\n  email: " ada (at) example (dot) org "\n').load();
    expect(site.author.links).toEqual([{ network: 'email', label: 'ada (at) example (dot) org', href: null }]);
  });
});
