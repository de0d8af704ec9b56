import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { classRules } from '../../lib/render/class-rules';
import { type MathRecord, findMath, newMathRecord, protectMath, typesetMath } from '../../lib/render/math';
import { markdownify } from '../../lib/render/pipeline';
import { warningText } from '../../lib/content/problems';
import { folderWith, loadPages, page } from '../helpers';

const texOf = (markdown: string) => findMath(markdown).map((span) => [span.kind, span.tex]);

describe('findMath', () => {
  it("finds academicpages' delimiters", () => {
    expect(texOf('Inline $a_1$ and \\(b^2\\), display $$c$$ and \\[d\\].')).toEqual([
      ['inline', 'a_1'],
      ['inline', 'b^2'],
      ['block', 'c'],
      ['block', 'd'],
    ]);
    expect(texOf('$$\n\\int_0^1 x\\,dx\n$$')).toEqual([['block', '\n\\int_0^1 x\\,dx\n']]);
  });

  it('leaves ordinary dollars as text', () => {
    for (const text of ['It costs $5 and $10.', 'US$5,000–$10,000', 'Pay $ 5 and $ 6', 'a $x $ b', 'A lone $', 'Escaped \\$x\\$ here', '$$', '$ $']) {
      expect(texOf(text), text).toEqual([]);
    }
    // A price before math does not swallow it.
    expect(texOf('$5 for $x$')).toEqual([['inline', 'x']]);
    expect(texOf('Buy it for $5. Then $y = 2$.')).toEqual([['inline', 'y = 2']]);
  });

  it('finds no math in code, and none across a blank line', () => {
    expect(texOf('`$x$` and\n\n```\n$$ y $$\n```\n\n    $z$ indented')).toEqual([]);
    expect(texOf('$a\n\nb$')).toEqual([]);
    expect(texOf('$$a\n\nb$$')).toEqual([]);
    expect(texOf('\\(a\n\nb\\)')).toEqual([]);
  });
});

describe('findMath, delimiter by delimiter', () => {
  const spans = (markdown: string) => findMath(markdown).map((span) => [span.kind, span.tex, span.start, span.end]);

  it('skips an escaped backslash before a dollar, and an escaped dollar inside a formula', () => {
    expect(spans('\\\\$x$')).toEqual([['inline', 'x', 2, 5]]);
    expect(spans('a\\$b$c$')).toEqual([['inline', 'c', 4, 7]]);
    expect(spans('$a\\$b$')).toEqual([['inline', 'a\\$b', 0, 6]]);
    expect(spans('$$a\\$$b$$')).toEqual([['block', 'a\\$$b', 0, 9]]);
  });

  it('closes a dollar only before what is not a digit or another dollar, and goes on after a formula', () => {
    expect(spans('$x$5 and $y$')).toEqual([['inline', 'y', 9, 12]]);
    expect(spans('see $x$ and $$z$$y')).toEqual([
      ['inline', 'x', 4, 7],
      ['block', 'z', 12, 17],
    ]);
  });

  it('finds \\( and \\[ closed after them, in their paragraph, where they end', () => {
    expect(spans('\\)\\(a\\)')).toEqual([['inline', 'a', 2, 7]]);
    expect(spans('\\(a\\) \\[b\\]')).toEqual([
      ['inline', 'a', 0, 5],
      ['block', 'b', 6, 11],
    ]);
    expect(spans('\\(a\\)\n\nb')).toEqual([['inline', 'a', 0, 5]]);
    expect(spans('\\(ab c')).toEqual([]);
  });

  it('closes a dollar before no other dollar, and takes formulas that touch code', () => {
    expect(spans('$a$$b$')).toEqual([['inline', 'b', 3, 6]]);
    expect(spans('`a`$x$')).toEqual([['inline', 'x', 3, 6]]);
    expect(spans('$x$`a`')).toEqual([['inline', 'x', 0, 3]]);
    expect(spans('$a `b$` c$')).toEqual([]);
  });

  it('finds no empty formula and no unclosed one, and none over code or a paragraph break', () => {
    for (const text of ['$$ $$ x', '\\[ \\] \\(\\)', '\\[a', '\\(a`b`\\)']) expect(spans(text), text).toEqual([]);
    expect(spans('$$a\nb\n\nc$$ $d$')).toEqual([['inline', 'd', 11, 14]]);
    expect(spans('`a $b` $c$')).toEqual([['inline', 'c', 7, 10]]);
  });

  it('puts formulas back as written where a placeholder cannot stand (addresses, titles, alt text), and as placeholders in raw HTML', () => {
    expect(markdownify('[$x$](http://a.org/$y$ "t $z$") ![$a$ img](i.png "$b$")')).toBe(
      '<p><a href="http://a.org/$y$" title="t $z$"><span data-math="inline" data-tex="x"></span></a> <img src="i.png" alt="$a$ img" title="$b$"></p>',
    );
    expect(markdownify('<i>$x$</i> and $y$')).toBe('<p><i><span data-math="inline" data-tex="x"></span></i> and <span data-math="inline" data-tex="y"></span></p>');
    expect(protectMath('a \u2E280\u2E29 $x$')).toMatchObject({ text: 'a \u2E280\u2E29 \u27E60\u27E7', sources: ['$x$'] });
  });
});

/** The typesetting step on a fragment of HTML, serialised again. */
function typesetHtml(html: string, record: MathRecord): string {
  const tree = fromHtml(html, { fragment: true });
  typesetMath([tree], record);
  return toHtml(tree);
}

describe('protectMath and markMath', () => {
  it('replaces each formula with a token markdown cannot touch, then with a placeholder holding its TeX', () => {
    const tex = 'a_1 * b_2 "q" <t> & \\\\ c';
    const marked = protectMath(`x $${tex}$ y`);
    expect(marked.spans).toHaveLength(1);
    expect(marked.text).not.toMatch(/[$_*<&\\]/);
    const [paragraph] = fromHtml(markdownify(`x $${tex}$ *y*`), { fragment: true }).children;
    const span = paragraph?.type === 'element' ? paragraph.children[1] : undefined;
    expect(span?.type === 'element' ? [span.tagName, span.properties.dataMath, span.properties.dataTex] : []).toEqual(['span', 'inline', tex]);
    expect(markdownify(`x $${tex}$ *y*`)).toMatch(/<\/span> <em>y<\/em><\/p>$/);
    expect(protectMath('no math')).toMatchObject({ text: 'no math', spans: [] });
  });

  it('puts a formula in raw HTML as the placeholder, and one in a link target back as it was written', () => {
    expect(markdownify('<div>$x$</div>')).toBe('<div><span data-math="inline" data-tex="x"></span></div>');
    expect(markdownify('[a](/p?$x$) ![$y$](/i.png)')).toBe('<p><a href="/p?$x$">a</a> <img src="/i.png" alt="$y$"></p>');
    // An image by reference too: its alt text is the formula as written, not the token.
    expect(markdownify('![$y$][r] and [b][r]\n\n[r]: /i.png?$z$ "t $w$"')).toBe('<p><img src="/i.png?$z$" alt="$y$" title="t $w$"> and <a href="/i.png?$z$" title="t $w$">b</a></p>');
  });

  it('chooses a token the text does not already hold', () => {
    const text = 'already \u2E28 here and $x$';
    expect(protectMath(text).text).toBe('already \u2E28 here and \u27E60\u27E7');
    expect(protectMath('\u2E28\u27E6 $x$').text).toBe('\u2E28\u27E6 \u29850\u2986');
    // A text that holds every bracket gets the first pair.
    expect(protectMath('\u2E28\u27E6\u2985 $x$')).toMatchObject({ text: '\u2E28\u27E6\u2985 \u2E280\u2E29', sources: ['$x$'] });
    expect(markdownify(text)).toBe('<p>already \u2E28 here and <span data-math="inline" data-tex="x"></span></p>');
  });
});

describe('typesetMath, its mistakes and references', () => {
  it('shows TeX it cannot read as code ($$ for display), the message shortened past 60 characters; links references outside code, ?? for an unknown label', () => {
    const record = newMathRecord();
    const long = '\\badcommandthatisverylongindeedandgoesonandonandonforeverandever';
    const html = typesetHtml(
      `<p><span data-math="block" data-tex="\\frac{"></span></p><p>x <span data-math="inline" data-tex="${long}"></span></p><p>See \\eqref{e1} and \\ref{e1}, <code>\\eqref{e1}</code> and \\ref{nope}.</p><pre>\\ref{e1}</pre><p><span data-math="block" data-tex="\\begin{equation}a\\label{e1}\\end{equation}"></span></p>`,
      record,
    );
    expect(html).toMatch(/^<div class="math-display"><code class="math-error">\$\$\\frac\{\$\$<\/code><\/div><p>x <code class="math-error">\$\\badcommand\w+\$<\/code><\/p>/);
    expect(html).toContain('<p>See <a class="eqref" href="#eq-1">(1)</a> and <a class="eqref" href="#eq-1">1</a>, <code>\\eqref{e1}</code> and ??.</p><pre>\\ref{e1}</pre><div class="math-display" id="eq-1">');
    expect(record.count).toBe(1);
    expect(record.errors).toEqual([
      expect.stringMatching(/^math that KaTeX cannot typeset, shown as TeX: "\\\\frac\{" \(KaTeX parse error: Unexpected end of input/),
      `math that KaTeX cannot typeset, shown as TeX: ${JSON.stringify(`${long.slice(0, 57)}...`)} (KaTeX parse error: ${record.errors[1]?.split('(KaTeX parse error: ')[1] ?? ''}`,
      '\\ref{nope}: no equation on this page has \\label{nope}; shown as ??',
    ]);
  });
});

describe('references and numbers', () => {
  it('links references only on a page with numbered equations, and numbers only display math', () => {
    const none = newMathRecord();
    expect(typesetHtml('<p>See \\ref{a}.</p>', none)).toBe('<p>See \\ref{a}.</p>');
    expect(none.errors).toEqual([]);
    const unlabelled = newMathRecord();
    expect(typesetHtml('<p><span data-math="block" data-tex="\\begin{equation}a\\end{equation}"></span></p><p>See \\ref{a}.</p>', unlabelled)).toMatch(/<p>See \?\?\.<\/p>$/);
    expect(unlabelled.errors).toEqual(['\\ref{a}: no equation on this page has \\label{a}; shown as ??']);
    const inline = newMathRecord();
    expect(typesetHtml('<p>x <span data-math="inline" data-tex="\\begin{equation}a\\label{e}\\end{equation}"></span> \\eqref{e}</p>', inline)).toMatch(/<\/code> \\eqref\{e\}<\/p>$/);
    expect(inline.errors).toEqual([expect.stringMatching(/^math that KaTeX cannot typeset/)]);
  });
});

describe('typesetMath', () => {
  it('turns placeholders into KaTeX HTML and MathML, its styles into classes', () => {
    const record = newMathRecord();
    const html = typesetHtml('<p>A <span data-math="inline" data-tex="\\frac{a}{b}"></span> b</p>', record);
    expect(html).toMatch(/^<p>A <span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
    expect(html).toContain('<annotation encoding="application/x-tex">\\frac{a}{b}</annotation>');
    expect(html).toContain('<span class="katex-html" aria-hidden="true">');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('data-math');
    expect(record.count).toBe(1);
    expect(record.styles.size).toBeGreaterThan(3);
    for (const [name, rule] of record.styles) {
      expect(name).toMatch(/^k-[0-9a-f]{8}$/);
      expect(html).toContain(name);
      // KaTeX's declarations as it wrote them, the last `;` taken off.
      expect(rule).toMatch(/^[a-z-]+:[-\w.%()#]+(?:;[a-z-]+:[-\w.%()#]+)*$/);
    }
    // An element that had only a style now has only its class.
    expect(html).toMatch(/<span class="k-[0-9a-f]{8}">/);
    expect(classRules(record.styles).split('\n')).toHaveLength(record.styles.size);
  });

  it('makes $$ alone in its paragraph display math, and inline elsewhere', () => {
    const record = newMathRecord();
    const display = typesetHtml('<p>\n<span data-math="block" data-tex="x"></span>\n</p>', record);
    expect(display).toMatch(/^<div class="math-display"><span class="katex-display">/);
    expect(display).toContain('display="block"');
    const inline = typesetHtml('<p>See <span data-math="block" data-tex="x"></span></p>', record);
    expect(inline).toMatch(/^<p>See <span class="katex">/);
    expect(inline).not.toContain('display="block"');
  });

  it('makes display math only of a paragraph that holds nothing but one $$ formula', () => {
    const record = newMathRecord();
    const block = '<span data-math="block" data-tex="x"></span>';
    expect(typesetHtml(`<div>${block}</div>`, record)).toMatch(/^<div><span class="katex">/);
    expect(typesetHtml(`<p>${block} and y</p><p> </p>`, record)).toMatch(/^<p><span class="katex">.*<\/span> and y<\/p><p> <\/p>$/);
    expect(typesetHtml(`<p>${block}${block}</p>`, record)).toMatch(/^<p><span class="katex">/);
    expect(record.count).toBe(4);
  });

  it('typesets only a <span> that has both its kind and its TeX', () => {
    const record = newMathRecord();
    for (const html of ['<p><b data-math="inline" data-tex="x">y</b></p>', '<p><span data-tex="x">y</span></p>', '<p><span data-math="inline">y</span></p>']) {
      expect(typesetHtml(html, record)).toBe(html);
    }
    expect(record).toEqual(newMathRecord());
  });

  it("reads MathJax's \\displaylines, and shortens only TeX longer than 60 characters in a message", () => {
    const record = newMathRecord();
    expect(typesetHtml('<p>a <span data-math="inline" data-tex="\\displaylines{a\\\\b}"></span></p>', record)).toContain('<span class="katex">');
    const sixty = `\\bad${'x'.repeat(56)}`;
    expect(sixty).toHaveLength(60);
    typesetHtml(`<p>a <span data-math="inline" data-tex="${sixty}"></span></p>`, record);
    expect(record.count).toBe(1);
    expect(record.errors).toEqual([expect.stringMatching(new RegExp(`^math that KaTeX cannot typeset, shown as TeX: "\\\\\\\\bad${'x'.repeat(56)}" \\(KaTeX parse error`))]);
  });

  it('shows TeX that KaTeX cannot read as code, and records why', () => {
    const record = newMathRecord();
    expect(typesetHtml('<p><span data-math="inline" data-tex="\\frac{a"></span></p>', record)).toBe('<p><code class="math-error">$\\frac{a$</code></p>');
    expect(record.errors).toEqual([expect.stringMatching(/^math that KaTeX cannot typeset, shown as TeX: "\\\\frac\{a" \(KaTeX parse error: /)]);
    expect(record.count).toBe(0);
  });

  it('is not fooled by \\href or \\htmlClass: no links, no classes of our choosing', () => {
    const record = newMathRecord();
    const html = typesetHtml('<p><span data-math="inline" data-tex="\\href{javascript:alert(1)}{x} \\htmlClass{evil}{y}"></span></p>', record);
    // KaTeX without `trust` shows the commands as red text: no link, no class of the author's.
    expect(html).not.toMatch(/<a\b|href=/);
    expect(html).not.toMatch(/class="[^"]*evil/);
    expect(html).toContain('<mtext>\\href</mtext>');
  });
});

describe('math in a page', () => {
  it('typesets math in every part of a page and counts it; prices and code stay text', () => {
    const body = 'The sum $\\sum_i x_i$ costs $5 and $10.\n\n$$\na^2 + b^2 = c^2\n$$\n\nCode: `$x$`\n\n## News\n\n- 2024-01-01: proved $p \\neq q$';
    const [home] = loadPages(folderWith({ 'profile.md': page('permalink: /', body) }));
    expect(home?.math).toBe(3);
    expect(home?.bio).toContain('costs $5 and $10.');
    expect(home?.bio).toContain('<div class="math-display">');
    expect(home?.bio).toContain('<code>$x$</code>');
    const news = home?.sections[0]?.blocks[0];
    expect(news?.type === 'list' && news.items[0]?.html).toContain('<span class="katex">');
    expect(JSON.stringify(home)).not.toContain('style=');
  });

  it('warns, with the file, about TeX that KaTeX cannot read', () => {
    const [home] = loadPages(folderWith({ 'profile.md': page('permalink: /', 'Bad $\\frac{1$ here') }));
    expect(home?.warnings.map(warningText)).toEqual([expect.stringMatching(/profile\.md: math that KaTeX cannot typeset, shown as TeX: "\\\\frac\{1"/)]);
  });
});
