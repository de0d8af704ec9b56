import { fromHtml } from 'hast-util-from-html';
import { classRules } from '../../lib/render/class-rules';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { badgeColour, contrast, highlightCode, knownLanguage, newHighlightRecord, readable } from '../../lib/render/highlight';

/** A fragment's code blocks coloured: the HTML and what was recorded. */
function colour(html: string) {
  const record = newHighlightRecord();
  const tree = fromHtml(html, { fragment: true });
  highlightCode(tree, record);
  return { html: toHtml(tree), record };
}

describe('contrast (WCAG 2)', () => {
  it('gives the ratios WCAG gives', () => {
    expect(contrast('#ffffff', '#000000')).toBe(21);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.542, 3);
    // Dark channels are on the linear part of the curve.
    expect(contrast('#0a0a0a', '#000000')).toBeCloseTo(1.0607, 4);
    expect(contrast('#050505', '#000000')).toBeCloseTo(1.0304, 4);
    expect(contrast('#ff0000', '#ffffff')).toBeCloseTo(3.998, 3);
    expect(contrast('#00ff00', '#000000')).toBeCloseTo(15.3, 1);
    expect(contrast('#0000ff', '#000000')).toBeCloseTo(2.44, 2);
  });
});

describe('a colour made readable on a background', () => {
  it('moves a faint colour towards black on a light background, or white on a dark one, until it reads at 4.5:1', () => {
    expect(readable('#777777', '#f4f6f8')).toBe('#717171');
    expect(readable('#AABBCC', '#f4f6f8')).toBe('#66707a');
    expect(readable('#202020', '#1a2027')).toBe('#909090');
    for (const [colour, background] of [['#777777', '#f4f6f8'], ['#aabbcc', '#f4f6f8'], ['#202020', '#1a2027']] as const) expect(contrast(readable(colour, background), background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that reads already, and anything that is not #rrggbb', () => {
    expect(readable('#0366d6', '#f4f6f8')).toBe('#0366d6');
    expect(readable('red', '#ffffff')).toBe('red');
    expect(readable('#abc', '#ffffff')).toBe('#abc');
    expect(readable('x#777777', '#ffffff')).toBe('x#777777');
  });

  it('goes as far as black or white, and no further, when the colour is the background', () => {
    expect(readable('#f4f6f8', '#f4f6f8')).toBe('#6e6f70');
    // On a mid grey even white reads at less than 4.5:1: white, after 20 steps.
    expect(readable('#808080', '#808080')).toBe('#ffffff');
    expect(readable('#c0c0c0', '#c0c0c0')).toBe('#4d4d4d');
  });
});

describe("a venue's badge colour", () => {
  it('takes #rgb and #rrggbb in any case, with spaces around, and gives the text colour that reads best', () => {
    expect(badgeColour('#fff')).toEqual({ name: 'venue-f2074b6c', declarations: 'background-color:#ffffff;border-color:#ffffff;color:#1c2024' });
    expect(badgeColour('#000')).toEqual({ name: 'venue-7b2817bf', declarations: 'background-color:#000000;border-color:#000000;color:#ffffff' });
    expect(badgeColour('#777')?.declarations).toBe('background-color:#777777;border-color:#777777;color:#ffffff');
    expect(badgeColour(' #FFCC00 ')).toEqual({ name: 'venue-7f5e859c', declarations: 'background-color:#ffcc00;border-color:#ffcc00;color:#1c2024' });
    expect(badgeColour('#a1b')?.declarations).toBe('background-color:#aa11bb;border-color:#aa11bb;color:#ffffff');
    expect(badgeColour('#777')?.name).toBe(badgeColour('#777777')?.name);
  });

  it('takes nothing else into a stylesheet', () => {
    for (const value of ['#12345', '#1234567', 'red', 'x#ffffff', '#fffffg', '#ffg', 'x#fff', '#fff;', '#ffffff;}', '']) expect(badgeColour(value)).toBeNull();
  });
});

describe('code blocks coloured at build time', () => {
  it("colours a block of a language it knows, each line's tokens as classes, italic and bold kept", () => {
    const { html, record } = colour('<pre class="x"><code class="language-markdown">*a* **b**\nc\n</code></pre>');
    expect(html).toBe('<pre class="x highlight"><code class="language-markdown"><span class="hl-548bcb43">*a* </span><span class="hl-b203a0a4">**b**</span>\n<span class="hl-e1b83052">c</span></code></pre>');
    expect(record.count).toBe(1);
    expect(classRules(record.styles)).toBe(
      ['.hl-548bcb43{color:light-dark(#1f2328,#e6edf3);font-style:italic}', '.hl-b203a0a4{color:light-dark(#1f2328,#e6edf3);font-weight:600}', '.hl-e1b83052{color:light-dark(#1f2328,#e6edf3)}'].join('\n'),
    );
  });

  it('knows languages by their names and aliases, in any case', () => {
    const aliases = { sh: 'bash', shell: 'bash', zsh: 'bash', shellscript: 'bash', console: 'bash', py: 'python', python3: 'python', js: 'javascript', ts: 'typescript', yml: 'yaml', tex: 'latex', 'c++': 'cpp', 'c#': 'csharp', cs: 'csharp', rb: 'ruby', rs: 'rust', md: 'markdown', dockerfile: 'docker', make: 'makefile', f90: 'fortran-free-form', fortran: 'fortran-free-form', jl: 'julia', ps1: 'powershell', kt: 'kotlin', html: 'html', xml: 'xml', svg: 'xml', Python: 'python', BASH: 'bash', YML: 'yaml', tsx: 'tsx' };
    expect(Object.fromEntries(Object.keys(aliases).map((alias) => [alias, knownLanguage(alias)]))).toEqual(aliases);
    for (const unknown of ['klingon', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(knownLanguage(unknown), unknown).toBeNull();
    expect(colour('<pre><code class="language-PY">x = 1</code></pre>').record.count).toBe(1);
  });

  it('leaves a block of a language it does not know, or of none, and what is not a code block', () => {
    for (const html of [
      '<pre><code class="language-klingon">x = 1</code></pre>',
      '<pre><code class="language-">x = 1</code></pre>',
      '<pre><code class="lang-python">x = 1</code></pre>',
      '<pre><code>x = 1</code></pre>',
      '<pre><span class="language-python">x = 1</span></pre>',
      '<pre>x = 1</pre>',
      '<div><code class="language-python">x = 1</code></div>',
      '<p>language-python</p>',
    ]) {
      const result = colour(html);
      expect(result.html).toBe(html);
      expect(result.record).toEqual({ styles: new Map(), count: 0 });
    }
  });

  it('counts every block it colours, each once, the first element of a <pre> being its code', () => {
    const { html, record } = colour('<pre>\n<code class="language-js">a</code></pre><section><pre><code class="x language-py">b\n\n</code></pre></section>');
    expect(record.count).toBe(2);
    expect(html.match(/class="highlight"/g)).toHaveLength(2);
    expect(html).toContain('<code class="x language-py"><span class="hl-');
    expect(html).not.toContain('b\n</code>');
  });

  it('writes the rules of the classes in the order of their names', () => {
    expect(classRules(new Map([['b', 'color:red'], ['a', 'color:blue'], ['c', 'x']]))).toBe('.a{color:blue}\n.b{color:red}\n.c{x}');
    expect(classRules(new Map())).toBe('');
  });
});
