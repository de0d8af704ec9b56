import { describe, expect, it } from 'vitest';
import type { BibEntry } from '../../lib/model';
import { paperPage, selectedPapers } from '../../lib/render/papers';

function entry(fields: Partial<BibEntry> & { key: string }): BibEntry {
  return { type: 'article', file: 'papers', source: 'content/bibliography/papers.bib', line: 1, index: 0, fields: {}, authors: [], editors: [], etAl: false, title: 'T', year: 2020, month: null, bibtex: '@article{k}', ...fields };
}

const OPTIONS = { basePath: '/site', pages: true, owner: { last: ['Osei'], first: ['Mira'] }, labels: { abstract: 'Abstract' } };

describe("a BibTeX entry's own page", () => {
  it('has the title, its authors (the owner emphasised), venue, dates, links, abstract and BibTeX', () => {
    const page = paperPage(
      entry({ key: 'osei2024', type: 'inproceedings', month: 3, authors: [{ first: 'Mira', last: 'Osei' }, { first: '', last: 'Tanaka' }], fields: { booktitle: 'ICML', abbr: 'ICML', award: 'Best paper', abstract: 'We <b>show</b><script>x()</script>.', pdf: 'osei2024.pdf', code: 'https://c.example' } }),
      OPTIONS,
    );
    expect(page).toEqual({
      file: 'content/bibliography/papers.bib',
      meta: { permalink: '/publications/osei2024/', title: 'T', author_profile: true, redirect_from: [] },
      aliases: [],
      format: 'html',
      math: 0,
      item: {
        collection: 'bibliography',
        date: null,
        publicationDate: '2020/03',
        venue: 'ICML',
        category: 'conference',
        paperurl: '/site/assets/pdf/osei2024.pdf',
        authors: ['Mira Osei', 'Tanaka'],
        tags: [],
        excerpt: '',
        paper: {
          key: 'osei2024',
          authors: '<em>Mira Osei</em> and Tanaka',
          abbr: 'ICML',
          award: 'Best paper',
          abstract: '<p>We <b>show</b>.</p>',
          links: [
            { label: 'PDF', href: '/site/assets/pdf/osei2024.pdf' },
            { label: 'Code', href: 'https://c.example' },
          ],
          bibtex: '@article{k}',
          year: 2020,
        },
      },
      entries: [expect.objectContaining({ key: 'osei2024' })],
      bio: null,
      sections: [],
      warnings: [],
    });
  });

  it('takes its own page path, a year alone or none, conference for @conference only, and no PDF or abstract when there is none', () => {
    const page = paperPage(entry({ key: 'k', type: 'conference', page: '/papers/k/', year: 2021 }), OPTIONS);
    expect(page.meta.permalink).toBe('/papers/k/');
    expect(page.item).toMatchObject({ publicationDate: '2021', category: 'conference', paperurl: undefined, venue: undefined });
    expect(page.item?.paper).toMatchObject({ abstract: undefined, links: [], authors: '' });
    expect(paperPage(entry({ key: 'k', year: null, month: 5 }), OPTIONS).item?.publicationDate).toBeUndefined();
    expect(paperPage(entry({ key: 'k', type: 'article', month: 11 }), OPTIONS).item).toMatchObject({ publicationDate: '2020/11', category: undefined });
  });
});

describe("the home page's selected papers", () => {
  it('lists the entries marked selected, as one list under the heading', () => {
    const entries = [entry({ key: 'a', fields: { selected: 'true' } }), entry({ key: 'b' }), entry({ key: 'c', year: 2019, fields: { selected: 'TRUE' } })];
    const { section, entries: shown } = selectedPapers(entries, OPTIONS, 'Selected <publications>');
    expect(shown.map((one) => one.key)).toEqual(['a', 'c']);
    expect(section).toMatchObject({ kind: 'generic', id: 'selected-publications', heading: { text: 'Selected <publications>', html: 'Selected &#x3C;publications>' } });
    const html = section.blocks[0]?.type === 'html' ? section.blocks[0].html : '';
    expect(html.replace(/<li class="bib-entry" id="(\w)">.*?<\/li>/g, '$1')).toBe('<ol class="bibliography">ac</ol>');
    expect(selectedPapers([], OPTIONS, 'Selected').entries).toEqual([]);
  });
});
