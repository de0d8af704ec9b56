// Equation numbers as MathJax gives them with AMS numbering (al-folio's setting): every numbered
// environment (`equation`, `align`, `gather`, `multline`, `alignat`) is numbered on the page, row by
// row for the aligned ones, unless a row says `\nonumber` / `\notag` or has its own `\tag`;
// `\label{name}` names a number, and `\eqref{name}` / `\ref{name}` (in math or in the text)
// show it. KaTeX typesets one formula at a time and knows no labels, so the numbers are written
// into the TeX as `\tag{n}` before KaTeX sees it.

/** The page's numbers so far. */
export interface EquationNumbers {
  count: number;
  /** label -> the number (or the `\tag` text) it names */
  labels: Map<string, string>;
}

export const newEquationNumbers = (): EquationNumbers => ({ count: 0, labels: new Map() });

const NUMBERED = /\\begin\{(equation|align|gather|multline|alignat|flalign)\}(\{\d+\})?([\s\S]*?)\\end\{\1\}/g;
/** KaTeX's starred environments take `\\tag`s; it has no multline or flalign, so their nearest kin. */
const STARRED: Readonly<Record<string, string>> = { multline: 'gather*', flalign: 'align*' };
const LABEL = /\\label\{([^{}]*)\}/g;
const TAG = /\\tag\*?\{([^{}]*)\}/;
const NO_NUMBER = /\\(?:nonumber|notag)\b/g;
const HAS_NO_NUMBER = /\\(?:nonumber|notag)\b/;

/** A body's rows: split at `\\` outside braces (a row of an aligned environment). */
function rows(body: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at];
    if (char === '\\' && body[at + 1] === '\\' && depth === 0) {
      found.push(body.slice(start, at));
      start = at + 2;
      at += 1;
    } else if (char === '\\') at += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
  }
  found.push(body.slice(start));
  return found;
}

/** One row: its label(s) taken out, then its number as a `\tag`, unless it has none or its own. */
function numberRow(row: string, numbers: EquationNumbers): string {
  const labels = [...row.matchAll(LABEL)].map((match) => match[1] ?? '');
  let text = row.replace(LABEL, '');
  const own = TAG.exec(text)?.[1];
  if (own !== undefined) {
    for (const label of labels) numbers.labels.set(label, own);
    return text;
  }
  if (HAS_NO_NUMBER.test(text)) return text.replace(NO_NUMBER, '');
  // A last row that is only spacing (a trailing `\\`) gets no number, as in LaTeX.
  if (text.trim() === '') return text;
  numbers.count += 1;
  const number = String(numbers.count);
  for (const label of labels) numbers.labels.set(label, number);
  text = `${text.replace(/\s+$/, '')} \\tag{${number}}`;
  return text;
}

/**
 * A display formula with its numbered environments numbered (as starred ones with `\tag`s) and
 * its labels recorded; the numbers it took, in order, for the anchors of its element.
 */
export function numberEquations(tex: string, numbers: EquationNumbers): { tex: string; taken: string[] } {
  const before = numbers.count;
  const numbered = tex.replace(NUMBERED, (_whole, name: string, columns: string | undefined, body: string) => {
    const single = name === 'equation' || name === 'multline';
    const text = single ? numberRow(body.replace(/\\\\/g, name === 'multline' ? '\\\\' : ' '), numbers) : rows(body).map((row) => numberRow(row, numbers)).join('\\\\');
    const starred = STARRED[name] ?? `${name}*`;
    return `\\begin{${starred}}${columns ?? ''}${text}\\end{${starred}}`;
  });
  // A label outside any environment names the formula's own `\tag`, if it has one.
  const rest = numbered.replace(LABEL, (_whole, label: string) => {
    const own = TAG.exec(numbered)?.[1];
    if (own !== undefined) numbers.labels.set(label, own);
    return '';
  });
  const taken = Array.from({ length: numbers.count - before }, (_unused, index) => String(before + index + 1));
  return { tex: rest, taken };
}

/** `\eqref{name}` and `\ref{name}` in a text: where each is, and what it refers to. */
export const REFERENCE = /\\(eqref|ref)\{([^{}]*)\}/g;

/** The anchor of an equation number. */
export const equationId = (number: string) => `eq-${number.replace(/[^\w-]/g, '-')}`;
