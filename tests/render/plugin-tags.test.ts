import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteModel } from '../../lib/site-model';
import { folderWith, page, withProblems } from '../helpers';

/** A one-page site whose home page says `body`: its HTML and the warnings. */
function homeOf(body: string) {
  const root = folderWith({ 'content/site.yml': 'url: https://a.org\nauthor:\n  name: A\n', 'content/profile.md': page('permalink: /', body) });
  const read = withProblems((problems) => readSiteModel({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {}, problems));
  return { html: read.value?.pages[0]?.bio ?? '', warnings: read.warnings.map((line) => line.replace(/^.*content\/profile\.md/, 'profile.md')) };
}

describe('Liquid of plugins this site does not have', () => {
  it('leaves out an unknown tag and makes the rest of the page, naming the tag and its line', () => {
    const { html, warnings } = homeOf('Before {% twitter https://x.com/a/status/1 %} after.\n');
    expect(html).toBe('<p>Before  after.</p>');
    expect(warnings).toEqual(['profile.md:4: {% twitter %} is a tag of a Jekyll plugin this site does not have; it is left out, and the rest of the page is made']);
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
});
