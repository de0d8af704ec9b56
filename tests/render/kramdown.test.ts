import { describe, expect, it } from 'vitest';
import { joinHtmlBlocks, spacedLinks } from '../../lib/render/kramdown';
import { codeRanges } from '../../lib/render/markdown-parse';
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
