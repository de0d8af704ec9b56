import { describe, expect, it } from 'vitest';
import { findLeadingDate } from '../lib/render/news-date';

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
