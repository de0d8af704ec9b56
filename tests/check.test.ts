import { describe, expect, it, vi } from 'vitest';
import { checkContent, checkOrExit, warningLines } from '../lib/check';
import { siteFolders } from '../lib/site-model';
import { folderWith, page } from './helpers';

describe('checkContent', () => {
  it('loads a whole site and hands over its warnings, one line each', () => {
    const dir = folderWith({
      'content/site.yml': 'url: https://a.org\nauthor:\n  name: Ada\n',
      'content/profile.md': page('permalink: /', '## News\n\n- 2024-07: dated\n- someday: undated\n'),
    });
    const verdict = checkContent(siteFolders(dir), {});
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.model.pages).toHaveLength(1);
    expect(warningLines(verdict.model)).toEqual([
      expect.stringMatching(/^warning: .*content\/profile\.md:7: news item has no date at its start that could be read; shown as written and left out of the feeds: "someday: undated"$/),
    ]);
  });

  it('turns the first mistake into one line naming the file, the line and the field', () => {
    const dir = folderWith({
      'content/site.yml': 'url: https://a.org\nauthor:\n  name: Ada\n',
      'content/profile.md': page('permalink: /'),
      'content/pages/talk.md': page('permalink: /talk/\nredirect_from: about.html'),
    });
    const verdict = checkContent(siteFolders(dir), {});
    expect(verdict).toEqual({
      ok: false,
      message: expect.stringMatching(/content\/pages\/talk\.md:3: `redirect_from\[0\]`: expected .*site path starting with "\/".*, found the text "about\.html"$/),
    });
  });

  it('reads .markdown pages as well as .md (academicpages has both)', () => {
    const dir = folderWith({
      'content/site.yml': 'url: https://a.org\nauthor:\n  name: Ada\n',
      'content/profile.md': page('permalink: /'),
      'content/pages/talks.markdown': page('permalink: /talks/', 'Talks'),
    });
    const verdict = checkContent(siteFolders(dir), {});
    expect(verdict.ok && verdict.model.pages.map((p) => p.meta.permalink)).toEqual(['/', '/talks/']);
  });
});

describe('checkOrExit', () => {
  function run(dir: string) {
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const exit = vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
      throw new Error(`exit ${code}`);
    });
    try {
      return { model: checkOrExit(siteFolders(dir), {}), written };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), written };
    } finally {
      write.mockRestore();
      exit.mockRestore();
    }
  }

  it('prints each warning on stderr and hands back the model', () => {
    const dir = folderWith({
      'content/site.yml': 'url: https://a.org\nauthor:\n  name: Ada\n',
      'content/profile.md': page('permalink: /', '## News\n\n- someday: undated\n'),
    });
    const { model, written } = run(dir);
    expect(model?.site.author.name).toBe('Ada');
    expect(written).toEqual([expect.stringMatching(/^warning: .*profile\.md:6: news item has no date.*\n$/)]);
  });

  it('prints the message as one line and exits 1 on a mistake', () => {
    const dir = folderWith({ 'content/site.yml': 'url: nowhere\nauthor:\n  name: Ada\n', 'content/profile.md': page('permalink: /') });
    const { error, written } = run(dir);
    expect(error).toBe('exit 1');
    expect(written).toEqual([expect.stringMatching(/content\/site\.yml:1: `url`: expected the absolute URL of the site \(https:\/\/\.\.\.\), found the text "nowhere"\n$/)]);
  });
});

describe('siteFolders', () => {
  it('is content/ and public/ in the folder, or the content folder CONTENT_DIR names', () => {
    expect(siteFolders('/site', {})).toEqual({ contentDir: '/site/content', publicDir: '/site/public' });
    expect(siteFolders('/site', { CONTENT_DIR: 'other/content' })).toEqual({ contentDir: '/site/other/content', publicDir: '/site/public' });
    expect(siteFolders('/site', { CONTENT_DIR: '/abs/content' })).toEqual({ contentDir: '/abs/content', publicDir: '/site/public' });
  });
});
