// Reading BibTeX (lib/content/bibliography.ts): fields, people, months and years as the pages use
// them, the BibTeX a page shows, where each problem is, and the folder of .bib files.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBibtex, monthNumber, parseBibliography, readBibliographies } from '../../lib/content/bibliography';
import { displayName } from '../../lib/content/front-matter';
import { installedFile } from '../../lib/content/node-modules';
import { folderWith, strictly, withProblems } from '../helpers';

const bib = (text: string) => withProblems((problems) => parseBibliography(text, 'x.bib', 'x', problems));

const BOOK = String.raw`@Book{Big,
  Title = {Big},
  author = {van Beethoven, Jr., Ludwig and {ACM} and Others, Ann and others},
  editor = {Smith, J. and others},
  keywords = {a, b ,c},
  publisher = {P1 and P2},
  Year = {n.d.},
  month = { 8 },
  PDF = {x.pdf},
  note = {},
}
@misc{y, title = {  }, year = {2020a}, month = {MAR}, author = {Cafe\'{e}}}
@misc{z, title={Z}, month = 13}
`;

describe('an entry read', () => {
  // Read inside each test, so that the mutation run sees which test covers which line.
  const read = () => {
    const { value: [book, untitled, thirteenth], warnings } = bib(BOOK);
    return { book, untitled, thirteenth, warnings };
  };

  it('keeps every field by its lower-case name, lists joined as BibTeX joins them, empty ones left out', () => {
    const entries = read();
    expect(entries.book?.fields).toEqual({ title: 'Big', publisher: 'P1 and P2', year: 'n.d.', month: '8', pdf: 'x.pdf', keywords: 'a, b, c' });
    expect([entries.book?.key, entries.book?.type, entries.book?.file, entries.book?.source, entries.book?.line, entries.book?.index]).toEqual(['Big', 'book', 'x', 'x.bib', 1, 0]);
  });

  it('reads people with prefix and suffix, a name in braces as a last name, "others" as et al. (but not a person called Others)', () => {
    const entries = read();
    expect(entries.book?.authors).toEqual([
      { first: 'Ludwig', last: 'van Beethoven, Jr.' },
      { first: '', last: 'ACM' },
      { first: 'Ann', last: 'Others' },
    ]);
    expect(entries.book?.etAl).toBe(true);
    expect(entries.book?.editors).toEqual([{ first: 'J.', last: 'Smith' }]);
    expect(entries.untitled?.authors).toEqual([{ first: '', last: 'Cafeé' }]);
    // Composed: the parser's combining accent and its letter are one character.
    expect(entries.untitled?.authors[0]?.last).toHaveLength(5);
    expect([entries.untitled?.etAl, entries.thirteenth?.authors, entries.thirteenth?.editors]).toEqual([false, [], []]);
  });

  it('reads the year as its leading number, else none; the month by number or name, else none', () => {
    const entries = read();
    expect([entries.book?.year, entries.untitled?.year, entries.thirteenth?.year]).toEqual([null, 2020, null]);
    expect([entries.book?.month, entries.untitled?.month, entries.thirteenth?.month]).toEqual([8, 3, null]);
  });

  it('names an entry without a title (or a blank one) by its key, and says so on its line', () => {
    const entries = read();
    expect([entries.book?.title, entries.untitled?.title, entries.thirteenth?.title]).toEqual(['Big', 'y', 'Z']);
    expect([entries.untitled?.line, entries.thirteenth?.line, entries.thirteenth?.index]).toEqual([12, 13, 2]);
    expect(entries.warnings).toEqual(['x.bib:12: `y.title`: expected a title for every entry, found an entry without one; its key stands for it']);
  });

  it("shows BibTeX as written, months as macros (or braced when they are not a month), without the site's fields however written", () => {
    const entries = read();
    expect(entries.book?.bibtex).toBe(
      [
        '@book{Big,',
        '  title = {Big},',
        '  author = {van Beethoven, Jr., Ludwig and {ACM} and Others, Ann and others},',
        '  editor = {Smith, J. and others},',
        '  publisher = {P1 and P2},',
        '  year = {n.d.},',
        '  month = aug,',
        '  keywords = {a, b, c}',
        '}',
      ].join('\n'),
    );
    expect(entries.untitled?.bibtex).toBe(String.raw`@misc{y,
  year = {2020a},
  month = mar,
  author = {Cafe\'{e}}
}`);
    expect(entries.thirteenth?.bibtex).toBe('@misc{z,\n  title = {Z},\n  month = {13}\n}');
  });
});

describe('cleanBibtex', () => {
  it('writes people as Last, Suffix, First with the prefix before the last name, a name alone as written, and leaves out what is not a person', () => {
    const author = [
      { lastName: 'Fontaine', prefix: 'de la', firstName: 'Jean', suffix: 'Jr.' },
      { lastName: 'Curie', firstName: '' },
      { name: 'ACM' },
      { firstName: 'Nobody' },
      null,
      'text',
    ];
    expect(cleanBibtex('Article', 'k', { author })).toBe('@article{k,\n  author = {de la Fontaine, Jr., Jean and Curie and ACM and }\n}');
  });

  it('joins keywords with commas and other lists with "and"; leaves out a field that is neither text nor a list, or empty after trimming', () => {
    expect(cleanBibtex('misc', 'k', { keywords: ['a', 'b'], publisher: ['P', 'Q'], count: 3, blank: '  ', title: '  T  ' })).toBe(
      '@misc{k,\n  keywords = {a, b},\n  publisher = {P and Q},\n  title = {T}\n}',
    );
  });

  it('writes a month as its macro, else as written in braces and trimmed', () => {
    expect(cleanBibtex('misc', 'k', { month: ' 12 ' })).toBe('@misc{k,\n  month = dec\n}');
    expect(cleanBibtex('misc', 'k', { month: 'January' })).toBe('@misc{k,\n  month = jan\n}');
    expect(cleanBibtex('misc', 'k', { month: ' Sommer ' })).toBe('@misc{k,\n  month = {Sommer}\n}');
    expect(cleanBibtex('misc', 'k', { MONTH: ['a', 'b'] })).toBe('@misc{k,\n  month = {a and b}\n}');
  });

  it("leaves out al-folio's own fields in any case", () => {
    expect(cleanBibtex('misc', 'k', { PDF: 'a.pdf', Selected: 'true', abbr: 'X', Title: 'T' })).toBe('@misc{k,\n  title = {T}\n}');
  });
});

describe('monthNumber', () => {
  it('reads 1 to 12 and the first three letters of a name in any case, trimmed', () => {
    expect(['1', ' 12 ', '0', '-1', '2.5', 'MAR', 'mArch', 'ma', ''].map(monthNumber)).toEqual([1, 12, null, null, null, 3, 3, null, null]);
  });
});

describe('an entry the parser cannot read', () => {
  it('names the line the parser names when it falls inside the entry, and the message without its position', () => {
    const { value, warnings } = bib('junk\n\n@article{a,\n  title={A},\n  year={2000}\n  month={5}}\n@misc{b, title={B}}');
    expect(warnings).toEqual([
      'x.bib:6: expected BibTeX entries with balanced braces, each `field = {value}` separated by commas, found an entry the parser could not read: Token mismatch, expected "}", found "month={5}}\\n@misc{b, ".... ' +
        'Check the braces and commas of that entry; it is kept as far as it was read, and the entries around it are kept ' +
        '(BibTeX: Token mismatch, expected "}", found "month={5}}\\n@misc{b, "... at line 6, column 3 in "article")',
    ]);
    // The entry as far as it was read, at its own line; the next one where it is.
    expect(value.map((entry) => [entry.key, entry.line, entry.index, entry.fields])).toEqual([
      ['a', 3, 0, { title: 'A', year: '2000' }],
      ['b', 7, 1, { title: 'B' }],
    ]);
    expect(value[0]?.bibtex).toBe('@article{a,\n  title = {A},\n  year = {2000}\n}');
  });

  it('names where the entry starts when the parser notices the mistake after it (an unclosed brace)', () => {
    const { value, warnings } = bib('@article{ok, title={A}}\n\n@article{broken, title={Unbalanced {brace}, year=2001}\n');
    expect(warnings).toEqual([
      'x.bib:3: expected BibTeX entries with balanced braces, each `field = {value}` separated by commas, found an entry the parser could not read: Token mismatch, expected "}", found "".... ' +
        'Check the braces and commas of that entry; it is kept as far as it was read, and the entries around it are kept ' +
        '(BibTeX: Token mismatch, expected "}", found ""... at line 4, column 1 in "article")',
    ]);
    expect(value.map((entry) => [entry.key, entry.line])).toEqual([
      ['ok', 1],
      ['broken', 3],
    ]);
  });

  it('finds each entry after the one before it, so two entries written alike get their own lines', () => {
    const twice = '@misc{a, title={T}}\n@misc{a, title={T}}\n@misc{c, title={T}}';
    const { value, warnings } = bib(twice);
    expect(value.map((entry) => [entry.key, entry.line])).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
    expect(warnings).toEqual(['x.bib:2: `a`: expected a key no other entry has (line 1 has it too), found a second @misc{a; the first one is kept']);
  });
});

describe('readBibliographies', () => {
  it('reads every .bib file of content/bibliography in name order, any case, by its name without .bib; nothing else', () => {
    const dir = folderWith({
      'bibliography/b.bib': '@misc{b, title={B}}',
      'bibliography/A.BIB': '@misc{a, title={A}}',
      'bibliography/notes.txt': '@misc{n, title={N}}',
      'bibliography/papers.bib.orig': '@misc{o, title={O}}',
    });
    const read = strictly((problems) => readBibliographies(dir, problems));
    expect([...read.keys()]).toEqual(['A', 'b']);
    expect(read.get('A')?.map((entry) => [entry.key, entry.file, entry.source])).toEqual([['a', 'A', displayName(path.join(dir, 'bibliography', 'A.BIB'))]]);
  });

  it('reads none without the folder, and passes over a folder named like a .bib file', () => {
    expect(strictly((problems) => readBibliographies(folderWith({ 'profile.md': '' }), problems)).size).toBe(0);
    const dir = folderWith({ 'bibliography/ok.bib': '@misc{a, title={A}}' });
    mkdirSync(path.join(dir, 'bibliography', 'folder.bib'));
    expect([...strictly((problems) => readBibliographies(dir, problems)).keys()]).toEqual(['ok']);
  });
});

describe('BibTeX at its edges', () => {
  it('reads a month with spaces around it, and reads only .bib files, named by all but .bib', () => {
    expect(monthNumber(' aug')).toBe(8);
    const dir = folderWith({ 'bibliography/my.bibtex.bib': '@article{a, title={A}, year={2020}}\n', 'bibliography/notes.txt': '@article{b, title={B}}\n' });
    expect([...strictly((problems) => readBibliographies(dir, problems)).keys()]).toEqual(['my.bibtex']);
  });

  it('says an entry whose title is only spaces has none', () => {
    const { value, warnings } = withProblems((problems) => parseBibliography('@article{k, title = {  }, year = {2020}}\n', 'x.bib', 'x', problems));
    expect(value.map((entry) => entry.title)).toEqual(['k']);
    expect(warnings).toEqual(['x.bib:1: `k.title`: expected a title for every entry, found an entry without one; its key stands for it']);
  });
});

describe('installedFile', () => {
  it('finds a file of an installed package, and says to install what is not there', () => {
    expect(installedFile('katex', 'package.json')).toMatch(/node_modules\/katex\/package\.json$/);
    expect(() => installedFile('no-such-package-here', 'x.js')).toThrow(/^node_modules\/no-such-package-here\/x\.js not found from .*: run npm install$/);
  });
});
