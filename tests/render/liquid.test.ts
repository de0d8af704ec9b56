import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { LiquidError } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { type BibEntry, parseBibliography } from '../../lib/content/bibliography';
import { ContentError } from '../../lib/content/error';
import { displayName } from '../../lib/content/front-matter';
import { uiTextFor } from '../../lib/content/ui-text';
import { LIQUID_LIMITS, type LiquidBibliography, type LiquidOptions, SHOWN_ENTRIES, createLiquid, hasLiquid, renderLiquid } from '../../lib/render/liquid';
import { markdownify } from '../../lib/render/pipeline';
import { folderWith, loadPages, page, strictly } from '../helpers';

/** Renders a template with a Liquid engine for https://ada.github.io/site. */
function run(template: string, scope: Record<string, unknown> = {}, includesDir: string | null = null, locale = 'en'): string {
  const engine = createLiquid({ origin: 'https://ada.github.io', basePath: '/site', includesDir, locale, markdownify, ui: uiTextFor(locale) });
  return renderLiquid(engine, { file: 'content/pages/x.md', firstLine: 5, text: template }, scope, includesDir);
}

/** The ContentError message a template stops with. */
function failure(template: string, includesDir: string | null = null): string {
  try {
    run(template, {}, includesDir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the template rendered');
}

const notes = {
  title: 'Notes on the Engine',
  url: '/publication/notes',
  collection: 'publications',
  date: new Date(Date.UTC(1843, 7, 1)),
  venue: 'Proc. Analytical Society',
  excerpt: 'Note *G*.',
  citation: 'Lovelace, A. (1843).',
  paperurl: '/files/notes.pdf',
  slidesurl: 'https://example.org/slides',
};

describe('Liquid, as Jekyll runs it', () => {
  it('runs loops, conditions, assign, capture, continue and reversed over site data', () => {
    const site = { publications: [{ title: 'A', category: 'books' }, { title: 'B', category: 'talks' }, { title: 'C', category: 'books' }] };
    const template = [
      '{% assign n = 0 %}{% capture head %}Books:{% endcapture %}{{ head }}',
      '{% for post in site.publications reversed %}{% if post.category != "books" %}{% continue %}{% endif %}{% unless forloop.first %}, {% endunless %}{{ post.title }}{% endfor %}',
    ].join('');
    expect(run(template, { site })).toBe('Books:C, A');
  });

  it('iterates a mapping as [key, value] pairs, as publication_category loops do', () => {
    const site = { publication_category: { books: { title: 'Books' }, manuscripts: { title: 'Journal Articles' } } };
    expect(run('{% for c in site.publication_category %}{{ c[0] }}={{ c[1].title }};{% endfor %}', { site })).toBe('books=Books;manuscripts=Journal Articles;');
  });

  it("has Jekyll's URL, date, array and text filters", () => {
    const date = new Date(Date.UTC(2024, 2, 5, 10, 30));
    const posts = [
      { title: 'b', year: '2023', tags: ['x'] },
      { title: 'a', year: '2024', tags: ['x', 'y'] },
      { title: 'c', year: '2023', tags: [] },
    ];
    const cases: [string, string][] = [
      ["{{ '/files/cv.pdf' | relative_url }}", '/site/files/cv.pdf'],
      ["{{ 'files/cv.pdf' | absolute_url }}", 'https://ada.github.io/site/files/cv.pdf'],
      ['{{ base_path }}/talks/', '/site/talks/'],
      ['{% include base_path %}{{ base_path }}', '/site'],
      ["{{ date | date: '%B %-d, %Y' }}", 'March 5, 2024'],
      ["{{ '2024-03-05' | date: '%Y' }}", '2024'],
      ['{{ date | date_to_xmlschema }}', '2024-03-05T10:30:00+00:00'],
      ['{{ date | date_to_string }}', '05 Mar 2024'],
      ['{{ date | local_date }}', 'March 5, 2024'],
      ["{{ posts | where: 'year', '2023' | map: 'title' | join: ',' }}", 'b,c'],
      ["{{ posts | where_exp: 'p', \"p.year == '2024'\" | map: 'title' | join: ',' }}", 'a'],
      ["{{ posts | sort: 'title' | map: 'title' | join: ',' }}", 'a,b,c'],
      ["{% assign g = posts | group_by: 'year' %}{% for y in g %}{{ y.name }}:{{ y.size }} {% endfor %}", '2023:2 2024:1 '],
      ["{{ 'Hello, World!' | slugify }}", 'hello-world'],
      ['{{ posts[1] | jsonify }}', '{"title":"a","year":"2024","tags":["x","y"]}'],
      ['{{ date | jsonify }}', '"2024-03-05T10:30:00.000Z"'],
      ["{{ 'a < b & c' | xml_escape }}", 'a &lt; b &amp; c'],
      ["{{ '<p>Some <b>bold</b></p>' | strip_html }}", 'Some bold'],
      ["{{ 'one two  three' | number_of_words }}", '3'],
      ["{{ '*hi*' | markdownify }}", '<p><em>hi</em></p>'],
      ["{{ '42abc' | to_integer | plus: 1 }}", '43'],
      ["{{ 'x' | no_such_filter }}", 'x'],
      ['{{ nothing.at.all }}|', '|'],
    ];
    for (const [template, expected] of cases) expect(run(template, { date, posts }), template).toBe(expected);
  });

  it('writes month names in the site language', () => {
    const date = new Date(Date.UTC(2024, 2, 5));
    expect(run("{{ date | date: '%-d %B %Y' }} / {{ date | local_date }}", { date }, null, 'fr')).toBe('5 mars 2024 / 5 mars 2024');
    expect(run('{{ date | local_date }}', { date }, null, 'ja')).toBe('2024年3月5日');
  });

  it('groups by a list field with group-by-array, names sorted', () => {
    const posts = [
      { title: 'a', tags: ['zeta', 'alpha'] },
      { title: 'b', tags: ['alpha'] },
    ];
    const template = "{% include group-by-array collection=posts field='tags' %}{% for name in group_names %}{{ name }}:{{ group_items[forloop.index0] | map: 'title' | join: '+' }} {% endfor %}";
    expect(run(template, { posts })).toBe('alpha:a+b zeta:a ');
  });

  it('renders the stock archive-single include with our markup and words', () => {
    expect(run('{% include archive-single.html %}', { post: notes })).toBe(
      [
        '\n<article class="archive-item">',
        '<h2 class="archive-title"><a href="/site/publication/notes">Notes on the Engine</a></h2>',
        '<p class="archive-meta">Published in <i>Proc. Analytical Society</i>, <time datetime="1843-08-01">1843</time></p>',
        '<div class="archive-excerpt"><p>Note <em>G</em>.</p></div>',
        '<p class="archive-citation">Recommended citation: Lovelace, A. (1843).</p>',
        '<p class="archive-links"><a href="/files/notes.pdf">Download paper</a><a href="https://example.org/slides">Download slides</a></p>',
        '</article>',
      ].join(''),
    );
    // The grid form shows the title, the teaser and the date, not the excerpt or the links.
    const grid = run('{% include archive-single.html type="grid" %}', { post: { ...notes, header: { teaser: '/images/t.png' } } });
    expect(grid).toBe(
      '\n<article class="archive-item archive-grid"><img src="/site/images/t.png" alt="" loading="lazy"><h2 class="archive-title"><a href="/site/publication/notes">Notes on the Engine</a></h2><p class="archive-meta">Published in <i>Proc. Analytical Society</i>, <time datetime="1843-08-01">1843</time></p></article>',
    );
  });

  it('renders talks, teaching and posts each with their own line', () => {
    const talk = { title: 'On cards', url: '/talks/cards', collection: 'talks', type: 'Talk', venue: 'Royal Society', location: 'London', date: new Date(Date.UTC(1840, 2, 1)) };
    expect(run('{% include archive-single-talk.html %}', { post: talk })).toBe(
      '\n<article class="archive-item"><h2 class="archive-title"><a href="/site/talks/cards">On cards</a></h2><p class="archive-meta">Talk, <i>Royal Society</i>, London, <time datetime="1840-03-01T00:00:00+00:00">March 1, 1840</time></p></article>',
    );
    expect(run('{% include archive-single-talk-cv.html %}', { post: { ...talk, type: undefined, venue: undefined } })).toBe(
      '\n<li class="cv-item"><a href="/site/talks/cards">On cards</a>, London, <time datetime="1840-03-01T00:00:00+00:00">March 1, 1840</time></li>',
    );
    expect(run('{% include archive-single-cv.html %}', { post: notes })).toBe(
      '\n<li class="cv-item"><a href="/site/publication/notes">Notes on the Engine</a>, <i>Proc. Analytical Society</i>, <time datetime="1843-08-01">1843</time><br>Lovelace, A. (1843).</li>',
    );
    const post = { title: 'Hello', url: '/posts/hello/', collection: 'posts', date: new Date(Date.UTC(2024, 0, 2)), link: 'https://example.org/hello' };
    expect(run('{% include archive-single.html %}', { post })).toBe(
      '\n<article class="archive-item"><h2 class="archive-title"><a href="https://example.org/hello">Hello</a> <a class="archive-permalink" href="/site/posts/hello/">Permalink</a></h2><p class="archive-meta"><time datetime="2024-01-02T00:00:00+00:00">January 2, 2024</time></p></article>',
    );
  });

  it("speaks the site's language in the built-in includes", () => {
    expect(run('{% include archive-single.html %}', { post: { ...notes, excerpt: undefined, citation: undefined, slidesurl: undefined } }, null, 'fr')).toContain(
      '<p class="archive-meta">Publié dans <i>Proc. Analytical Society</i>',
    );
  });

  it("reads any other include from content/_includes, with Jekyll's include parameters", () => {
    const dir = folderWith({ '_includes/member.html': '<b>{{ include.name }}</b> ({{ include.role | default: "member" }}){% include base_path %}', 'site.yml': 'secret: 1\n' });
    const includes = path.join(dir, '_includes');
    expect(run('{% include member.html name="Ada" %}', {}, includes)).toBe('<b>Ada</b> (member)');
    // An own file of a stock name wins over the built-in one.
    const own = folderWith({ '_includes/archive-single.html': 'mine: {{ post.title }}' });
    expect(run('{% include archive-single.html %}', { post: notes }, path.join(own, '_includes'))).toBe('mine: Notes on the Engine');
    // Nothing outside the folder can be read.
    expect(failure('{% include ../site.yml %}', includes)).toMatch(/content\/pages\/x\.md:5: expected an include that exists/);
  });

  it('stops on a syntax error with the file and line, and what to do', () => {
    expect(failure('line one\n\n{% for post in site.posts %}{{ post.title }}')).toMatch(
      /^content\/pages\/x\.md:7: expected valid Liquid, found Liquid that fails: .*for.* not closed.*\. Check the tag on that line/,
    );
    expect(failure('a\n{% if x %}{% endfor %}')).toMatch(/^content\/pages\/x\.md:6: expected valid Liquid, found Liquid that fails: .*Check the tag on that line/);
  });

  it('stops on an include that exists nowhere, naming the line and what to do', () => {
    expect(failure('one\ntwo {% include talk-map.html %}')).toBe(
      'content/pages/x.md:6: expected an include that exists, found Liquid that fails: ENOENT: Failed to lookup "talk-map.html" in "/_includes". Put the file in content/_includes/ or remove the `{% include %}`',
    );
  });

  it("names the owner's include file when the mistake is in it", () => {
    const dir = folderWith({ '_includes/broken.html': 'ok\n{% if x %}never closed' });
    const message = failure('{% include broken.html %}', path.join(dir, '_includes'));
    expect(message).toMatch(/_includes\/broken\.html:2: expected valid Liquid, found Liquid that fails: tag \{% if x %\} not closed/);
  });

  it('stops a template that would run or grow without end, within its limits', () => {
    const options = { origin: 'https://ada.github.io', basePath: '', includesDir: null, locale: 'en', markdownify, ui: uiTextFor('en') };
    expect(LIQUID_LIMITS).toEqual({ parseLimit: 1_000_000, renderLimit: 5_000, memoryLimit: 50_000_000 });
    expect(createLiquid(options).options).toMatchObject(LIQUID_LIMITS);
    expect(failure('{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}')).toMatch(
      /^content\/pages\/x\.md:5: expected a template that finishes within the limits \(5 s, 50 MB\), found Liquid that fails: memory alloc limit exceeded/,
    );
    // The time limit, shortened to 200 ms here.
    const engine = createLiquid({ ...options, limits: { renderLimit: 200 } });
    expect(engine.options).toMatchObject({ ...LIQUID_LIMITS, renderLimit: 200 });
    const started = Date.now();
    expect(() => renderLiquid(engine, { file: 'content/pages/x.md', firstLine: 5, text: '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}' }, {}, null)).toThrow(
      /^content\/pages\/x\.md:5: expected a template that finishes within the limits \(5 s, 50 MB\), found Liquid that fails: template render limit exceeded/,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("has Jekyll's and al-folio's other filters, nil as Jekyll 4.3.1 takes it", () => {
    const posts = [{ title: 'b', tags: ['x', 'y'], year: 2023, when: new Date(Date.UTC(2024, 0, 2)) }, { title: 'a', tags: 'z', year: 2024, when: new Date(Date.UTC(2024, 0, 2)) }, { title: 'c', tags: [], year: null }, { title: 'd', tags: '' }, 'not a record'];
    const cases: [string, string][] = [
      ['{{ posts | group_names_by: "tags" | join: "," }}', 'x,y,z'],
      ['{{ posts | group_names_by: "year" | join: "," }}', '2023,2024'],
      ['{% assign g = posts | group_items_by: "tags" %}{% for items in g %}{{ items | map: "title" | join: "" }};{% endfor %}', 'b;b;a;'],
      ['{{ s | group_names_by: "x" | size }}{{ s | group_items_by: "x" | size }}{{ s | group_by: "x" | size }}', '000'],
      ['{% assign g = posts | group_by: "when" %}{% for x in g %}[{{ x.name }}|{{ x.size }}]{% endfor %}', '[2024-01-02T00:00:00.000Z|2][|3]'],
      ['{{ posts[1] | inspect }}', '{"title":"a","tags":"z","year":2024,"when":"2024-01-02T00:00:00.000Z"}'],
      // kramdown's typography, as Jekyll 4.3.1 writes it (checked against it); tags kept.
      ['{{ "a -- \'b\' ... --- it\'s" | smartify }}|{{ \'say "<i>hi</i>"\' | smartify }}', 'a – ‘b’ … — it’s|say “<i>hi</i>”'],
      ['{{ "12abc" | to_integer }} {{ "x" | to_integer }} {{ 3.9 | to_integer }}', '12 0 3'],
      ['{{ "2024-03-05" | local_date }}|{{ 0 | local_date }}|{{ "nope" | local_date }}', 'March 5, 2024|January 1, 1970|'],
      ['{{ "//cdn.x/a" | absolute_url }}|{{ "https://x.org/a" | absolute_url }}|{{ "a" | absolute_url }}|{{ "" | absolute_url }}', '//cdn.x/a|https://x.org/a|https://ada.github.io/site/a|https://ada.github.io/site'],
      ['[{{ nil | jsonify }}][{{ nil | inspect }}][{{ nil | smartify }}][{{ nil | markdownify }}][{{ nil | to_integer }}][{{ nil | local_date }}]', '[null][null][][][0][]'],
      ['[{{ nil | relative_url }}][{{ page.nothing | relative_url }}][{{ "" | relative_url }}][{{ nil | absolute_url }}]', '[][][/site][]'],
      ['[{{ empty | jsonify }}][{{ blank | smartify }}]', '[""][]'],
    ];
    for (const [template, expected] of cases) expect(run(template, { posts, s: 'plain', page: {} }), template).toBe(expected);
  });

  it('tells a syntax mistake (with its advice) from a template that fails as it runs', () => {
    const advice = 'Check the tag on that line: every {% if %}, {% for %}, {% capture %} needs its {% end... %}';
    expect(failure('{{ x')).toBe(`content/pages/x.md:5: expected valid Liquid, found Liquid that fails: output "{{ x" not closed. ${advice}`);
    expect(failure('{% assign = 1 %}')).toBe(`content/pages/x.md:5: expected valid Liquid, found Liquid that fails: expected variable name. ${advice}`);
    expect(failure('{{ x | append }}')).toBe('content/pages/x.md:5: expected Liquid that runs, found Liquid that fails: append expect 2 arguments');
  });

  it("shows Jekyll's highlight blocks as code, their text untouched", () => {
    expect(run('{% highlight ruby linenos %}\ndef x\n  puts "<b>{{ y }}</b>"\nend\n{% endhighlight %}')).toBe(
      '<pre><code class="language-ruby">def x\n  puts "&#x3C;b>{{ y }}&#x3C;/b>"\nend</code></pre>',
    );
    expect(failure('{% highlight %}never closed')).toMatch(/content\/pages\/x\.md:5: expected valid Liquid, found Liquid that fails: tag \{% highlight %\} not closed/);
  });

  it('tells texts with Liquid from texts without', () => {
    expect(hasLiquid('plain {text} and {$x$}')).toBe(false);
    expect(hasLiquid('a {{ b }}')).toBe(true);
    expect(hasLiquid('{% if %}')).toBe(true);
  });
});

describe('Liquid in a page', () => {
  it("runs before markdown, with the page's own front matter, and its output is sanitised", () => {
    const dir = folderWith({
      'profile.md': page(
        'permalink: /\ntitle: Home\nsubtitle: "*hello*"',
        'See [my CV]({{ base_path }}/files/cv.pdf). {{ page.subtitle }} at {{ page.url }}\n\n{{ "<script>alert(1)</script><b onclick=x>ok</b>" }}',
      ),
    });
    const [home] = loadPages(dir, { origin: 'https://a.org', basePath: '/r' });
    expect(home?.bio).toBe('<p>See <a href="/r/files/cv.pdf">my CV</a>. <em>hello</em> at /</p>\n<b>ok</b>');
    expect(home?.warnings).toEqual([]);
  });

  it('keeps a list built by a loop in one HTML block, as kramdown does', () => {
    const body = 'Intro\n\n  <ul>{% for i in (1..3) %}\n    <li>{{ i }}</li>\n  {% endfor %}</ul>\n\nAfter';
    const [home] = loadPages(folderWith({ 'profile.md': page('permalink: /', body) }));
    expect(home?.bio).toBe('<p>Intro</p>\n  <ul>\n    <li>1</li>\n    <li>2</li>\n    <li>3</li>\n  </ul>\n<p>After</p>');
  });

  it("names the page's own line when its Liquid fails", () => {
    const dir = folderWith({ 'profile.md': page('permalink: /', 'one\n\n{% endfor %}') });
    expect(() => loadPages(dir)).toThrow(/profile\.md:6: expected valid Liquid/);
  });
});

describe("Liquid's site tags and filters, at their edges", () => {
  const bib = '@article{a, title={A}, author={Lovelace, Ada}, year={1843}}\n@article{b, title={B}, author={Babbage, Charles}, year={1840}}\n';
  const entries = (): BibEntry[] => strictly((problems) => parseBibliography(bib, 'papers', 'content/bibliography/papers.bib', problems)).map((entry) => ({ ...entry, page: `/publications/${entry.key}/` }));
  const options = { basePath: '/site', pages: true, owner: { last: [], first: [] }, labels: { abstract: 'Abstract' } };
  const bibliography = (listPage: string | null, pages = true, files: Record<string, BibEntry[]> = { papers: entries() }): LiquidBibliography => ({
    files: new Map(Object.entries(files)),
    citable: entries(),
    defaultFile: 'papers',
    options: { ...options, pages },
    listPage,
  });
  const documents = { byPath: new Map([['_pages/cv.md', '/cv/']]), posts: new Map([['2023-01-01-first', '/2023/01/01/first/']]) };
  const engine = (more: Partial<LiquidOptions> = {}) => createLiquid({ origin: 'https://ada.github.io', basePath: '', includesDir: null, locale: 'en', markdownify, ui: uiTextFor('en'), ...more });
  const render = (template: string, more: Partial<LiquidOptions> = {}, scope: Record<string, unknown> = {}) => renderLiquid(engine(more), { file: 'content/pages/x.md', firstLine: 1, text: template }, scope, more.includesDir ?? null);
  const error = (template: string, more: Partial<LiquidOptions> = {}): unknown => {
    try {
      render(template, more);
    } catch (thrown) {
      return thrown;
    }
    return null;
  };

  it('takes a {% link %} path quoted or not, with leading slashes, and a {% post_url %} name with its extension', () => {
    expect(render('{% link "_pages/cv.md" %}|{% link  \'_pages/cv.md\'  %}|{% link //_pages/cv.md %}|{% post_url 2023-01-01-first.md %}|{% post_url "2023-01-01-first" %}', { documents })).toBe('/cv/|/cv/|/cv/|/2023/01/01/first/|/2023/01/01/first/');
    expect(String(error('{% link _pages/none.md %}', { documents }))).toContain('no document of the site at "_pages/none.md" for {% link %}');
    // Without the site's documents (a page on its own), the tags are a plugin's: left out.
    expect(render('[{% link _pages/cv.md %}][{% cite a %}]')).toBe('[][]');
  });

  it('links each key {% cite %} names, to the list page, the paper page, or the entry on this page', () => {
    expect(render('{% cite a,b  -A %}', { bibliography: bibliography('/publications/') })).toBe('<a class="citation" href="/site/publications/#a">(Lovelace, 1843)</a>, <a class="citation" href="/site/publications/#b">(Babbage, 1840)</a>');
    expect(render('{% cite a %}', { bibliography: bibliography(null) })).toBe('<a class="citation" href="/site/publications/a/#a">(Lovelace, 1843)</a>');
    expect(render('{% cite a %}', { bibliography: bibliography(null, false) })).toBe('<a class="citation" href="#a">(Lovelace, 1843)</a>');
  });

  it('shows one entry with {% reference %}, records the entries a page shows, and names the .bib files there are', () => {
    const shown: BibEntry[] = [];
    const html = render('{% reference  b  %}', { bibliography: bibliography(null) }, { [SHOWN_ENTRIES]: shown });
    expect(html).toMatch(/^<ol class="bibliography"><li class="bib-entry" id="b">/);
    expect(shown.map((entry) => entry.key)).toEqual(['b']);
    // Without a place to record them, the entries are shown all the same.
    expect(render('{% bibliography %}', { bibliography: bibliography(null) })).toContain('id="a"');
    expect(String(error('{% bibliography --file nope %}', { bibliography: bibliography(null, true, { papers: [], talks: [] }) }))).toContain('no BibTeX file content/bibliography/nope.bib (there is: papers.bib, talks.bib)');
    expect(String(error('{% bibliography %}', { bibliography: bibliography(null, true, {}) }))).toContain('(there is: none)');
  });

  it("writes Jekyll's highlight block: the language as a class name, the code without its first line end and trailing space", () => {
    expect(render('{% highlight  c<b>+ %}\nint a;\n{% if x %}b{% endif %}\n\n{% endhighlight %}')).toBe('<pre><code class="language-cb+">int a;\n{% if x %}b{% endif %}</code></pre>');
    expect(render('{% highlight %}a\nb  \n{% endhighlight %}')).toBe('<pre><code>a\nb</code></pre>');
  });

  it('has filters as Jekyll has them: absolute_url without a base path, where over lists, own properties only, group names of records only', () => {
    const posts = [
      { title: 'a', tags: ['x', 'y'] },
      { title: 'b', tags: ['y'] },
    ];
    expect(render('{{ "" | absolute_url }}|{{ posts | where: "tags", "x" | map: "title" | join: "," }}|[{{ posts.constructor }}][{{ o.toString }}]|{{ words | group_names_by: "length" | size }}', {}, { posts, o: {}, words: ['abc'] })).toBe('https://ada.github.io|a|[][]|0');
  });

  it("answers file_exists and include_relative without the site's files: no file", () => {
    expect(render('[{% file_exists /x.pdf %}][{% include_relative x.md %}]')).toBe('[false][]');
  });

  it("gives the owner's includes in folders their plugin stand-ins, and a folder that is not there none", () => {
    const dir = folderWith({ '_includes/parts/x.html': 'a{% unheard_of_tag %}b' });
    const includesDir = path.join(dir, '_includes');
    expect(render('{% include parts/x.html %}', { includesDir })).toBe('ab');
    expect(render('ok', { includesDir: path.join(dir, 'none') })).toBe('ok');
  });

  it('does not follow a symbolic link out of the includes folder, and keeps the Liquid error as the cause', () => {
    const outside = folderWith({ 'secret.html': 'secret' });
    const dir = folderWith({ '_includes/own.html': 'own {{ x' });
    symlinkSync(path.join(outside, 'secret.html'), path.join(dir, '_includes', 'evil.html'));
    const includesDir = path.join(dir, '_includes');
    const thrown = error('{% include evil.html %}', { includesDir });
    expect(String(thrown)).toMatch(/expected an include that exists/);
    const inInclude = error('{% include own.html %}', { includesDir });
    expect(inInclude).toBeInstanceOf(ContentError);
    expect(inInclude instanceof Error ? [inInclude.message, inInclude.cause instanceof LiquidError] : []).toEqual([
      `${displayName(path.join(includesDir, 'own.html'))}:1: expected valid Liquid, found Liquid that fails: output "{{ x" not closed. Check the tag on that line: every {% if %}, {% for %}, {% capture %} needs its {% end... %}`,
      true,
    ]);
  });
});
