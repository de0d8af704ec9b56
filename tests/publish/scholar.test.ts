import { describe, expect, it } from 'vitest';
import { absoluteLink } from '../../lib/content/routes';
import type { ItemInfo } from '../../lib/model';
import { highwireTags, isConference, scholarlyArticleJsonLd } from '../../lib/publish/scholar';
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
    expect(highwireTags(site, 'T', info({ category: 'conferences', venue: 'NeurIPS', date: null }))).toEqual({ citation_title: 'T', citation_conference_title: 'NeurIPS' });
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
