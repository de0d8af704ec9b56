// Publications from BibTeX, as al-folio shows them with jekyll-scholar: the `{% bibliography %}`
// and `{% cite %}` tags, one entry's markup (title, authors with the owner's name emphasised,
// venue and year, abbr badge, award, links, preview, abstract and BibTeX in <details>, so they
// open without JavaScript), and the order: years newest first; within a year by month, newest
// first, entries without a month after those with one; then as in the file.
import type { BibEntry, BibPerson } from '../content/bibliography';
import { parseMarkdown, toSafeHtml } from './markdown';

/** al-folio writes `award` in markdown (**Nobel Prize**). */
const inlineMarkdown = (text: string) => toSafeHtml(parseMarkdown(text).children);

export interface BibliographyOptions {
  /** "" or "/repo" */
  basePath: string;
  /** whether each entry has its own page at /publications/<key>/ */
  pages: boolean;
  /** the owner as jekyll-scholar's `scholar: {last_name, first_name}` names them */
  owner: { last: string[]; first: string[] };
  labels: { abstract: string };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Decoded BibTeX text may hold markup the parser wrote (<i>, <b>, <sup>...): it goes through the sanitiser later. */
const markup = (text: string) => text.replace(/&(?![a-z#\d]+;)/gi, '&amp;');

/** The path of an entry's own page. */
export const paperPath = (key: string) => `/publications/${encodeURIComponent(key)}/`;

/** A link field as a URL: a site path or URL as written, a bare file name under /assets/pdf/ as al-folio keeps them. */
function fileUrl(value: string, basePath: string, folder: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) return value;
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
  return owner.first.some((name) => normal(name) === first || (first.length <= 2 && normal(name).startsWith(first)));
}

/** "A. Lovelace, <em>C. Babbage</em>, and J. Müller et al." */
export function authorsHtml(entry: BibEntry, owner: BibliographyOptions['owner']): string {
  const names = entry.authors.map((person) => {
    const name = escape([person.first, person.last].filter(Boolean).join(' '));
    return isOwner(person, owner) ? `<em>${name}</em>` : name;
  });
  const joined = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
  return entry.etAl ? `${joined} et al.` : joined;
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
export function entryHtml(entry: BibEntry, options: BibliographyOptions): string {
  const f = entry.fields;
  const title = options.pages ? `<a href="${options.basePath}${paperPath(entry.key)}">${markup(entry.title)}</a>` : markup(entry.title);
  const venue = venueOf(entry);
  const where = [venue === undefined ? '' : `<i>${markup(venue)}</i>`, entry.year === null ? '' : String(entry.year)].filter(Boolean).join(', ');
  const links = linksOf(entry, options.basePath);
  const preview = f.preview === undefined ? '' : `<img class="bib-preview" src="${escape(fileUrl(f.preview, options.basePath, '/assets/img/publication_preview/'))}" alt="" loading="lazy">`;
  const parts = [
    `<li class="bib-entry" id="${escape(entry.key)}">`,
    f.abbr === undefined ? '' : `<span class="bib-abbr">${markup(f.abbr)}</span>`,
    preview,
    `<p class="bib-title">${title}</p>`,
    entry.authors.length === 0 ? '' : `<p class="bib-authors">${authorsHtml(entry, options.owner)}</p>`,
    where === '' ? '' : `<p class="bib-venue">${where}</p>`,
    f.award === undefined ? '' : `<div class="bib-award">${inlineMarkdown(f.award)}</div>`,
    links.length === 0 ? '' : `<p class="bib-links">${links.map((link) => `<a href="${escape(link.href)}">${link.label}</a>`).join(' ')}</p>`,
    f.abstract === undefined ? '' : `<details class="bib-abstract"><summary>${escape(options.labels.abstract)}</summary><p>${markup(f.abstract)}</p></details>`,
    /^(?:true|yes|1)$/i.test(f.bibtex_show ?? '') ? `<details class="bib-bibtex"><summary>BibTeX</summary><pre><code>${escape(entry.bibtex)}</code></pre></details>` : '',
    '</li>',
  ];
  return parts.join('');
}

/** The entries grouped by year (h2 per year) or as one list; no blank line, so markdown keeps it whole. */
export function bibliographyHtml(entries: readonly BibEntry[], groupBy: 'year' | 'none', options: BibliographyOptions): string {
  const sorted = sortEntries(entries);
  if (groupBy === 'none') return `<ol class="bibliography">${sorted.map((entry) => entryHtml(entry, options)).join('')}</ol>`;
  const years: { year: number | null; entries: BibEntry[] }[] = [];
  for (const entry of sorted) {
    const last = years.at(-1);
    if (last !== undefined && last.year === entry.year) last.entries.push(entry);
    else years.push({ year: entry.year, entries: [entry] });
  }
  return years
    .map(({ year, entries: inYear }) => {
      const heading = year === null ? '' : `<h2 class="bib-year" id="y${year}">${year}</h2>`;
      return `${heading}<ol class="bibliography">${inYear.map((entry) => entryHtml(entry, options)).join('')}</ol>`;
    })
    .join('');
}

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
 * @TYPE[field=value, ...]` (`-q`, jekyll-scholar's field-equality form) and `--group_by none`.
 * Other options (`--style`, `--template`...) are accepted and have no effect.
 */
export function parseBibliographyArguments(args: string, defaultFile: string): BibliographyQuery {
  const words = args.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const unquote = (word: string | undefined) => (word ?? '').replace(/^(["'])(.*)\1$/, '$2');
  const query: BibliographyQuery = { file: defaultFile, type: '*', conditions: [], groupBy: 'year' };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word === '--file' || word === '-f') query.file = unquote(words[(i += 1)]).replace(/\.bib$/i, '');
    else if (word === '--group_by' || word === '-g') query.groupBy = unquote(words[(i += 1)]) === 'none' ? 'none' : 'year';
    else if (word === '--query' || word === '-q') {
      const text = unquote(words[(i += 1)]);
      const match = /^@([\w*]+)(?:\[([^\]]*)\])?\*?$/.exec(text);
      if (!match) throw new Error(`a query such as @*[selected=true]* (found ${JSON.stringify(text)})`);
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
