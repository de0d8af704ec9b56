// Parses YAML while remembering where each value came from, so that errors can name a line, and
// says the mistakes people make in YAML in plain words.
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ZodType, output } from 'zod';
import { ContentError, describeValue, fieldName } from './error';
import type { Problems } from './problems';

/** A YAML mapping (or JSON object), as opposed to a list or a scalar. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface YamlSource {
  /** the parsed value, not yet validated */
  data: unknown;
  /** the line in the file of the value at `path`, or of its nearest parent that exists */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

const MAX_ALIASES = 100;

/** The key of a `key: value` line, or undefined when the line is not one. */
function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
}

/** What follows the key of a `key: value` line. */
const valueOf = (line: string): string => line.slice(line.indexOf(':') + 1).trim();

/** The line's indentation (spaces, and a "- " of a list item). */
const indentOf = (line: string): number => /^[ ]*/.exec(line)?.[0].length ?? 0;

/** A syntax error in words an author can act on; the parser's own words follow as a detail. */
function plainError(error: YAMLError, lines: readonly string[], lineNo: number, file: string, fileLine: number): ContentError {
  const text = lines[lineNo - 1] ?? '';
  const detail = `YAML: ${error.message.split('\n')[0]}`;
  const key = keyOf(text);
  const shown = JSON.stringify(text.trim().length > 70 ? `${text.trim().slice(0, 67)}...` : text.trim());
  const quoteIt = (field: string, value: string, expected = 'a value in quotes when it contains ": "') =>
    new ContentError({
      file,
      line: fileLine,
      field,
      expected,
      found: `the unquoted value ${JSON.stringify(value)}`,
      fix: `Put the value in quotes: \`${field}: ${JSON.stringify(value)}\``,
      detail,
    });
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      if (error.message.startsWith('Flow ')) {
        // The parser notices where the bracket should have closed; the author wants where it opened.
        let opened = lineNo;
        while (opened > 1 && !/:\s*[[{](?!.*[\]}]\s*$)/.test(lines[opened - 1] ?? '')) opened -= 1;
        const openedText = lines[opened - 1] ?? '';
        return new ContentError({
          file,
          line: fileLine - (lineNo - opened),
          field: keyOf(openedText),
          expected: 'a "[" or "{" closed on the same line, or a value in quotes',
          found: `an unclosed bracket: ${JSON.stringify(openedText.trim())}`,
          fix: 'Put the value in quotes if the bracket is part of the text',
          detail,
        });
      }
      // "title: Talk: on bounds", also as a list item ("- title: Talk: on bounds").
      if (error.message.startsWith('Nested mappings') && key !== undefined && /:(?:\s|$)/.test(valueOf(text))) return quoteIt(key, valueOf(text));
      if (/^\s*- /.test(text) || /block sequence|sequence items/.test(error.message)) {
        return new ContentError({
          file,
          line: fileLine,
          expected: 'each "- " item of a list to start at the same column as the items above it',
          found: `a list item out of line: ${shown}`,
          fix: 'Indent it with the same number of spaces as the other items',
          detail,
        });
      }
      break;
    case 'BAD_SCALAR_START':
      if (key !== undefined) return quoteIt(key, valueOf(text), `a value in quotes when it starts with ${JSON.stringify(valueOf(text).charAt(0))}`);
      break;
    case 'TAB_AS_INDENT':
      return new ContentError({
        file,
        line: fileLine,
        expected: 'spaces at the start of the line (YAML indents with spaces only)',
        found: 'a tab',
        fix: 'Replace the tab with spaces, as many as the lines around it use',
        detail,
      });
    case 'DUPLICATE_KEY': {
      const indent = indentOf(text);
      const first = lines.findIndex((other, i) => i < lineNo - 1 && indentOf(other) === indent && keyOf(other) === key);
      return new ContentError({
        file,
        line: fileLine,
        field: key,
        expected: 'each key once',
        found: `\`${key ?? 'this key'}\` a second time${first >= 0 ? ` (it is also on line ${fileLine - (lineNo - 1 - first)})` : ''}`,
        fix: 'Keep one of them and delete the other',
        detail,
      });
    }
    case 'MISSING_CHAR':
      if (error.message.includes('quote')) {
        return new ContentError({
          file,
          line: fileLine,
          expected: 'a closing quote for the value that starts with a quote',
          found: 'none',
          fix: 'Close the quote at the end of the value, or remove the opening one',
          detail,
        });
      }
      if (key === undefined) {
        return new ContentError({
          file,
          line: fileLine,
          expected: '"key: value" lines',
          found: `a line without a key: ${shown}`,
          fix: 'Write it as "key: value", or as "- item" under a list',
          detail,
        });
      }
      break;
    default:
      break;
  }
  return new ContentError({ file, line: fileLine, expected: 'valid YAML', found: `a mistake near ${shown}`, detail });
}

/** Where each value of a parsed document is, by its path. */
function linesOf(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, firstLine: number): YamlSource['lineOf'] {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
      if (Array.isArray(range) && typeof range[0] === 'number') {
        return firstLine - 1 + lineCounter.linePos(range[0]).line;
      }
    }
    return undefined;
  };
}

/**
 * YAML that a strict parser refuses but Jekyll's (Ruby's Psych) reads, such as a quoted text that
 * runs over several lines at the key's own indentation: read as Jekyll reads it (js-yaml is as
 * forgiving), or null when that parser refuses it too.
 */
function readLikeJekyll(text: string): { value: unknown } | null {
  try {
    // `json`: a key given twice keeps its last value, as in Ruby, instead of failing.
    return { value: jsYaml.load(text, { json: true }) };
  } catch {
    return null;
  }
}

/**
 * @param text YAML text
 * @param file the file's name, as errors should show it
 * @param firstLine the line of the file on which `text` starts (1 for a whole file)
 * @param problems where to say that YAML a strict parser refuses was read as Jekyll reads it;
 *   without it, such YAML is an error
 */
export function parseYaml(text: string, file: string, firstLine: number, problems?: Problems): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const [error] = doc.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const plain = plainError(error, text.split(/\r?\n/), line, file, firstLine - 1 + line);
    const lenient = problems === undefined ? null : readLikeJekyll(text);
    if (lenient === null || problems === undefined) throw plain;
    problems.warn({ file, line: plain.line, message: `YAML that Jekyll reads but a strict reader refuses, read as Jekyll reads it (${plain.message.slice(plain.message.indexOf(': ') + 2)})` });
    return { data: lenient.value, lineOf: linesOf(doc, lineCounter, firstLine) };
  }
  let data: unknown;
  try {
    // A bounded number of aliases: a "billion laughs" document stops here instead of eating memory.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ContentError({
      file,
      line: firstLine,
      expected: `at most ${MAX_ALIASES} uses of YAML aliases (*name)`,
      found: 'aliases that expand without end',
      fix: 'Write the values out instead of repeating them with & and *',
      detail: `YAML: ${error.message}`,
    });
  }
  return { data, lineOf: linesOf(doc, lineCounter, firstLine) };
}

/**
 * The value at `path` in what was read. A single value where a list is expected (which the schemas
 * accept as a one-item list) is the value at index 0.
 */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return key === 0 ? value : undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** The value with the part at `path` taken out (an item of a list is removed from it). */
function without(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return undefined;
  if (Array.isArray(value) && typeof key === 'number') {
    return rest.length === 0 ? value.filter((_item, index) => index !== key) : value.map((item, index) => (index === key ? without(item, rest) : item));
  }
  // A single value where a list was expected (read as a list of one): the value goes.
  if (!isRecord(value) || typeof key !== 'string') return undefined;
  if (rest.length === 0) return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
  return { ...value, [key]: without(value[key], rest) };
}

/**
 * Validates as Jekyll reads: a value this site cannot use is left out with a warning (Liquid still
 * sees it as written), and the rest is used; only a key the site cannot do without is an error.
 * Returns null when there was an error (recorded in `problems`).
 * @param strict whether a mistake at this path stops the build
 */
export function validateLeniently<S extends ZodType>(schema: S, source: YamlSource, file: string, problems: Problems, strict: (path: ReadonlyArray<PropertyKey>) => boolean = () => false): output<S> | null {
  let data = source.data;
  // Each round leaves out one value; a document has far fewer values that are wrong.
  for (let round = 0; round < 200; round += 1) {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const [issue] = result.error.issues;
    if (issue === undefined) return null;
    const found = valueAt(data, issue.path);
    const details = {
      file,
      line: source.lineOf(issue.path),
      field: issue.path.length > 0 ? fieldName(issue.path) : undefined,
      expected: issue.message,
      found: describeValue(found),
    };
    // The whole document, or a key the site cannot do without: an error.
    if (strict(issue.path) || issue.path.length === 0) {
      problems.error(new ContentError(details));
      return null;
    }
    // A required value that is missing, or wrong: the entry that needs it goes.
    const same = (path: ReadonlyArray<PropertyKey>) => path.length === issue.path.length && path.every((key, index) => key === issue.path[index]);
    const again = found === undefined ? null : schema.safeParse(without(data, issue.path));
    const required = again === null || (!again.success && again.error.issues.some((other) => same(other.path)));
    const dropped = required ? issue.path.slice(0, -1) : issue.path;
    if (dropped.length === 0) {
      problems.error(new ContentError(details));
      return null;
    }
    const consequence = dropped.length === issue.path.length ? 'left out' : `\`${fieldName(dropped)}\` is left out`;
    problems.warn({ file, line: details.line, message: `${details.field === undefined ? '' : `\`${details.field}\`: `}expected ${details.expected}, found ${details.found}; ${consequence}` });
    data = without(data, dropped);
  }
  return null;
}
