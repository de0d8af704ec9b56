import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, describeValue } from '../../lib/content/error';
import { displayName, frontMatterData, lenientPaths, pathPermalink, readHomePage, readPage, readText, splitFrontMatter, withDefaults } from '../../lib/content/front-matter';
import { ContentErrors, Problems } from '../../lib/content/problems';
import { parseYaml } from '../../lib/content/yaml';
import { folderWith, page, strictly, withProblems } from '../helpers';

function homeFrom(text: string) {
  const dir = folderWith({ 'profile.md': text });
  const file = displayName(path.join(dir, 'profile.md'));
  const read = () => withProblems((problems) => readHomePage(dir, {}, problems));
  return { dir, file, read, home: () => read().value };
}

function errorOf(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError || error instanceof ContentErrors) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but reading succeeded');
}

describe('readPage', () => {
  it('reads the front matter, keeping unknown keys, and says where the body starts', () => {
    const home = homeFrom(page('permalink: /\ntitle: "About me"\nexcerpt: kept\nredirect_from: /about/', '\nHello\n')).home();
    expect(home?.meta).toEqual({
      permalink: '/',
      title: 'About me',
      author_profile: true,
      redirect_from: ['/about/'],
      excerpt: 'kept',
    });
    expect(home?.data).toEqual({ permalink: '/', title: 'About me', excerpt: 'kept', redirect_from: '/about/' });
    expect(home?.body).toBe('\nHello\n');
    expect(home?.bodyLine).toBe(7);
  });

  it('reads empty front matter (or comments only) as no keys, as Jekyll does, and stops on one that is a lone value, as Jekyll does', () => {
    // Jekyll 4.3.1 makes pages of the first three and stops on the last ("Invalid YAML front matter").
    for (const text of ['---\n---\nBody', '---\n\n---\nBody', '---\n# a comment\n---\nBody']) {
      const { value, warnings } = withProblems((problems) => readPage(path.join(folderWith({ 'a.md': text }), 'a.md'), 'a.md', { layout: 'x' }, problems));
      expect([value?.meta.permalink, value?.meta.title, value?.data, value?.body, warnings], text).toEqual(['/a.html', '', { layout: 'x' }, 'Body', []]);
    }
    expect(() => withProblems((problems) => readPage(path.join(folderWith({ 'a.md': '---\nhello\n---\nBody' }), 'a.md'), 'a.md', {}, problems))).toThrow(
      /a\.md:2: expected front matter as "key: value" lines \(permalink, title, author_profile, redirect_from\), found the text "hello"/,
    );
  });

  it('takes an empty title as "use the site title"', () => {
    expect(homeFrom(page('permalink: /\ntitle:')).home()?.meta.title).toBe('');
  });

  it('makes the page without front matter that Jekyll cannot read either, as Jekyll does, and says why', () => {
    const { file, read } = homeFrom(page('permalink: /\ntitle: Talk: on bounds\nauthor_profile: true', 'Text'));
    const { value, warnings } = read();
    expect(value?.meta).toEqual({ permalink: '/', title: '', author_profile: true, redirect_from: [] });
    expect(value?.body).toBe('Text');
    expect(warnings).toEqual([
      `${file}:3: front matter that Jekyll cannot read either, so the page is made without it, as Jekyll makes it (\`title\`: expected a value in quotes when it contains ": ", found the unquoted value "Talk: on bounds". ` +
        'Put the value in quotes: `title: "Talk: on bounds"` (YAML: Nested mappings are not allowed in compact mappings))',
    ]);
  });

  it('reads a key given twice as Jekyll does (the last one), and says so', () => {
    const { file, read } = homeFrom(page('permalink: /\ntitle: a\ntitle: b'));
    const { value, warnings } = read();
    expect(value?.meta.title).toBe('b');
    expect(warnings).toEqual([
      `${file}:4: YAML that Jekyll reads but a strict reader refuses, read as Jekyll reads it (\`title\`: expected each key once, found \`title\` a second time (it is also on line 3). ` +
        'Keep one of them and delete the other (YAML: Map keys must be unique))',
    ]);
  });

  it('leaves out a redirect_from that is not a list of paths, and says so', () => {
    const { file, read } = homeFrom(page('permalink: /\nredirect_from: 42'));
    const { value, warnings } = read();
    expect(value?.meta.redirect_from).toEqual([]);
    expect(warnings).toEqual([`${file}:3: \`redirect_from\`: expected a list of paths, each a site path starting with "/" (no spaces, "?" or "#"), found the number 42; left out`]);
  });

  it('reads a path without its leading "/" as Jekyll does, and leaves out one that is not a path of the site', () => {
    const { file, read } = homeFrom(page('permalink: /\nredirect_from:\n  - /about/\n  - about.html\n  - https://old.example.org/me\n  - old page/'));
    const { value, warnings } = read();
    expect(value?.meta.redirect_from).toEqual(['/about/', '/about.html', '/old%20page/']);
    expect(warnings).toEqual([
      `${file}:5: \`redirect_from[1]\`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "about.html"; read as "/about.html", as Jekyll reads it`,
      `${file}:6: \`redirect_from[2]\`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "https://old.example.org/me"; left out`,
      `${file}:7: \`redirect_from[3]\`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "old page/"; read as "/old%20page/", as Jekyll reads it`,
    ]);
  });

  it('leaves out a known key of the wrong type, and says so', () => {
    const { file, read } = homeFrom(page('permalink: /\nauthor_profile: "yes please"'));
    const { value, warnings } = read();
    expect(value?.meta.author_profile).toBe(true);
    expect(value?.data.author_profile).toBe('yes please');
    expect(warnings).toEqual([`${file}:3: \`author_profile\`: expected true or false, found the text "yes please"; left out`]);
  });

  it('puts the home page at "/" when its front matter names no permalink', () => {
    expect(homeFrom(page('title: Home')).home()?.meta.permalink).toBe('/');
  });

  it('fails when the home page is elsewhere than "/"', () => {
    const { file, read } = homeFrom(page('permalink: /about/'));
    expect(errorOf(read).message).toBe(`${file}:2: \`permalink\`: expected "/" (profile.md is the home page), found the text "/about/"`);
  });

  it('fails on a home page without front matter', () => {
    const { file, read } = homeFrom('# Just markdown\n');
    expect(errorOf(read).message).toBe(`${file}:1: expected the home page, with front matter (\`permalink: /\`) between two "---" lines at the top, found none`);
  });

  it('fails on a missing profile.md, naming it', () => {
    const dir = folderWith({});
    expect(errorOf(() => withProblems((problems) => readHomePage(dir, {}, problems))).message).toBe(
      `${displayName(path.join(dir, 'profile.md'))}: expected a page with front matter, found no such file`,
    );
  });

  it('names a file relative to the folder the command runs in', () => {
    const file = path.join('tests', 'fixtures', 'site', 'content', 'profile.md');
    expect(strictly((problems) => readPage(path.resolve(file), 'index.md', {}, problems))?.file).toBe(file);
  });
});

describe('pages as Jekyll reads them', () => {
  const read = (text: string, relative = 'teaching.md') => {
    const dir = folderWith({ [relative]: text });
    const file = displayName(path.join(dir, relative));
    return { file, ...withProblems((problems) => readPage(path.join(dir, relative), relative, {}, problems)) };
  };

  it("puts a page without a permalink where Jekyll puts it: its path, with .html", () => {
    expect(read(page('title: T'), 'teaching.md').value?.meta.permalink).toBe('/teaching.html');
    expect(read(page('title: T'), 'news/2020.markdown').value?.meta.permalink).toBe('/news/2020.html');
    expect(read(page('title: T'), 'lab/index.md').value?.meta.permalink).toBe('/lab/');
  });

  it('leaves out a file without front matter, or with front matter never closed, as Jekyll copies it, and says so', () => {
    const none = read('# Just markdown\n');
    expect(none.value).toBeNull();
    expect(none.warnings).toEqual([`${none.file}:1: expected front matter between two "---" lines at the top of the file, found none; Jekyll copies such a file as it is rather than make a page of it, so it is left out`]);
    const open = read('---\ntitle: T\n# body\n');
    expect(open.value).toBeNull();
    expect(open.warnings[0]).toContain('found front matter that starts on line 1 and is never closed with `---`');
  });

  it('puts a page whose permalink is an address of another site at its own path, and says so', () => {
    const { file, value, warnings } = read(page('permalink: https://example.org/x'));
    expect(value?.meta.permalink).toBe('/teaching.html');
    expect(warnings).toEqual([`${file}:2: \`permalink\`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "https://example.org/x"; left out`]);
  });

  it('fails on front matter that is a list, not "key: value" lines', () => {
    const dir = folderWith({ 'x.md': page('- just\n- a list') });
    const file = displayName(path.join(dir, 'x.md'));
    expect(errorOf(() => withProblems((problems) => readPage(path.join(dir, 'x.md'), 'x.md', {}, problems))).message).toBe(
      `${file}:2: expected front matter as "key: value" lines (permalink, title, author_profile, redirect_from), found a list of 2 items`,
    );
  });
});

describe('ContentError and describeValue', () => {
  it('says what a value is, in words', () => {
    expect([undefined, null, 'short', 42, true, false, [1], [1, 2], { a: 1 }].map(describeValue)).toEqual([
      'nothing (the field is missing)',
      'an empty value',
      'the text "short"',
      'the number 42',
      'the value true',
      'the value false',
      'a list of 1 item',
      'a list of 2 items',
      'a mapping of keys to values',
    ]);
  });

  it('shortens a text over 60 characters to 57 and "..."', () => {
    expect(describeValue('x'.repeat(60))).toBe(`the text "${'x'.repeat(60)}"`);
    expect(describeValue('y'.repeat(61))).toBe(`the text "${'y'.repeat(57)}..."`);
  });

  it('writes file:line, the field, expected and found, then the fix and the parser\'s words', () => {
    const error = new ContentError({ file: 'content/site.yml', line: 3, field: 'url', expected: 'a URL', found: 'none', fix: 'Add one', detail: 'YAML: x' });
    expect(error.message).toBe('content/site.yml:3: `url`: expected a URL, found none. Add one (YAML: x)');
    expect(error.name).toBe('ContentError');
    expect(new ContentError({ file: 'a.md', expected: 'x', found: 'y' }).message).toBe('a.md: expected x, found y');
  });

  it("points its stack at the owner's file and line, or at the variable, never at our code", () => {
    const error = new ContentError({ file: 'content/site.yml', line: 3, expected: 'x', found: 'y' });
    expect(error.stack).toBe(`ContentError: ${error.message}\n    at ${path.resolve('content/site.yml')}:3:1`);
    expect(new ContentError({ file: 'content/site.yml', expected: 'x', found: 'y' }).stack?.split('\n')[1]).toBe(`    at ${path.resolve('content/site.yml')}:1:1`);
    expect(new ContentError({ file: 'BASE_PATH (environment variable)', expected: 'x', found: 'y' }).stack?.split('\n')[1]).toBe('    at BASE_PATH (environment variable)');
  });
});

describe('front matter, step by step', () => {
  const split = (text: string) => {
    const problems = new Problems();
    const found = splitFrontMatter(text, 'f.md', problems);
    return { found: found && { data: found.yaml.data, body: found.body, bodyLine: found.bodyLine }, warnings: problems.sortedWarnings().map((warning) => `${warning.line}: ${warning.message}`) };
  };

  it('reads front matter after a byte-order mark, with Windows line ends, spaces after the fences, or nothing after it', () => {
    expect(split('\uFEFF---\r\ntitle: a\r\nx: [1, 2]\r\n---\r\nBody\r\n')).toEqual({ found: { data: { title: 'a', x: [1, 2] }, body: 'Body\r\n', bodyLine: 5 }, warnings: [] });
    expect(split('---\ntitle: a\n---')).toEqual({ found: { data: { title: 'a' }, body: '', bodyLine: 3 }, warnings: [] });
    expect(split('--- \t\nx: 1\n---  \nBody')).toEqual({ found: { data: { x: 1 }, body: '  \nBody', bodyLine: 3 }, warnings: [] });
    expect(split('---\n---\n\n\nBody').found).toEqual({ data: {}, body: '\n\nBody', bodyLine: 3 });
  });

  it('sees no front matter in a file without it or never closed, and says which', () => {
    const none = (found: string) => [`1: expected front matter between two "---" lines at the top of the file, found ${found}; Jekyll copies such a file as it is rather than make a page of it, so it is left out`];
    expect(split('---\nx: 1\n')).toEqual({ found: null, warnings: none('front matter that starts on line 1 and is never closed with `---`') });
    expect(split('')).toEqual({ found: null, warnings: none('an empty file') });
    expect(split(' \n ')).toEqual({ found: null, warnings: none('an empty file') });
    expect(split('Body\n---\nx: 1\n---\n')).toEqual({ found: null, warnings: none('none') });
  });

  it('makes the page without front matter that even Jekyll cannot read, saying where', () => {
    expect(split('---\nx: [1\n---\nBody')).toEqual({ found: { data: {}, body: 'Body', bodyLine: 4 }, warnings: [expect.stringMatching(/^\d+: front matter that Jekyll cannot read either, so the page is made without it, as Jekyll makes it \(/)] });
  });

  it("puts site.yml's defaults under a page's own keys, and leaves front matter that is not a mapping", () => {
    const yaml = (data: unknown) => ({ data, lineOf: () => undefined });
    expect(withDefaults(yaml({ title: 'Own', layout: 'x' }), { layout: 'single', author_profile: true }).data).toEqual({ layout: 'x', author_profile: true, title: 'Own' });
    expect(withDefaults(yaml(null), { layout: 'single' }).data).toEqual({ layout: 'single' });
    const list = yaml(['a']);
    expect(withDefaults(list, { layout: 'single' })).toBe(list);
    const own = yaml({ title: 'x' });
    expect(withDefaults(own, {})).toBe(own);
    expect(frontMatterData(yaml(['a']))).toEqual({});
    expect(frontMatterData(yaml({ a: 1 }))).toEqual({ a: 1 });
  });

  it('reads permalinks and redirect_from paths as Jekyll does, leaving out what is no path of the site', () => {
    const problems = new Problems();
    const read = lenientPaths(parseYaml('permalink: https://x.org/a\nredirect_from:\n  - /ok/\n  - /a?b\n  - 5\n  - c d\n', 'f.md', 1, problems), 'f.md', problems);
    expect(read.data).toEqual({ redirect_from: ['/ok/', 5, '/c%20d'] });
    expect(problems.sortedWarnings().map((warning) => [warning.line, warning.message])).toEqual([
      [1, '`permalink`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "https://x.org/a"; left out'],
      [4, '`redirect_from[1]`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "/a?b"; left out'],
      [6, '`redirect_from[3]`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "c d"; read as "/c%20d", as Jekyll reads it'],
    ]);
    const one = new Problems();
    expect(lenientPaths(parseYaml('permalink: teaching\nredirect_from: /old page/\n', 'f.md', 1, one), 'f.md', one).data).toEqual({ permalink: '/teaching', redirect_from: ['/old%20page/'] });
    const kept = parseYaml('permalink: /a/\nredirect_from: [/b/]\n', 'f.md', 1, new Problems());
    expect(lenientPaths(kept, 'f.md', new Problems()).data).toEqual({ permalink: '/a/', redirect_from: ['/b/'] });
    const notMapping = { data: 'text', lineOf: () => undefined };
    expect(lenientPaths(notMapping, 'f.md', new Problems())).toBe(notMapping);
  });

  it("serves a page without a permalink at its file's path, as Jekyll does", () => {
    expect(['a.md', path.join('talks', 'index.md'), path.join('x', 'Y.MARKDOWN'), 'INDEX.HTML', path.join('a', 'b.htm'), 'feed.xml'].map(pathPermalink)).toEqual(['/a.html', '/talks/', '/x/Y.html', '/', '/a/b.html', '/feed.xml']);
  });

  it('says a missing file is missing, and lets other errors through', () => {
    const dir = folderWith({ 'a.md': 'x' });
    expect(readText(path.join(dir, 'a.md'), 'a.md', 'a page')).toBe('x');
    expect(() => readText(path.join(dir, 'none.md'), 'none.md', 'a page')).toThrow('none.md: expected a page, found no such file');
    expect(() => readText(dir, 'dir', 'a page')).toThrow(/EISDIR/);
  });
});
