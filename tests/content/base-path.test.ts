import { describe, expect, it } from 'vitest';
import { BASE_PATH_ENV, basePathFrom } from '../../lib/content/base-path';

describe('basePathFrom', () => {
  it('is empty when BASE_PATH is unset, empty, blank or "/"', () => {
    expect([{}, { BASE_PATH: '' }, { BASE_PATH: '   ' }, { BASE_PATH: '/' }].map(basePathFrom)).toEqual(['', '', '', '']);
  });

  it('is "/repo" however the slashes and spaces around it are written', () => {
    expect(['repo', '/repo', 'repo/', '/repo/', ' //repo// '].map((value) => basePathFrom({ [BASE_PATH_ENV]: value }))).toEqual(['/repo', '/repo', '/repo', '/repo', '/repo']);
  });

  it('keeps several segments and the characters a URL path allows unescaped', () => {
    expect(basePathFrom({ BASE_PATH: '/a/b.c_d~e-f/' })).toBe('/a/b.c_d~e-f');
  });

  it.each(['/my repo', '/a//b', '/café', '/a?b', '/a#b', '/%41', '/a\\b'])('stops on %j, naming the variable', (value) => {
    expect(() => basePathFrom({ BASE_PATH: value })).toThrow(
      `BASE_PATH (environment variable): expected a path such as /repo (letters, digits, ".", "_", "~", "-" between slashes), found ${JSON.stringify(value.trim())}`,
    );
  });

  it('reads BASE_PATH and nothing else', () => {
    expect(basePathFrom({ BASEPATH: '/x', base_path: '/y' })).toBe('');
  });
});
