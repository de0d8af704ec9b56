import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warningText } from '../../lib/content/problems';
import type { Block, Item } from '../../lib/model';
import { kindOf } from '../../lib/render/sections';
import { FIXTURE_CONTENT, bodyOf, loadHomePage } from '../helpers';

const where = { file: 'content/profile.md', bodyLine: 1 };

function listItems(blocks: Block[]): Item[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : []));
}

describe('the fixture home page (tests/fixtures/site)', () => {
  const fixture = () => {
    const profile = loadHomePage(FIXTURE_CONTENT);
    const [experience, news, ...others] = profile.sections;
    return { profile, experience, news, others };
  };

  it('keeps its front matter', () => {
    const { profile } = fixture();
    expect(profile.meta).toMatchObject({
      permalink: '/',
      title: '',
      author_profile: true,
      redirect_from: ['/about/', '/about.html'],
    });
  });

  it('has a bio of four paragraphs, the last the bold contact line', () => {
    const { profile } = fixture();
    expect(profile.bio?.match(/<p>/g)).toHaveLength(4);
    expect(profile.bio).toContain('<p><strong>You can reach me at grace[at]example[dot]org</strong></p>');
    expect(profile.bio).toContain('<a href="https://example.org/harvard-computation-lab">Harvard Computation Laboratory</a>');
  });

  it('has a work experience list of three items under its own heading', () => {
    const { experience } = fixture();
    expect(experience?.kind).toBe('experience');
    expect(experience?.heading.text).toBe('Work Experience');
    const items = listItems(experience?.blocks ?? []);
    expect(items).toHaveLength(3);
    expect(items[0]?.html).toContain('<strong>Remington Rand</strong>');
  });

  it('has eight news items dated 2024-07 ... 2024-05 in source order, dates as written', () => {
    const { news } = fixture();
    expect(news?.kind).toBe('news');
    expect(news?.heading.text).toBe('Recent News');
    const items = listItems(news?.blocks ?? []);
    expect(items.map((item) => item.date?.iso)).toEqual([
      '2024-07', '2024-07', '2024-07', '2024-06', '2024-06', '2024-06', '2024-05', '2024-05',
    ]);
    expect(items.map((item) => item.date?.text)).toEqual([
      'July 2024', 'July 2024', 'July 2024', 'June 2024', 'June 2024', 'June 2024', 'May 2024', 'May 2024',
    ]);
    expect(items[0]?.html).toMatch(/^<p><time datetime="2024-07">July 2024<\/time>: I will give the keynote/);
    expect(items[0]?.line).toBe(29);
  });

  it('has no other sections and nothing to warn about', () => {
    const { profile, others } = fixture();
    expect(others).toEqual([]);
    expect(profile.warnings).toEqual([]);
  });

  it('loses no text of the markdown', () => {
    const { profile } = fixture();
    const body = readFileSync(`${FIXTURE_CONTENT}/profile.md`, 'utf8').split('---\n').slice(2).join('---\n');
    const sourceText = body
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_#]/g, '')
      .replace(/^\s*- /gm, '');
    const html = [
      profile.bio ?? '',
      ...profile.sections.flatMap((s) => [
        s.heading.html,
        ...s.blocks.map((b) => (b.type === 'html' ? b.html : b.items.map((i) => i.html).join(' '))),
      ]),
    ].join(' ');
    const renderedText = html.replace(/<[^>]+>/g, '').replace(/&#x26;/g, '&').replace(/&#x27;/g, "'");
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(renderedText)).toEqual(words(sourceText));
  });
});

describe('splitSections: the bio and the sections', () => {
  const body = (markdown: string) => bodyOf(markdown, { file: 'content/p.md', bodyLine: 10 });

  it('keeps the author\'s wording for "Experience" and "News" headings', () => {
    const { sections } = bodyOf('## Experience\n\n- A job\n\n## News\n\n- 2023-01: a thing\n', where);
    expect(sections.map((s) => [s.kind, s.heading.text, s.id])).toEqual([
      ['experience', 'Experience', 'experience'],
      ['news', 'News', 'news'],
    ]);
  });

  it('renders a section with an unknown heading, not dropping it', () => {
    const { sections } = bodyOf('Bio.\n\n## Publications\n\n1. *A paper*, 2024\n\nMore text.\n', where);
    expect(sections).toEqual([
      {
        kind: 'generic',
        id: 'publications',
        heading: { text: 'Publications', html: 'Publications' },
        blocks: [{ type: 'html', html: '<ol>\n<li><em>A paper</em>, 2024</li>\n</ol>\n<p>More text.</p>' }],
      },
    ]);
  });

  it('renders an empty body as no bio and no sections', () => {
    expect(bodyOf('\n  \n', where)).toEqual({ bio: null, sections: [], warnings: [] });
    expect(body('').bio).toBeNull();
  });

  it('gives sections ids from their words in any script, numbered when repeated', () => {
    const ids = body('## News & Updates!\n\n## Café, 2024\n\n## Новости\n\n## News & Updates!\n\n## News & Updates!\n\n## !!!\n\n## Publicações\n').sections.map((s) => s.id);
    expect(ids).toEqual(['news-updates', 'café-2024', 'новости', 'news-updates-2', 'news-updates-3', 'section', 'publicações']);
  });

  it('resolves a reference link in any section from a definition anywhere in the page', () => {
    const { bio, sections } = body('See [the lab][lab].\n\n## News\n\n- 2024: joined [the lab][lab]\n\n[lab]: https://lab.example.org\n');
    expect(bio).toBe('<p>See <a href="https://lab.example.org">the lab</a>.</p>');
    expect(sections[0]?.blocks[0]).toMatchObject({ items: [{ html: '<time datetime="2024">2024</time>: joined <a href="https://lab.example.org">the lab</a>' }] });
  });

  it('keeps a bare "##" in place; the top named level ("###" here) starts the sections', () => {
    const { bio, sections } = bodyOf('Intro\n\n##\n\n### Sub\n\nText\n', where);
    expect(bio).toBe('<p>Intro</p>\n<h2></h2>');
    expect(sections.map((s) => [s.heading.text, s.blocks])).toEqual([['Sub', [{ type: 'html', html: '<p>Text</p>' }]]]);
  });

  it('starts sections at "#" when the body uses it, and "##" stays inside them', () => {
    expect(bodyOf('# Teaching\n\nCourses\n', where).sections.map((s) => s.heading.text)).toEqual(['Teaching']);
    const { sections } = bodyOf('# News\n\n- 2024-07: a\n\n## Details\n\nMore\n\n# Teaching\n\nCourses\n', where);
    expect(sections.map((s) => s.heading.text)).toEqual(['News', 'Teaching']);
    expect(sections[0]?.blocks.at(-1)).toEqual({ type: 'html', html: '<h3>Details</h3>\n<p>More</p>' });
  });

  it('starts sections at "###" when that is the top level, keeping "####" inside as <h3>', () => {
    const { bio, sections } = bodyOf('Bio\n\n### Recent News\n\n- 2024-07: a\n\n#### Older\n\n- 2023-01: b\n\n### Selected Publications\n\nText\n', where);
    expect(bio).toBe('<p>Bio</p>');
    expect(sections.map((s) => [s.kind, s.heading.text])).toEqual([
      ['news', 'Recent News'],
      ['generic', 'Selected Publications'],
    ]);
    expect(sections[0]?.blocks).toEqual([
      expect.objectContaining({ type: 'list', items: [expect.objectContaining({ date: { iso: '2024-07', text: '2024-07' } })] }),
      { type: 'html', html: '<h3>Older</h3>' },
      expect.objectContaining({ type: 'list', items: [expect.objectContaining({ date: { iso: '2023-01', text: '2023-01' } })] }),
    ]);
  });

  it('starts sections at the top level the body uses, "####" too; a body without headings is all bio', () => {
    const { bio, sections } = body('Text\n\n#### Small\n\nMore\n');
    expect(sections.map((s) => s.heading.text)).toEqual(['Small']);
    expect(bio).toBe('<p>Text</p>');
    expect(body('Only text\n').sections).toEqual([]);
    expect(body('Only text\n').bio).toBe('<p>Only text</p>');
  });

  it('starts no section at a heading written as raw HTML, and leaves its level alone', () => {
    const { bio, sections } = body('Intro\n\n<h2>Raw</h2>\n\n### Talks\n\nText\n');
    expect(bio).toBe('<p>Intro</p>\n<h2>Raw</h2>');
    expect(sections.map((s) => s.heading.text)).toEqual(['Talks']);
  });
});

describe('splitSections: which sections are news and experience', () => {
  it.each([
    ['Work Experience:', 'experience'],
    ['Professional experience', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Latest News', 'news'],
    ['News & Updates', 'news'],
    ['Actualités', 'news'],
    ['Noticias', 'news'],
    ['Publications', 'generic'],
    ['News coverage of our lab', 'generic'],
  ])('treats the heading %j as a %s section', (heading, kind) => {
    expect(bodyOf(`## ${heading}\n\n- 2024-01: item\n`, where).sections[0]?.kind).toBe(kind);
  });

  it('recognises news and experience headings in the shipped languages', () => {
    const kinds = (heading: string) => bodyOf(`## ${heading}\n\n- x\n`, where).sections[0]?.kind;
    expect(['Actualités', 'Noticias', 'Neuigkeiten', 'Notizie', 'Novidades', '最新动态', 'ニュース', '최근 소식', 'الأخبار', 'آخر الأخبار'].map(kinds)).toEqual(Array(10).fill('news'));
    expect(['Expériences professionnelles', 'Experiencia laboral', 'Berufserfahrung', '工作经历', '職歴', '경력', 'الخبرة المهنية'].map(kinds)).toEqual(Array(7).fill('experience'));
  });

  it('recognises a heading whatever its case, spacing, accents or final colon', () => {
    const kind = (heading: string) => bodyOf(`## ${heading}\n\n- x\n`, where).sections[0]?.kind;
    expect(['RECENT   NEWS', 'News:', 'Actualites', 'work experience :'].map(kind)).toEqual(['news', 'news', 'news', 'experience']);
    expect(['Newsletter', 'My news', 'Experiences I had'].map(kind)).toEqual(['generic', 'generic', 'generic']);
  });
});

describe('splitSections: news and experience items', () => {
  const body = (markdown: string) => bodyOf(markdown, { file: 'content/p.md', bodyLine: 10 });
  const itemsOf = (markdown: string) => body(markdown).sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'list' ? b.items : [])));
  const items = (markdown: string) =>
    bodyOf(markdown, where).sections.flatMap((section) => section.blocks.map((block) => (block.type === 'list' ? block.items.map((item) => item.date?.iso ?? item.text) : block.type)));

  it('keeps an undated news item as written and warns with file and line', () => {
    const { sections, warnings } = bodyOf('\n## Recent News\n\n- July 2024: dated\n- Undated but **important**\n', {
      file: 'content/profile.md',
      bodyLine: 8,
    });
    const listed = listItems(sections[0]?.blocks ?? []);
    expect(listed[1]).toMatchObject({ date: null, html: 'Undated but <strong>important</strong>', line: 12 });
    expect(warnings.map(warningText)).toEqual([
      'content/profile.md:12: news item has no date at its start that could be read; shown as written and left out of the feeds: "Undated but important"',
    ]);
  });

  it('finds the date inside **bold**, _emphasis_, ~~strike~~ or brackets around it, and keeps them', () => {
    const found = itemsOf('## News\n\n- **July 2024:** bold\n- _2023-05_: em\n- ~~**2022**~~: both\n- [2022-12-01] b\n');
    expect(found.map((item) => item.date)).toEqual([
      { iso: '2024-07', text: 'July 2024' },
      { iso: '2023-05', text: '2023-05' },
      { iso: '2022', text: '2022' },
      { iso: '2022-12-01', text: '2022-12-01' },
    ]);
    expect(found.map((item) => item.html)).toEqual([
      '<strong><time datetime="2024-07">July 2024</time>:</strong> bold',
      '<em><time datetime="2023-05">2023-05</time></em>: em',
      '<del><strong><time datetime="2022">2022</time></strong></del>: both',
      '[<time datetime="2022-12-01">2022-12-01</time>] b',
    ]);
  });

  it('reads no date from an item that starts with a link, an image or a nested list, and warns with file:line', () => {
    const { sections, warnings } = body('## News\n\n- [2024](https://x.org): linked\n- ![a](/a.png) 2024: pic\n-\n  - 2024: nested\n');
    expect(sections[0]?.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.date) : []))).toEqual([null, null, null]);
    expect(warnings.map(warningText)).toEqual([
      'content/p.md:12: news item has no date at its start that could be read; shown as written and left out of the feeds: "2024: linked"',
      'content/p.md:13: news item has no date at its start that could be read; shown as written and left out of the feeds: "2024: pic"',
      'content/p.md:14: news item has no date at its start that could be read; shown as written and left out of the feeds: "2024: nested"',
    ]);
  });

  it('keeps text around a news list in the news section', () => {
    const { sections } = bodyOf('## News\n\nHighlights:\n\n- 2023-01: a\n\n[Older news](/news/)\n', where);
    expect(sections[0]?.blocks.map((b) => b.type)).toEqual(['html', 'list', 'html']);
    expect(sections[0]?.blocks[2]).toEqual({ type: 'html', html: '<p><a href="/news/">Older news</a></p>' });
  });

  it('keeps the text of an item as a reader sees it, spaces collapsed, raw tags out', () => {
    expect(itemsOf('## Experience\n\n- A   <b>bold</b>\n  job\n').map((item) => item.text)).toEqual(['A bold job']);
  });

  it('keeps an ordered list ordered, with its start number', () => {
    expect(body('## Experience\n\n3. third\n4. fourth\n').sections[0]?.blocks[0]).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(body('## Experience\n\n- a\n').sections[0]?.blocks[0]).toMatchObject({ type: 'list', ordered: false, start: null });
  });

  it('keeps a list whole, as HTML, when raw HTML in it changes how many items there are', () => {
    expect(body('## News\n\n- a\n- b </li><li>c\n').sections[0]?.blocks).toEqual([{ type: 'html', html: '<ul>\n<li>a</li>\n<li>b </li><li>c</li>\n</ul>' }]);
  });

  it('reads a list whose bullet changes ("-", "*", "+") as one list of news items', () => {
    const { sections } = bodyOf('## News\n\n- 2024-07: a\n* 2024-06: b\n+ 2024-05: c\n- 2024-04: d\n', where);
    expect(sections[0]?.blocks).toHaveLength(1);
    expect(items('## News\n\n- 2024-07: a\n* 2024-06: b\n+ 2024-05: c\n- 2024-04: d\n')).toEqual([['2024-07', '2024-06', '2024-05', '2024-04']]);
  });

  it('gives the merged list one spacing: tight when every part was, spaced when any part or the gap was', () => {
    const html = (markdown: string) => bodyOf(markdown, where).sections[0]?.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.html) : []));
    expect(html('## News\n\n- 2024-07: a\n* 2024-06: b\n')).toEqual(['<time datetime="2024-07">2024-07</time>: a', '<time datetime="2024-06">2024-06</time>: b']);
    expect(html('## News\n\n- 2024-07: a\n\n* 2024-06: b\n')).toEqual([
      '<p><time datetime="2024-07">2024-07</time>: a</p>',
      '<p><time datetime="2024-06">2024-06</time>: b</p>',
    ]);
    expect(html('## News\n\n- 2024-07: a\n\n  more\n* 2024-06: b\n')).toEqual([
      '<p><time datetime="2024-07">2024-07</time>: a</p>\n<p>more</p>',
      '<p><time datetime="2024-06">2024-06</time>: b</p>',
    ]);
  });

  it('keeps lists apart when text stands between them, and never merges an ordered list with a bullet list', () => {
    expect(items('## News\n\n- 2024-07: a\n\nOlder:\n\n* 2024-06: b\n')).toEqual([['2024-07'], 'html', ['2024-06']]);
    expect(items('## Experience\n\n- one\n1. two\n')).toEqual([['one'], ['two']]);
  });

  it('leaves lists in other sections as written (two lists stay two)', () => {
    const { sections } = bodyOf('## Talks\n\n- a\n* b\n', where);
    expect(sections[0]?.blocks).toEqual([{ type: 'html', html: '<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>' }]);
  });
});

describe('raw HTML in the markdown', () => {
  const hostile = [
    'Hello<br>world <b>bold</b> <a href="https://example.org" onclick="steal()">link</a>',
    '<img src="/images/me.png" alt="Me" onerror="alert(1)">',
    '<script>alert("x")</script>',
    '<iframe src="https://evil.example"></iframe>',
    '[click](javascript:alert(1)) <a href="javascript:alert(2)">too</a> <a href="data:text/html,x">data</a>',
    '<span>kept</span> <!-- a comment --> <table><tr><td><a href="/cv.pdf">CV</a></td></tr></table>',
    '<div style="background:url(javascript:alert(3))" onmouseover="x()">styled</div>',
  ].join('\n\n');
  // Rendered inside each test, so that the mutation run sees which test covers which line.
  const rendered = () => bodyOf(hostile, where).bio ?? '';

  it('keeps the safe markup', () => {
    const html = rendered();
    expect(html).toContain('Hello<br>world <b>bold</b> <a href="https://example.org">link</a>');
    expect(html).toContain('<img src="/images/me.png" alt="Me">');
    expect(html).toContain('<span>kept</span>');
    expect(html).toContain('<table><tbody><tr><td><a href="/cv.pdf">CV</a></td></tr></tbody></table>');
    expect(html).toContain('<div>styled</div>');
    expect(html).toContain('>click</a>');
  });

  it('removes scripts, iframes, handlers, comments, styles and javascript:/data: URLs', () => {
    expect(rendered()).not.toMatch(/<script|<iframe|onerror|onclick|onmouseover|javascript:|data:|<!--|style=|alert\("x"\)/i);
  });
});

describe('sections at their edges', () => {
  it('reads a heading as its kind with any spaces and colons after it', () => {
    expect([kindOf('News::'), kindOf('Work  Experience'), kindOf('NEWS :'), kindOf('Publications')]).toEqual(['news', 'experience', 'news', 'generic']);
  });

  it('marks dates only in news items, and says which news item has none, its text cut at 60 characters', () => {
    const body = bodyOf(`## Experience\n\n- 2020-01-01: started\n\n## News\n\n- no date here, and ${'long '.repeat(20)}`);
    const [experience, news] = body.sections;
    expect(experience?.blocks).toEqual([{ type: 'list', ordered: false, start: null, items: [{ html: '2020-01-01: started', text: '2020-01-01: started', line: 3, date: null }] }]);
    expect(news?.blocks[0]?.type === 'list' && news.blocks[0].items[0]?.date).toBeNull();
    expect(body.warnings.map(warningText)).toEqual([`content/profile.md:7: news item has no date at its start that could be read; shown as written and left out of the feeds: ${JSON.stringify(`no date here, and ${'long '.repeat(20)}`.slice(0, 60))}`]);
  });

  it('merges lists of other bullets as one, loose when a part is or a blank line parts them, with the page\'s link definitions', () => {
    const htmls = (markdown: string) => listItems(bodyOf(`## News\n\n${markdown}\n\n[r]: https://example.org/r`).sections[0]?.blocks ?? []).map((item) => item.html);
    expect(htmls('- 2024-01-01: a\n* 2023-01-01: [b][r]')).toEqual(['<time datetime="2024-01-01">2024-01-01</time>: a', '<time datetime="2023-01-01">2023-01-01</time>: <a href="https://example.org/r">b</a>']);
    expect(htmls('- 2024-01-01: a\n\n* 2023-01-01: b')).toEqual(['<p><time datetime="2024-01-01">2024-01-01</time>: a</p>', '<p><time datetime="2023-01-01">2023-01-01</time>: b</p>']);
    expect(htmls('- 2024-01-01: a\n* 2023-01-01: b\n\n* 2022-01-01: c')).toHaveLength(3);
    expect(htmls('- 2024-01-01: a\n* 2023-01-01: b\n\n* 2022-01-01: c')[0]).toBe('<p><time datetime="2024-01-01">2024-01-01</time>: a</p>');
  });

  it('keeps a bare heading where it is: it neither starts a section nor sets the level of the others', () => {
    const body = bodyOf('### \n\nText.');
    expect([body.bio, body.sections]).toEqual(['<h3></h3>\n<p>Text.</p>', []]);
    const inside = bodyOf('## A\n\n##\n\nText.');
    expect(inside.sections.map((section) => [section.heading.text, section.blocks.length])).toEqual([['A', 1]]);
  });
});
