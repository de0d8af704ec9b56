import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BibEntry, cleanBibtex, monthNumber, parseBibliography } from '../../lib/content/bibliography';
import { toHtml } from 'hast-util-to-html';
import {
  authorsTree,
  bibliographyHtml,
  citeText,
  entryTree,
  isOwner,
  linksOf,
  parseBibliographyArguments,
  selectEntries,
  sortEntries,
  venueOf,
} from '../../lib/render/bibliography';
import { badgeColour } from '../../lib/render/highlight';
import { loadSiteModel } from '../../lib/site-model';

const authorsHtml = (...args: Parameters<typeof authorsTree>) => toHtml({ type: 'root', children: authorsTree(...args) });
const entryHtml = (...args: Parameters<typeof entryTree>) => toHtml(entryTree(...args));
import { warningText } from '../../lib/content/problems';
import { folderWith, page, strictly, withProblems } from '../helpers';

const HOSTILE = String.raw`Some text before the first entry is ignored, as BibTeX does.
@string{ann = "Annalen der " # "Physik"}
@string{ v = {Vol.} }

@article{accents,
  title = {{\"U}ber die {E}lektrodynamik bewegter K{\"o}rper: $E = mc^2$ -- {\'E}tude {\ss}},
  author = {M{\"u}ller, J{\"o}rg and de la Fontaine, Jean and {Einstein}, Albert and others},
  journal = ann # { } # v,
  year = 1905, month = jun,
  custom = {kept {as} is},
  abbr = {AdP}, selected = {true}, pdf = {paper.pdf}, bibtex_show = {true},
}

@inproceedings{nested,
  title = {A {{Nested {Brace}}} Title},
  booktitle = {Proc. of {NeurIPS}},
  author = {Einstein, A.},
  year = {2020},
}
`;

const parsed = () => strictly((problems) => parseBibliography(HOSTILE, 'papers.bib', 'papers', problems));

function entry(fields: Partial<BibEntry> & { key: string }): BibEntry {
  return { type: 'article', file: 'papers', source: 'papers.bib', line: 1, index: 0, fields: {}, authors: [], editors: [], etAl: false, title: 'T', year: 2020, month: null, bibtex: '', ...fields };
}

const OPTIONS = { basePath: '', pages: true, owner: { last: ['Einstein'], first: ['Albert', 'A.'] }, labels: { abstract: 'Abstract' } };

describe('parseBibliography', () => {
  it('decodes LaTeX, resolves @string concatenation and month macros, keeps every field', () => {
    const [accents, nested] = parsed();
    expect(accents?.title).toBe('Über die Elektrodynamik bewegter Körper: E=mc² – Étude ß');
    expect(accents?.authors).toEqual([
      { first: 'Jörg', last: 'Müller' },
      { first: 'Jean', last: 'de la Fontaine' },
      { first: 'Albert', last: 'Einstein' },
    ]);
    expect(accents?.etAl).toBe(true);
    expect(accents?.fields.journal).toBe('Annalen der Physik Vol.');
    expect(accents?.fields.custom).toBe('kept as is');
    expect([accents?.year, accents?.month, accents?.line, accents?.index]).toEqual([1905, 6, 5, 0]);
    expect(nested?.title).toBe('A Nested Brace Title');
    expect(nested?.line).toBe(14);
  });

  it('shows clean BibTeX: as written, without the site fields', () => {
    expect(parsed()[0]?.bibtex).toBe(
      [
        '@article{accents,',
        String.raw`  title = {{\"U}ber die {E}lektrodynamik bewegter K{\"o}rper: $E = mc^2$ -- {\'E}tude {\ss}},`,
        String.raw`  author = {M{\"u}ller, J{\"o}rg and de la Fontaine, Jean and {Einstein}, Albert and others},`,
        '  journal = {Annalen der Physik Vol.},',
        '  year = {1905},',
        '  month = jun,',
        '  custom = {kept {as} is}',
        '}',
      ].join('\n'),
    );
    expect(cleanBibtex('MISC', 'k', { title: 'T', month: 'Sommer', note: '' })).toBe('@misc{k,\n  title = {T},\n  month = {Sommer}\n}');
  });

  it('keeps the first of two entries with one key, names an entry without a title by its key, keeps one it cannot read as far as it was read; all said, with the line', () => {
    const bib = (text: string) => withProblems((problems) => parseBibliography(text, 'x.bib', 'x', problems));
    const duplicate = bib('@article{a, title={A}}\n\n@book{a, title={B}}');
    expect(duplicate.value.map((e) => e.title)).toEqual(['A']);
    expect(duplicate.warnings).toEqual(['x.bib:3: `a`: expected a key no other entry has (line 1 has it too), found a second @book{a; the first one is kept']);
    const untitled = bib('@article{ok, title={A}}\n@misc{untitled, year={2000}}');
    expect(untitled.value.map((e) => e.title)).toEqual(['A', 'untitled']);
    expect(untitled.warnings).toEqual(['x.bib:2: `untitled.title`: expected a title for every entry, found an entry without one; its key stands for it']);
    const broken = bib('@article{ok, title={A}}\n\n@article{broken, title={Unbalanced {brace}, year=2001}\n');
    expect(broken.value.map((e) => [e.key, e.line])).toEqual([['ok', 1], ['broken', 3]]);
    expect(broken.warnings).toEqual([expect.stringMatching(/^x\.bib:3: expected BibTeX entries with balanced braces, each `field = \{value\}` separated by commas, found an entry the parser could not read/)]);
  });

  it('names the line of a missing comma between two fields', () => {
    expect(withProblems((problems) => parseBibliography('@article{a,\n  title={A}\n  year={2000}\n}', 'x.bib', 'x', problems)).warnings).toEqual([expect.stringMatching(/^x\.bib:3: expected BibTeX entries with balanced braces/)]);
  });

  it('reads months as numbers, names or macros', () => {
    expect(['8', 'aug', 'August', 'Aug.', '12', '13', 'Sommer', undefined].map(monthNumber)).toEqual([8, 8, 8, 8, 12, null, null, null]);
  });
});

describe('an entry', () => {
  it("shows al-folio's equal-contribution marks as superscripts, links co-authors and venues, folds authors past max_author_limit", () => {
    const people = [
      { first: 'Albert', last: 'Einstein*' },
      { first: 'Mileva', last: 'Marić†' },
      { first: 'Max', last: 'Planck' },
      { first: 'Niels', last: 'Bohr' },
      { first: 'Lise', last: 'Meitner' },
    ];
    const options = { ...OPTIONS, coauthors: new Map([['planck', [{ first: ['Max', 'M.'], url: 'https://planck.example' }]], ['bohr', [{ first: ['Harald'], url: 'https://h-bohr.example' }]]]), maxAuthors: 3 };
    expect(authorsHtml(entry({ key: 'x', authors: people }), options)).toBe(
      '<em>Albert Einstein</em><sup>*</sup>, Mileva Marić<sup>†</sup>, <a href="https://planck.example">Max Planck</a>, and <details class="more-authors"><summary>2 more authors</summary>Niels Bohr and Lise Meitner</details>',
    );
    // One author past the limit is shown rather than folded; without a limit, all are shown.
    expect(authorsHtml(entry({ key: 'x', authors: people.slice(0, 4) }), options)).toBe('<em>Albert Einstein</em><sup>*</sup>, Mileva Marić<sup>†</sup>, <a href="https://planck.example">Max Planck</a>, and Niels Bohr');
    expect(authorsHtml(entry({ key: 'x', authors: [{ first: 'Albert K.', last: 'Einstein' }] }), OPTIONS)).toBe('<em>Albert K. Einstein</em>');
    const html = entryHtml(entry({ key: 'x', authors: people.slice(0, 1), fields: { abbr: 'PRL', annotation: '* Equal contribution', additional_info: '. *Oral*' } }), { ...options, venues: new Map([['PRL', { url: 'https://journals.aps.org/prl/', colour: badgeColour('#2D6A4F') ?? undefined }]]) });
    expect(html).toContain('<span class="bib-abbr venue-');
    expect(html).toMatch(/<span class="bib-abbr venue-[\da-f]{8}"><a href="https:\/\/journals\.aps\.org\/prl\/">PRL<\/a><\/span>/);
    expect(html).toContain('<p class="bib-annotation">* Equal contribution</p>');
    expect(html).toContain('<p class="bib-venue">2020. <em>Oral</em></p>');
  });

  it("gives a venue's badge its colour as a class with one rule, text in the colour that reads best, and takes nothing else into CSS", () => {
    expect(badgeColour('#2D6A4F')).toEqual({ name: expect.stringMatching(/^venue-[\da-f]{8}$/), declarations: 'background-color:#2d6a4f;border-color:#2d6a4f;color:#ffffff' });
    expect(badgeColour('#fc0')).toEqual({ name: expect.stringMatching(/^venue-[\da-f]{8}$/), declarations: 'background-color:#ffcc00;border-color:#ffcc00;color:#1c2024' });
    expect(badgeColour('#fc0')?.name).toBe(badgeColour('#FFCC00')?.name);
    for (const hostile of ['red;} body{display:none', 'url(x)', '#12345', 'blue']) expect(badgeColour(hostile)).toBeNull();
  });

  it("emphasises the owner's name, by last name and first name or initial, and writes et al.", () => {
    expect(isOwner({ first: 'A.', last: 'Einstein' }, OPTIONS.owner)).toBe(true);
    expect(isOwner({ first: 'Alfred', last: 'Einstein' }, OPTIONS.owner)).toBe(false);
    expect(isOwner({ first: 'Albert', last: 'Einstein' }, { last: ['einstein'], first: [] })).toBe(true);
    expect(authorsHtml(parsed()[0] ?? entry({ key: 'x' }), OPTIONS)).toBe('Jörg Müller, Jean de la Fontaine, and <em>Albert Einstein</em> et al.');
    expect(authorsHtml(entry({ key: 'x', authors: [{ first: 'A', last: 'B' }, { first: 'Albert', last: 'Einstein' }] }), OPTIONS)).toBe('A B and <em>Albert Einstein</em>');
  });

  it("turns al-folio's link fields into links, and finds the venue", () => {
    const e = entry({
      key: 'k',
      fields: { arxiv: '2101.00001', pdf: 'paper.pdf', code: 'https://github.com/x/y', doi: 'https://doi.org/10.1/abc', slides: '/files/s.pdf', website: 'https://x.org', poster: 'p.pdf', video: 'https://v', supp: 's.pdf', blog: 'https://b', html: 'https://h' },
    });
    expect(linksOf(e, '/site').map((link) => `${link.label} ${link.href}`)).toEqual([
      'arXiv https://arxiv.org/abs/2101.00001',
      'HTML https://h',
      'PDF /site/assets/pdf/paper.pdf',
      'Supp /site/assets/pdf/s.pdf',
      'Blog https://b',
      'Code https://github.com/x/y',
      'Poster /site/assets/pdf/p.pdf',
      'Slides /site/files/s.pdf',
      'Video https://v',
      'Website https://x.org',
      'DOI https://doi.org/10.1/abc',
    ]);
    expect(linksOf(entry({ key: 'e', fields: { eprint: '1234.5678', archiveprefix: 'arXiv' } }), '').map((link) => link.href)).toEqual(['https://arxiv.org/abs/1234.5678']);
    expect(venueOf(entry({ key: 'v', fields: { publisher: 'P', journal: 'J' } }))).toBe('J');
    expect(venueOf(entry({ key: 'v', fields: { note: 'N' } }))).toBe('N');
  });

  it('renders badge, award, abstract and BibTeX in <details>, anchored at its key', () => {
    const e = entry({ key: 'k1', page: '/publications/k1/', title: 'On <i>light</i> & matter', fields: { abbr: 'ICML', award: '**Best paper**', abstract: 'We show.', bibtex_show: 'true' }, bibtex: '@article{k1,\n  title = {A <b>}\n}' });
    expect(entryHtml(e, OPTIONS)).toBe(
      '<li class="bib-entry" id="k1"><span class="bib-abbr">ICML</span><p class="bib-title"><a href="/publications/k1/">On <i>light</i> &#x26; matter</a></p><p class="bib-venue">2020</p><div class="bib-award"><strong>Best paper</strong></div><details class="bib-abstract"><summary>Abstract</summary><p>We show.</p></details><details class="bib-bibtex"><summary>BibTeX</summary><pre><code>@article{k1,\n  title = {A &#x3C;b>}\n}</code></pre></details></li>',
    );
    expect(entryHtml(e, { ...OPTIONS, pages: false })).toContain('<p class="bib-title">On <i>light</i> &#x26; matter</p>');
  });
});

describe('the bibliography', () => {
  const list = [
    entry({ key: 'a', year: 2020, month: 3, index: 0 }),
    entry({ key: 'b', year: 2021, month: null, index: 1 }),
    entry({ key: 'c', year: 2020, month: null, index: 2 }),
    entry({ key: 'd', year: 2020, month: 11, index: 3 }),
    entry({ key: 'e', year: 2020, month: 3, index: 4 }),
    entry({ key: 'f', year: null, index: 5 }),
  ];

  it('orders years newest first; within a year by month, newest first, no month last; then file order', () => {
    expect(sortEntries(list).map((e) => e.key)).toEqual(['b', 'd', 'a', 'e', 'c', 'f']);
  });

  it('groups by year with a heading each, or not at all', () => {
    const grouped = bibliographyHtml(list, 'year', OPTIONS);
    expect([...grouped.matchAll(/<h2 class="bib-year" id="y(\d+)">/g)].map((m) => m[1])).toEqual(['2021', '2020']);
    expect(grouped.match(/<ol class="bibliography">/g)).toHaveLength(3);
    expect(grouped).not.toContain('\n\n');
    const flat = bibliographyHtml(list, 'none', OPTIONS);
    expect(flat).not.toContain('<h2');
    expect(flat.match(/<ol/g)).toHaveLength(1);
  });

  it("reads al-folio's tag options", () => {
    expect(parseBibliographyArguments('', 'papers')).toEqual({ file: 'papers', type: '*', conditions: [], groupBy: 'year' });
    expect(parseBibliographyArguments('--file other.bib --query @*[selected=true]* --group_by none --style apa', 'papers')).toEqual({
      file: 'other',
      type: '*',
      conditions: [{ field: 'selected', value: 'true' }],
      groupBy: 'none',
    });
    expect(parseBibliographyArguments("-f talks -q '@inproceedings[year=2020, abbr=ICML]'", 'papers')).toMatchObject({
      file: 'talks',
      type: 'inproceedings',
      conditions: [
        { field: 'year', value: '2020' },
        { field: 'abbr', value: 'ICML' },
      ],
    });
    expect(() => parseBibliographyArguments('--query selected', 'papers')).toThrow('a query such as @*[selected=true]* (found "selected")');
  });

  it('selects by type and field equality', () => {
    const entries = [entry({ key: 'x', fields: { selected: 'true' } }), entry({ key: 'y', type: 'book', fields: { selected: 'True' } }), entry({ key: 'z' })];
    expect(selectEntries(entries, { type: '*', conditions: [{ field: 'selected', value: 'true' }] }).map((e) => e.key)).toEqual(['x', 'y']);
    expect(selectEntries(entries, { type: 'book', conditions: [] }).map((e) => e.key)).toEqual(['y']);
  });

  it('cites as author and year', () => {
    const one = { first: 'Ada', last: 'Lovelace' };
    const two = { first: 'C', last: 'Babbage' };
    expect(citeText(entry({ key: 'a', authors: [one], year: 1843 }))).toBe('(Lovelace, 1843)');
    expect(citeText(entry({ key: 'a', authors: [one, two], year: 1843 }))).toBe('(Lovelace and Babbage, 1843)');
    expect(citeText(entry({ key: 'a', authors: [one, two, one] }))).toBe('(Lovelace et al., 2020)');
    expect(citeText(entry({ key: 'a', authors: [one], etAl: true, year: null }))).toBe('(Lovelace et al., n.d.)');
  });
});

describe('BibTeX in a site', () => {
  const site = (files: Record<string, string>, siteYml = 'scholar:\n  last_name: Einstein\n  first_name: [Albert, A.]\n') => {
    const root = folderWith({
      'content/site.yml': `title: E\nurl: https://e.example.org\nauthor:\n  name: Albert Einstein\n${siteYml}`,
      'content/bibliography/papers.bib': HOSTILE,
      ...files,
    });
    return { root, load: () => loadSiteModel({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {}) };
  };

  it('runs {% bibliography %}, {% cite %} and selected_papers, and gives every entry its page', () => {
    const model = site({
      'content/profile.md': page('permalink: /\nselected_papers: true', 'See {% cite nested accents %}.'),
      'content/pages/pubs.md': page('permalink: /publications/\ntitle: Publications', '<div class="publications">\n\n{% bibliography --query @inproceedings[year=2020] %}\n\n</div>'),
    }).load();
    const [home, pubs] = model.pages;
    expect(home?.bio).toBe('<p>See <a class="citation" href="/publications/#nested">(Einstein, 2020)</a>, <a class="citation" href="/publications/#accents">(Müller et al., 1905)</a>.</p>');
    const selected = home?.sections.find((section) => section.id === 'selected-publications');
    expect(selected?.heading.text).toBe('Selected publications');
    expect(JSON.stringify(selected?.blocks)).toContain('id=\\"accents\\"');
    expect(home?.entries.map((e) => e.key)).toEqual(['accents']);
    expect(pubs?.bio).toContain('<li class="bib-entry" id="nested">');
    expect(pubs?.bio).not.toContain('id="accents"');
    expect(pubs?.entries.map((e) => e.key)).toEqual(['nested']);
    expect(model.pages.map((p) => p.meta.permalink).slice(2)).toEqual(['/publications/accents/', '/publications/nested/']);
    const paper = model.pages[2]?.item;
    expect(paper?.publicationDate).toBe('1905/06');
    expect(paper?.paper?.links.map((link) => link.label)).toEqual(['PDF']);
  });

  it("colours a venue's badge from venues.yml through the sanitiser, and the pages that show one load its rule", () => {
    const model = site({
      'content/profile.md': page('permalink: /', 'x'),
      'content/pages/pubs.md': page('permalink: /publications/\ntitle: Publications', '{% bibliography %}'),
      'content/_data/venues.yml': 'AdP:\n  url: https://adp.example.org\n  color: "#1d3557"\nBad:\n  color: "red;}body{display:none"\n',
    }).load();
    const colour = badgeColour('#1d3557');
    const pubs = model.pages.find((one) => one.meta.permalink === '/publications/');
    expect(pubs?.bio).toContain(`<span class="bib-abbr ${colour?.name}"><a href="https://adp.example.org">AdP</a></span>`);
    expect(pubs?.venues).toBe(1);
    expect(model.pages.find((one) => one.meta.permalink === '/publications/accents/')?.venues).toBe(1);
    expect(model.pages.find((one) => one.meta.permalink === '/publications/nested/')?.venues).toBeUndefined();
    expect([...model.codeStyles.entries()]).toEqual([[colour?.name, colour?.declarations]]);
  });

  it("links co-authors from coauthors.yml, links and colours venues from venues.yml, and folds authors past max_author_limit", () => {
    const bib = '@article{many, title={Many}, author={Einstein, Albert and Mari{\\\'c}, Mileva and Grossmann, Marcel and Born, Max}, year={1910}, journal={J}, abbr={AP}, abstract={Short.}}\n@article{two, title={Two}, author={Grossmann, M. and Born, Max and Hilbert, David}, year={1911}, abbr={UrlOnly}}\n@article{three, title={Three}, author={Noether, Emmy}, year={1912}, abbr={NB}}\n';
    const model = site(
      {
        'content/bibliography/papers.bib': bib,
        'content/profile.md': page('permalink: /', 'See {% cite two %}.'),
        'content/pages/pubs.md': page('permalink: /publications/\ntitle: Publications', '{% bibliography %}'),
        'content/_data/coauthors.yml': 'grossmann:\n  - firstname: [Marcel, M.]\n    url: https://grossmann.example.org\nBorn:\n  firstname: Max\n  url: https://born.example.org\nhilbert:\n  - firstname: [David]\n',
        'content/_data/venues.yml': 'AP:\n  color: "#1d3557"\n  url: https://ap.example.org\nUrlOnly:\n  url: " https://u.example.org "\nNB:\n  url: "  "\n  color: 7\n',
      },
      'scholar:\n  last_name: Einstein\n  first_name: [Albert]\nmax_author_limit: 2\n',
    ).load();
    const pubs = model.pages.find((one) => one.meta.permalink === '/publications/');
    const html = pubs?.bio ?? '';
    const colour = badgeColour('#1d3557');
    expect(html).toContain(`<span class="bib-abbr ${colour?.name}"><a href="https://ap.example.org">AP</a></span>`);
    expect(html).toContain('<span class="bib-abbr"><a href="https://u.example.org">UrlOnly</a></span>');
    expect(html).toContain('<span class="bib-abbr">NB</span>');
    expect(html).toContain('<em>Albert Einstein</em>, Mileva Marić, and <details class="more-authors"><summary>2 more authors</summary><a href="https://grossmann.example.org">Marcel Grossmann</a> and <a href="https://born.example.org">Max Born</a></details>');
    expect(html).toContain('<a href="https://grossmann.example.org">M. Grossmann</a>, <a href="https://born.example.org">Max Born</a>, and David Hilbert');
    expect(html).toContain('<summary>Abstract</summary>');
    expect(pubs?.venues).toBe(1);
    expect([...model.codeStyles.entries()]).toEqual([[colour?.name, colour?.declarations]]);
  });

  it('folds authors only past a max_author_limit that is a whole number above 0', () => {
    const bib = '@article{many, title={Many}, author={Einstein, Albert and Born, Max and Hilbert, David and Noether, Emmy}, year={1910}}\n';
    const html = (limit: string) =>
      site({ 'content/bibliography/papers.bib': bib, 'content/profile.md': page('permalink: /', 'x'), 'content/pages/pubs.md': page('permalink: /publications/', '{% bibliography %}') }, `scholar:\n  last_name: Einstein\nmax_author_limit: ${limit}\n`)
        .load()
        .pages.find((one) => one.meta.permalink === '/publications/')?.bio ?? '';
    for (const limit of ['0', '-1', '1.5', '"2"']) expect(html(limit), limit).not.toContain('more-authors');
    expect(html('1')).toContain('<details class="more-authors"><summary>3 more authors</summary>');
  });

  it('links a citation to the page that lists the bibliography: the publications page when several do', () => {
    const pages = (files: Record<string, string>) => site({ 'content/profile.md': page('permalink: /', 'See {% cite nested %}.'), ...files }).load().pages[0]?.bio;
    const cv = page('permalink: /cv/\ntitle: CV', '{%  bibliography %}');
    expect(pages({ 'content/pages/cv.md': cv })).toBe('<p>See <a class="citation" href="/cv/#nested">(Einstein, 2020)</a>.</p>');
    expect(pages({ 'content/pages/cv.md': cv, 'content/pages/pubs.md': page('permalink: /publications/', '{%- bibliography -%}') })).toBe('<p>See <a class="citation" href="/publications/#nested">(Einstein, 2020)</a>.</p>');
    expect(pages({ 'content/pages/cv.md': page('permalink: /cv/', 'no list') })).toBe('<p>See <a class="citation" href="/publications/nested/#nested">(Einstein, 2020)</a>.</p>');
  });

  it("runs the Liquid in jekyll-scholar's arguments, as al-folio's publications page writes them", () => {
    const model = site(
      {
        'content/profile.md': page('permalink: /', 'x'),
        'content/pages/pubs.md': page(
          'permalink: /publications/\ntitle: Publications\nyears: [2020, 1905]',
          '{% for y in page.years %}\n<h2 class="year">{{ y }}</h2>\n\n{% bibliography -f {{ site.scholar.bibliography }} -q @*[year={{ y }}]* %}\n{% endfor %}\n\n{% assign k = "nested" %}{% cite {{ k }} %} and {% reference {{ k }} %}',
        ),
      },
      'scholar:\n  last_name: Einstein\n  bibliography: papers.bib\n',
    ).load();
    const pubs = model.pages.find((one) => one.meta.permalink === '/publications/');
    const html = pubs?.bio ?? '';
    // The page's own year headings, each with that year's entries (no second heading); then the cite and the reference.
    expect([...html.matchAll(/<h2[^>]*>(\d+)<\/h2>|id="(nested|accents)"/g)].map((match) => match[1] ?? match[2])).toEqual(['2020', 'nested', '1905', 'accents', 'nested']);
    expect(html).toContain('<a class="citation" href="/publications/#nested">(Einstein, 2020)</a> and');
  });

  it('turns the pages off with scholar: {pages: false}, and stops on a clash or an unknown key with the line', () => {
    const off = site({ 'content/profile.md': page('permalink: /', 'x') }, 'scholar:\n  pages: false\n').load();
    expect(off.pages).toHaveLength(1);
    const clash = site({ 'content/profile.md': page('permalink: /', 'x'), 'content/pages/n.md': page('permalink: /publications/nested/', 'y') }).load();
    expect(clash.pages.map((p) => p.meta.permalink)).toContain('/publications/nested-2/');
    expect(clash.warnings.map(warningText)).toContainEqual(expect.stringMatching(/papers\.bib:14: `permalink`: .*n\.md is at \/publications\/nested\/ too, and Jekyll writes only one of them there; this page is at \/publications\/nested-2\/ instead$/));
    const unknown = site({ 'content/profile.md': page('permalink: /', 'one\n\n{% cite nobody %}') });
    // jekyll-scholar builds with a key no .bib has: "(missing reference)" in its place, and a warning with the line.
    const missing = unknown.load();
    expect(missing.pages[0]?.bio).toBe('<p>one</p>\n<p>(missing reference)</p>');
    expect(missing.warnings.map(warningText)).toContainEqual(expect.stringMatching(/profile\.md:6: no BibTeX entry with the key "nobody" in content\/bibliography\/; "\(missing reference\)" is shown in its place, as jekyll-scholar shows it$/));
    const noFile = site({ 'content/profile.md': page('permalink: /', '{% bibliography --file talks %}') });
    expect(noFile.load).toThrow(/expected a BibTeX file that exists, found Liquid that fails: no BibTeX file content\/bibliography\/talks\.bib \(there is: papers\.bib\)/);
  });
});

describe('an entry, field by field', () => {
  const person = (first: string, last: string) => ({ first, last });

  it('writes names with their marks as superscripts, spaces around them taken off', () => {
    expect(authorsHtml(entry({ key: 'k', authors: [person(' Mira ', ' Osei* '), person('', 'Tanaka†'), person('Jo†', 'Li')] }), OPTIONS)).toBe('Mira Osei<sup>*</sup>, Tanaka<sup>†</sup>, and Jo Li<sup>†</sup>');
  });

  it('links a co-author by last name (any case) and a first name listed, marks and accents aside', () => {
    const coauthors = new Map([['müller', [{ first: ['Jürgen', 'J.'], url: 'https://m.example' }]]]);
    const options = { ...OPTIONS, coauthors };
    expect(authorsHtml(entry({ key: 'k', authors: [person('Jurgen', 'Müller*')] }), options)).toBe('<a href="https://m.example">Jurgen Müller</a><sup>*</sup>');
    expect(authorsHtml(entry({ key: 'k', authors: [person('J.', 'MÜLLER')] }), options)).toBe('<a href="https://m.example">J. MÜLLER</a>');
    expect(authorsHtml(entry({ key: 'k', authors: [person('Hans', 'Müller')] }), options)).toBe('Hans Müller');
  });

  it('knows the owner by a last name of the list and a first name, its first word or its initial', () => {
    const owner = { last: ['Osei', 'Osei-Bonsu'], first: ['Mira'] };
    expect(isOwner(person('Mira', 'Osei'), owner)).toBe(true);
    expect(isOwner(person('Mira', 'osei bonsu'), owner)).toBe(true);
    expect(isOwner(person(' Mira  K. ', 'Osei'), owner)).toBe(true);
    expect(isOwner(person('M.', 'Osei'), owner)).toBe(true);
    expect(isOwner(person('Mi', 'Osei'), owner)).toBe(true);
    expect(isOwner(person('Mir', 'Osei'), owner)).toBe(false);
    expect(isOwner(person('K.', 'Osei'), owner)).toBe(false);
    expect(isOwner(person('a', 'Osei'), { last: ['Osei'], first: ['Mira'] })).toBe(false);
    expect(isOwner(person('Mira', 'Mensah'), owner)).toBe(false);
    expect(isOwner(person('Anyone', 'Osei'), { last: ['Osei'], first: [] })).toBe(true);
    expect(isOwner(person('Mira', 'Osei'), { last: ['Mensah', 'Osei'], first: ['Ama', 'Mira'] })).toBe(true);
  });

  it('writes the venue in italics and the year after it, either alone, or neither', () => {
    const venue = (fields: Partial<BibEntry>) => /<p class="bib-venue">(.*?)<\/p>/.exec(entryHtml(entry({ key: 'k', ...fields }), OPTIONS))?.[1] ?? null;
    expect(venue({ fields: { journal: 'J' } })).toBe('<i>J</i>, 2020');
    expect(venue({ fields: { journal: 'J' }, year: null })).toBe('<i>J</i>');
    expect(venue({})).toBe('2020');
    expect(venue({ year: null })).toBeNull();
    expect(venue({ year: null, fields: { additional_info: '*with* code' } })).toBe('<em>with</em> code');
    expect(venue({ fields: { journal: 'J', additional_info: '. Oral' } })).toBe('<i>J</i>, 2020. Oral');
  });

  it('shows the badge, preview, authors, annotation, award, links, abstract and BibTeX only when they are there', () => {
    const bare = entryHtml(entry({ key: 'k', year: null }), { ...OPTIONS, pages: false });
    expect(bare).toBe('<li class="bib-entry" id="k"><p class="bib-title">T</p></li>');
    const full = entryHtml(entry({ key: 'k', page: '/publications/k/', authors: [person('A', 'B')], bibtex: '@article{k}', fields: { abbr: 'ICML', preview: 'k.png', annotation: '- first *mark*', award: '1. **Best** paper', pdf: 'k.pdf', code: 'https://c.example', abstract: 'Abs', bibtex_show: 'YES' } }), { ...OPTIONS, basePath: '/site' });
    expect(full).toBe(
      '<li class="bib-entry" id="k"><span class="bib-abbr">ICML</span><img class="bib-preview" src="/site/assets/img/publication_preview/k.png" alt="" loading="lazy"><p class="bib-title"><a href="/site/publications/k/">T</a></p><div class="bib-authors">A B</div><p class="bib-annotation">- first <em>mark</em></p><p class="bib-venue">2020</p><div class="bib-award">1. <strong>Best</strong> paper</div><p class="bib-links"><a href="/site/assets/pdf/k.pdf">PDF</a> <a href="https://c.example">Code</a></p><details class="bib-abstract"><summary>Abstract</summary><p>Abs</p></details><details class="bib-bibtex"><summary>BibTeX</summary><pre><code>@article{k}</code></pre></details></li>',
    );
    for (const show of ['true', '1', 'True']) expect(entryHtml(entry({ key: 'k', fields: { bibtex_show: show } }), OPTIONS)).toContain('bib-bibtex');
    for (const show of ['false', 'no', '', 'true!', 'yes please']) expect(entryHtml(entry({ key: 'k', fields: { bibtex_show: show } }), OPTIONS)).not.toContain('bib-bibtex');
    expect(entryHtml(entry({ key: 'k', fields: { award: 'Two\n\nparagraphs' } }), OPTIONS)).toContain('<div class="bib-award"><p>Two</p><p>paragraphs</p></div>');
  });

  it('writes every link field as al-folio does: arXiv, site files under /assets/pdf/, DOIs as doi.org links', () => {
    const links = (fields: Record<string, string>, basePath = '') => linksOf(entry({ key: 'k', fields }), basePath).map((link) => `${link.label} ${link.href}`);
    expect(links({ arxiv: ' arXiv:2401.00001 ' })).toEqual(['arXiv https://arxiv.org/abs/2401.00001']);
    expect(links({ eprint: '2401.2', archiveprefix: 'ArXiv' })).toEqual(['arXiv https://arxiv.org/abs/2401.2']);
    expect(links({ eprint: '2401.3', eprinttype: 'arxiv' })).toEqual(['arXiv https://arxiv.org/abs/2401.3']);
    expect(links({ eprint: '2401.4', archiveprefix: 'notarxiv' })).toEqual([]);
    expect(links({ eprint: '2401.5', archiveprefix: 'arxiv.org' })).toEqual([]);
    expect(links({ eprint: '2401.6' })).toEqual([]);
    expect(links({ pdf: 'a.pdf', supp: '/files/s.pdf', poster: 'https://p.example/x.pdf', slides: 's.pdf' }, '/site')).toEqual(['PDF /site/assets/pdf/a.pdf', 'Supp /site/files/s.pdf', 'Poster https://p.example/x.pdf', 'Slides /site/assets/pdf/s.pdf']);
    expect(links({ html: ' https://h.example ', blog: 'https://b.example', video: 'https://v.example', website: 'https://w.example', code: '  ' })).toEqual(['HTML https://h.example', 'Blog https://b.example', 'Video https://v.example', 'Website https://w.example']);
    for (const doi of ['10.1/x', ' https://doi.org/10.1/x', 'http://dx.doi.org/10.1/x', 'HTTPS://DOI.ORG/10.1/x']) expect(links({ doi })).toEqual(['DOI https://doi.org/10.1/x']);
    expect(links({ doi: 'see https://doi.org/10.1/x' })).toEqual(['DOI https://doi.org/see https://doi.org/10.1/x']);
  });

  it('groups by year newest first, entries without a year last and without a heading', () => {
    const html = bibliographyHtml([entry({ key: 'a', year: 2019 }), entry({ key: 'b', year: null, index: 1 }), entry({ key: 'c', year: 2021, index: 2 }), entry({ key: 'd', year: 2019, index: 3 })], 'year', OPTIONS);
    expect(html.replace(/<li class="bib-entry" id="(\w)">.*?<\/li>/g, '$1')).toBe('<h2 class="bib-year" id="y2021">2021</h2><ol class="bibliography">c</ol><h2 class="bib-year" id="y2019">2019</h2><ol class="bibliography">ad</ol><ol class="bibliography">b</ol>');
    expect(sortEntries([entry({ key: 'x', index: 2 }), entry({ key: 'y', index: 1 }), entry({ key: 'z', index: 0 })]).map((one) => one.key)).toEqual(['z', 'y', 'x']);
  });
});

describe("the bibliography tag's arguments", () => {
  it('reads quoted words, a .bib name in any case, and the grouping', () => {
    expect(parseBibliographyArguments('-f "my papers.BIB" --group_by "none"', 'papers')).toEqual({ file: 'my papers', type: '*', conditions: [], groupBy: 'none' });
    expect(parseBibliographyArguments("--file 'x.bib.old'", 'papers').file).toBe('x.bib.old');
    expect(parseBibliographyArguments('-g year -q @*[year=2020]*', 'papers').groupBy).toBe('year');
    expect(parseBibliographyArguments('-g', 'papers').groupBy).toBe('year');
    expect(parseBibliographyArguments('--file', 'papers').file).toBe('');
  });

  it('reads a query of a type and conditions, values quoted or not; a query of one year is one list', () => {
    expect(parseBibliographyArguments(`-q "@Article[ Year = '2020' , key=k1, selected=true]*"`, 'papers')).toEqual({ file: 'papers', type: 'article', conditions: [{ field: 'year', value: '2020' }, { field: 'key', value: 'k1' }, { field: 'selected', value: 'true' }], groupBy: 'none' });
    expect(parseBibliographyArguments('--query @*', 'papers')).toEqual({ file: 'papers', type: '*', conditions: [], groupBy: 'year' });
    expect(parseBibliographyArguments('-q @book[]', 'papers').conditions).toEqual([]);
    expect(parseBibliographyArguments('-q @*[,selected=true,]', 'papers').conditions).toEqual([{ field: 'selected', value: 'true' }]);
    expect(parseBibliographyArguments('-q @*[title="a=b"]', 'papers').conditions).toEqual([{ field: 'title', value: '"a' }]);
  });

  it('stops on a query of another form, quoting it', () => {
    for (const query of ['year=2020', '@*[x=1', 'x@*', '@*[x=1]**', '@*[x=1]y']) expect(() => parseBibliographyArguments(`-q '${query}'`, 'papers')).toThrow(`a query such as @*[selected=true]* (found ${JSON.stringify(query)})`);
  });

  it('selects by type and by fields, trimmed and in any case, the key among them', () => {
    const entries = [entry({ key: 'k1', type: 'article', fields: { selected: ' TRUE ' } }), entry({ key: 'k2', type: 'book', fields: { selected: 'false' } }), entry({ key: 'k3', type: 'article' })];
    expect(selectEntries(entries, { type: 'article', conditions: [{ field: 'selected', value: 'true' }] }).map((one) => one.key)).toEqual(['k1']);
    expect(selectEntries(entries, { type: '*', conditions: [{ field: 'key', value: 'K2' }] }).map((one) => one.key)).toEqual(['k2']);
    expect(selectEntries(entries, { type: '*', conditions: [{ field: 'selected', value: '' }] }).map((one) => one.key)).toEqual(['k3']);
    expect(selectEntries(entries, { type: 'book', conditions: [] }).map((one) => one.key)).toEqual(['k2']);
  });

  it('cites by the first author, two by both names, more or et al. as "et al."', () => {
    const a = { first: 'A', last: 'One' };
    const b = { first: 'B', last: 'Two' };
    expect(citeText(entry({ key: 'k', authors: [a] }))).toBe('(One, 2020)');
    expect(citeText(entry({ key: 'k', authors: [a, b] }))).toBe('(One and Two, 2020)');
    expect(citeText(entry({ key: 'k', authors: [a, b], etAl: true }))).toBe('(One et al., 2020)');
    expect(citeText(entry({ key: 'k', authors: [a, b, a] }))).toBe('(One et al., 2020)');
    expect(citeText(entry({ key: 'k', authors: [a], etAl: true }))).toBe('(One et al., 2020)');
    expect(citeText(entry({ key: 'k', authors: [], year: null }))).toBe('(T, n.d.)');
  });
});
