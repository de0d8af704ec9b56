import { describe, expect, it } from 'vitest';
import { folderWith, loadHomePage, page } from '../helpers';

/** A home page's bio and sections' blocks, as HTML. */
function rendered(body: string) {
  const home = loadHomePage(folderWith({ 'profile.md': page('permalink: /', body) }));
  return { bio: home.bio, sections: home.sections.map((section) => [section.id, section.blocks.map((block) => (block.type === 'html' ? block.html : block.items.map((item) => item.html).join('|')))]) };
}

const NAV = '<nav class="toc" aria-label="On this page"><ul><li><a href="#one">One</a></li><li><a href="#two-b">Two: b</a></li></ul></nav>';

describe("academicpages' table of contents ({% include toc %})", () => {
  it('lists the sections, linked, wherever the include is, with or without .html', () => {
    expect(rendered('{% include toc %}\n\nIntro.\n\n## One\n\nA\n\n## Two: *b*\n\n{% include toc.html %}\n')).toEqual({
      bio: `${NAV}\n<p>Intro.</p>`,
      sections: [
        ['one', ['<p>A</p>']],
        ['two-b', [NAV]],
      ],
    });
  });

  it('leaves nothing on a page without sections, however many there are', () => {
    expect(rendered('{% include toc %}\n\n{% include toc %}\n\nNo sections.')).toEqual({ bio: '<p>No sections.</p>', sections: [] });
    expect(rendered('{% include toc %}\n\n{% include toc %}\n\n## One\n\nA').bio).toBe(`${NAV.replace(/<li><a href="#two-b">.*?<\/li>/, '')}\n${NAV.replace(/<li><a href="#two-b">.*?<\/li>/, '')}`);
  });

  it('takes only a paragraph that is the marker alone', () => {
    expect(rendered('Text site-toc-4a8e1f here.\n\n## One\n\nA').bio).toBe('<p>Text site-toc-4a8e1f here.</p>');
  });

  it('fills in only a paragraph that is the marker alone, not other text that reads like it', () => {
    expect(rendered('## One\n\n- site-toc-4a8e1f\n\n<div>site-toc-4a8e1f</div>\n').sections).toEqual([['one', ['<ul>\n<li>site-toc-4a8e1f</li>\n</ul>\n<div>site-toc-4a8e1f</div>']]]);
  });
});
