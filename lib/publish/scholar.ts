// What Google Scholar reads on a publication's page: Highwire Press `citation_*` meta tags, and
// schema.org's ScholarlyArticle for everyone else.
import type { ScholarlyArticle, WithContext } from 'schema-dts';
import type { BibEntry } from '../content/bibliography';
import { absoluteLink, absoluteUrl } from '../content/routes';
import type { SiteConfig } from '../content/site';
import type { ItemInfo } from '../model';

/** Venues that name a meeting rather than a journal. */
const CONFERENCE = /\b(?:conference|proceedings|symposium|workshop|congress|meeting|colloquium)\b|\bconf\.|\bproc\./i;

/** academicpages' categories that are meetings, and the venue's own words. */
export function isConference(info: Pick<ItemInfo, 'category' | 'venue'>): boolean {
  if (info.category !== undefined && /conference|proceeding|workshop|symposium/i.test(info.category)) return true;
  return info.venue !== undefined && CONFERENCE.test(info.venue);
}

const isPdf = (link: string) => /\.pdf(?:$|[?#])/i.test(link);

/**
 * The Highwire tags of one publication, as `name -> content(s)` for Next's `metadata.other`:
 * title, each author, the date (YYYY/MM/DD), the journal or conference, and the PDF when the
 * paper link is one.
 */
export function highwireTags(site: Pick<SiteConfig, 'url'>, title: string, info: ItemInfo): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = { citation_title: title };
  if (info.authors.length > 0) tags.citation_author = info.authors;
  const date = info.publicationDate ?? info.date?.replace(/-/g, '/');
  if (date !== undefined) tags.citation_publication_date = date;
  if (info.venue !== undefined) tags[isConference(info) ? 'citation_conference_title' : 'citation_journal_title'] = info.venue;
  if (info.paperurl !== undefined && isPdf(info.paperurl)) tags.citation_pdf_url = absoluteLink(site, info.paperurl);
  return tags;
}

/** Where an entry lives: its own page when the site has them, else its anchor on the page listing it. */
export function entryUrl(site: Pick<SiteConfig, 'url' | 'scholar'>, page: { meta: { permalink: string } }, entry: BibEntry): string {
  return site.scholar.pages && entry.page !== undefined ? absoluteUrl(site, entry.page) : `${absoluteUrl(site, page.meta.permalink)}#${encodeURIComponent(entry.key)}`;
}

/** schema.org ScholarlyArticle for each BibTeX entry a page lists, at its anchor or its own page. */
export function bibEntryJsonLd(site: SiteConfig, entry: BibEntry, url: string): WithContext<ScholarlyArticle> {
  const venue = entry.fields.booktitle ?? entry.fields.journal;
  const doi = entry.fields.doi?.trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': url,
    headline: entry.title.replace(/<[^>]*>/g, ''),
    name: entry.title.replace(/<[^>]*>/g, ''),
    url,
    ...(entry.authors.length === 0 ? {} : { author: entry.authors.map((person) => ({ '@type': 'Person' as const, name: [person.first, person.last].filter(Boolean).join(' ') })) }),
    ...(entry.year === null ? {} : { datePublished: entry.month === null ? String(entry.year) : `${entry.year}-${String(entry.month).padStart(2, '0')}` }),
    ...(venue === undefined ? {} : { isPartOf: entry.fields.booktitle !== undefined ? { '@type': 'CreativeWork' as const, name: venue } : { '@type': 'Periodical' as const, name: venue } }),
    ...(doi === undefined ? {} : { sameAs: `https://doi.org/${doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')}` }),
    ...(entry.fields.abstract === undefined ? {} : { abstract: entry.fields.abstract.replace(/<[^>]*>/g, '') }),
  };
}

/** schema.org ScholarlyArticle for a publication's page. */
export function scholarlyArticleJsonLd(site: SiteConfig, page: { permalink: string; title: string }, info: ItemInfo): WithContext<ScholarlyArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: page.title,
    name: page.title,
    url: absoluteUrl(site, page.permalink),
    ...(info.authors.length === 0 ? {} : { author: info.authors.map((name) => ({ '@type': 'Person' as const, name })) }),
    ...(info.date === null ? (info.publicationDate === undefined ? {} : { datePublished: info.publicationDate.replace('/', '-') }) : { datePublished: info.date }),
    // A journal is a Periodical; proceedings are a CreativeWork (schema.org has no Proceedings).
    ...(info.venue === undefined ? {} : { isPartOf: isConference(info) ? { '@type': 'CreativeWork' as const, name: info.venue } : { '@type': 'Periodical' as const, name: info.venue } }),
    ...(info.paperurl === undefined ? {} : { sameAs: absoluteLink(site, info.paperurl) }),
  };
}
