import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../lib/content/front-matter';
import { UI_TEXTS } from '../../lib/content/ui-text';
import { initialsOf, loadSite, siteUrl } from '../../lib/content/site';
import { FIXTURE_CONTENT, folderWith, siteFrom } from '../helpers';

const AUTHOR = 'author:\n  name: Ada Lovelace\n';

describe('loadSite', () => {
  it('reads the fixture site.yml', () => {
    const site = loadSite(FIXTURE_CONTENT, 'public', {});
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

  it('fails on defaults without values and on a category without a title, naming the line', () => {
    const defaults = siteFrom(`${AUTHOR}defaults:\n  - scope:\n      type: posts\n`);
    expect(defaults.load).toThrow(`${defaults.file}:4: \`defaults[0].values\`: expected front matter values ("key: value" lines), found nothing (the field is missing)`);
    const category = siteFrom(`${AUTHOR}publication_category:\n  books:\n    heading: Books\n`);
    expect(category.load).toThrow(`${category.file}:5: \`publication_category.books.title\`: expected the heading of the category (a text), found nothing (the field is missing)`);
  });

  it('defaults the title to the name and the locale to en, and ignores unknown keys', () => {
    const site = siteFrom(`${AUTHOR}  pubmed: whatever\nrepository: me/site\n`).load();
    expect(site).toMatchObject({ title: 'Ada Lovelace', locale: 'en', author: { name: 'Ada Lovelace', links: [] } });
  });

  it('fails without author.name, naming the file, line and field', () => {
    const { file, load } = siteFrom('title: My site\nauthor:\n  bio: Hello\n');
    expect(load).toThrow(`${file}:3: \`author.name\`: expected the owner's name (a text), found nothing (the field is missing)`);
  });

  it('fails without an author block', () => {
    const { file, load } = siteFrom('title: My site\n');
    expect(load).toThrow(`${file}:1: \`author\`: expected an author block (name, bio, avatar, location, employer and profile keys), found nothing (the field is missing)`);
  });

  it('fails on a link key of the wrong type', () => {
    const { file, load } = siteFrom(`${AUTHOR}  github:\n    - one\n    - two\n`);
    expect(load).toThrow(`${file}:4: \`author.github\`: expected a GitHub user name, or an https:// URL, found a list of 2 items`);
  });

  it('fails on a link that is neither a handle nor a URL', () => {
    const { file, load } = siteFrom(`${AUTHOR}  twitter: "javascript:alert(1)"\n`);
    expect(load).toThrow(`${file}:3: \`author.twitter\`: expected an X/Twitter handle, or an https:// URL, found the text "javascript:alert(1)"`);
  });

  it('fails on a site url that is not absolute', () => {
    const { file, load } = siteFrom(`url: sanaelotfi.github.io\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`url\`: expected the absolute URL of the site (https://...), found the text "sanaelotfi.github.io"`);
  });

  it('fails without a site url, naming the file and field', () => {
    const dir = folderWith({ 'content/site.yml': AUTHOR });
    const file = displayName(path.join(dir, 'content', 'site.yml'));
    expect(() => loadSite(path.join(dir, 'content'), path.join(dir, 'public'), {})).toThrow(
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
    expect(loadSite(path.join(dir, 'content'), dir, { SITE_URL: 'https://ada.dev' }).url).toBe('https://ada.dev');
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

  it('fails on a menu entry whose url is neither a site path nor an http(s) URL, naming its line', () => {
    const { file, load } = siteFrom(`${AUTHOR}nav:\n  - title: Bad\n    url: "javascript:alert(1)"\n`);
    expect(load).toThrow(`${file}:5: \`nav[0].url\`: expected a site path starting with "/" or an http(s):// URL, found the text "javascript:alert(1)"`);
  });

  it('fails on a menu entry without a title', () => {
    const { file, load } = siteFrom(`${AUTHOR}nav:\n  - url: /talks/\n`);
    expect(load).toThrow(`${file}:4: \`nav[0].title\`: expected the text of the menu entry, found nothing (the field is missing)`);
  });

  it('fails on malformed YAML with its line', () => {
    const { file, load } = siteFrom(`title: [oops\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`title\`: expected a "[" or "{" closed on the same line, or a value in quotes, found an unclosed bracket: "title: [oops". Put the value in quotes if the bracket is part of the text`);
  });

  it('fails on a missing site.yml', () => {
    const dir = folderWith({});
    expect(() => loadSite(dir, dir)).toThrow(`${displayName(path.join(dir, 'site.yml'))}: expected the site settings (YAML), found no such file`);
  });

  it('finds the avatar in public/images/ as academicpages does', () => {
    const site = siteFrom(`${AUTHOR}  avatar: me.jpg\n`, { 'public/images/me.jpg': 'jpeg' }).load();
    expect(site.author.avatar).toBe('/images/me.jpg');
  });

  it('fails on an avatar file that is not there, naming where it looked', () => {
    const { file, load } = siteFrom(`${AUTHOR}  avatar: me.jpg\n`);
    expect(load).toThrow(new RegExp(`^${file}:3: \`author.avatar\`: expected an image at .*public/images/me\\.jpg, found no such file$`));
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

  it.each(['teaching/', 'mailto:ada@a.org', 'https://', '/a b', 'x/https://a.org'])('refuses the menu url %j', (url) => {
    const { file, load } = siteFrom(`${AUTHOR}nav:\n  - title: A\n    url: "${url}"\n`);
    expect(load).toThrow(`${file}:5: \`nav[0].url\`: expected a site path starting with "/" or an http(s):// URL, found the text ${JSON.stringify(url)}`);
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

  it('refuses a locale that is not a language tag, naming its line', () => {
    const { file, load } = siteFrom(`locale: "en US!"\n${AUTHOR}`);
    expect(load).toThrow(`${file}:1: \`locale\`: expected a language tag such as en-US, found the text "en US!"`);
  });

  it('takes SITE_URL trimmed, over site.yml, and a blank one as unset', () => {
    expect(siteFrom(AUTHOR, {}, { SITE_URL: '  https://b.org/  ' }).load().url).toBe('https://b.org');
    expect(siteFrom(AUTHOR, {}, { SITE_URL: '   ' }).load().url).toBe('https://ada.example.org');
  });
});
