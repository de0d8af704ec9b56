import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, describeValue } from '../../lib/content/error';
import { displayName, readHomePage, readPage } from '../../lib/content/front-matter';
import { folderWith, page } from '../helpers';

function homeFrom(text: string) {
  const dir = folderWith({ 'profile.md': text });
  return { dir, file: displayName(path.join(dir, 'profile.md')), read: () => readHomePage(dir) };
}

function errorOf(read: () => unknown): ContentError {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but reading succeeded');
}

describe('readPage', () => {
  it('reads the front matter, keeping unknown keys, and says where the body starts', () => {
    const { read } = homeFrom(page('permalink: /\ntitle: "About me"\nexcerpt: kept\nredirect_from: /about/', '\nHello\n'));
    const home = read();
    expect(home.meta).toEqual({
      permalink: '/',
      title: 'About me',
      author_profile: true,
      redirect_from: ['/about/'],
      excerpt: 'kept',
    });
    expect(home.body).toBe('\nHello\n');
    expect(home.bodyLine).toBe(7);
  });

  it('takes an empty title as "use the site title"', () => {
    expect(homeFrom(page('permalink: /\ntitle:')).read().meta.title).toBe('');
  });

  it('fails on malformed YAML (an unquoted colon in a title), naming the file and the line', () => {
    const { file, read } = homeFrom(page('permalink: /\ntitle: Talk: on bounds\nauthor_profile: true'));
    expect(errorOf(read).message).toBe(
      `${file}:3: \`title\`: expected a value in quotes when it contains ": ", found the unquoted value "Talk: on bounds". ` +
        'Put the value in quotes: `title: "Talk: on bounds"` (YAML: Nested mappings are not allowed in compact mappings)',
    );
  });

  it('fails on a duplicated key', () => {
    const { file, read } = homeFrom(page('permalink: /\ntitle: a\ntitle: b'));
    expect(errorOf(read).message).toBe(
      `${file}:4: \`title\`: expected each key once, found \`title\` a second time (it is also on line 3). ` +
        'Keep one of them and delete the other (YAML: Map keys must be unique)',
    );
  });

  it('fails when redirect_from is not a list of paths', () => {
    const { file, read } = homeFrom(page('permalink: /\nredirect_from: 42'));
    expect(errorOf(read).message).toBe(
      `${file}:3: \`redirect_from\`: expected a list of paths, each a site path starting with "/" (no spaces, "?" or "#"), found the number 42`,
    );
  });

  it('fails on one bad entry of redirect_from, naming it', () => {
    const { file, read } = homeFrom(page('permalink: /\nredirect_from:\n  - /about/\n  - about.html'));
    expect(errorOf(read).message).toBe(
      `${file}:5: \`redirect_from[1]\`: expected a site path starting with "/" (no spaces, "?" or "#"), found the text "about.html"`,
    );
  });

  it('fails on a known key of the wrong type', () => {
    const { file, read } = homeFrom(page('permalink: /\nauthor_profile: "yes please"'));
    expect(errorOf(read).message).toBe(`${file}:3: \`author_profile\`: expected true or false, found the text "yes please"`);
  });

  it('fails on a missing permalink', () => {
    const { file, read } = homeFrom(page('title: Home'));
    expect(errorOf(read).message).toBe(
      `${file}:2: \`permalink\`: expected a site path starting with "/" (no spaces, "?" or "#"), found nothing (the field is missing)`,
    );
  });

  it('fails when the home page is not at "/"', () => {
    const { file, read } = homeFrom(page('permalink: /about/'));
    expect(errorOf(read).message).toBe(
      `${file}:2: \`permalink\`: expected "/" (profile.md is the home page), found the text "/about/"`,
    );
  });

  it('fails on a page without front matter', () => {
    const { file, read } = homeFrom('# Just markdown\n');
    expect(errorOf(read).message).toBe(
      `${file}:1: expected YAML front matter between two "---" lines at the top of the file, found none`,
    );
  });

  it('fails on a missing profile.md, naming it', () => {
    const dir = folderWith({});
    expect(errorOf(() => readHomePage(dir)).message).toBe(
      `${displayName(path.join(dir, 'profile.md'))}: expected a page with front matter, found no such file`,
    );
  });

  it('names a file relative to the folder the command runs in', () => {
    const file = path.join('tests', 'fixtures', 'site', 'content', 'profile.md');
    expect(readPage(path.resolve(file)).file).toBe(file);
  });
});

describe('front matter that is not a mapping', () => {
  it('fails naming what was found', () => {
    const { file, read } = homeFrom(page('- just\n- a list'));
    expect(errorOf(read).message).toBe(
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
