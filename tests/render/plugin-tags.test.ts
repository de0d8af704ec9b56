import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiTextFor } from '../../lib/content/ui-text';
import { createLiquid, renderLiquid } from '../../lib/render/liquid';
import { markdownify } from '../../lib/render/pipeline';
import { SOURCE_FILE, UNKNOWN, type UnknownLiquid } from '../../lib/render/plugin-tags';
import { readSiteModel } from '../../lib/site-model';
import { folderWith, page, withProblems } from '../helpers';

/** A one-page site whose home page says `body`: its HTML and the warnings. */
function homeOf(body: string, files: Record<string, string> = {}) {
  const root = folderWith({ 'content/site.yml': 'url: https://a.org\nauthor:\n  name: A\n', 'content/profile.md': page('permalink: /', body), ...files });
  const read = withProblems((problems) => readSiteModel({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {}, problems));
  return { html: read.value?.pages[0]?.bio ?? '', warnings: read.warnings.map((line) => line.replace(/^.*content\/profile\.md/, 'profile.md')) };
}

describe('Liquid of plugins this site does not have', () => {
  it('leaves out an unknown tag and makes the rest of the page, naming the tag and its line', () => {
    const { html, warnings } = homeOf('Before {% jupyter_notebook nb.ipynb %} after.\n');
    expect(html).toBe('<p>Before  after.</p>');
    expect(warnings).toEqual(['profile.md:4: {% jupyter_notebook %} is a tag of a Jekyll plugin this site does not have; it is left out, and the rest of the page is made']);
  });

  it('shows what an unknown block tag holds, as it is', () => {
    const { html, warnings } = homeOf('{% callout warning %}\nMind the **gap**.\n{% endcallout %}\n');
    expect(html).toBe('<p>Mind the <strong>gap</strong>.</p>');
    expect(warnings).toEqual(['profile.md:4: {% callout %} is a tag of a Jekyll plugin this site does not have; what it holds is shown as it is, and the rest of the page is made']);
  });

  it('passes a value through an unknown filter, and says which', () => {
    const { html, warnings } = homeOf('{{ "I :heart: it" | emojify }}\n');
    expect(html).toBe('<p>I :heart: it</p>');
    expect(warnings).toEqual(['profile.md: the filter "emojify" is not one this site has (a Jekyll plugin\'s?); the value is shown without it']);
  });

  it("reads parentheses in a condition as the author meant them (Ruby's lax parser takes them)", () => {
    expect(homeOf('{% if (page.url == "/") and (1 == 2 or 2 == 2) %}yes{% else %}no{% endif %}\n').html).toBe('<p>yes</p>');
  });

  it("writes jekyll-gist's tag as a link to the gist, not its script", () => {
    expect(homeOf('{% gist ada/4f2a9 notes.md %}\n')).toEqual({ html: '<p class="gist"><a href="https://gist.github.com/ada/4f2a9">Gist ada/4f2a9</a></p>', warnings: [] });
  });

  it("writes jekyll-twitter-plugin's tag as a quoted link to the post, not its script", () => {
    expect(homeOf('{% twitter https://x.com/ada/status/1 maxwidth=500 %}\n')).toEqual({
      html: '<blockquote class="tweet"><p><a href="https://x.com/ada/status/1">A post by @ada</a></p></blockquote>',
      warnings: [],
    });
  });

  it('makes al-folio\'s details a <details> whose content is markdown', () => {
    expect(homeOf('{% details Click **here** %}\n- one *item*\n{% enddetails %}\n').html).toBe('<details><summary>Click **here**</summary><ul>\n<li>one <em>item</em></li>\n</ul></details>');
  });

  it('makes jekyll-tabs readable without JavaScript: each tab an open <details> with its title', () => {
    const { html, warnings } = homeOf('{% tabs log %}\n{% tab log first one %}\nText **1**.\n{% endtab %}\n{% tab log second %}\nText 2.\n{% endtab %}\n{% endtabs %}\n');
    expect(warnings).toEqual([]);
    expect(html.replace(/\n/g, '')).toBe('<div class="tabs"><details class="tab" open><summary>first one</summary><p>Text <strong>1</strong>.</p></details><details class="tab" open><summary>second</summary><p>Text 2.</p></details></div>');
  });

  it("answers al-folio's file_exists from the site's public files", () => {
    const files = { 'public/assets/jupyter/nb.ipynb': '{}' };
    expect(homeOf('{% capture found %}{% file_exists assets/jupyter/nb.ipynb %}{% endcapture %}{% capture lost %}{% file_exists assets/none.pdf %}{% endcapture %}{{ found }} {{ lost }}\n', files).html).toBe('<p>true false</p>');
    // The path as Liquid output, spaces and all, as al-folio's notebook posts write it.
    expect(homeOf("{% assign nb = 'assets/jupyter/nb.ipynb' %}{% capture found %}{% file_exists {{ nb }} %}{% endcapture %}{{ found }}\n", files).html).toBe('<p>true</p>');
  });

  it("divides integers as Ruby's Liquid does, and other numbers exactly", () => {
    expect(homeOf('{{ 7 | divided_by: 2 }} {{ 295 | divided_by: 180 | plus: 1 }} {{ 7.5 | divided_by: 2 }} {{ 7 | divided_by: 2.5 }}\n').html).toBe('<p>3 2 3.75 2.8</p>');
  });
});

describe('plugin tags: their arguments and edge cases', () => {
  it('takes the gist from its first word, quotes taken off', () => {
    expect(homeOf('{% gist "ada/4f2a9" %}\n').html).toBe('<p class="gist"><a href="https://gist.github.com/ada/4f2a9">Gist ada/4f2a9</a></p>');
    expect(homeOf("{%   gist   'ada/77'   notes.md %}\n").html).toBe('<p class="gist"><a href="https://gist.github.com/ada/77">Gist ada/77</a></p>');
  });

  it('quotes a post of another site by its address, and shows nothing for a tag without one', () => {
    expect(homeOf('{% twitter maxwidth=500 "https://example.org/post/9" %}\n').html).toBe('<blockquote class="tweet"><p><a href="https://example.org/post/9">https://example.org/post/9</a></p></blockquote>');
    expect(homeOf('{% twitter https://twitter.com/ada?lang=en %}\n').html).toBe('<blockquote class="tweet"><p><a href="https://twitter.com/ada?lang=en">A post by @ada</a></p></blockquote>');
    expect(homeOf('A{% twitter oembed ftp://x.com/ada %}B\n')).toEqual({ html: '<p>AB</p>', warnings: [] });
  });

  it("takes a details summary's quotes off and its spaces around", () => {
    expect(homeOf('{% details   "Show the proof"  %}\nQ.E.D.\n{% enddetails %}\n').html).toBe('<details><summary>Show the proof</summary><p>Q.E.D.</p></details>');
  });

  it('reads an indented tag inside a tab as HTML, and a quoted tab title as one title', () => {
    const { html } = homeOf("{% tabs g %}\n{% tab g 'Tab one' %}\n  <em>x</em>\n{% endtab %}\n{% endtabs %}\n");
    expect(html.replace(/\n/g, '')).toBe('<div class="tabs"><details class="tab" open><summary>Tab one</summary><p><em>x</em></p></details></div>');
  });

  it('stops with the tag named when a block is not closed', () => {
    expect(() => homeOf('{% details Open %}\nnever closed\n')).toThrow(/\{% details Open %\} not closed/);
  });

  it('takes file_exists paths quoted, with a leading slash, and with spaces as %20', () => {
    const files = { 'public/files/my cv.pdf': '%PDF', 'public/a.txt': 'a' };
    expect(homeOf('{% file_exists "/files/my%20cv.pdf" %} {% file_exists \'a.txt\' %} {% file_exists //a.txt %} {% file_exists files %} {% file_exists b.txt %}\n', files).html).toBe('<p>true true true true false</p>');
  });

  it('says a tag that ends in Liquid syntax words (else, when, end…) is not a plugin', () => {
    const { html, warnings } = homeOf('{% case 1 %}{% when 1 %}one{% else %}other{% endcase %} {% if false %}{% elsif true %}two{% endif %}\n');
    expect(html).toBe('<p>one two</p>');
    expect(warnings).toEqual([]);
  });

  it('finds an unknown filter in tags as in output (said once), and a tag whose name has digits and dashes', () => {
    const { html, warnings } = homeOf('{% assign x = "a" | shout %}{{ x }} {{ "b" | shout | upcase }}{% mytag-2 %}\n');
    expect(html).toBe('<p>a B</p>');
    expect(warnings).toEqual([
      'profile.md: the filter "shout" is not one this site has (a Jekyll plugin\'s?); the value is shown without it',
      'profile.md:4: {% mytag-2 %} is a tag of a Jekyll plugin this site does not have; it is left out, and the rest of the page is made',
    ]);
  });

  it('names the include a plugin tag is in', () => {
    const { warnings } = homeOf('Text\n\n{% include box.html %}\n', { 'content/_includes/box.html': '<div>\n{% badge %}\n</div>\n' });
    expect(warnings).toEqual(['profile.md (in the include box.html): {% badge %} is a tag of a Jekyll plugin this site does not have; it is left out, and the rest of the page is made']);
  });
});

describe('plugin tags, as Liquid writes them', () => {
  const engine = (readRelative?: (source: string, name: string) => string | null) =>
    createLiquid({ origin: 'https://a.org', basePath: '', includesDir: null, locale: 'en', markdownify, ui: uiTextFor('en'), readRelative, fileExists: (sitePath) => sitePath === '/x.pdf' });
  const run = (template: string, scope: Record<string, unknown> = {}, readRelative?: (source: string, name: string) => string | null) => {
    const unknown: UnknownLiquid[] = [];
    const html = renderLiquid(engine(readRelative), { file: 'content/pages/p.md', firstLine: 1, text: template }, { [UNKNOWN]: unknown, ...scope }, null);
    return { html, unknown: unknown.map((item) => `${item.kind} ${item.name}`) };
  };

  it('closes the details and tabs they open, and reads a tab-indented tag inside a tab as HTML', () => {
    expect(run('{% details Open %}\nx\n{% enddetails %}').html).toBe('\n\n<details><summary>Open</summary><p>x</p></details>\n\n');
    expect(run('{% tabs g %}\n{% tab g One %}\n\t\t<b>y</b>\n{% endtab %}\n{% endtabs %}').html.replace(/\n/g, '')).toBe('<div class="tabs"><details class="tab" open><summary>One</summary><p><b>y</b></p></details></div>');
  });

  it('quotes a post at an http address, and links a gist named in quotes', () => {
    expect(run("{% twitter http://twitter.com/ada/status/1 %}|{% gist  'ada/123'  %}").html).toBe(
      '<blockquote class="tweet"><p><a href="http://twitter.com/ada/status/1">A post by @ada</a></p></blockquote>|<p class="gist"><a href="https://gist.github.com/ada/123">Gist ada/123</a></p>',
    );
  });

  it('takes a file_exists path from Liquid output with spaces around it', () => {
    expect(run('{% file_exists {{ " /x.pdf " }} %}').html).toBe('true');
  });

  it('reads include_relative only with the page\'s file known and a name that stays beside it', () => {
    const read = (source: string, name: string) => `[${source}:${name}]`;
    expect(run('{% include_relative sub/x.md %}', { [SOURCE_FILE]: 'content/pages/p.md' }, read).html).toBe('[content/pages/p.md:sub/x.md]');
    expect(run('{% include_relative {{ nothing }} %}|{% include_relative ../x.md %}|{% include_relative /x.md %}', { [SOURCE_FILE]: 'content/pages/p.md' }, read)).toEqual({ html: '||', unknown: ['missing-file ', 'missing-file ../x.md', 'missing-file /x.md'] });
    expect(run('{% include_relative x.md %}', {}, read)).toEqual({ html: '', unknown: ['missing-file x.md'] });
  });

  it('finds a tag written with spaces after {% and a filter written without a space after |', () => {
    expect(run('{%  unheard %}{{ "a" |shout }}')).toEqual({ html: 'a', unknown: ['tag unheard', 'filter shout'] });
  });
});
