import { describe, expect, it } from 'vitest';
import { ContentError } from '../../lib/content/error';
import { ContentErrors, Problems, warningText } from '../../lib/content/problems';

const error = (file: string, line?: number, found = 'x') => new ContentError({ file, line, expected: 'y', found });

describe('Problems', () => {
  it('says each warning and each error once, and is ok until an error', () => {
    const problems = new Problems();
    problems.warn({ file: 'a.md', line: 2, message: 'w' });
    problems.warn({ file: 'a.md', line: 2, message: 'w' });
    problems.warn({ file: 'a.md', message: 'w' });
    expect(problems.ok).toBe(true);
    problems.error(error('a.md', 1));
    problems.error(error('a.md', 1));
    expect(problems.ok).toBe(false);
    expect(problems.lines()).toEqual(['warning: a.md: w', 'warning: a.md:2: w', 'error: a.md:1: expected y, found x']);
  });

  it('records what a step throws, one error or several, and stands the fallback in for its result', () => {
    const problems = new Problems();
    expect(problems.attempt(() => 7, 0)).toBe(7);
    expect(
      problems.attempt(() => {
        throw error('b.md', 3);
      }, 'fallback'),
    ).toBe('fallback');
    expect(
      problems.attempt(() => {
        throw new ContentErrors([error('c.md', 1), error('a.md', 9)]);
      }, null),
    ).toBeNull();
    expect(() =>
      problems.attempt(() => {
        throw new TypeError('a bug');
      }, null),
    ).toThrow(TypeError);
    expect(problems.errors.map((one) => one.message)).toEqual(['b.md:3: expected y, found x', 'c.md:1: expected y, found x', 'a.md:9: expected y, found x']);
  });

  it('throws every error at once, by file and then line, an error without a line first in its file', () => {
    const problems = new Problems();
    problems.throwIfErrors();
    for (const one of [error('b.md', 2), error('a.md', 10), error('b.md'), error('a.md', 9)]) problems.error(one);
    let thrown: unknown;
    try {
      problems.throwIfErrors();
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    expect(thrown instanceof ContentErrors && thrown.name).toBe('ContentErrors');
    expect(thrown instanceof Error && thrown.message).toBe(['a.md:9: expected y, found x', 'a.md:10: expected y, found x', 'b.md: expected y, found x', 'b.md:2: expected y, found x'].join('\n'));
    // The record keeps the order they were found in.
    expect(problems.errors.map((one) => one.line)).toEqual([2, 10, undefined, 9]);
  });

  it('sorts the warnings by place, and writes each as file:line: message', () => {
    const problems = new Problems();
    problems.warn({ file: 'b.md', line: 1, message: 'one' });
    problems.warn({ file: 'a.md', line: 5, message: 'two' });
    problems.warn({ file: 'a.md', line: 4, message: 'three' });
    expect(problems.sortedWarnings().map(warningText)).toEqual(['a.md:4: three', 'a.md:5: two', 'b.md:1: one']);
    expect(problems.warnings.map((one) => one.message)).toEqual(['one', 'two', 'three']);
  });
});
