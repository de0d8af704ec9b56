import { describe, expect, it } from 'vitest';
import { smartify } from '../../lib/render/smartify';

describe("Jekyll's smartify filter", () => {
  it('writes quotes, apostrophes, dashes and ellipses as Jekyll 4.3.1 does (checked against it)', () => {
    expect(smartify('"Hello" -- world... --- x')).toBe('“Hello” – world… — x');
    expect(smartify("the '90s and don't")).toBe('the ’90s and don’t');
  });

  it('reads the texts between tags as one, and leaves the tags and their attributes alone', () => {
    expect(smartify('a "b <i>c</i>" d')).toBe('a “b <i>c</i>” d');
    expect(smartify('<a href="x--y">a--b</a>')).toBe('<a href="x--y">a–b</a>');
    // Escaped as HTML text needs (Jekyll writes &amp; and &gt;, which a browser shows alike).
    expect(smartify("it's <b>bold</b> & 5 > 3")).toBe('it’s <b>bold</b> &#x26; 5 > 3');
    expect(smartify('')).toBe('');
  });
});
