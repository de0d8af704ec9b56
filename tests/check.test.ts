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

  it('reports every problem at once, sorted by file and line, warnings first and errors last', () => {
    const dir = folderWith({
      'content/site.yml': 'url: nowhere\nauthor:\n  name: Ada\n',
      'content/profile.md': page('permalink: /', '## News\n\n- someday: undated\n'),
      'content/pages/a.md': page('permalink: /a/', '{% if x %}never closed'),
      'content/pages/b.md': page('permalink: /b/\nredirect_from: about.html', '{% include nowhere.html %}'),
    });
    const verdict = checkContent(siteFolders(dir), {});
    expect(verdict.ok).toBe(false);
    expect(verdict.lines).toEqual([
      expect.stringMatching(/^warning: .*content\/pages\/b\.md:3: `redirect_from\[0\]`: expected a site path .*, found the text "about\.html"; read as "\/about\.html", as Jekyll reads it$/),
      expect.stringMatching(/^warning: .*content\/profile\.md:6: news item has no date at its start/),
      expect.stringMatching(/^error: .*content\/pages\/a\.md:4: expected valid Liquid, found Liquid that fails: tag .*if x.* not closed/),
      expect.stringMatching(/^error: .*content\/pages\/b\.md:5: expected an include that exists, found Liquid that fails/),
      expect.stringMatching(/^error: .*content\/site\.yml:1: `url`: expected the absolute URL of the site \(https:\/\/\.\.\.\), found the text "nowhere"$/),
    ]);
    expect(verdict.ok ? '' : verdict.message).toBe('3 problems to fix before the site can be built (above).');
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

  it('prints every problem, one line each, then how many stop the build, and exits 1 on a mistake', () => {
    const dir = folderWith({ 'content/site.yml': 'url: nowhere\nauthor:\n  name: Ada\n', 'content/profile.md': page('permalink: /') });
    const { error, written } = run(dir);
    expect(error).toBe('exit 1');
    expect(written).toEqual([
      expect.stringMatching(/^error: .*content\/site\.yml:1: `url`: expected the absolute URL of the site \(https:\/\/\.\.\.\), found the text "nowhere"\n$/),
      '1 problem to fix before the site can be built (above).\n',
    ]);
  });
});

describe('siteFolders', () => {
  it('is content/ and public/ in the folder, or the content folder CONTENT_DIR names', () => {
    expect(siteFolders('/site', {})).toEqual({ contentDir: '/site/content', publicDir: '/site/public' });
    expect(siteFolders('/site', { CONTENT_DIR: 'other/content' })).toEqual({ contentDir: '/site/other/content', publicDir: '/site/public' });
    expect(siteFolders('/site', { CONTENT_DIR: '/abs/content' })).toEqual({ contentDir: '/abs/content', publicDir: '/site/public' });
  });
});
