// The page pipeline (lib/render/pipeline.ts) at its seams: markdown or HTML in, a sanitised tree
// out, the body as one HTML text when asked, kramdown's addresses with spaces and titles.
import { describe, expect, it } from 'vitest';
import { bodyHtml, htmlToTree, markdownify, renderBody, sanitizeHtml, serialize } from '../../lib/render/pipeline';

const OPTIONS = { file: 'x.md', bodyLine: 1, format: 'markdown' as const, tocLabel: 'Contents', typographer: false };

describe('renderBody', () => {
  it('gives the body as one HTML text only when asked: the bio, then each section under its <h2>, lists as lists', () => {
    const text = 'Bio text.\n\n## Work\n\n- one\n- two\n\nPara.\n\n## Steps\n\n1. a\n2. b\n';
    expect(renderBody(text, { ...OPTIONS, content: true }).content).toBe(
      '<p>Bio text.</p><h2 id="work">Work</h2><ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Para.</p><h2 id="steps">Steps</h2><ol>\n<li>a</li>\n<li>b</li>\n</ol>',
    );
    expect(renderBody(text, OPTIONS).content).toBeNull();
    expect(renderBody('## Only a section\n\nText.', { ...OPTIONS, content: true }).content).toBe('<h2 id="only-a-section">Only a section</h2><p>Text.</p>');
    // News and experience lists are read as items, and written back as lists.
    expect(renderBody('## News\n\n- 2024-01-01: a\n\n## Experience\n\n1. x\n2. y', { ...OPTIONS, content: true }).content).toBe(
      '<h2 id="news">News</h2><ul><li><time datetime="2024-01-01">2024-01-01</time>: a</li></ul><h2 id="experience">Experience</h2><ol><li>x</li><li>y</li></ol>',
    );
  });

  it('takes an HTML page as it is, sanitised, with no sections and no markdown', () => {
    const rendered = renderBody('<p onclick="x">Hi</p><script>1</script>\n\n## Not a section', { ...OPTIONS, format: 'html', content: true });
    expect(rendered.body).toEqual({ bio: '<p>Hi</p>\n\n## Not a section', sections: [], warnings: [] });
    expect(rendered.content).toBe('<p>Hi</p>\n\n## Not a section');
  });
});

describe('bodyHtml', () => {
  it('writes a body without a bio from its sections alone, and an empty one as nothing', () => {
    expect(bodyHtml({ bio: null, sections: [], warnings: [] })).toBe('');
    expect(bodyHtml({ bio: '<p>b</p>', sections: [], warnings: [] })).toBe('<p>b</p>');
  });
});

describe('markdownify and the HTML helpers', () => {
  it("uses kramdown's typography only when the site asks for it", () => {
    expect(markdownify('"Hi" -- there...')).toBe('<p>"Hi" -- there...</p>');
    expect(markdownify('"Hi" -- there...', { typographer: true })).toBe('<p>“Hi” – there…</p>');
  });

  it('reads HTML as a fragment (no document around it) and keeps safe markup in markdown, dropping what is not', () => {
    expect(serialize(htmlToTree('<p>x</p>'))).toBe('<p>x</p>');
    expect(sanitizeHtml('<html><body><p>x</p></body></html>')).toBe('<p>x</p>');
    expect(markdownify('Text <span class="x" onclick="y">y</span>')).toBe('<p>Text <span>y</span></p>');
    expect(markdownify('Text <b>y</b>')).toBe('<p>Text <b>y</b></p>');
  });

  it("reads an address with spaces as kramdown does, up to a title in quotes (Jekyll's kramdown gave the same links)", () => {
    expect(markdownify('[a](my file.pdf) and `[b](c d)`')).toBe('<p><a href="my%20file.pdf">a</a> and <code>[b](c d)</code></p>');
    expect(markdownify('[a](my file.pdf "T")')).toBe('<p><a href="my%20file.pdf" title="T">a</a></p>');
    expect(markdownify("[a](my file.pdf 'T')")).toBe('<p><a href="my%20file.pdf" title="T">a</a></p>');
    expect(markdownify('[a][r]\n\n[r]: my file.pdf "T"')).toBe('<p><a href="my%20file.pdf" title="T">a</a></p>');
    expect(markdownify('[a][r]\n\n[r]: my file.pdf')).toBe('<p><a href="my%20file.pdf">a</a></p>');
    expect(markdownify('[a][r]\n\n[r]: a"b c')).toBe('<p><a href="a%22b%20c">a</a></p>');
    expect(markdownify('Text\n\n    [q]: a b "c"\n')).toBe('<p>Text</p>\n<pre><code>[q]: a b "c"\n</code></pre>');
  });
});
