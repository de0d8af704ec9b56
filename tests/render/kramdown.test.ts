import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { joinHtmlBlocks, kramdownTree, spacedDefinitions, spacedLinks } from '../../lib/render/kramdown';
import { codeRanges, parseMarkdown } from '../../lib/render/markdown-parse';
import { markdownify } from '../../lib/render/pipeline';
import { bodyOf } from '../helpers';

const kramdown = (markdown: string) => markdownify(markdown, { typographer: false });

describe('attribute lists (kramdown IAL)', () => {
  it('sets the attributes of the span just before it, and keeps what the sanitiser allows', () => {
    expect(kramdown('[a paper](https://x.org/p.pdf){:target="_blank"} and more')).toBe('<p><a href="https://x.org/p.pdf" target="_blank">a paper</a> and more</p>');
    expect(kramdown('[x](https://x.org){: .btn #top onclick="alert(1)" target="_self"}')).toBe('<p><a href="https://x.org" id="top">x</a></p>');
  });

  it('sets the attributes of a span inside emphasis or strong text, and drops a style it does not allow', () => {
    expect(kramdown('_my [portfolio](https://x.org){:style="color: rgb(240, 119, 43); font-weight: 400;"})._')).toBe('<p><em>my <a href="https://x.org">portfolio</a>).</em></p>');
    expect(kramdown('**a [b](/c){:target="_blank"} d**')).toBe('<p><strong>a <a href="/c" target="_blank">b</a> d</strong></p>');
  });

  it('sets the attributes of the block it ends, or of the block before a list on a line of its own', () => {
    expect(kramdown('A paragraph.\n{: #intro}')).toBe('<p id="intro">A paragraph.</p>');
    expect(kramdown('![A figure](/images/f.png)\n{: .align-center}')).toBe('<p><img src="/images/f.png" alt="A figure"></p>');
    expect(kramdown('> Quoted\n\n{: #q}')).toBe('<blockquote id="q">\n<p>Quoted</p>\n</blockquote>');
  });

  it("takes a heading's id from `{#id}` at its end", () => {
    expect(kramdown('## Selected talks {#talks}')).toBe('<h2 id="talks">Selected talks</h2>');
  });

  it('leaves braces that are not an attribute list as text, and code as it is', () => {
    expect(kramdown('A set {a, b} and `{: .x}`')).toBe('<p>A set {a, b} and <code>{: .x}</code></p>');
  });
});

describe("kramdown's other syntax", () => {
  it('takes a link address with spaces, outside code', () => {
    expect(kramdown('[PDF](/files/a b.pdf) and [t](/x "title") and `[c](/a b)`')).toBe('<p><a href="/files/a%20b.pdf">PDF</a> and <a href="/x" title="title">t</a> and <code>[c](/a b)</code></p>');
    const text = '`[c](/a b)` [d](/a b)';
    expect(spacedLinks(text, codeRanges(text))).toBe('`[c](/a b)` [d](</a b>)');
  });

  it('puts the rows after a |=== line in the table footer', () => {
    const html = kramdown('| Item | Cost |\n|------|------|\n| a | 1 |\n|======|\n| Total | 1 |\n');
    expect(html).not.toContain('===');
    expect(html).toContain('<tbody>\n<tr>\n<td>a</td>\n<td>1</td>\n</tr>\n</tbody>\n<tfoot>\n<tr>\n<td>Total</td>\n<td>1</td>\n</tr>\n</tfoot>\n</table>');
  });

  it('closes an element written self-closed, so that the rest of the page is not its content', () => {
    expect(kramdown('<div class="x"/>\n\nText after.')).toBe('<div></div>\n<p>Text after.</p>');
    expect(kramdown('<iframe src="https://video.example/1" />\n\nText after.')).toBe('<p>Text after.</p>');
  });

  it('never shows what a style or script element holds as text', () => {
    expect(kramdown('<style>\n.a { color: red }\n</style>\n\nText')).toBe('<p>Text</p>');
    expect(kramdown('Inline <script>alert(1)</script> gone')).toBe('<p>Inline  gone</p>');
  });

  it('keeps an HTML block whole across the blank lines of a Liquid loop', () => {
    expect(joinHtmlBlocks('<ul>\n\n  <li>a</li>\n\n</ul>\n\nText')).toBe('<ul>\n  <li>a</li>\n</ul>\n\nText');
  });
});

describe('the typographer (site.yml `typographer: true`, as kramdown writes)', () => {
  it('makes quotes curly and dashes and ellipses typographic, not in code', () => {
    expect(markdownify(`"Hello," she said -- it's 1990--2000 --- and then... \`"code" --\``, { typographer: true })).toBe(
      '<p>“Hello,” she said – it’s 1990–2000 — and then… <code>"code" --</code></p>',
    );
  });

  it('is off unless site.yml turns it on', () => {
    expect(kramdown('"a" -- b')).toBe('<p>"a" -- b</p>');
  });
});

describe('include output placed as Jekyll places it', () => {
  it('reads an include indented in a Liquid loop as HTML, not as code (the stock publications.md)', () => {
    const loopOutput = '\n  \n<article class="archive-item"><h2 class="archive-title">A</h2></article>\n\n  \n<article class="archive-item"><h2 class="archive-title">B</h2></article>\n';
    const { bio } = bodyOf(joinHtmlBlocks(loopOutput));
    expect(bio).toBe('<article class="archive-item"><h2 class="archive-title">A</h2></article>\n<article class="archive-item"><h2 class="archive-title">B</h2></article>');
  });
});

describe('HTML blocks kept whole (joinHtmlBlocks)', () => {
  it('matches tag names in any case, opening and closing', () => {
    expect(joinHtmlBlocks('<UL>\n\n<li>a</li>\n\n</UL>')).toBe('<UL>\n<li>a</li>\n</UL>');
    expect(joinHtmlBlocks('<div>\n<p>a</p>\n</DIV>\n\nText')).toBe('<div>\n<p>a</p>\n</DIV>\n\nText');
  });

  it('counts every opening and closing tag of the name on a line, and only from where a line starts', () => {
    expect(joinHtmlBlocks('<div><div>\n\n</div>\n\n</div>\n\nText')).toBe('<div><div>\n</div>\n</div>\n\nText');
    expect(joinHtmlBlocks('<div></div><div>\n\nText\n\n</div>')).toBe('<div></div><div>\nText\n</div>');
    expect(joinHtmlBlocks('Some text <div>\n\nmore</div>')).toBe('Some text <div>\n\nmore</div>');
    expect(joinHtmlBlocks('   <section class="a">\n\n<p>b</p>\n\n</section>')).toBe('   <section class="a">\n<p>b</p>\n</section>');
  });

  it('keeps blank lines in a block that is not one of those CommonMark ends at a blank line', () => {
    expect(joinHtmlBlocks('<span>a\n\nb</span>')).toBe('<span>a\n\nb</span>');
    expect(joinHtmlBlocks('<div/>\n\nText')).toBe('<div/>\n\nText');
    expect(joinHtmlBlocks('<div>a</div>\n\nText')).toBe('<div>a</div>\n\nText');
  });

  it('leaves fenced code alone, until a fence as long or longer closes it', () => {
    expect(joinHtmlBlocks('```\n<ul>\n\n</ul>\n```')).toBe('```\n<ul>\n\n</ul>\n```');
    expect(joinHtmlBlocks('~~~~\n~~~\n<ul>\n\n</ul>\n~~~~\n<ul>\n\n</ul>')).toBe('~~~~\n~~~\n<ul>\n\n</ul>\n~~~~\n<ul>\n</ul>');
    expect(joinHtmlBlocks('```\n~~~\n```\n<ul>\n\n</ul>')).toBe('```\n~~~\n```\n<ul>\n</ul>');
  });

  it('takes only three or more backticks or tildes, indented at most three spaces, as a fence', () => {
    expect(joinHtmlBlocks('`x` and ~ y\n~ z\n<ul>\n\n</ul>')).toBe('`x` and ~ y\n~ z\n<ul>\n</ul>');
    expect(joinHtmlBlocks('a ```\n<ul>\n\n</ul>')).toBe('a ```\n<ul>\n</ul>');
    expect(joinHtmlBlocks('    ```\n<ul>\n\n</ul>')).toBe('    ```\n<ul>\n</ul>');
  });
});

describe('link addresses with spaces (spacedLinks, spacedDefinitions)', () => {
  it('leaves a link that starts inside code, and rewrites one that starts where the code ends', () => {
    const text = '[a](/x y)';
    expect(spacedLinks(text, [[1, 3]])).toBe('[a](/x y)');
    expect(spacedLinks(text, [[2, 5]])).toBe('[a](/x y)');
    expect(spacedLinks(text, [[0, 2]])).toBe('[a](</x y>)');
    expect(spacedLinks(text, [[3, 4]])).toBe('[a](</x y>)');
    expect(spacedLinks(text, [[20, 30], [0, 3]])).toBe('[a](/x y)');
  });

  it('trims the address, and leaves one that only had spaces around it', () => {
    expect(spacedLinks('[a]( /x y )', [])).toBe('[a](</x y>)');
    expect(spacedLinks('[a]( /x )', [])).toBe('[a]( /x )');
  });

  it('leaves an address followed by a title, and only then', () => {
    for (const titled of ['[t](/x "a b")', '[t](/x  "t")', "[t](/x 'a b')", "[t](/x 'ab')", "[t](/x '')", '[t](/x "")']) expect(spacedLinks(titled, [])).toBe(titled);
    // kramdown 2 (Jekyll's) links `(/a b "title")` to "/a b" titled "title".
    expect(spacedLinks('[t](/a b "title")', [])).toBe('[t](</a b> "title")');
    expect(spacedLinks('[t](/x "t" more)', [])).toBe('[t](</x "t" more>)');
  });

  it('writes a definition with spaces in its <...> form, without angle brackets inside', () => {
    expect(spacedDefinitions('[//]: <> Write your biography here.', [])).toBe('[//]: <Write your biography here.>');
    expect(spacedDefinitions('[cv]:   /files/my cv.pdf  ', [])).toBe('[cv]: </files/my cv.pdf>');
    expect(spacedDefinitions('   [a]: /x y\n    [b]: /x y', [])).toBe('   [a]: </x y>\n    [b]: /x y');
    expect(spacedDefinitions('[a]: /x y\ntext [b]: /x y', [])).toBe('[a]: </x y>\ntext [b]: /x y');
  });

  it('leaves a definition that is CommonMark already, or that is in code', () => {
    for (const kept of ['[a]: /x', '[a]: /x "A title"', "[a]: /x 'A title'", '[a]: /x (A title)', '[a]: </x y> "t"', '[a]: /x  "t"', "[a]: /x ''"]) expect(spacedDefinitions(kept, [])).toBe(kept);
    expect(spacedDefinitions('[a]: /x "t" b', [])).toBe('[a]: </x "t" b>');
    expect(spacedDefinitions('[a]: /a b "t"', [])).toBe('[a]: </a b> "t"');
    for (const kept of ['[a]: /x  ', '[a]: /x "t"  ']) expect(spacedDefinitions(kept, [])).toBe(kept);
    expect(spacedDefinitions('[a]: <y z', [])).toBe('[a]: <y z>');
    const text = 'p\n[a]: /x y';
    expect(spacedDefinitions(text, [[2, 3]])).toBe(text);
    expect(spacedDefinitions(text, [[0, 2]])).toBe('p\n[a]: </x y>');
    expect(spacedDefinitions(text, [[3, 9]])).toBe('p\n[a]: </x y>');
  });
});

/** The markdown tree after kramdown's pass, as [type, attributes] of each node that has any. */
function attributesAfter(markdown: string): [string, Record<string, unknown>][] {
  const tree = parseMarkdown(markdown);
  kramdownTree(tree);
  const found: [string, Record<string, unknown>][] = [];
  visit(tree, (node) => {
    if (node.data?.hProperties) found.push([node.type, { ...node.data.hProperties }]);
  });
  return found;
}

describe('attribute lists on the markdown tree (kramdownTree)', () => {
  it('adds classes after the ones a node has, sets an id and values, and adds no class when none is listed', () => {
    expect(attributesAfter('A paragraph.\n{: #intro}')).toStrictEqual([['paragraph', { id: 'intro' }]]);
    expect(attributesAfter('A paragraph.\n{: .only}')).toStrictEqual([['paragraph', { className: ['only'] }]]);
    expect(attributesAfter('A paragraph.\n{: .a .b #c data-x="1" y=\'2\' z=3}')).toEqual([['paragraph', { id: 'c', className: ['a', 'b'], 'data-x': '1', y: '2', z: '3' }]]);
    expect(attributesAfter('[a](/x){: .one} b')).toEqual([['link', { className: ['one'] }]]);
    const tree = parseMarkdown('A paragraph.\n{: .b}');
    const paragraph = tree.children[0];
    if (paragraph?.type !== 'paragraph') throw new Error('no paragraph');
    paragraph.data = { hProperties: { className: ['a'] } };
    kramdownTree(tree);
    expect(paragraph.data.hProperties).toEqual({ className: ['a', 'b'] });
  });

  it("sets a span's list on that span only, and removes the list's text", () => {
    const tree = parseMarkdown('x *y*{: .e} [l](/a){:target="_blank"} `c`{: #k} z');
    kramdownTree(tree);
    expect(toString(tree)).toBe('x y l c z');
    expect(attributesAfter('x *y*{: .e} [l](/a){:target="_blank"} `c`{: #k} ![i](/i.png){: .w} ~~d~~{: .s} **b**{: .t}')).toEqual([
      ['emphasis', { className: ['e'] }],
      ['link', { target: '_blank' }],
      ['inlineCode', { id: 'k' }],
      ['image', { className: ['w'] }],
      ['delete', { className: ['s'] }],
      ['strong', { className: ['t'] }],
    ]);
    expect(attributesAfter('x {: .e} y')).toEqual([]);
    expect(attributesAfter('~~a [l](/c){: .w} d~~')).toEqual([['link', { className: ['w'] }]]);
    // Inside a span, a list at the end of its text is text (only a block's text may end in one).
    const inSpan = parseMarkdown('*a {: .x}* b');
    kramdownTree(inSpan);
    expect(toString(inSpan)).toBe('a {: .x} b');
  });

  it('takes a list at the end of a heading with or without a space before it, and keeps the text before it', () => {
    const tree = parseMarkdown('## Talks {#talks}\n\n## More{: .m}  \n');
    kramdownTree(tree);
    expect(tree.children.map((node) => toString(node))).toEqual(['Talks', 'More']);
    const middle = parseMarkdown('## A {#x} *b*');
    kramdownTree(middle);
    expect(toString(middle)).toBe('A {#x} b');
    expect(attributesAfter('## A {#x} *b*')).toEqual([]);
    expect(attributesAfter('## Talks {#talks}\n\n## More{: .m}')).toEqual([
      ['heading', { id: 'talks' }],
      ['heading', { className: ['m'] }],
    ]);
  });

  it('takes a list ending a paragraph only on a line of its own, and keeps the text before it', () => {
    const tree = parseMarkdown('Text  \n{: .x}  ');
    kramdownTree(tree);
    expect(toString(tree)).toBe('Text');
    expect(attributesAfter('Text {: .x}')).toEqual([]);
    expect(attributesAfter('Text {: .x} more')).toEqual([]);
  });

  it('sets a list alone in its paragraph on the block before it, and removes that paragraph', () => {
    const tree = parseMarkdown('> Quoted\n\n{: #q}\n\nAfter');
    kramdownTree(tree);
    expect(tree.children.map((node) => node.type)).toEqual(['blockquote', 'paragraph']);
    expect(toString(tree.children[1])).toBe('After');
    expect(tree.children[0]?.data?.hProperties).toEqual({ id: 'q' });
    expect(attributesAfter('> Q\n\n{: #q}\n\n{: .c}')).toEqual([['blockquote', { id: 'q', className: ['c'] }]]);
    const first = parseMarkdown('{: #lonely}\n\nAfter');
    kramdownTree(first);
    expect(first.children.map((node) => toString(node))).toEqual(['After']);
  });

  it('leaves empty text that was not a list (a formula placeholder) in place', () => {
    const tree = parseMarkdown('*a*{: .x}');
    const paragraph = tree.children[0];
    if (paragraph?.type !== 'paragraph') throw new Error('no paragraph');
    paragraph.children.unshift({ type: 'text', value: '' });
    kramdownTree(tree);
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'emphasis']);
  });

  it('closes self-closed elements that are not void, in any case', () => {
    const tree = parseMarkdown('<iframe src="/v" />\n\n<DIV class=\'a/b\'/>\n\n<br/> <img src="x"/> <hr />');
    kramdownTree(tree);
    expect(tree.children.map((node) => (node.type === 'html' ? node.value : node.type))).toEqual(['<iframe src="/v"></iframe>', "<DIV class='a/b'></DIV>", 'paragraph']);
    const inline = parseMarkdown('a <br/> <span title="x"/> <IMG src="y"/> <i/>');
    kramdownTree(inline);
    expect(toString(inline)).toBe('a <br/> <span title="x"></span> <IMG src="y"/> <i></i>');
  });
});

describe("table footers (kramdown's |=== line)", () => {
  it('moves every row after the line to the footer, and leaves a table without one as it is', () => {
    const html = kramdown('| A | B |\n|---|---|\n| a | 1 |\n|===|===|\n| Total | 1 |\n| Mean | 1 |\n');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n<td>1</td>\n</tr>\n</tbody>\n<tfoot>\n<tr>\n<td>Total</td>\n<td>1</td>\n</tr>\n<tr>\n<td>Mean</td>\n<td>1</td>\n</tr>\n</tfoot>\n</table>',
    );
    expect(kramdown('| A |\n|---|\n| a |\n')).toBe('<table>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n</tr>\n</tbody>\n</table>');
  });

  it('takes only a row of = signs (empty cells allowed) as the line, not the header or a row with text', () => {
    expect(kramdown('| = |\n|---|\n| a |\n')).toContain('<th>=</th>');
    expect(kramdown('| = |\n|---|\n| a |\n')).not.toContain('tfoot');
    expect(kramdown('| A | B |\n|---|---|\n| = | x |\n| b | 2 |\n')).not.toContain('tfoot');
    expect(kramdown('| A | B |\n|---|---|\n| == |  |\n| b | 2 |\n')).toContain('<tfoot>\n<tr>\n<td>b</td>');
    expect(kramdown('| A | B |\n|---|---|\n|  |  |\n| b | 2 |\n')).not.toContain('tfoot');
    expect(kramdown('| A |\n|---|\n| a=b |\n| c |\n')).not.toContain('tfoot');
    expect(kramdown('| A |\n|---|\n| =x= |\n| c |\n')).not.toContain('tfoot');
    expect(kramdown('| A |\n|---|\n| *=* |\n| c |\n')).not.toContain('tfoot');
  });

  it('moves the footer of each table to its own table', () => {
    const html = kramdown('| A |\n|---|\n| a |\n|===|\n| s |\n\n| B |\n|---|\n| b |\n');
    expect(html.match(/<tfoot>/g)).toHaveLength(1);
    expect(html).toContain('<tfoot>\n<tr>\n<td>s</td>\n</tr>\n</tfoot>\n</table>\n<table>\n<thead>\n<tr>\n<th>B</th>');
  });
});
