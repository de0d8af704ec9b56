import { describe, expect, it } from 'vitest';
import { equationId, newEquationNumbers, numberEquations } from '../../lib/render/equations';
import { readable } from '../../lib/render/highlight';
import { bodyOf } from '../helpers';

describe('equation numbers', () => {
  it('numbers equation and align rows in order, as starred environments with tags, and records labels', () => {
    const numbers = newEquationNumbers();
    const first = numberEquations('\\begin{equation}\\label{eq:a} a = b \\end{equation}', numbers);
    expect(first).toEqual({ tex: '\\begin{equation*} a = b \\tag{1}\\end{equation*}', taken: ['1'] });
    const second = numberEquations('\\begin{align} x &= 1 \\label{x} \\\\ y &= 2 \\nonumber \\\\ z &= {3 \\\\ 4} \\end{align}', numbers);
    expect(second.tex).toBe('\\begin{align*} x &= 1 \\tag{2}\\\\ y &= 2  \\\\ z &= {3 \\\\ 4} \\tag{3}\\end{align*}');
    expect(second.taken).toEqual(['2', '3']);
    // Its own \tag names the label; a starred environment and plain display math are not numbered.
    expect(numberEquations('\\begin{gather} e \\tag{E} \\label{e} \\end{gather}', numbers).taken).toEqual([]);
    expect(numberEquations('\\begin{equation*} f \\end{equation*} g', numbers)).toEqual({ tex: '\\begin{equation*} f \\end{equation*} g', taken: [] });
    expect([...numbers.labels]).toEqual([['eq:a', '1'], ['x', '2'], ['e', 'E']]);
    expect(numberEquations('\\begin{multline} a \\\\ b \\end{multline}', numbers).tex).toBe('\\begin{gather*} a \\\\ b \\tag{4}\\end{gather*}');
  });

  it('links \\eqref and \\ref in the text and in other sections to the numbered formula, and says which label is missing', () => {
    const body = bodyOf('See \\eqref{eq:b} and \\ref{eq:a}.\n\n$$\\begin{equation}\\label{eq:a} a \\end{equation}$$\n\n## Later\n\n$$\\begin{align} b \\label{eq:b} \\\\ c \\end{align}$$\n\nAnd $\\eqref{eq:a}$, \\eqref{nowhere}, `\\eqref{eq:a}`.\n');
    expect(body.bio).toContain('See <a class="eqref" href="#eq-2">(2)</a> and <a class="eqref" href="#eq-1">1</a>.');
    expect(body.bio).toContain('<div class="math-display" id="eq-1">');
    const later = body.sections[0]?.blocks.map((block) => (block.type === 'html' ? block.html : '')).join('') ?? '';
    expect(later).toContain('<div class="math-display" id="eq-2"><span id="eq-3"></span>');
    expect(later).toContain(', (??), ');
    expect(later).toContain('<code>\\eqref{eq:a}</code>');
    expect(later).toContain('<annotation encoding="application/x-tex">\\text{(1)}</annotation>');
  });
});

describe('code colours', () => {
  it('keeps a colour that reads at 4.5:1 and darkens or lightens one that does not', () => {
    expect(readable('#cf222e', '#f4f6f8')).toBe('#cf222e');
    expect(readable('#ff7b72', '#1a2027')).toBe('#ff7b72');
    const fixed = readable('#aaaaaa', '#f4f6f8');
    expect(fixed).not.toBe('#aaaaaa');
    expect(Number.parseInt(fixed.slice(1, 3), 16)).toBeLessThan(0xaa);
    expect(readable('#333333', '#1a2027')).toMatch(/^#[89a-f]/);
    expect(readable('tomato', '#ffffff')).toBe('tomato');
  });

  it('colours a fenced block of a known language with classes, and leaves others as they are', () => {
    const body = bodyOf('```python\ndef f():\n    return 1\n```\n\n```klingon\nqapla\n```\n\n    indented\n');
    const html = body.bio ?? '';
    expect(html).toMatch(/^<pre class="highlight"><code class="language-python"><span class="hl-[\da-f]{8}">def<\/span>/);
    expect(html).not.toContain('style=');
    expect(html).toContain('<pre><code class="language-klingon">qapla\n</code></pre>');
    expect(html).toContain('<pre><code>indented\n</code></pre>');
  });
});

describe('equation numbers, row by row', () => {
  it('splits rows at \\\\ only, an escaped brace being no group', () => {
    const numbers = newEquationNumbers();
    expect(numberEquations('\\begin{align}a \\{ b \\\\ c\\end{align}', numbers)).toEqual({ tex: '\\begin{align*}a \\{ b \\tag{1}\\\\ c \\tag{2}\\end{align*}', taken: ['1', '2'] });
  });

  it('numbers no row that is only spacing (a trailing \\\\)', () => {
    expect(numberEquations('\\begin{align}a \\\\ \\end{align}', newEquationNumbers())).toEqual({ tex: '\\begin{align*}a \\tag{1}\\\\ \\end{align*}', taken: ['1'] });
  });

  it('gives an equation one number, its line breaks as spaces; a multline one number, its breaks kept', () => {
    expect(numberEquations('\\begin{equation}a \\\\ b\\end{equation}', newEquationNumbers())).toEqual({ tex: '\\begin{equation*}a   b \\tag{1}\\end{equation*}', taken: ['1'] });
    expect(numberEquations('\\begin{multline}a \\\\ b\\end{multline}', newEquationNumbers())).toEqual({ tex: '\\begin{gather*}a \\\\ b \\tag{1}\\end{gather*}', taken: ['1'] });
    expect(numberEquations('\\begin{alignat}{2}a &= b\\end{alignat}', newEquationNumbers()).tex).toBe('\\begin{alignat*}{2}a &= b \\tag{1}\\end{alignat*}');
    expect(numberEquations('\\begin{flalign}a\\end{flalign}', newEquationNumbers()).tex).toBe('\\begin{align*}a \\tag{1}\\end{align*}');
  });

  it("names a label outside any environment by the formula's own tag, and drops it either way", () => {
    const numbers = newEquationNumbers();
    expect(numberEquations('x = 1 \\tag{A} \\label{l}', numbers)).toEqual({ tex: 'x = 1 \\tag{A} ', taken: [] });
    expect(numberEquations('y = 2 \\label{m}', numbers)).toEqual({ tex: 'y = 2 ', taken: [] });
    expect([...numbers.labels]).toEqual([['l', 'A']]);
  });

  it('anchors a number with what an id may hold', () => {
    expect(equationId('12')).toBe('eq-12');
    expect(equationId('A.1 b')).toBe('eq-A-1-b');
  });
});

