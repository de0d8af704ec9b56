import { describe, expect, it } from 'vitest';
import { parseJekyllDate } from '../../lib/content/schemas';

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
