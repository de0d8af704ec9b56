// The site's vocabulary, shared by every stage: a page as read (PageSource, ItemSource), and a page
// as rendered (Page: its body split into bio and sections, what an item's page shows besides).
// The front matter types come from the zod schemas that validate them (lib/content/schemas.ts), so
// what was validated stays typed from the file to the components. Types only: no code runs here.
import type { BibEntry } from './content/bibliography';
import type { Generated } from './content/generated-pages';
import type { Warning } from './content/problems';
import type { ItemMeta, PageMeta } from './content/schemas';
import type { YamlSource } from './content/yaml';

export type { BibEntry, ItemMeta, PageMeta };

/** A page read from its file: validated front matter and the text after it. */
export interface PageSource<Meta extends PageMeta = PageMeta> {
  /** the file's name relative to the project, as messages show it */
  file: string;
  /** the front matter as this site reads it: validated, typed */
  meta: Meta;
  /** the front matter as written (with site.yml's `defaults:`), which is what Liquid's `page` sees */
  data: Readonly<Record<string, unknown>>;
  /** the text after the front matter */
  body: string;
  /** the line of the file on which the body starts */
  bodyLine: number;
  /** the line of a front matter field */
  lineOf: YamlSource['lineOf'];
  /** markdown (.md, .markdown; the default) or HTML (.html), as Jekyll tells them apart */
  format?: 'markdown' | 'html';
  /** other paths the page is also served at (`/lab/index.html` for a page at `/lab/`) */
  aliases?: string[];
  /** where the page goes when its own permalink is another page's (where Jekyll would put it without one) */
  defaultPermalink?: string;
  /** set for a page a plugin makes: a paginated list's page, an archive (content/generated-pages.ts) */
  generated?: Generated;
}

/** A collection item: a page of the site (when its collection has output) plus what Jekyll knows. */
export interface ItemSource extends PageSource<ItemMeta> {
  collection: string;
  /** Jekyll's relative path: `_publications/2024-paper.md` */
  relativePath: string;
  /** the file name without its extension (and without the date, for posts) */
  slug: string;
  /** from front matter `date`, else from a post's file name; null when neither has one */
  date: Date | null;
  /** whether the item has a page of its own */
  output: boolean;
}

export type SectionKind = 'experience' | 'news' | 'generic';

export interface NewsDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, for `<time datetime>` */
  iso: string;
  /** the date as the author wrote it */
  text: string;
}

/** One entry of a work experience or news list. */
export interface Item {
  /** sanitised HTML of the item's content (without the <li>); a news date is a <time> in it */
  html: string;
  /** the item as plain text */
  text: string;
  /** line in the source file */
  line: number | undefined;
  date: NewsDate | null;
}

export type Block = { type: 'html'; html: string } | { type: 'list'; ordered: boolean; start: number | null; items: Item[] };

export interface Section {
  kind: SectionKind;
  /** fragment id, from the heading's text */
  id: string;
  heading: { text: string; html: string };
  blocks: Block[];
}

/** A page's rendered body: the text before its first heading, then one section per heading. */
export interface PageBody {
  /** sanitised HTML of what comes before the first heading, or null when there is nothing */
  bio: string | null;
  sections: Section[];
  /** things the owner should know about (undated news items); printed by the build */
  warnings: Warning[];
}

/** What a BibTeX entry's own page shows besides its title. */
export interface PaperInfo {
  key: string;
  /** sanitised HTML: the authors with the owner emphasised */
  authors: string;
  abbr?: string;
  award?: string;
  /** sanitised HTML */
  abstract?: string;
  links: { label: string; href: string }[];
  bibtex: string;
  /** the year, for the venue line */
  year: number | null;
}

/** What a collection item's page shows besides its body: its front matter, ready to show. */
export interface ItemInfo {
  collection: string;
  /** `YYYY-MM-DD`, or null for an undated item */
  date: string | null;
  venue?: string;
  location?: string;
  type?: string;
  category?: string;
  /** http(s) URLs or site paths, as written */
  paperurl?: string;
  slidesurl?: string;
  bibtexurl?: string;
  /** the recommended citation, sanitised HTML */
  citation?: string;
  /** the authors, when the front matter lists them */
  authors: string[];
  tags: string[];
  /** the excerpt as sanitised HTML (front matter `excerpt`, else the first paragraph) */
  excerpt: string;
  /** the date as Google Scholar reads it (`1843/08`), when it is not a whole day */
  publicationDate?: string;
  /** set for a BibTeX entry's own page */
  paper?: PaperInfo;
}

/** A page of the site (the home page, a page of content/pages/, an item or a paper), rendered. */
export interface Page extends PageBody {
  file: string;
  meta: PageMeta;
  /** other paths the page answers at */
  aliases: string[];
  /** an HTML page's body is one block of HTML, not split into sections */
  format: 'markdown' | 'html';
  /** how many formulas were typeset; the page loads KaTeX's stylesheet when there are any */
  math: number;
  /** how many code blocks were coloured; the page loads /highlight.css when there are any */
  code?: number;
  /** how many of its BibTeX entries have a venue badge in a colour of venues.yml (in /highlight.css too) */
  venues?: number;
  /** set for a collection item's page */
  item: ItemInfo | null;
  /** the BibTeX entries the page lists (each gets JSON-LD) */
  entries: BibEntry[];
  /** al-folio's `subtitle:` under the page's title, sanitised HTML */
  subtitle?: string;
}
