// Publications from BibTeX, as al-folio shows them with jekyll-scholar: the `{% bibliography %}`
// and `{% cite %}` tags, one entry's markup (title, authors with the owner's name emphasised,
// venue and year, abbr badge, award, links, preview, abstract and BibTeX in <details>, so they
// open without JavaScript), and the order: years newest first; within a year by month, newest
// first, entries without a month after those with one; then as in the file.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { BibEntry, BibPerson } from '../content/bibliography';
import { isExternal } from '../content/routes';
import { LiquidTagError } from './liquid-errors';
import { parseMarkdown } from './markdown-parse';
import { toSafeTree } from './pipeline';

/** A venue of al-folio's venues.yml: its page, and its badge's colour as a class and that class's rule (highlight.ts badgeColour). */
export interface Venue {
  url?: string;
  colour?: { name: string; declarations: string };
}

export interface BibliographyOptions {
  /** "" or "/repo" */
  basePath: string;
  /** whether each entry has its own page at /publications/<key>/ */
  pages: boolean;
  /** the owner as jekyll-scholar's `scholar: {last_name, first_name}` names them */
  owner: { last: string[]; first: string[] };
  labels: { abstract: string };
  /** al-folio's _data/coauthors.yml: by last name (lower case), the first names and page of each co-author */
  coauthors?: ReadonlyMap<string, readonly { first: string[]; url: string }[]>;
  /** al-folio's _data/venues.yml: an abbreviation's page and the colour of its badge */
  venues?: ReadonlyMap<string, Venue>;
  /** al-folio's `max_author_limit`: more authors than this are folded under "N more authors" */
  maxAuthors?: number;
}

/** Marks of equal contribution and the like after a name in the .bib (`Osei*`, `Tanaka†`). */
const MARKS = /([*†‡§¶#]+)$/u;

/** A name without its marks, and the marks (shown as a superscript). */
function marked(name: string): { name: string; marks: string } {
  const marks = MARKS.exec(name.trim())?.[1] ?? '';
  return { name: name.trim().slice(0, name.trim().length - marks.length).trim(), marks };
}

/** The page al-folio's coauthors.yml gives a person: same last name, and a first name it lists. */
function coauthorPage(person: BibPerson, coauthors: BibliographyOptions['coauthors']): string | undefined {
  const last = marked(person.last).name.toLowerCase();
  const first = normal(marked(person.first).name);
  return coauthors?.get(last)?.find((entry) => entry.first.some((name) => normal(name) === first))?.url;
}

const contentOf = (root: Root): ElementContent[] => root.children.filter((node): node is ElementContent => node.type !== 'doctype');

/**
 * al-folio writes `award`, `annotation` and `additional_info` in markdown (**Nobel Prize**), as
 * inline text: one paragraph's content (a leading "* " is a mark, not a list).
 */
const inlineMarkdown = (text: string): ElementContent[] => {
  // The mark escaped: `\*`, or `1\.` (a backslash escapes punctuation only, not the digit).
  const unlisted = text.replace(/^(\s*)(?:([*+-])|(\d+)([.)]))(\s)/, (_whole: string, space: string, bullet: string | undefined, num: string | undefined, punctuation: string | undefined, after: string) =>
    bullet === undefined ? `${space}${num ?? ''}\\${punctuation ?? ''}${after}` : `${space}\\${bullet}${after}`,
  );
  const nodes = contentOf(toSafeTree(parseMarkdown(unlisted).children)).filter((node) => node.type !== 'text' || node.value.trim() !== '');
  const [only] = nodes;
  return nodes.length === 1 && only !== undefined && only.type === 'element' && only.tagName === 'p' ? only.children : nodes;
};

/** Decoded BibTeX text may hold markup the parser wrote (<i>, <b>, <sup>...): it goes through the sanitiser with the page. */
export const markup = (text: string): ElementContent[] => contentOf(fromHtml(text, { fragment: true }));

/** A link field as a URL: a site path or URL as written, a bare file name under /assets/pdf/ as al-folio keeps them. */
function fileUrl(value: string, basePath: string, folder: string): string {
  if (isExternal(value)) return value;
  return `${basePath}${value.startsWith('/') ? value : `${folder}${value}`}`;
}

export interface BibLink {
  label: string;
  href: string;
}

/** al-folio's link fields, in its order. */
export function linksOf(entry: BibEntry, basePath: string): BibLink[] {
  const fields = entry.fields;
  const links: BibLink[] = [];
  const add = (label: string, href: string | undefined) => {
    if (href !== undefined && href.trim() !== '') links.push({ label, href: href.trim() });
  };
  const arxiv = fields.arxiv ?? (/^arxiv$/i.test(fields.archiveprefix ?? fields.eprinttype ?? '') ? fields.eprint : undefined);
  add('arXiv', arxiv === undefined ? undefined : `https://arxiv.org/abs/${arxiv.trim().replace(/^arxiv:/i, '')}`);
  add('HTML', fields.html);
  add('PDF', fields.pdf === undefined ? undefined : fileUrl(fields.pdf, basePath, '/assets/pdf/'));
  add('Supp', fields.supp === undefined ? undefined : fileUrl(fields.supp, basePath, '/assets/pdf/'));
  add('Blog', fields.blog);
  add('Code', fields.code);
  add('Poster', fields.poster === undefined ? undefined : fileUrl(fields.poster, basePath, '/assets/pdf/'));
  add('Slides', fields.slides === undefined ? undefined : fileUrl(fields.slides, basePath, '/assets/pdf/'));
  add('Video', fields.video);
  add('Website', fields.website);
  add('DOI', fields.doi === undefined ? undefined : `https://doi.org/${fields.doi.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')}`);
  return links;
}

/** The `abbr` badge: in its venue's colour, linking to its venue's page, when venues.yml says so. */
function abbrBadge(abbr: string, venue: Venue | undefined): Element {
  const text = markup(abbr);
  return h('span', { className: ['bib-abbr', ...(venue?.colour === undefined ? [] : [venue.colour.name])] }, venue?.url === undefined ? text : [h('a', { href: venue.url }, text)]);
}

/** The venue: booktitle, journal, publisher, howpublished or note, the first that is there. */
export function venueOf(entry: BibEntry): string | undefined {
  const fields = entry.fields;
  return [fields.booktitle, fields.journal, fields.publisher, fields.howpublished, fields.note, fields.school, fields.institution].find(
    (value) => value !== undefined && value.trim() !== '',
  );
}

const normal = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a person is the owner: a last name of the list, and a first name of the list (or its initial). */
export function isOwner(person: BibPerson, owner: BibliographyOptions['owner']): boolean {
  if (!owner.last.some((last) => normal(last) === normal(person.last))) return false;
  if (owner.first.length === 0) return true;
  const first = normal(person.first);
  // "Mira K." is Mira: the given name without its middle initials counts too.
  const given = normal(person.first.trim().split(/\s+/)[0] ?? '');
  return owner.first.some((name) => normal(name) === first || normal(name) === given || (first.length <= 2 && normal(name).startsWith(first)));
}

/** One author: the owner emphasised, a co-author linked to their page, marks as a superscript. */
function personTree(person: BibPerson, options: Pick<BibliographyOptions, 'owner' | 'coauthors'>): ElementContent[] {
  const first = marked(person.first);
  const last = marked(person.last);
  const name = [first.name, last.name].filter(Boolean).join(' ');
  const marks = `${first.marks}${last.marks}`;
  const page = coauthorPage(person, options.coauthors);
  const shown: ElementContent = isOwner(person, options.owner) ? h('em', name) : page !== undefined ? h('a', { href: page }, name) : { type: 'text', value: name };
  return marks === '' ? [shown] : [shown, h('sup', marks)];
}

/**
 * "A. Lovelace, <em>C. Babbage</em>, and J. Müller et al."; past al-folio's `max_author_limit`,
 * the rest in a <details> ("and 3 more authors"), which opens without JavaScript.
 */
export function authorsTree(entry: BibEntry, options: Pick<BibliographyOptions, 'owner' | 'coauthors' | 'maxAuthors'>): ElementContent[] {
  const names = entry.authors.map((person) => personTree(person, options));
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const list = (shown: ElementContent[][], last: boolean) =>
    shown.length <= 2 && last
      ? shown.flatMap((name, index) => (index === 0 ? name : [text(' and '), ...name]))
      : shown.flatMap((name, index) => (index === 0 ? name : [text(index === shown.length - 1 && last ? ', and ' : ', '), ...name]));
  const limit = options.maxAuthors;
  if (limit !== undefined && names.length > limit + 1) {
    const rest = names.slice(limit);
    return [...list(names.slice(0, limit), false), text(', and '), h('details', { className: ['more-authors'] }, [h('summary', `${rest.length} more authors`), ...list(rest, true)])];
  }
  const joined = list(names, true);
  return entry.etAl ? [...joined, text(' et al.')] : joined;
}

/** Sorted as documented: year newest first, then month newest first (none last), then file order. */
export function sortEntries(entries: readonly BibEntry[]): BibEntry[] {
  return [...entries].sort(
    (a, b) =>
      (b.year ?? Number.NEGATIVE_INFINITY) - (a.year ?? Number.NEGATIVE_INFINITY) ||
      (b.month ?? 0) - (a.month ?? 0) ||
      a.file.localeCompare(b.file) ||
      a.index - b.index,
  );
}

/** One entry as a list item (anchor: its key). */
export function entryTree(entry: BibEntry, options: BibliographyOptions): Element {
  const f = entry.fields;
  const venue = venueOf(entry);
  const where: ElementContent[] = [
    ...(venue === undefined ? [] : [h('i', markup(venue))]),
    ...(venue !== undefined && entry.year !== null ? [{ type: 'text' as const, value: ', ' }] : []),
    ...(entry.year === null ? [] : [{ type: 'text' as const, value: String(entry.year) }]),
  ];
  const links = linksOf(entry, options.basePath);
  const award = f.award === undefined ? [] : inlineMarkdown(f.award);
  return h('li', { className: ['bib-entry'], id: entry.key }, [
    f.abbr === undefined ? null : abbrBadge(f.abbr, options.venues?.get(f.abbr)),
    f.preview === undefined ? null : h('img', { className: ['bib-preview'], src: fileUrl(f.preview, options.basePath, '/assets/img/publication_preview/'), alt: '', loading: 'lazy' }),
    h('p', { className: ['bib-title'] }, options.pages && entry.page !== undefined ? [h('a', { href: `${options.basePath}${entry.page}` }, markup(entry.title))] : markup(entry.title)),
    entry.authors.length === 0 ? null : h('div', { className: ['bib-authors'] }, authorsTree(entry, options)),
    f.annotation === undefined ? null : h('p', { className: ['bib-annotation'] }, inlineMarkdown(f.annotation)),
    where.length === 0 && f.additional_info === undefined ? null : h('p', { className: ['bib-venue'] }, [...where, ...(f.additional_info === undefined ? [] : inlineMarkdown(f.additional_info))]),
    f.award === undefined ? null : h('div', { className: ['bib-award'] }, award),
    links.length === 0 ? null : h('p', { className: ['bib-links'] }, links.flatMap((link, index) => [...(index === 0 ? [] : [{ type: 'text' as const, value: ' ' }]), h('a', { href: link.href }, link.label)])),
    f.abstract === undefined ? null : h('details', { className: ['bib-abstract'] }, [h('summary', options.labels.abstract), h('p', markup(f.abstract))]),
    /^(?:true|yes|1)$/i.test(f.bibtex_show ?? '') ? h('details', { className: ['bib-bibtex'] }, [h('summary', 'BibTeX'), h('pre', [h('code', entry.bibtex)])]) : null,
  ]);
}

/** The entries grouped by year (h2 per year) or as one list. */
export function bibliographyTree(entries: readonly BibEntry[], groupBy: 'year' | 'none', options: BibliographyOptions): Root {
  const sorted = sortEntries(entries);
  const list = (inList: readonly BibEntry[]) => h('ol', { className: ['bibliography'] }, inList.map((entry) => entryTree(entry, options)));
  if (groupBy === 'none') return { type: 'root', children: [list(sorted)] };
  const years: { year: number | null; entries: BibEntry[] }[] = [];
  for (const entry of sorted) {
    const last = years.at(-1);
    if (last !== undefined && last.year === entry.year) last.entries.push(entry);
    else years.push({ year: entry.year, entries: [entry] });
  }
  return {
    type: 'root',
    children: years.flatMap(({ year, entries: inYear }) => [...(year === null ? [] : [h('h2', { className: ['bib-year'], id: `y${year}` }, String(year))]), list(inYear)]),
  };
}

/** The entries as HTML with no line breaks, so that markdown keeps it one block (what the Liquid tag writes). */
export const bibliographyHtml = (entries: readonly BibEntry[], groupBy: 'year' | 'none', options: BibliographyOptions): string => toHtml(bibliographyTree(entries, groupBy, options));

export interface BibliographyQuery {
  file: string;
  /** entry type without @, or * */
  type: string;
  /** field = value conditions, all of which must hold */
  conditions: { field: string; value: string }[];
  groupBy: 'year' | 'none';
}

/**
 * The options of `{% bibliography %}` that al-folio uses: `--file NAME` (`-f`), `--query
 * @TYPE[field=value, ...]` (`-q`, jekyll-scholar's field-equality form) and `--group_by none`
 * (the default for a query of one year, else grouped by year).
 * Other options (`--style`, `--template`...) are accepted and have no effect.
 */
export function parseBibliographyArguments(args: string, defaultFile: string): BibliographyQuery {
  const words = args.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const unquote = (word: string | undefined) => (word ?? '').replace(/^(["'])(.*)\1$/, '$2');
  const query: BibliographyQuery = { file: defaultFile, type: '*', conditions: [], groupBy: 'year' };
  let grouping: 'year' | 'none' | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word === '--file' || word === '-f') query.file = unquote(words[(i += 1)]).replace(/\.bib$/i, '');
    else if (word === '--group_by' || word === '-g') grouping = unquote(words[(i += 1)]) === 'none' ? 'none' : 'year';
    else if (word === '--query' || word === '-q') {
      const text = unquote(words[(i += 1)]);
      const match = /^@([\w*]+)(?:\[([^\]]*)\])?\*?$/.exec(text);
      if (!match) throw new LiquidTagError('bibliography-query', `a query such as @*[selected=true]* (found ${JSON.stringify(text)})`);
      query.type = (match[1] ?? '*').toLowerCase();
      query.conditions = (match[2] ?? '')
        .split(',')
        .map((condition) => condition.trim())
        .filter(Boolean)
        .map((condition) => {
          const [field = '', value = ''] = condition.split('=').map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'));
          return { field: field.toLowerCase(), value };
        });
    }
  }
  // A list of one year (older al-folio pages loop over the years, each with its own heading) needs no year heading.
  query.groupBy = grouping ?? (query.conditions.some((condition) => condition.field === 'year') ? 'none' : 'year');
  return query;
}

/** The entries a query selects. */
export function selectEntries(entries: readonly BibEntry[], query: Pick<BibliographyQuery, 'type' | 'conditions'>): BibEntry[] {
  return entries.filter(
    (entry) =>
      (query.type === '*' || entry.type === query.type) &&
      query.conditions.every(({ field, value }) => (field === 'key' ? entry.key : (entry.fields[field] ?? '')).trim().toLowerCase() === value.toLowerCase()),
  );
}

/** "(Lovelace, 1843)", "(Lovelace and Babbage, 1843)", "(Lovelace et al., 1843)". */
export function citeText(entry: BibEntry): string {
  const [first, second] = entry.authors;
  const names = first === undefined ? entry.title : entry.authors.length === 2 && second !== undefined && !entry.etAl ? `${first.last} and ${second.last}` : entry.authors.length > 2 || entry.etAl ? `${first.last} et al.` : first.last;
  return `(${names}, ${entry.year ?? 'n.d.'})`;
}
