// Plain JS (not TS) because next.config.js loads the front matter through it too.

/**
 * A problem in the owner's content that must stop the build. The message names the file,
 * the line where known, the field, what was expected and what was found.
 */
export class ContentError extends Error {
  /**
   * @param {{ file: string, line?: number | undefined, field?: string | undefined, expected: string, found: string }} details
   */
  constructor({ file, line, field, expected, found }) {
    const place = line === undefined ? file : `${file}:${line}`;
    const subject = field === undefined ? '' : ` \`${field}\`:`;
    super(`${place}:${subject} expected ${expected}, found ${found}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.expected = expected;
    this.found = found;
  }
}

/**
 * Says in words what a value read from YAML is, for error messages.
 * @param {unknown} value
 * @returns {string}
 */
export function describeValue(value) {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'a mapping of keys to values';
}

/**
 * Writes a path into a YAML document the way an author would: `author.name`, `redirect_from[1]`.
 * @param {ReadonlyArray<PropertyKey>} path
 * @returns {string}
 */
export function fieldName(path) {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
