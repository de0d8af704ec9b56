// BibTeX, as al-folio keeps it: content/bibliography/*.bib (al-folio's _bibliography/; papers.bib
// is the default file), parsed at build time by @retorquere/bibtex-parser (the parser behind Better
// BibTeX for Zotero): LaTeX decoded ({\"o}, {\'E}, --, {\ss}, math), @string and month macros
// resolved, case-protecting braces removed, every field kept. A duplicate key, an unbalanced brace
// or an entry without a title stops the content check with the file and line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Creator, parseBibtex } from './bibtex-parser';
import { ContentError } from './error';
import { displayName, readText } from './front-matter';
import type { Problems } from './problems';

export const DEFAULT_BIBLIOGRAPHY = 'papers';

export interface BibPerson {
  first: string;
  last: string;
}

export interface BibEntry {
  key: string;
  /** article, inproceedings, ... (lower case) */
  type: string;
  /** the file's name without `.bib` */
  file: string;
  /** where the entry starts, for messages */
  source: string;
  line: number;
  /** its place in its file, from 0 */
  index: number;
  /** every field as decoded text (HTML markup for \emph and the like), lower-case names */
  fields: Record<string, string>;
  authors: BibPerson[];
  editors: BibPerson[];
  /** "and others" in the author list */
  etAl: boolean;
  title: string;
  year: number | null;
  /** 1-12, or null */
  month: number | null;
  /** the entry as BibTeX without the site's own fields (abbr, selected, pdf, preview, ...) */
  bibtex: string;
  /** the path of the entry's own page, when the site gives it one (set once the routes are known) */
  page?: string;
}

/** al-folio's fields for the site itself, left out of the BibTeX a page shows. */
export const SITE_FIELDS = [
  'abbr', 'selected', 'bibtex_show', 'pdf', 'preview', 'award', 'award_name', 'abstract', 'arxiv', 'code', 'html', 'slides', 'poster',
  'video', 'website', 'supp', 'blog', 'altmetric', 'dimensions', 'google_scholar_id', 'inspirehep_id', 'additional_info', 'annotation', 'pages_url',
];

/** BibTeX's month macros, January first. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A person list as BibTeX writes it: "Last, First and Last, First and others". */
function bibtexPeople(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter((creator): creator is Creator => typeof creator === 'object' && creator !== null)
    .map((creator) => {
      if (creator.lastName === undefined) return creator.name ?? '';
      const last = [creator.prefix, creator.lastName].filter(Boolean).join(' ');
      return [last, creator.suffix, creator.firstName].filter((part) => part !== undefined && part !== '').join(', ');
    })
    .join(' and ');
}

/** The entry rebuilt from its fields as written, without the site's own. */
export function cleanBibtex(type: string, key: string, fields: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(fields).flatMap(([name, value]) => {
    const field = name.toLowerCase();
    if (SITE_FIELDS.includes(field)) return [];
    if (field === 'month' && typeof value === 'string') {
      const month = monthNumber(value);
      return [`  month = ${month === null ? `{${value.trim()}}` : MONTHS[month - 1]}`];
    }
    const text = typeof value === 'string' ? value.trim() : Array.isArray(value) && value.every((part) => typeof part === 'string') ? value.join(field === 'keywords' ? ', ' : ' and ') : bibtexPeople(value);
    return text === '' ? [] : [`  ${field} = {${text}}`];
  });
  return `@${type.toLowerCase()}{${key},\n${lines.join(',\n')}\n}`;
}

/** `8`, `aug`, `August`, `{Aug.}` -> 8. */
export function monthNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const text = value.trim().toLowerCase();
  const number = Number(text);
  if (Number.isInteger(number) && number >= 1 && number <= 12) return number;
  const index = MONTHS.indexOf(text.slice(0, 3));
  return index === -1 ? null : index + 1;
}

function people(value: unknown): { people: BibPerson[]; etAl: boolean } {
  const list: Creator[] = Array.isArray(value) ? value.filter((creator): creator is Creator => typeof creator === 'object' && creator !== null) : [];
  const others = (creator: Creator) => (creator.lastName ?? creator.name ?? '').toLowerCase() === 'others' && !creator.firstName;
  return {
    people: list.filter((creator) => !others(creator)).map((creator) => ({
      first: (creator.firstName ?? '').normalize('NFC'),
      last: [creator.prefix, creator.lastName ?? creator.name ?? '', creator.suffix ? `, ${creator.suffix}` : ''].filter(Boolean).join(' ').replace(' ,', ',').normalize('NFC'),
    })),
    etAl: list.some(others),
  };
}

/** Where `input` (an entry as written) is in the file, from `from` on: its line, and the offset after it. */
function place(text: string, input: string, from: number): { line: number; end: number } {
  const written = input.trim();
  const at = text.indexOf(written, from);
  return at === -1 ? { line: 1, end: from } : { line: text.slice(0, at).split('\n').length, end: at + written.length };
}

/** Fields the parser returns as lists (keywords, publisher...), as text. */
function textFields(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    // The parser writes some accents as combining marks: composed here, so text compares and searches as written.
    if (typeof value === 'string') out[name.toLowerCase()] = value.normalize('NFC');
    else if (Array.isArray(value) && value.every((part) => typeof part === 'string')) out[name.toLowerCase()] = value.join(name === 'keywords' ? ', ' : ' and ').normalize('NFC');
  }
  return out;
}

/**
 * Parses one .bib text; `name` is the file as messages show it. An entry the parser cannot read, a
 * second entry with a key already used and an entry without a title are said, and the rest is kept.
 */
export function parseBibliography(text: string, name: string, file: string, problems: Problems): BibEntry[] {
  const library = parseBibtex(text);
  for (const error of library.errors) {
    const reported = /at line (\d+)/.exec(error.error)?.[1];
    const started = error.input === undefined ? undefined : place(text, error.input, 0).line;
    // The parser's line when it falls inside the entry (a missing comma); else where the entry
    // starts (an unclosed brace is noticed only at the next entry).
    const span = (error.input ?? '').trim().split('\n').length;
    const line = reported !== undefined && (started === undefined || (Number(reported) >= started && Number(reported) < started + span)) ? Number(reported) : started;
    const message = new ContentError({
      file: name,
      line,
      expected: 'BibTeX entries with balanced braces, each `field = {value}` separated by commas',
      found: `an entry the parser could not read: ${error.error.replace(/ at line \d+, column \d+.*$/, '')}`,
      fix: 'Check the braces and commas of that entry; it is kept as far as it was read, and the entries around it are kept',
      detail: `BibTeX: ${error.error}`,
    }).message;
    problems.warn({ file: name, line, message: message.slice(message.indexOf(': ') + 2) });
  }
  const raw = new Map(parseBibtex(text, { raw: true }).entries.map((entry) => [entry.key, entry.fields]));
  // An entry the parser stopped inside comes back as far as it was read, without its text: the
  // error that quotes it says where it is.
  const unread = new Map<string, string>();
  for (const { input = '' } of library.errors) {
    const key = /^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(input)?.[1];
    if (key !== undefined) unread.set(key, input);
  }
  const seen = new Map<string, number>();
  let from = 0;
  return library.entries.flatMap((entry, index): BibEntry[] => {
    const input = entry.input === '' ? (unread.get(entry.key) ?? '') : entry.input;
    const { line, end } = place(text, input, from);
    // Past this entry: the next one written alike is found where it is.
    from = end;
    const previous = seen.get(entry.key);
    if (previous !== undefined) {
      problems.warn({ file: name, line, message: `\`${entry.key}\`: expected a key no other entry has (line ${previous} has it too), found a second @${entry.type}{${entry.key}; the first one is kept` });
      return [];
    }
    seen.set(entry.key, line);
    const fields = textFields(entry.fields);
    let title = fields.title?.trim() ?? '';
    if (title === '') {
      problems.warn({ file: name, line, message: `\`${entry.key}.title\`: expected a title for every entry, found an entry without one; its key stands for it` });
      title = entry.key;
    }
    const authors = people(entry.fields.author);
    const year = Number.parseInt(fields.year ?? '', 10);
    return [{
      key: entry.key,
      type: entry.type.toLowerCase(),
      file,
      source: name,
      line,
      index,
      fields,
      authors: authors.people,
      editors: people(entry.fields.editor).people,
      etAl: authors.etAl,
      title,
      year: Number.isNaN(year) ? null : year,
      month: monthNumber(fields.month),
      bibtex: cleanBibtex(entry.type, entry.key, raw.get(entry.key) ?? entry.fields),
    }];
  });
}

/** Every .bib file of content/bibliography, by name without `.bib`. */
export function readBibliographies(contentDir: string, problems: Problems): Map<string, BibEntry[]> {
  const dir = path.join(contentDir, 'bibliography');
  const result = new Map<string, BibEntry[]>();
  if (!existsSync(/* turbopackIgnore: true */ dir)) return result;
  for (const name of readdirSync(/* turbopackIgnore: true */ dir).filter((file) => file.toLowerCase().endsWith('.bib')).sort()) {
    const file = path.join(dir, name);
    if (!statSync(/* turbopackIgnore: true */ file).isFile()) continue;
    const shown = displayName(file);
    const entries = problems.attempt(() => parseBibliography(readText(file, shown, 'a BibTeX file'), shown, name.replace(/\.bib$/i, ''), problems), []);
    result.set(name.replace(/\.bib$/i, ''), entries);
  }
  return result;
}
