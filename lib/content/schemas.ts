// The front matter of pages and collection items, as zod schemas: what this site acts on is
// validated, every other key is kept (Liquid sees it). The model's types (lib/model.ts) are the
// schemas' outputs, so a field validated here is typed wherever it is read.
import { z } from 'zod';
import { SITE_PATH, SITE_PATH_EXPECTED } from './routes';

const sitePath = z.string({ error: SITE_PATH_EXPECTED }).regex(SITE_PATH, { error: SITE_PATH_EXPECTED });

/** Jekyll's date forms: `2024-03-15`, `2024-03-15 10:30`, `2024-03-15 10:30:00 +0100`, ISO 8601. */
export function parseJekyllDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  const date = new Date(utc);
  // 2024-02-31 is not a date: a day past the month's end moves the date into the next month.
  if (date.getUTCMonth() !== Number(mo) - 1) return null;
  if (zone === undefined) return date;
  // `Z` has no digits: an offset of 0.
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return new Date(utc - offset * 60_000);
}

export const DATE_EXPECTED = 'a date such as 2024-03-15 (or "2024-03-15 10:30:00 +0100")';

const optionalText = (expected: string) =>
  z
    .union([z.string(), z.number()], { error: expected })
    .nullish()
    .transform((value) => (value == null || String(value).trim() === '' ? undefined : String(value)))
    .optional();

const optionalNumber = z.union([z.number(), z.string().regex(/^\s*-?\d+(?:\.\d+)?\s*$/, { error: 'a number' })], { error: 'a number' }).nullish().transform((value) => (value == null ? undefined : Number(value))).optional();

/** A switch of al-folio's about page: `true`, or `{enabled: true, limit: 5}`. */
const listSwitch = z
  .union([z.boolean(), z.looseObject({ enabled: z.boolean({ error: 'true or false' }).nullish(), limit: optionalNumber })], { error: 'true or false, or enabled and limit' })
  .nullish()
  .transform((value) => (value == null || value === false ? undefined : value === true ? { limit: undefined } : value.enabled === false ? undefined : { limit: value.limit }))
  .optional();

/**
 * The keys of al-folio's pages: the menu (`nav`, `nav_order`, a `dropdown` with `children`) and
 * the about page (`subtitle`, `profile`, `announcements`, `latest_posts`).
 */
const alFolioPageKeys = {
  nav: z.boolean({ error: 'true or false' }).nullish(),
  nav_order: optionalNumber,
  dropdown: z.boolean({ error: 'true or false' }).nullish(),
  children: z
    .array(z.looseObject({ title: optionalText('the text of the menu entry'), permalink: sitePath.nullish() }), { error: 'a list of menu entries (title, permalink)' })
    .nullish(),
  subtitle: optionalText('a text (HTML is allowed)'),
  profile: z
    .looseObject({
      image: optionalText('an image file name (under assets/img/), a /path or an https:// URL'),
      image_circular: z.boolean({ error: 'true or false' }).nullish(),
      more_info: optionalText('a text (HTML is allowed)'),
      address: optionalText('a text (HTML is allowed)'),
    }, { error: 'the profile block (image, image_circular, more_info)' })
    .nullish(),
  announcements: listSwitch,
  latest_posts: listSwitch,
};

/** Front matter keys a page acts on; academicpages' other keys are kept and ignored. */
export const pageMetaSchema = z.looseObject(
  {
    ...alFolioPageKeys,
    permalink: sitePath,
    title: z
      .string({ error: 'a text (or "" to use the site title)' })
      .nullish()
      .transform((title) => title ?? ''),
    author_profile: z
      .boolean({ error: 'true or false' })
      .nullish()
      .transform((show) => show ?? true),
    // jekyll-redirect-from accepts one path as well as a list of them.
    redirect_from: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : (value ?? [])),
      z.array(sitePath, { error: `a list of paths, each ${SITE_PATH_EXPECTED}` }),
    ),
  },
  { error: 'front matter as "key: value" lines (permalink, title, author_profile, redirect_from)' },
);

export type PageMeta = z.output<typeof pageMetaSchema>;

/** A page's front matter as written: without a permalink, the page is where Jekyll puts its file. */
export const pageFrontMatterSchema = pageMetaSchema.extend({ permalink: sitePath.nullish() });

const textOrNumber = (expected: string) =>
  z
    .union([z.string(), z.number()], { error: expected })
    .nullish()
    .transform((value) => (value == null ? undefined : String(value)));

const wordList = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], { error: 'a word or a list of words' })
  .nullish()
  .transform((value): string[] => {
    if (value == null) return [];
    if (Array.isArray(value)) return value.map(String);
    // Jekyll splits a one-line list on spaces.
    return String(value).match(/\S+/g) ?? [];
  });

/**
 * A list of names: `[A, B]`, or one text "A and B" / "A; B" as academicpages sites write it (a
 * comma stays in its name: "Curie, M.").
 * Only shown, never acted on: any other value (a map, as some themes write `author:`) is no names.
 */
const nameList = z.unknown().optional().transform((value): string[] => {
  const names = Array.isArray(value) ? value.filter((name) => typeof name === 'string' || typeof name === 'number').map(String) : typeof value === 'string' ? value.split(/\s*;\s*|\s+and\s+/) : [];
  return names.map((name) => name.trim()).filter(Boolean);
});

/**
 * An item as a page of the site: a page's keys (permalink and title filled in from the
 * collection's pattern and the file's name when the front matter has none), plus the keys an
 * academicpages item shows.
 */
export const itemSchema = pageMetaSchema.extend({
  date: z
    .union([z.string(), z.date()], { error: DATE_EXPECTED })
    .nullish()
    .refine((value) => value == null || parseJekyllDate(value) !== null, { error: DATE_EXPECTED }),
  published: z.boolean({ error: 'true or false' }).nullish(),
  excerpt: textOrNumber('a text'),
  venue: textOrNumber('a text'),
  location: textOrNumber('a text'),
  type: textOrNumber('a text'),
  citation: textOrNumber('a text (HTML is allowed)'),
  paperurl: textOrNumber('a URL or a site path'),
  slidesurl: textOrNumber('a URL or a site path'),
  bibtexurl: textOrNumber('a URL or a site path'),
  authors: nameList,
  author: nameList,
  categories: wordList,
  category: textOrNumber('a text'),
  tags: wordList,
});

export type ItemMeta = z.output<typeof itemSchema>;

/** An item's front matter as written: no permalink or title is needed, the collection supplies them. */
export const itemFrontMatterSchema = itemSchema.extend({
  permalink: sitePath.nullish(),
  title: textOrNumber('the title (a text)'),
  author_profile: z.boolean({ error: 'true or false' }).nullish(),
});
