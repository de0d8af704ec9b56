// Parses YAML while remembering where each value came from, so that errors can name a line.
import { LineCounter, parseDocument } from 'yaml';
import { ContentError, describeValue, fieldName } from './content-error.mjs';

/**
 * @typedef {object} YamlSource
 * @property {unknown} data the parsed value, not yet validated
 * @property {(path: ReadonlyArray<PropertyKey>) => number | undefined} lineOf
 *   the line in the file of the value at `path`, or of its nearest parent that exists
 */

/**
 * @param {string} text YAML text
 * @param {string} file the file's name, as errors should show it
 * @param {number} firstLine the line of the file on which `text` starts (1 for a whole file)
 * @returns {YamlSource}
 */
export function parseYaml(text, file, firstLine) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const line = firstLine - 1 + lineCounter.linePos(error.pos[0]).line;
    throw new ContentError({
      file,
      line,
      expected: 'valid YAML',
      found: `a syntax error (${error.message.split('\n')[0]})`,
    });
  }
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
        if (Array.isArray(range) && typeof range[0] === 'number') {
          return firstLine - 1 + lineCounter.linePos(range[0]).line;
        }
      }
      return undefined;
    },
  };
}

/**
 * Validates parsed YAML with a zod schema; on failure throws one ContentError naming the file,
 * the line, the field, what was expected and what was found.
 * @template {import('zod').ZodType} S
 * @param {S} schema
 * @param {YamlSource} source
 * @param {string} file
 * @returns {import('zod').output<S>}
 */
export function validateYaml(schema, source, file) {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue ? issue.path : [];
  throw new ContentError({
    file,
    line: source.lineOf(path),
    field: path.length > 0 ? fieldName(path) : undefined,
    expected: issue ? issue.message : 'valid content',
    found: describeValue(valueAt(source.data, path)),
  });
}

/**
 * @param {unknown} data
 * @param {ReadonlyArray<PropertyKey>} path
 * @returns {unknown}
 */
function valueAt(data, path) {
  /** @type {unknown} */
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}
