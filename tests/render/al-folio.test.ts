import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../lib/model';
import { redirectTarget } from '../../lib/content/routes';
import { spacedDefinitions } from '../../lib/render/kramdown';
import { readSiteModel } from '../../lib/site-model';
import { folderWith, page, withProblems } from '../helpers';

const SITE = [
  'url: https://mira.example.org',
  'title: blank',
  'first_name: Mira',
  'last_name: Osei',
  'pagination:',
  '  enabled: true',
  'jekyll-archives:',
  '  enabled: [tags]',
  '  permalinks:',
  '    tag: /blog/tag/:name/',
  'permalink: /blog/:year/:title/',
  'collections:',
  '  news:',
  '    output: true',
  '',
].join('\n');

const post = (date: string, title: string, extra = '') => page(`title: ${title}\ntags: [field]${extra}`, `About ${title}.\n`);

function alFolioSite(files: Record<string, string> = {}) {
  const root = folderWith({
    'content/site.yml': SITE,
    'content/profile.md': page('title: about\npermalink: /\nlayout: about\nsubtitle: <b>Coast</b> lab<script>x()</script>\nprofile:\n  image: me.jpg\n  more_info: <p>Room 1</p>\nannouncements:\n  enabled: true\n  limit: 2\nlatest_posts:\n  enabled: true\n  limit: 2', 'Hello.\n'),
    'public/assets/img/me.jpg': 'jpeg',
    'content/news/a.md': page('date: 2024-01-05\ninline: true', 'First **news**.\n'),
    'content/news/b.md': page('date: 2024-03-01\ntitle: Moved', 'Long text.\n'),
    'content/news/c.md': page('date: 2023-01-01\ninline: true', 'Old news.\n'),
    'content/posts/2024-01-01-one.md': post('2024-01-01', 'one'),
    'content/posts/2024-02-01-two.md': post('2024-02-01', 'two'),
    'content/posts/2024-03-01-three.md': post('2024-03-01', 'three', '\nredirect: https://elsewhere.example.org/talk'),
    'content/pages/blog.md': page(
      'title: blog\npermalink: /blog/\npagination:\n  enabled: true\n  per_page: 2',
      '{% for post in paginator.posts %}- [{{ post.title }}]({{ post.url }}) {{ post.content | number_of_words | divided_by: 3 }}\n{% endfor %}\npage {{ paginator.page }} of {{ paginator.total_pages }}, next: {{ paginator.next_page_path }}, previous: {{ paginator.previous_page_path }}\n',
    ),
    'content/pages/cv.md': page('title: cv\npermalink: /cv/\nlayout: cv\ncv_pdf: cv.pdf\ntoc:\n  sidebar: left', 'My CV.\n'),
    'content/_data/cv.yml': '- title: Education\n  type: time_table\n  contents:\n    - title: PhD\n      institution: Coast University\n      year: 2019\n- title: Facts\n  type: map\n  contents:\n    - name: Born\n      value: Accra\n',
    ...files,
  });
  const folders = { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
  const read = withProblems((problems) => readSiteModel(folders, {}, problems));
  const model = read.value;
  if (model === null) throw new Error('the site did not build');
  const at = (permalink: string): Page => {
    const found = model.pages.find((one) => one.meta.permalink === permalink);
    if (found === undefined) throw new Error(`no page at ${permalink}: ${model.pages.map((one) => one.meta.permalink).join(' ')}`);
    return found;
  };
  const text = (one: Page) => [one.bio ?? '', ...one.sections.flatMap((section) => [section.heading.html, ...section.blocks.map((block) => (block.type === 'html' ? block.html : block.items.map((item) => item.html).join('|')))])].join('\n');
  return { model, warnings: read.warnings, at, text };
}

describe('an al-folio site', () => {
  it("shows the about page's subtitle, photo, address, news and latest posts", () => {
    const { model, at, warnings } = alFolioSite();
    expect(warnings).toEqual([]);
    expect(model.site.title).toBe('Mira Osei');
    expect(model.site.author).toMatchObject({ name: 'Mira Osei', avatar: '/assets/img/me.jpg', moreInfo: '<p>Room 1</p>' });
    const home = at('/');
    expect(home.subtitle).toBe('<b>Coast</b> lab');
    expect(home.sections.map((section) => [section.kind, section.heading.text])).toEqual([
      ['news', 'News'],
      ['generic', 'Latest posts'],
    ]);
    const [news, posts] = home.sections;
    const items = (section: typeof news) => (section?.blocks[0]?.type === 'list' ? section.blocks[0].items : []);
    expect(items(news).map((item) => item.html)).toEqual(['<time datetime="2024-03-01">Mar 1, 2024</time> <a href="/news/b/">Moved</a>', '<time datetime="2024-01-05">Jan 5, 2024</time> First <strong>news</strong>.']);
    expect(items(news).map((item) => item.date?.iso)).toEqual(['2024-03-01', '2024-01-05']);
    expect(items(posts).map((item) => item.html)).toEqual(['<time datetime="2024-03-01">Mar 1, 2024</time> <a href="https://elsewhere.example.org/talk">three</a>', '<time datetime="2024-02-01">Feb 1, 2024</time> <a href="/blog/2024/two/">two</a>']);
  });

  it('warns about a profile image that is not there, and shows the initials', () => {
    const { model, warnings } = alFolioSite({ 'content/profile.md': page('title: about\npermalink: /\nprofile:\n  image: gone.jpg', 'Hi.\n') });
    expect(model.site.author.avatar).toBeNull();
    expect(warnings.filter((line) => line.includes('profile.image'))).toHaveLength(1);
    expect(warnings.find((line) => line.includes('profile.image'))).toMatch(/profile\.md:5: `profile\.image`: expected an image at .*gone\.jpg, found no such file; the sidebar shows your initials$/);
  });

  it("paginates the blog with jekyll-paginate-v2's paginator, and makes the tag archive", () => {
    const { at, text, model } = alFolioSite();
    // The post with redirect: is listed, but has no page: its URL redirects.
    expect(text(at('/blog/'))).toContain('<a href="/blog/2024/three/">three</a>');
    expect(text(at('/blog/'))).toContain('<a href="/blog/2024/two/">two</a> 0');
    expect(text(at('/blog/'))).toContain('page 1 of 2, next: /blog/page/2/, previous:');
    expect(text(at('/blog/page/2/'))).toContain('<a href="/blog/2024/one/">one</a>');
    expect(text(at('/blog/page/2/'))).toContain('page 2 of 2, next: , previous: /blog/');
    expect(text(at('/blog/tag/field/'))).toContain('<a href="/blog/2024/two/">two</a>');
    expect(model.pages.some((one) => one.meta.permalink === '/blog/2024/three/')).toBe(false);
    expect(model.redirects).toContainEqual({ from: '/blog/2024/three', to: 'https://elsewhere.example.org/talk', file: expect.stringContaining('2024-03-01-three.md') });
  });

  it('gives an archive page its list alone: no aliases, no entries, markdown; and lists related posts under posts only', () => {
    const { model } = alFolioSite({ 'content/site.yml': `${SITE}related_blog_posts:\n  enabled: true\n`, 'content/news/d.md': page('date: 2024-04-01\ntitle: Own page', 'News with a page.\n') });
    const archive = model.pages.find((one) => one.meta.permalink === '/blog/tag/field/');
    expect([archive?.aliases, archive?.entries, archive?.format, archive?.bio, archive?.sections.length]).toEqual([[], [], 'markdown', null, 1]);
    const news = model.pages.find((one) => one.meta.permalink === '/news/d/');
    expect(news?.sections).toEqual([]);
    expect(model.pages.find((one) => one.meta.permalink === '/blog/2024/two/')?.sections.map((section) => section.id)).toEqual(['related-posts']);
  });

  it("lists related posts under each post when the config asks for them: the newest others, at most max_related", () => {
    const { at } = alFolioSite({
      'content/site.yml': `${SITE}related_blog_posts:\n  enabled: true\n  max_related: 1\n`,
      'content/posts/2024-02-01-two.md': page('title: two\nrelated_posts: false', 'Two.\n'),
      'content/posts/2024-02-15-moved.md': page('title: moved\nredirect_to: /blog/', 'Moved.\n'),
    });
    const related = (permalink: string) => at(permalink).sections.find((section) => section.id === 'related-posts');
    // The newest other post with a page of its own: three and moved redirect elsewhere, so neither.
    expect(related('/blog/2024/one/')?.heading.text).toBe('More posts to read');
    expect(related('/blog/2024/one/')?.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.text) : []))).toEqual(['Feb 1, 2024 two']);
    expect(related('/blog/2024/two/')).toBeUndefined();
    expect(alFolioSite().at('/blog/2024/one/').sections.find((section) => section.id === 'related-posts')).toBeUndefined();
  });

  it('adds the CV from cv.yml after the text of a layout: cv page, with its PDF and contents', () => {
    const { at, text } = alFolioSite();
    const cv = at('/cv/');
    expect(cv.sections.map((section) => section.heading.text)).toEqual(['Education', 'Facts']);
    expect(text(cv)).toContain('<p class="cv-pdf"><a href="/assets/pdf/cv.pdf">PDF</a></p>');
    expect(text(cv)).toContain('<nav class="toc"');
    expect(text(cv)).toContain('<span class="cv-dates">2019</span> <strong>PhD</strong>, Coast University');
    expect(text(cv)).toContain('<tr><th scope="row">Born</th><td>Accra</td></tr>');
  });
});

describe("al-folio's people and course pages", () => {
  const people = page(
    'title: people\npermalink: /people/\nlayout: profiles\nprofiles:\n  - align: left\n    image: me.jpg\n    image_circular: true\n    content: about_me.md\n    more_info: >\n      <p>Room 1</p>\n  - image: me.jpg\n    content: about_ren.md\n  - content: ../site.yml\n  - content: nobody.md',
    '',
  );

  it('shows each person of layout: profiles with picture, address and the text of their file, found as include_relative finds it', () => {
    const { at, text, warnings } = alFolioSite({
      'content/pages/people.md': people,
      'content/pages/about_me.md': 'I am **Mira**, {{ page.title }} page.\n',
      // The importer puts a file without front matter where Jekyll copies it: public/_pages/.
      'public/_pages/about_ren.md': 'Ren studies [kelp](/blog/).\n',
    });
    const html = text(at('/people/'));
    const sections = [...html.matchAll(/<section class="([^"]+)">/g)].map((match) => match[1]);
    expect(sections).toEqual(['profile-entry profile-left', 'profile-entry profile-right', 'profile-entry profile-right', 'profile-entry profile-right']);
    expect(html).toContain('<figure class="figure circular"><img src="/assets/img/me.jpg" alt="" loading="eager"></figure><div class="more-info"><p>Room 1</p></div>');
    expect(html).toContain('<p>I am <strong>Mira</strong>, people page.</p>');
    expect(html).toContain('<p>Ren studies <a href="/blog/">kelp</a>.</p>');
    expect(html).not.toContain('url:');
    // A path that climbs out and a file that is not there: a warning each, and the rest of the page.
    expect(warnings.filter((line) => line.includes('include_relative'))).toEqual([
      expect.stringMatching(/content\/pages\/people\.md:\d+: \{% include_relative \.\.\/site\.yml %\}: there is no such file beside the page \(Jekyll would stop here\); nothing is shown in its place$/),
      expect.stringMatching(/content\/pages\/people\.md:\d+: \{% include_relative nobody\.md %\}: there is no such file beside the page \(Jekyll would stop here\); nothing is shown in its place$/),
    ]);
  });

  it("keeps the page's own lines in messages when the layout adds text before them", () => {
    const { warnings } = alFolioSite({ 'content/pages/cv.md': page('title: cv\npermalink: /cv/\nlayout: cv\ncv_pdf: cv.pdf\ntoc:\n  sidebar: left', 'My CV.\n\n{% no_such_plugin %}\n') });
    // front matter: lines 1-8; the body starts on line 9, the tag is on line 11.
    expect(warnings.filter((line) => line.includes('no_such_plugin'))).toEqual([expect.stringMatching(/cv\.md:11: \{% no_such_plugin %\} is a tag of a Jekyll plugin/)]);
  });

  it("shows a course's instructor, term, place and time before its text, and its schedule after", () => {
    const { at, text } = alFolioSite({
      'content/site.yml': `${SITE}  teachings:\n    output: true\n`,
      'content/teachings/ecology.md': page(
        'title: Field Ecology\nlayout: course\ninstructor: M. Osei\nterm: Fall\nyear: 2024\nlocation: Room 101\nschedule:\n  - week: 1\n    date: Sep 3\n    topic: Transects\n    description: Counting *what moves*.\n    materials:\n      - name: Slides\n        url: /assets/pdf/w1.pdf\n      - name: Reading',
        'Weekly field trips.\n',
      ),
      'content/teachings/lab.html': page('title: Lab\nlayout: course\nschedule:\n  - week: 1\n    topic: Safety', '<p>In the lab.</p>\n'),
    });
    // An HTML course page gets an HTML heading (a markdown one would show as text).
    expect(text(at('/teachings/lab/'))).toMatch(/<p>In the lab\.<\/p>\s*<h2[^>]*>Schedule<\/h2>\s*<table class="course-schedule">/);
    const html = text(at('/teachings/ecology/'));
    expect(html).toContain('<dl class="course-info"><dt>Instructor</dt><dd>M. Osei</dd><dt>Term</dt><dd>Fall 2024</dd><dt>Location</dt><dd>Room 101</dd></dl>');
    expect(html.indexOf('course-info')).toBeLessThan(html.indexOf('Weekly field trips.'));
    expect(html).toContain('<td>1</td><td>Sep 3</td><td><strong>Transects</strong><p>Counting <em>what moves</em>.</p></td><td><ul><li><a href="/assets/pdf/w1.pdf">Slides</a></li><li>Reading</li></ul></td>');
  });
});

describe('redirects and link definitions', () => {
  it("reads jekyll-redirect-from's redirect_to and al-folio's redirect:", () => {
    expect(redirectTarget({ redirect_to: 'https://a.org/x' })).toBe('https://a.org/x');
    expect(redirectTarget({ redirect_to: ['/new/', '/other/'] })).toBe('/new/');
    expect(redirectTarget({ redirect: true })).toBe('/');
    expect(redirectTarget({ redirect: 'projects/x/' })).toBe('/projects/x/');
    expect(redirectTarget({ redirect: '' })).toBeUndefined();
    expect(redirectTarget({ redirect: false, redirect_to: null })).toBeUndefined();
  });

  it("reads kramdown's link definitions with spaces, as the comment idiom uses them, and leaves CommonMark's", () => {
    expect(spacedDefinitions('[//]: <> Write your biography here.\n[a]: /files/my cv.pdf\n[b]: /x "title"\n[c]: # (comment)\n', [])).toBe(
      '[//]: <Write your biography here.>\n[a]: </files/my cv.pdf>\n[b]: /x "title"\n[c]: # (comment)\n',
    );
    const code = '```\n[a]: b c\n```\n';
    expect(spacedDefinitions(code, [[0, code.length]])).toBe(code);
  });
});
