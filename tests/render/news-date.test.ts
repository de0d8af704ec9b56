import { describe, expect, it } from 'vitest';
import { findLeadingDate } from '../../lib/render/news-date';

function read(text: string): { iso: string; written: string } | null {
  const found = findLeadingDate(text);
  return found && { iso: found.iso, written: text.slice(found.start, found.end) };
}

describe('findLeadingDate', () => {
  it.each([
    ['July 2024: I gave a talk', '2024-07', 'July 2024'],
    ['Jul 2024: I gave a talk', '2024-07', 'Jul 2024'],
    ['Sept. 2024 – a talk', '2024-09', 'Sept. 2024'],
    ['2024-07: a talk', '2024-07', '2024-07'],
    ['2024-07-15: a talk', '2024-07-15', '2024-07-15'],
    ['2024/7: a talk', '2024-07', '2024/7'],
    ['07/2024: a talk', '2024-07', '07/2024'],
    ['July 15, 2024: a talk', '2024-07-15', 'July 15, 2024'],
    ['July 15th, 2024: a talk', '2024-07-15', 'July 15th, 2024'],
    ['Jul 15-17, 2024: a workshop', '2024-07', 'Jul 15-17, 2024'],
    ['15 July 2024: a talk', '2024-07-15', '15 July 2024'],
    ['[May 2024] paper accepted', '2024-05', 'May 2024'],
    ['(2024) paper accepted', '2024', '2024'],
    ['Spring 2025: graduating', '2025', 'Spring 2025'],
    ['2024: a year to remember', '2024', '2024'],
    ['July 2024', '2024-07', 'July 2024'],
    ['15 juillet 2024 : exposé', '2024-07-15', '15 juillet 2024'],
    ['juil. 2024 : exposé', '2024-07', 'juil. 2024'],
    ['15. Juli 2024: Vortrag', '2024-07-15', '15. Juli 2024'],
    ['15 de julio de 2024: charla', '2024-07-15', '15 de julio de 2024'],
    ['março 2024: palestra', '2024-03', 'março 2024'],
  ])('reads %j as %s', (text, iso, written) => {
    expect(read(text)).toEqual({ iso, written });
  });

  it.each([
    'I passed my thesis proposal.',
    'Foo 2024: not a month',
    '2024 was a good year',
    'Feb 30, 2024: no such day',
    '2024-13: no such month',
    'Julyish 2024: not a month',
    '',
  ])('finds no date in %j', (text) => {
    expect(findLeadingDate(text)).toBeNull();
  });
});

describe('findLeadingDate: the edges of each form', () => {
  it.each([
    // ISO-like with the three separators, and a day only when the separator repeats
    ['2024.7.5 — talk', '2024-07-05', '2024.7.5'],
    ['2024-7-5: talk', '2024-07-05', '2024-7-5'],
    ['2024/07/05: talk', '2024-07-05', '2024/07/05'],
    // month names of other languages, short and long, with and without a dot
    ['Dez. 2023: Vortrag', '2023-12', 'Dez. 2023'],
    ['ottobre 2023 - seminario', '2023-10', 'ottobre 2023'],
    ['Sep 2023 | talk', '2023-09', 'Sep 2023'],
    ['sept 2023: talk', '2023-09', 'sept 2023'],
    ['December 1st, 2023: talk', '2023-12-01', 'December 1st, 2023'],
    ['March 22nd 2023: talk', '2023-03-22', 'March 22nd 2023'],
    ['1er mars 2023 : exposé', '2023-03-01', '1er mars 2023'],
    ['Feb 29, 2024: a leap day', '2024-02-29', 'Feb 29, 2024'],
    ['Fall 2023: teaching', '2023', 'Fall 2023'],
    ['Winter, 2023: teaching', '2023', 'Winter, 2023'],
    ['enero de 2024: charla', '2024-01', 'enero de 2024'],
    ['12/2023: talk', '2023-12', '12/2023'],
    ['1/2024: talk', '2024-01', '1/2024'],
    // leading space and brackets, and a date filling the whole text
    ['  (June 2024) paper', '2024-06', 'June 2024'],
    ['[2024-06-01]: paper', '2024-06-01', '2024-06-01'],
    ['2024-06-01', '2024-06-01', '2024-06-01'],
    ['2019, then 2020: moved', '2019', '2019'],
  ])('reads %j as %s', (text, iso, written) => {
    expect(read(text)).toEqual({ iso, written });
  });

  it.each([
    ['0999: too early a year', 'a year before 1000'],
    ['10000: too late', 'five digits'],
    ['2024-00: talk', 'month 0'],
    ['2024-02-30: talk', 'February 30th'],
    ['2023-02-29: talk', 'February 29th of a common year'],
    ['2024-06-00: talk', 'day 0'],
    ['13/2024: talk', 'month 13'],
    ['0/2024: talk', 'month 0, slash form'],
    ['32 July 2024: talk', 'day 32'],
    ['July 2024a: talk', 'letters right after the year'],
    ['July 2024 talk', 'no separator after the date'],
    ['2024-07x: talk', 'letters right after the month'],
    ['2024-07.05: talk', 'mixed separators'],
    ['Talk on July 2024', 'a date not at the start'],
    ['Mayday 2024: party', 'a word that only starts like a month'],
  ])('finds no date in %j (%s)', (text) => {
    expect(findLeadingDate(text)).toBeNull();
  });

  it('gives the start and end of the date within the text', () => {
    expect(findLeadingDate('  [Jul 2024] talk')).toEqual({ iso: '2024-07', start: 3, end: 11 });
    expect(findLeadingDate('2024-07: talk')).toEqual({ iso: '2024-07', start: 0, end: 7 });
  });
});

describe('findLeadingDate: years, days and words that are not months', () => {
  it('takes four-digit years from 1000 to 9999, French short months with their dot, and no word that is not a month', () => {
    const iso = (text: string) => findLeadingDate(text)?.iso ?? null;
    expect([iso('0999-01-01: x'), iso('1000-01-01: x'), iso('9999-12-31: x'), iso('janv. 2024: x')]).toEqual([null, '1000-01-01', '9999-12-31', '2024-01']);
    expect([iso('Talk 15, 2024: x'), iso('15 Talks 2024: x')]).toEqual([null, null]);
  });
});
