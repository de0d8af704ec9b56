import { describe, expect, it } from 'vitest';
import { ContentError } from '../../lib/content/error';
import { parsePage } from '../../lib/content/front-matter';
import { Problems, warningText } from '../../lib/content/problems';
import { parseYaml, validateLeniently } from '../../lib/content/yaml';
import { z } from 'zod';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const yaml = (text: string) => messageOf(() => parseYaml(text, 'site.yml', 1));

/** What the check says of front matter that Jekyll cannot read either: the page is made without it. */
function frontMatter(text: string): string {
  const problems = new Problems();
  parsePage(text, 'pages/talk.md', {}, problems, '/talk.html');
  const [warning] = problems.sortedWarnings();
  return warning === undefined ? 'no warning' : warningText(warning);
}
/** The warning for front matter Jekyll cannot read, around the plain words of the mistake. */
const unreadable = (line: number, words: string) => `pages/talk.md:${line}: front matter that Jekyll cannot read either, so the page is made without it, as Jekyll makes it (${words})`;

describe('the YAML mistakes people make, in plain words', () => {
  it('an unquoted value containing ": " says to quote it, with the line as it should be', () => {
    expect(frontMatter('---\npermalink: /talk/\ntitle: Talk: on bounds\n---\nText\n')).toBe(
      unreadable(
        3,
        '`title`: expected a value in quotes when it contains ": ", found the unquoted value "Talk: on bounds". ' +
          'Put the value in quotes: `title: "Talk: on bounds"` (YAML: Nested mappings are not allowed in compact mappings)',
      ),
    );
  });

  it('quotes a value that itself holds quotes so that the suggestion is valid YAML', () => {
    expect(yaml('author:\n  bio: Researcher: "deep" nets\n')).toContain('Put the value in quotes: `bio: "Researcher: \\"deep\\" nets"`');
  });

  it('front matter with no closing "---" says so, instead of a parser error about the body', () => {
    expect(frontMatter('---\npermalink: /talk/\ntitle: A talk\n\nThe text of the talk: on bounds.\n')).toBe(
      'pages/talk.md:1: expected front matter between two "---" lines at the top of the file, found front matter that starts on line 1 and is never closed with `---`; ' +
        'Jekyll copies such a file as it is rather than make a page of it, so it is left out',
    );
  });

  it('a tab used for indentation names the line and says to use spaces', () => {
    expect(yaml('title: Site\nauthor:\n\tname: Ada\n')).toBe(
      'site.yml:3: expected spaces at the start of the line (YAML indents with spaces only), found a tab. ' +
        'Replace the tab with spaces, as many as the lines around it use (YAML: Tabs are not allowed as indentation)',
    );
  });

  it('a key given twice names both lines', () => {
    expect(yaml('title: A\nurl: https://a.org\nauthor:\n  name: Ada\n  name: Ada L\n')).toBe(
      'site.yml:5: `name`: expected each key once, found `name` a second time (it is also on line 4). ' +
        'Keep one of them and delete the other (YAML: Map keys must be unique)',
    );
  });

  it('a list item out of line (less indented than the ones above) names it', () => {
    expect(frontMatter('---\npermalink: /talk/\nredirect_from:\n  - /a/\n - /b/\n---\n')).toBe(
      unreadable(
        5,
        'expected each "- " item of a list to start at the same column as the items above it, found a list item out of line: "- /b/". ' +
          'Indent it with the same number of spaces as the other items (YAML: A block sequence may not be used as an implicit map key)',
      ),
    );
  });

  it('a list item out of line (more indented) in a list of mappings names it', () => {
    expect(yaml('nav:\n  - title: A\n    url: /a/\n   - title: B\n')).toMatch(
      /^site\.yml:4: expected each "- " item of a list to start at the same column as the items above it, found a list item out of line: "- title: B"/,
    );
  });

  it('an unclosed quote and an unclosed bracket name the line where they open', () => {
    expect(yaml('title: "My site\nurl: https://a.org\n')).toMatch(/^site\.yml:\d+: expected a closing quote for the value that starts with a quote, found none/);
    expect(yaml('title: [My site\nurl: https://a.org\n')).toMatch(
      /^site\.yml:1: `title`: expected a "\[" or "\{" closed on the same line, or a value in quotes, found an unclosed bracket: "title: \[My site"/,
    );
  });

  it('counts lines from the start of the file, not of the front matter', () => {
    expect(frontMatter('---\npermalink: /talk/\n\n\ntitle:\tx\nvenue: A: B\n---\n')).toMatch(/^pages\/talk\.md:6: front matter that Jekyll cannot read either, so the page is made without it, as Jekyll makes it \(`venue`:/);
  });
});

describe('parseYaml', () => {
  it('stops a document whose aliases expand without end ("billion laughs") with a ContentError, not a crash', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(yaml(`${laughs.join('\n')}\n`)).toMatch(/^site\.yml:1: expected at most 100 uses of YAML aliases \(\*name\), found aliases that expand without end\. Write the values out/);
  });

  it('allows a few aliases, as academicpages\' _config.yml uses them', () => {
    const source = parseYaml('name: &name "Ada"\nauthor:\n  name: *name\n', 'site.yml', 1);
    expect(source.data).toEqual({ name: 'Ada', author: { name: 'Ada' } });
  });

  it('finds the line of a value, of its nearest parent when it is missing, and counts from firstLine', () => {
    const source = parseYaml('title: A\nauthor:\n  name: Ada\n  links:\n    - a\n    - b\n', 'site.yml', 10);
    expect(source.lineOf(['author', 'links', 1])).toBe(15);
    expect(source.lineOf(['author', 'name'])).toBe(12);
    expect(source.lineOf(['author', 'missing'])).toBe(12); // where the author block's value starts
    expect(source.lineOf([])).toBe(10);
  });
});

describe('the plain words, at their edges', () => {
  it('says to quote a list item\'s value that contains ": ", not that the item is out of line', () => {
    expect(yaml('nav:\n  - title: Talk: on bounds\n    url: /t/\n')).toMatch(/^site\.yml:2: `title`: expected a value in quotes when it contains ": ", found the unquoted value "Talk: on bounds"\. Put the value in quotes: `title: "Talk: on bounds"`/);
  });

  it('says to quote a value that ends with a colon, or starts with a character YAML reserves', () => {
    expect(yaml('title: Talk:\n')).toMatch(/^site\.yml:1: `title`: expected a value in quotes when it contains ": ", found the unquoted value "Talk:"/);
    expect(yaml('twitter: @ada\n')).toBe(
      'site.yml:1: `twitter`: expected a value in quotes when it starts with "@", found the unquoted value "@ada". Put the value in quotes: `twitter: "@ada"` (YAML: Plain value cannot start with reserved character @)',
    );
  });

  it('does not suggest quotes for a value with no colon in it (a key indented by mistake)', () => {
    expect(yaml('a: 1\n b: 2\n')).toBe('site.yml:1: expected valid YAML, found a mistake near "a: 1" (YAML: Nested mappings are not allowed in compact mappings)');
  });

  it('says a line without a key is one, and shortens a long line in the message', () => {
    expect(yaml('title: A\njust some words here\nurl: b\n')).toMatch(/^site\.yml:\d+: expected .*found .*"just some words here"/);
    const long = `note ${'x'.repeat(100)}`;
    expect(yaml(`${long}\nurl: b\n`)).toContain(`"${long.slice(0, 67)}..."`);
  });

  it('names the first line of a key given twice at the same depth only', () => {
    expect(yaml('author:\n  name: A\nname: B\nname: C\n')).toMatch(/^site\.yml:4: `name`: expected each key once, found `name` a second time \(it is also on line 3\)/);
  });

  it('finds where an unclosed bracket opened, several lines up', () => {
    expect(yaml('title: A\nlinks: [a, b,\n  c\nurl: x\n')).toMatch(/^site\.yml:2: `links`: expected a "\[" or "\{" closed on the same line/);
  });
});

describe('validateLeniently', () => {
  const schema = z.looseObject({
    title: z.string({ error: 'a text' }),
    n: z.number({ error: 'a number' }).optional(),
    tags: z.preprocess((value) => (Array.isArray(value) || value == null ? value : [value]), z.array(z.string({ error: 'a word' }), { error: 'a list of words' }).optional()),
    people: z.array(z.looseObject({ name: z.string({ error: 'a name' }), age: z.number({ error: 'a number' }).optional() })).optional(),
    nested: z.looseObject({ deep: z.looseObject({ x: z.boolean({ error: 'true or false' }).optional() }).optional() }, { error: 'a mapping' }).optional(),
  });
  const check = (text: string, strict?: (path: ReadonlyArray<PropertyKey>) => boolean) => {
    const problems = new Problems();
    const value = validateLeniently(schema, parseYaml(text, 'f.yml', 1), 'f.yml', problems, strict);
    return { value, lines: problems.lines() };
  };

  it('leaves out each wrong value with a warning on its line, a list item that lacks a required key as a whole, and keeps the rest', () => {
    expect(check('title: T\nn: x\ntags: [a, 1, b]\npeople:\n  - name: A\n    age: old\n  - age: 3\n  - name: C\nnested:\n  deep:\n    x: 7\nkept: as is\n')).toEqual({
      value: { title: 'T', tags: ['a', 'b'], people: [{ name: 'A' }, { name: 'C' }], nested: { deep: {} }, kept: 'as is' },
      lines: [
        'warning: f.yml:2: `n`: expected a number, found the text "x"; left out',
        'warning: f.yml:3: `tags[1]`: expected a word, found the number 1; left out',
        'warning: f.yml:6: `people[0].age`: expected a number, found the text "old"; left out',
        'warning: f.yml:7: `people[1].name`: expected a name, found nothing (the field is missing); `people[1]` is left out',
        'warning: f.yml:11: `nested.deep.x`: expected true or false, found the number 7; left out',
      ],
    });
  });

  it('leaves out a value of the wrong kind where a mapping or a list is expected, a single value standing for a list', () => {
    expect(check('title: T\nnested: 5\ntags: 7')).toEqual({
      value: { title: 'T' },
      lines: ['warning: f.yml:2: `nested`: expected a mapping, found the number 5; left out', 'warning: f.yml:3: `tags[0]`: expected a word, found the number 7; left out'],
    });
  });

  it('stops, with nothing kept, on a required key that is missing or wrong, on a document that is not a mapping, and on a strict key', () => {
    expect(check('n: 3')).toEqual({ value: null, lines: ['error: f.yml:1: `title`: expected a text, found nothing (the field is missing)'] });
    expect(check('title: [x]')).toEqual({ value: null, lines: ['error: f.yml:1: `title`: expected a text, found a list of 1 item'] });
    expect(check('- a').value).toBeNull();
    expect(check('- a').lines).toHaveLength(1);
    expect(check('title: T\nn: x', (path) => path[0] === 'n')).toEqual({ value: null, lines: ['error: f.yml:2: `n`: expected a number, found the text "x"'] });
    expect(check('title: T\nn: 2', (path) => path[0] === 'n')).toEqual({ value: { title: 'T', n: 2 }, lines: [] });
  });
});

describe('parseYaml, leniently', () => {
  it('reads what a strict parser refuses but Jekyll reads, with a warning, only when asked to say so', () => {
    const text = 'title: A\ntitle: B\n';
    const problems = new Problems();
    expect(parseYaml(text, 'x.yml', 3, problems).data).toEqual({ title: 'B' });
    expect(problems.lines()).toEqual([
      'warning: x.yml:4: YAML that Jekyll reads but a strict reader refuses, read as Jekyll reads it (`title`: expected each key once, found `title` a second time (it is also on line 3). Keep one of them and delete the other (YAML: Map keys must be unique))',
    ]);
    expect(yaml(text)).toMatch(/^site\.yml:2: `title`: expected each key once/);
  });

  it('still stops on what neither reads, and finds the lines of what it read leniently', () => {
    const problems = new Problems();
    expect(() => parseYaml('a: [1, 2\nb: c', 'x.yml', 1, problems)).toThrow(ContentError);
    const read = parseYaml('a: 1\na: 2\nb:\n  c: 3\n', 'x.yml', 1, problems);
    // A mapping's line is where its first key is; a path that is not there, its nearest parent's (the document's).
    expect([read.lineOf(['b', 'c']), read.lineOf(['b']), read.lineOf(['zz'])]).toEqual([4, 4, 1]);
  });
});

describe('the plain words, branch by branch', () => {
  it('says a line without a key is one, and an unclosed quote is one, each in its own words', () => {
    expect(yaml('a: 1\nwords here without colon')).toBe(
      'site.yml:2: expected "key: value" lines, found a line without a key: "words here without colon". Write it as "key: value", or as "- item" under a list (YAML: Implicit map keys need to be followed by map values)',
    );
    expect(yaml('a: "x')).toBe('site.yml:1: expected a closing quote for the value that starts with a quote, found none. Close the quote at the end of the value, or remove the opening one (YAML: Missing closing "quote)');
  });

  it('finds an unclosed bracket on the first line, and names an indented key', () => {
    expect(yaml('- [a, b\n- c')).toBe(
      'site.yml:1: expected a "[" or "{" closed on the same line, or a value in quotes, found an unclosed bracket: "- [a, b". Put the value in quotes if the bracket is part of the text (YAML: Flow sequence in block collection must be sufficiently indented and end with a ])',
    );
    expect(yaml('x:\n  links: [a, b,\n    c\n  url: x\n')).toMatch(/^site\.yml:2: `links`: expected .*found an unclosed bracket: "links: \[a, b,"\./);
  });

  it('says to quote only where a key has a value to quote', () => {
    expect(yaml('- @x')).toBe('site.yml:1: expected valid YAML, found a mistake near "- @x" (YAML: Plain value cannot start with reserved character @)');
    expect(yaml('-  title: Talk: on bounds')).toMatch(/^site\.yml:1: `title`: expected a value in quotes when it contains ": "/);
  });

  it('names the line of a key given twice only when it is another line at the same depth', () => {
    expect(yaml('a: {x: 1, x: 2}\nx: 3')).toBe('site.yml:1: `a`: expected each key once, found `a` a second time. Keep one of them and delete the other (YAML: Map keys must be unique)');
    expect(yaml('a:\n  b:\n    x: 5\n  x: 1\n  x: 2')).toMatch(/^site\.yml:5: `x`: expected each key once, found `x` a second time \(it is also on line 4\)/);
    expect(yaml('a:\n  x: 1\na:\n  y: 2')).toMatch(/^site\.yml:3: `a`: expected each key once, found `a` a second time \(it is also on line 1\)/);
  });

  it('shows a line of 70 characters whole, and a longer one cut, without its indentation', () => {
    const seventy = `note ${'x'.repeat(65)}`;
    expect(yaml(`a: 1\n${seventy}`)).toContain(`a line without a key: "${seventy}"`);
    const long = `note ${'x'.repeat(80)}`;
    expect(yaml(`a:\n  b: 1\n  ${long}`)).toContain(`a line without a key: "${long.slice(0, 67)}..."`);
  });

  it('stops on YAML a strict reader refuses when there is no list of problems to warn in', () => {
    expect(() => parseYaml('title: A\ntitle: B\n', 'x.yml', 1)).toThrow(ContentError);
  });
});

describe('validateLeniently, what goes', () => {
  it('leaves out the value of the one list item that is wrong, and warns once for an item that lacks what it needs', () => {
    const list = z.object({ items: z.array(z.object({ x: z.number().optional() })) });
    const problems = new Problems();
    expect(validateLeniently(list, { data: { items: [{ x: 1 }, { x: 'bad' }] }, lineOf: () => 2 }, 'x.yml', problems)).toEqual({ items: [{ x: 1 }, {}] });
    const required = z.object({ items: z.array(z.object({ title: z.string() })), n: z.number().optional() });
    const more = new Problems();
    expect(validateLeniently(required, { data: { items: [{ title: 5 }], n: 'x' }, lineOf: () => 3 }, 'x.yml', more)).toEqual({ items: [] });
    expect(more.lines()).toEqual([
      'warning: x.yml:3: `items[0].title`: expected Invalid input: expected string, received number, found the number 5; `items[0]` is left out',
      'warning: x.yml:3: `n`: expected Invalid input: expected number, received string, found the text "x"; left out',
    ]);
  });

  it('finds nothing through a single value that stood for a mapping', () => {
    const schema = z.object({ author: z.preprocess((value) => (typeof value === 'string' ? { name: value } : value), z.object({ name: z.string(), email: z.string() })) });
    const problems = new Problems();
    validateLeniently(schema, { data: { author: 'Ada' }, lineOf: () => 1 }, 'x.yml', problems);
    expect(problems.lines()[0]).toBe('warning: x.yml:1: `author.email`: expected Invalid input: expected string, received undefined, found nothing (the field is missing); `author` is left out');
  });
});
