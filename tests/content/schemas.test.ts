import { describe, expect, it } from 'vitest';
import { itemFrontMatterSchema, itemSchema, pageMetaSchema, parseJekyllDate } from '../../lib/content/schemas';

describe('parseJekyllDate', () => {
  it("reads Jekyll's date forms as UTC, and time zones", () => {
    expect(parseJekyllDate('2024-03-05')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseJekyllDate('2024-3-5')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseJekyllDate('2024-03-05 10:30')?.toISOString()).toBe('2024-03-05T10:30:00.000Z');
    expect(parseJekyllDate('2024-03-05 10:30:15 +0100')?.toISOString()).toBe('2024-03-05T09:30:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15-05:00')?.toISOString()).toBe('2024-03-05T15:30:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15Z')?.toISOString()).toBe('2024-03-05T10:30:15.000Z');
    expect(parseJekyllDate(new Date(Date.UTC(2020, 0, 1)))?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const value of ['2024-02-30', '2024-13-01', 'March 2024', '', '2024', 20240305, null, new Date(Number.NaN)]) {
      expect(parseJekyllDate(value), String(value)).toBeNull();
    }
  });
});

describe('parseJekyllDate, part by part', () => {
  it('trims, reads fractions of a second, and offsets with minutes either way', () => {
    expect(parseJekyllDate('  2024-03-05  ')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseJekyllDate('2024-03-05 10:30:15.123 +01:00')?.toISOString()).toBe('2024-03-05T09:30:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15+0530')?.toISOString()).toBe('2024-03-05T05:00:15.000Z');
    expect(parseJekyllDate('2024-03-05T10:30:15-03:30')?.toISOString()).toBe('2024-03-05T14:00:15.000Z');
    expect(parseJekyllDate('2024-03-05 9:05')?.toISOString()).toBe('2024-03-05T09:05:00.000Z');
  });

  it('refuses text around a date, a time without minutes and a fraction without seconds', () => {
    for (const value of ['x2024-03-05', '2024-03-05x', '2024-03-05 10', '2024-03-05 10:30.5', '12024-03-05', '2024-03-05 10:30 +1']) {
      expect(parseJekyllDate(value), value).toBeNull();
    }
  });
});

describe('the front matter an item is read with', () => {
  const read = (fields: Record<string, unknown>) => {
    const result = itemSchema.safeParse({ permalink: '/x/', title: 'T', ...fields });
    return result.success ? result.data : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('fills in the title, author_profile and redirect_from when they are empty, and takes one redirect as a list', () => {
    expect(read({ title: null, author_profile: null, redirect_from: null })).toMatchObject({ title: '', author_profile: true, redirect_from: [] });
    expect(read({ redirect_from: '/a/', author_profile: false })).toMatchObject({ redirect_from: ['/a/'], author_profile: false });
    expect(read({ redirect_from: ['a'] })).toEqual(['redirect_from.0: a site path starting with "/" (no spaces, "?" or "#")']);
  });

  it('reads texts (numbers as text, blank as none) and numbers (written as text too), saying what was expected', () => {
    expect(read({ subtitle: '  ', venue: 3, nav_order: ' 2 ' })).toMatchObject({ venue: '3', nav_order: 2 });
    expect(read({ subtitle: '  ' })).toHaveProperty('subtitle', undefined);
    expect(read({ subtitle: 3, location: null })).toMatchObject({ subtitle: '3' });
    expect(read({ subtitle: ' a ' })).toMatchObject({ subtitle: ' a ' });
    expect(read({ nav_order: '-1.5' })).toMatchObject({ nav_order: -1.5 });
    expect(read({ subtitle: [], nav_order: 'x', venue: {} })).toEqual(['nav_order: a number', 'subtitle: a text (HTML is allowed)', 'venue: a text']);
  });

  it("reads al-folio's switches: true, or a block with a limit (on unless enabled: false); off when false or empty", () => {
    expect(read({ announcements: true })).toMatchObject({ announcements: { limit: undefined } });
    expect(read({ announcements: { enabled: true, limit: '3' }, latest_posts: { limit: 2 } })).toMatchObject({ announcements: { limit: 3 }, latest_posts: { limit: 2 } });
    for (const off of [false, null, { enabled: false, limit: 3 }]) expect(read({ announcements: off })).toHaveProperty('announcements', undefined);
    expect(read({ announcements: 'yes', latest_posts: { enabled: 'yes' } })).toEqual(['announcements: true or false, or enabled and limit', 'latest_posts: true or false, or enabled and limit']);
  });

  it('splits one line of tags on spaces, keeps a list of words (numbers as text), and refuses a map', () => {
    expect(read({ tags: ' a  b\tc ', categories: [1, 'x y'] })).toMatchObject({ tags: ['a', 'b', 'c'], categories: ['1', 'x y'] });
    expect(read({ tags: null })).toMatchObject({ tags: [], categories: [] });
    expect(read({ tags: {} })).toEqual(['tags: a word or a list of words']);
  });

  it('reads names from a list or one text split at ";" and "and", trimmed, and no names from anything else', () => {
    expect(read({ authors: 'Curie, M. and Bohr, N.; Meitner,L.' })).toMatchObject({ authors: ['Curie, M.', 'Bohr, N.', 'Meitner,L.'] });
    expect(read({ authors: 'Sandy Anderson and  Band' })).toMatchObject({ authors: ['Sandy Anderson', 'Band'] });
    expect(read({ authors: ['  A ', 2, { name: 'x' }, '', null] })).toMatchObject({ authors: ['A', '2'] });
    expect(read({ author: { name: 'x' }, authors: 7 })).toMatchObject({ author: [], authors: [] });
  });

  it('takes a date as text or as YAML read it, and refuses one that is not', () => {
    expect(read({ date: '2024-03-05' })).toMatchObject({ date: '2024-03-05' });
    expect(read({ date: null })).toMatchObject({ date: null });
    expect(read({ date: new Date(0) })).toMatchObject({ date: new Date(0) });
    const refused = ['date: a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100")'];
    expect(read({ date: '2024-02-30' })).toEqual(refused);
    expect(read({ date: 5 })).toEqual(refused);
  });

  it("as written, an item needs no permalink or title, and keeps author_profile unset when it is", () => {
    const result = itemFrontMatterSchema.safeParse({ title: 2024 });
    expect(result.success && [result.data.title, result.data.permalink, result.data.author_profile]).toEqual(['2024', undefined, undefined]);
  });
});

describe('front matter fields at their edges', () => {
  it('reads a null text or number as none, and al-folio switches with a limit of null as no limit', () => {
    const meta = pageMetaSchema.parse({ permalink: '/', profile: { more_info: null, address: '  ' }, announcements: { enabled: true, limit: null }, latest_posts: { enabled: true, limit: '3' } });
    expect([meta.profile?.more_info, meta.profile?.address, meta.announcements, meta.latest_posts]).toEqual([undefined, undefined, { limit: undefined }, { limit: 3 }]);
  });

  it('splits names on ";" and " and " with any spaces, and words on any spaces', () => {
    const item = itemSchema.parse({ permalink: '/x/', title: 'T', authors: 'A;B', author: 'C  and D', tags: '  x  y ' });
    expect([item.authors, item.author, item.tags]).toEqual([['A', 'B'], ['C', 'D'], ['x', 'y']]);
  });
});
