// The generated sites of `npm run bench:build`: an academicpages site as Jekyll reads it (the
// project's own academicpages fixture, layouts shaped like academicpages' and N publications, N
// talks and N posts), and an al-folio-shaped site whose publications page lists a generated .bib.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addBuiltIns } from './jekyll-lib';

const ROOT = path.resolve(__dirname, '..');
const WORDS = 'engine analysis card variable operation number series bernoulli loom pattern calculus machine'.split(' ');
const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');
const iso = (index: number) => new Date(Date.UTC(2000, 0, 1) + index * 86_400_000 * 3).toISOString().slice(0, 10);

function writer(dir: string): (name: string, text: string) => void {
  return (name, text) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
}

/**
 * Layouts with academicpages' shape (default: head, masthead from _data/navigation.yml, the
 * author's sidebar, the footer; single, archive and talk pages inside it), so that Jekyll does
 * the work per page that a real academicpages site makes it do.
 */
const LAYOUTS: Record<string, string> = {
  'default.html': [
    '<!doctype html>',
    '<html lang="{{ site.locale | slice: 0,2 | default: "en" }}">',
    '<head><meta charset="utf-8"><title>{% if page.title %}{{ page.title | strip_html }} - {% endif %}{{ site.title }}</title>',
    '<meta name="description" content="{{ page.excerpt | default: site.description | strip_html | normalize_whitespace | truncate: 160 }}">',
    '<link rel="canonical" href="{{ page.url | absolute_url }}"><link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}"></head>',
    '<body>',
    '<nav class="masthead"><a href="{{ "/" | relative_url }}">{{ site.title }}</a><ul>{% for link in site.data.navigation.main %}<li><a href="{{ link.url | relative_url }}">{{ link.title }}</a></li>{% endfor %}</ul></nav>',
    '<div id="main">',
    '{% if page.author_profile %}<aside class="sidebar"><h3>{{ site.author.name }}</h3><p>{{ site.author.bio }}</p><ul>',
    '{% if site.author.location %}<li>{{ site.author.location }}</li>{% endif %}{% if site.author.employer %}<li>{{ site.author.employer }}</li>{% endif %}',
    '{% if site.author.email %}<li><a href="mailto:{{ site.author.email }}">Email</a></li>{% endif %}{% if site.author.github %}<li><a href="https://github.com/{{ site.author.github }}">GitHub</a></li>{% endif %}',
    '{% if site.author.orcid %}<li><a href="https://orcid.org/{{ site.author.orcid }}">ORCID</a></li>{% endif %}</ul></aside>{% endif %}',
    '{{ content }}',
    '</div>',
    '<footer><a href="{{ "/feed.xml" | relative_url }}">Feed</a> &copy; {{ site.time | date: "%Y" }} {{ site.name }}</footer>',
    '</body></html>',
    '',
  ].join('\n'),
  'single.html': '---\nlayout: default\n---\n<article class="page"><h1>{{ page.title }}</h1>{% if page.date %}<p class="page__date"><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%B %d, %Y" }}</time></p>{% endif %}\n{% if page.venue %}<p>Published in <i>{{ page.venue }}</i></p>{% endif %}\n<section class="page__content">{{ content }}</section>\n{% if page.citation %}<p>Recommended citation: {{ page.citation }}</p>{% endif %}\n{% if page.tags %}<p>Tags: {% for tag in page.tags %}{{ tag }} {% endfor %}</p>{% endif %}</article>\n',
  'archive.html': '---\nlayout: default\n---\n<div class="archive"><h1 class="page__title">{{ page.title }}</h1>{{ content }}</div>\n',
  'talks.html': '---\nlayout: archive\n---\n{{ content }}\n',
  'talk.html': '---\nlayout: single\n---\n{% if page.type %}<p>{{ page.type }} at {{ page.venue }}, {{ page.location }}</p>{% endif %}\n{{ content }}\n',
};

/**
 * An academicpages site as Jekyll reads it, with n publications, n talks and n posts (every
 * tenth post with math) next to the fixture's own; written in a new temporary folder.
 */
export function generateJekyllSite(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-build-${n}-`));
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'academicpages'), dir, { recursive: true });
  // The stock archive-single (the site's built-in one, written out below), not the fixture's short one.
  rmSync(path.join(dir, '_includes', 'archive-single.html'));
  addBuiltIns(dir);
  const write = writer(dir);
  for (const [name, text] of Object.entries(LAYOUTS)) write(`_layouts/${name}`, text);
  for (let i = 0; i < n; i += 1) {
    const date = iso(i);
    write(
      `_publications/${date}-paper-${i}.md`,
      `---\ntitle: "On the ${words(i, 4)} (${i})"\ncollection: publications\ncategory: ${i % 3 === 0 ? 'conferences' : 'manuscripts'}\npermalink: /publication/${date}-paper-${i}\ndate: ${date}\nvenue: 'Journal of ${words(i + 1, 2)}'\npaperurl: '/files/paper-${i}.pdf'\nexcerpt: 'We study the ${words(i + 2, 8)}.'\ncitation: 'Bench, A. (${date.slice(0, 4)}). &quot;On the ${words(i, 4)}.&quot; <i>Journal of ${words(i + 1, 2)}</i>.'\n---\n${words(i, 60)}\n\n${words(i + 5, 40)}\n`,
    );
    write(
      `_talks/${date}-talk-${i}.md`,
      `---\ntitle: "Talk on ${words(i, 3)}"\ncollection: talks\ntype: Talk\npermalink: /talks/${date}-talk-${i}\nvenue: "${words(i + 3, 2)} seminar"\ndate: ${date}\nlocation: "City ${i % 17}"\n---\n${words(i, 30)}\n`,
    );
    write(`_posts/${date}-post-${i}.md`, postText(i, ''));
  }
  return dir;
}

/** The generated post i, with `extra` text appended (the one-post edit of the rebuild). */
export function postText(i: number, extra: string): string {
  return `---\ntitle: "Post ${i}: ${words(i, 3)}"\ntags: [${words(i, 2).replace(' ', ', ')}]\n---\n${words(i, 50)}${i % 10 === 0 ? ' with $\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$.' : '.'}\n\n${words(i + 1, 40)}\n${extra}`;
}

/** Where postText(i) lives in a generated site, and in the project it was imported into. */
export const postFile = (site: string, i: number) => path.join(site, '_posts', `${iso(i)}-post-${i}.md`);
export const importedPostFile = (project: string, i: number) => path.join(project, 'content', 'posts', `${iso(i)}-post-${i}.md`);

/** An al-folio-shaped site (the project's layout): a publications page listing a generated .bib of n entries. */
export function generateBibSite(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-bib-${n}-`));
  const write = writer(dir);
  write('content/site.yml', 'title: Bench Lab\nurl: https://bench.example.org\nauthor:\n  name: Ada Bench\nscholar:\n  last_name: [Bench]\n  first_name: [Ada, A.]\n');
  write('content/profile.md', '---\npermalink: /\ntitle: About\nselected_papers: true\n---\nA generated site.\n');
  write('content/pages/publications.md', '---\npermalink: /publications/\ntitle: Publications\n---\n<div class="publications">\n\n{% bibliography %}\n\n</div>\n');
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const entries = Array.from({ length: n }, (_, i) => {
    const fields = [
      `  title = {On the {${words(i, 2)}} of ${words(i + 1, 4)} ({\\"u}ber ${i})}`,
      `  author = {Bench, Ada and M{\\"u}ller, J{\\"o}rg and ${words(i, 1)}, Carl and others}`,
      i % 2 === 0 ? `  journal = {Journal of ${words(i + 2, 2)}}` : `  booktitle = {Proceedings of ${words(i + 3, 2)}}`,
      `  year = {${2000 + (i % 25)}}`,
      `  month = ${months[i % 12]}`,
      i % 3 === 0 ? `  abbr = {J${i % 7}}` : '',
      i % 5 === 0 ? '  selected = {true}' : '',
      i % 2 === 0 ? '  bibtex_show = {true}' : '',
      `  abstract = {We study ${words(i, 30)}.}`,
      `  doi = {10.1000/bench.${i}}`,
      i % 4 === 0 ? `  arxiv = {2101.${String(i).padStart(5, '0')}}` : '',
      i % 3 === 0 ? `  code = {https://github.com/bench/repo-${i}}` : '',
    ].filter(Boolean);
    return `@${i % 2 === 0 ? 'article' : 'inproceedings'}{bench${i},\n${fields.join(',\n')}\n}`;
  });
  write('content/bibliography/papers.bib', `${entries.join('\n\n')}\n`);
  return dir;
}

/**
 * The floor: a Next app with nothing in it but `pages` empty pages (a title and a paragraph), built
 * as the export builds (static export, every core). Written in `dir`, which must be inside the
 * project so that Next finds its node_modules.
 */
export function generateEmptyNextApp(dir: string, pages: number): void {
  // Files only: .next/cache stays, so that the app compiles once per run.
  const write = writer(dir);
  write('package.json', '{ "private": true }\n');
  write(
    'next.config.js',
    "module.exports = { output: 'export', trailingSlash: true, images: { unoptimized: true }, experimental: { cpus: require('node:os').availableParallelism() } };\n",
  );
  write('app/layout.js', "export default function Layout({ children }) {\n  return (<html lang=\"en\"><body>{children}</body></html>);\n}\n");
  write(
    'app/[slug]/page.js',
    `export function generateStaticParams() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ slug: \`page-\${i}\` }));\n}\nexport const dynamicParams = false;\nexport default async function Page({ params }) {\n  const { slug } = await params;\n  return (<main><h1>{slug}</h1><p>An empty page.</p></main>);\n}\n`,
  );
}
