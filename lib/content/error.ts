// A problem in the owner's content that must stop the build, and the words used to describe it.
import path from 'node:path';

export interface ContentErrorDetails {
  /** the file as the owner sees it (relative to the project), or an environment variable's name */
  file: string;
  line?: number | undefined;
  /** the field as the author writes it: `author.name`, `redirect_from[1]` */
  field?: string | undefined;
  expected: string;
  found: string;
  /** what to change, in plain words, when that can be said */
  fix?: string | undefined;
  /** the parser's own words, for whoever wants them */
  detail?: string | undefined;
}

/**
 * The message names the file, the line where known, the field, what was expected and what was
 * found, then what to change: `content/site.yml:3: \`url\`: expected ..., found ....`
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly expected: string;
  readonly found: string;

  /** @param options.cause the error this one reports, when it wraps one */
  constructor({ file, line, field, expected, found, fix, detail }: ContentErrorDetails, options?: ErrorOptions) {
    const place = line === undefined ? file : `${file}:${line}`;
    const subject = field === undefined ? '' : ` \`${field}\`:`;
    const advice = fix === undefined ? '' : `. ${fix}`;
    const parser = detail === undefined ? '' : ` (${detail})`;
    super(`${place}:${subject} expected ${expected}, found ${found}${advice}${parser}`, options);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.expected = expected;
    this.found = found;
    // The place to look is the owner's file, not our code: the stack names only that file, so
    // `next dev`'s overlay and the terminal point at it.
    const where = /\(environment variable\)$/.test(file) ? file : `${path.resolve(file)}:${line ?? 1}:1`;
    this.stack = `${this.name}: ${this.message}\n    at ${where}`;
  }
}

/** Says in words what a value read from YAML is, for error messages. */
export function describeValue(value: unknown): string {
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

/** Writes a path into a YAML document the way an author would: `author.name`, `redirect_from[1]`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
