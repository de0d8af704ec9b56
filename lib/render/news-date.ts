// Reads the date an academic writes at the start of a news item ("July 2024:", "2024-07-15 –",
// "15 juillet 2024:") and turns it into an HTML machine date ("2024-07", "2024-07-15").

export interface LeadingDate {
  /** value for `<time datetime>`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` */
  iso: string;
  /** where the date starts and ends in the text; the written form is text.slice(start, end) */
  start: number;
  end: number;
}

const MONTH_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'pl', 'tr', 'id'];

function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

/** month name (long or short, several languages, accents and final dot dropped) -> 1..12 */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const months = new Map<string, number>();
  for (const locale of MONTH_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month += 1) {
        const name = normaliseWord(format.format(Date.UTC(2024, month - 1, 15)));
        if (/^\p{L}+$/u.test(name) && !months.has(name)) months.set(name, month);
      }
    }
  }
  months.set('sept', 9);
  return months;
})();

const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(year: number, month?: number, day?: number): string | null {
  if (year < 1000 || year > 9999) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  // A day 0 or past the month's end moves the date into another month.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|\.)?`;
const WORD = String.raw`(\p{L}+)\.?`;
const DE = String.raw`(?:\s+de)?`;

interface Pattern {
  regex: RegExp;
  toIso(m: RegExpExecArray): string | null;
}

const month = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : MONTHS.get(normaliseWord(word));
const num = (digits: string | undefined): number => Number(digits);

// Longest forms first, so that "July 15, 2024" is not read as "July" + junk.
const PATTERNS: readonly Pattern[] = [
  {
    regex: /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?/u,
    toIso: (m) => isoOf(num(m[1]), num(m[3]), m[4] === undefined ? undefined : num(m[4])),
  },
  {
    // "July 15, 2024", "Jul 15-17, 2024" (a range keeps the month only)
    regex: new RegExp(String.raw`^${WORD}\s+${DAY}(\s*[-–]\s*${DAY})?,?\s+(\d{4})`, 'u'),
    toIso: (m) => {
      const mo = month(m[1]);
      if (mo === undefined) return null;
      return m[3] === undefined ? isoOf(num(m[5]), mo, num(m[2])) : isoOf(num(m[5]), mo);
    },
  },
  {
    // "15 July 2024", "15. Juli 2024", "15 de julio de 2024"
    regex: new RegExp(String.raw`^${DAY}${DE}\s+${WORD}${DE},?\s+(\d{4})`, 'u'),
    toIso: (m) => {
      const mo = month(m[2]);
      return mo === undefined ? null : isoOf(num(m[3]), mo, num(m[1]));
    },
  },
  {
    // "July 2024", "Sept. 2024", "julio de 2024", "Spring 2025" (a season keeps the year only)
    regex: new RegExp(String.raw`^${WORD}${DE},?\s+(\d{4})`, 'u'),
    toIso: (m) => {
      const word = m[1] ?? '';
      if (SEASONS.has(normaliseWord(word))) return isoOf(num(m[2]));
      const mo = month(word);
      return mo === undefined ? null : isoOf(num(m[2]), mo);
    },
  },
  { regex: /^(\d{1,2})\/(\d{4})/u, toIso: (m) => isoOf(num(m[2]), num(m[1])) },
  { regex: /^(\d{4})(?![-/.]\d)/u, toIso: (m) => isoOf(num(m[1])) },
];

// After the date: the end of the text (the date fills a **bold** run), or a separator.
const AFTER_DATE = /^(?:[\])])?(?:\s*$|\s*[:|–—-]|\s*[\])]|,\s)/u;

/**
 * Finds a date at the very start of `text` (after an optional "[" or "("), followed by the end
 * of the text or a separator such as ":" or "–". Returns null when there is none.
 */
export function findLeadingDate(text: string): LeadingDate | null {
  const lead = /^\s*[[(]?\s*/u.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(rest);
    if (!match) continue;
    const iso = pattern.toIso(match);
    if (iso === null) continue;
    const end = lead.length + match[0].length;
    if (!AFTER_DATE.test(text.slice(end))) continue;
    return { iso, start: lead.length, end };
  }
  return null;
}
