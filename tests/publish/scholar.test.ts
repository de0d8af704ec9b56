import { describe, expect, it } from 'vitest';
import { absoluteLink } from '../../lib/content/routes';
import type { BibEntry } from '../../lib/content/bibliography';
import type { ItemInfo } from '../../lib/model';
import { bibEntryJsonLd, entryUrl, highwireTags, isConference, scholarlyArticleJsonLd } from '../../lib/publish/scholar';
import { siteFrom } from '../helpers';

const info = (fields: Partial<ItemInfo> = {}): ItemInfo => ({ collection: 'publications', date: '2024-03-05', authors: [], tags: [], excerpt: '', ...fields });
const site = { url: 'https://ada.example.org/site' };

describe('highwireTags', () => {
  it('gives Google Scholar the title, each author, the date, the journal and the PDF', () => {
    expect(highwireTags(site, 'On engines', info({ authors: ['Ada Lovelace', 'C. Babbage'], venue: 'Nature', paperurl: '/files/engines.pdf' }))).toEqual({
      citation_title: 'On engines',
      citation_author: ['Ada Lovelace', 'C. Babbage'],
      citation_publication_date: '2024/03/05',
      citation_journal_title: 'Nature',
      citation_pdf_url: 'https://ada.example.org/site/files/engines.pdf',
    });
  });

  it('names a conference from the category or the venue, and leaves out what is not known', () => {
    expect(highwireTags(site, 'T', info({ category: 'conferences', venue: 'NeurIPS', date: null }))).toStrictEqual({ citation_title: 'T', citation_conference_title: 'NeurIPS' });
    expect(highwireTags(site, 'T', info({ date: null }))).toStrictEqual({ citation_title: 'T' });
    expect(highwireTags(site, 'T', info({ date: null, publicationDate: '1843/08' }))).toStrictEqual({ citation_title: 'T', citation_publication_date: '1843/08' });
    expect(highwireTags(site, 'T', info({ venue: 'Proceedings of the ACM', paperurl: 'https://arxiv.org/abs/1234' }))).toEqual({
      citation_title: 'T',
      citation_publication_date: '2024/03/05',
      citation_conference_title: 'Proceedings of the ACM',
    });
    expect(highwireTags(site, 'T', info({ paperurl: 'https://x.org/paper.PDF?download=1' })).citation_pdf_url).toBe('https://x.org/paper.PDF?download=1');
  });

  it('tells conferences from journals', () => {
    expect(isConference({ venue: 'Journal of Machine Learning Research', category: 'manuscripts' })).toBe(false);
    expect(isConference({ venue: 'Workshop on Engines', category: undefined })).toBe(true);
    expect(isConference({ venue: undefined, category: 'conference_papers' })).toBe(true);
    expect(isConference({ venue: 'Conferences of the birds (a poem)', category: 'books' })).toBe(false);
  });

  it('makes site paths absolute and keeps URLs', () => {
    expect(absoluteLink(site, '/files/a.pdf')).toBe('https://ada.example.org/site/files/a.pdf');
    expect(absoluteLink(site, 'https://doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
  });
});

describe('scholarlyArticleJsonLd', () => {
  it('describes the paper as a ScholarlyArticle', () => {
    const config = siteFrom('author:\n  name: Ada\nurl: https://ada.example.org\n').load();
    expect(scholarlyArticleJsonLd(config, { permalink: '/publications/p/', title: 'P' }, info({ authors: ['Ada'], venue: 'Nature', paperurl: '/p.pdf' }))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'P',
      name: 'P',
      url: 'https://ada.example.org/publications/p/',
      author: [{ '@type': 'Person', name: 'Ada' }],
      datePublished: '2024-03-05',
      isPartOf: { '@type': 'Periodical', name: 'Nature' },
      sameAs: 'https://ada.example.org/p.pdf',
    });
    expect(scholarlyArticleJsonLd(config, { permalink: '/x/', title: 'X' }, info({ date: null, venue: 'Proc. X' }))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'X',
      name: 'X',
      url: 'https://ada.example.org/x/',
      isPartOf: { '@type': 'CreativeWork', name: 'Proc. X' },
    });
  });
});

describe('scholarlyArticleJsonLd, dates and venues', () => {
  const config = siteFrom('url: https://ada.example.org\n').load();
  it('dates a paper by its month when the day is not known, and by nothing when neither is', () => {
    expect(scholarlyArticleJsonLd(config, { permalink: '/p/', title: 'P' }, info({ date: null, publicationDate: '1843/08' }))).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'P',
      name: 'P',
      url: 'https://ada.example.org/p/',
      datePublished: '1843-08',
    });
    expect(scholarlyArticleJsonLd(config, { permalink: '/p/', title: 'P' }, info({ date: null }))).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'P',
      name: 'P',
      url: 'https://ada.example.org/p/',
    });
  });

  it('prefers the whole day to the month, and leaves out the venue when there is none', () => {
    const article = scholarlyArticleJsonLd(config, { permalink: '/p/', title: 'P' }, info({ publicationDate: '2024/03' }));
    expect(article).toStrictEqual({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', headline: 'P', name: 'P', url: 'https://ada.example.org/p/', datePublished: '2024-03-05' });
  });
});

function bibEntry(fields: Partial<BibEntry> = {}): BibEntry {
  return { key: 'k', type: 'article', file: 'papers', source: 'papers.bib', line: 1, index: 0, fields: {}, authors: [], editors: [], etAl: false, title: 'T', year: null, month: null, bibtex: '', ...fields };
}

describe('entryUrl', () => {
  const page = { meta: { permalink: '/publications/' } };
  it("links an entry's own page when the site makes them", () => {
    const config = siteFrom('url: https://ada.example.org\n').load();
    expect(entryUrl({ ...config, scholar: { ...config.scholar, pages: true } }, page, bibEntry({ page: '/papers/k/' }))).toBe('https://ada.example.org/papers/k/');
  });

  it('links its anchor on the listing page otherwise, with the key made safe for a fragment', () => {
    const config = siteFrom('url: https://ada.example.org\n').load();
    expect(entryUrl({ ...config, scholar: { ...config.scholar, pages: false } }, page, bibEntry({ page: '/papers/k/', key: 'a b' }))).toBe('https://ada.example.org/publications/#a%20b');
    expect(entryUrl({ ...config, scholar: { ...config.scholar, pages: true } }, page, bibEntry({ key: 'k' }))).toBe('https://ada.example.org/publications/#k');
  });
});

describe('bibEntryJsonLd', () => {
  const config = siteFrom('url: https://ada.example.org\n').load();
  it('describes a journal article with its authors, month, DOI and abstract, without markup', () => {
    const entry = bibEntry({
      title: 'On <em>engines</em>',
      authors: [
        { first: 'Ada', last: 'Lovelace' },
        { first: '', last: 'Babbage' },
      ],
      year: 1843,
      month: 8,
      fields: { journal: 'Notes', doi: ' https://dx.doi.org/10.1/AB ', abstract: 'An <b>analytical</b> engine.' },
    });
    expect(bibEntryJsonLd(config, entry, 'https://ada.example.org/p/#k')).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      '@id': 'https://ada.example.org/p/#k',
      headline: 'On engines',
      name: 'On engines',
      url: 'https://ada.example.org/p/#k',
      author: [
        { '@type': 'Person', name: 'Ada Lovelace' },
        { '@type': 'Person', name: 'Babbage' },
      ],
      datePublished: '1843-08',
      isPartOf: { '@type': 'Periodical', name: 'Notes' },
      sameAs: 'https://doi.org/10.1/AB',
      abstract: 'An analytical engine.',
    });
  });

  it('gives proceedings as a CreativeWork, a year alone as the date, and leaves out what is not known', () => {
    expect(bibEntryJsonLd(config, bibEntry({ year: 2020, fields: { booktitle: 'Proc. X', journal: 'J', doi: '10.2/x' } }), 'u')).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      '@id': 'u',
      headline: 'T',
      name: 'T',
      url: 'u',
      datePublished: '2020',
      isPartOf: { '@type': 'CreativeWork', name: 'Proc. X' },
      sameAs: 'https://doi.org/10.2/x',
    });
    expect(bibEntryJsonLd(config, bibEntry({ fields: { doi: 'http://doi.org/10.3/y' } }), 'u')).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      '@id': 'u',
      headline: 'T',
      name: 'T',
      url: 'u',
      sameAs: 'https://doi.org/10.3/y',
    });
  });
});
