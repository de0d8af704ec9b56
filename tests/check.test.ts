import { describe, expect, it } from 'vitest';
import { checkContent, warningLines } from '../lib/check';
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
