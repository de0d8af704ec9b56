// al-folio's publications from BibTeX beyond the Liquid tags: a page of its own for each entry
// (title, authors, venue and year, links, abstract, BibTeX) and the home page's selected papers.
import { h } from 'hastscript';
import { paperPath } from '../content/routes';
import type { BibEntry, ItemInfo, Page, PaperInfo, Section } from '../model';
import { type BibliographyOptions, authorsTree, bibliographyTree, linksOf, markup, selectEntries, venueOf } from './bibliography';
import { sanitizeTree, serialize } from './pipeline';

/** A BibTeX entry's own page. */
export function paperPage(entry: BibEntry, options: BibliographyOptions): Page {
  const f = entry.fields;
  const paper: PaperInfo = {
    key: entry.key,
    authors: serialize(sanitizeTree({ type: 'root', children: authorsTree(entry, { owner: options.owner, coauthors: options.coauthors }) })),
    abbr: f.abbr,
    award: f.award,
    abstract: f.abstract === undefined ? undefined : serialize(sanitizeTree({ type: 'root', children: [h('p', markup(f.abstract))] })),
    links: linksOf(entry, options.basePath),
    bibtex: entry.bibtex,
    year: entry.year,
  };
  const pdf = paper.links.find((link) => link.label === 'PDF')?.href;
  const info: ItemInfo = {
    collection: 'bibliography',
    date: null,
    publicationDate: entry.year === null ? undefined : entry.month === null ? String(entry.year) : `${entry.year}/${String(entry.month).padStart(2, '0')}`,
    venue: venueOf(entry),
    category: entry.type === 'inproceedings' || entry.type === 'conference' ? 'conference' : undefined,
    paperurl: pdf,
    authors: entry.authors.map((person) => [person.first, person.last].filter(Boolean).join(' ')),
    tags: [],
    excerpt: '',
    paper,
  };
  return {
    file: entry.source,
    meta: { permalink: entry.page ?? paperPath(entry.key), title: entry.title, author_profile: true, redirect_from: [] },
    aliases: [],
    format: 'html',
    math: 0,
    item: info,
    entries: [entry],
    bio: null,
    sections: [],
    warnings: [],
  };
}

/** al-folio's `selected_papers: true`: the entries marked `selected = {true}`, as a section of their own. */
export function selectedPapers(entries: readonly BibEntry[], options: BibliographyOptions, heading: string): { section: Section; entries: BibEntry[] } {
  const selected = selectEntries(entries, { type: '*', conditions: [{ field: 'selected', value: 'true' }] });
  const html = serialize(sanitizeTree(bibliographyTree(selected, 'none', options)));
  return {
    section: { kind: 'generic', id: 'selected-publications', heading: { text: heading, html: serialize({ type: 'root', children: [{ type: 'text', value: heading }] }) }, blocks: [{ type: 'html', html }] },
    entries: selected,
  };
}
