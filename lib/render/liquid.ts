// Liquid, run as Jekyll runs it (LiquidJS in its Jekyll mode): on every page and collection item
// before markdown, with Jekyll's `site` and `page`, Jekyll's filters, academicpages' stock includes
// built in (lib/render/includes.ts) and the owner's own from content/_includes/. Nothing else on
// disk or on the network is reachable, and parse, render-time and memory limits stop a template
// that would hang or blow up the build.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type Context, type FS, Liquid, LiquidError, Tag, type TagToken, type TopLevelToken, TypeGuards, toValue } from 'liquidjs';
import type { BibEntry } from '../content/bibliography';
import { ContentError } from '../content/error';
import { displayName } from '../content/front-matter';
import { isRecord } from '../content/yaml';
import { relativeUrl } from '../content/routes';
import { type BibliographyOptions, bibliographyHtml, citeText, parseBibliographyArguments, selectEntries } from './bibliography';
import { builtInInclude } from './includes';
import { LiquidTagError, adviceFor, liquidErrorCode } from './liquid-errors';
import { smartify } from './smartify';
import { GistTag, TwitterTag, fileExistsTag, includeRelativeTag, liquidArguments, markdownBlocks, recordUnrun, standInsFor } from './plugin-tags';

/** Where the site lives, for `relative_url`, `absolute_url` and `base_path`. */
export interface LiquidLinks {
  /** scheme and host of the site, e.g. https://user.github.io */
  origin: string;
  /** the site's base path, "" or e.g. "/repo" */
  basePath: string;
}

export interface LiquidOptions extends LiquidLinks {
  /** content/_includes, or null when the site has none */
  includesDir: string | null;
  /** the site's language, for month and day names */
  locale: string;
  /** markdown to safe HTML, for `markdownify` */
  markdownify: (markdown: string) => string;
  /** the interface texts and date format the built-in includes use */
  ui: Readonly<Record<string, string>>;
  /** content/bibliography, for jekyll-scholar's tags */
  bibliography?: LiquidBibliography;
  /** the site's documents, for `{% link %}` and `{% post_url %}` */
  documents?: LiquidDocuments;
  /** whether the site has a file at a site path, for al-folio's `{% file_exists %}` */
  fileExists?: (sitePath: string) => boolean;
  /** the text of a file beside a page's (`include_relative`), or null when there is none */
  readRelative?: (sourceFile: string, name: string) => string | null;
  /** tighter limits than LIQUID_LIMITS (a test of a runaway template need not wait 5 s) */
  limits?: Partial<typeof LIQUID_LIMITS>;
}

export interface LiquidDocuments {
  /** Jekyll's relative paths (`_posts/2024-01-01-x.md`, `_pages/cv.md`, `files/cv.pdf`) -> URL */
  byPath: ReadonlyMap<string, string>;
  /** post names (`2024-01-01-x`, also with their folder) -> URL */
  posts: ReadonlyMap<string, string>;
}

/**
 * Jekyll's `{% link path %}` and `{% post_url name %}`: the URL of a document of the site, as
 * github-pages' Jekyll writes it (without the base path: write `{{ base_path }}` before it).
 * A path or post that does not exist stops the check, as it stops Jekyll.
 */
function documentTags(documents: LiquidDocuments) {
  const argument = (token: TagToken) => token.args.trim().replace(/^(["'])(.*)\1$/, '$2');
  class LinkTag extends Tag {
    private readonly target: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.target = argument(token).replace(/^\/+/, '');
    }
    render(): string {
      const url = documents.byPath.get(this.target);
      if (url === undefined) throw new LiquidTagError('document-missing', `no document of the site at ${JSON.stringify(this.target)} for {% link %}`);
      return url;
    }
  }
  class PostUrlTag extends Tag {
    private readonly post: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.post = argument(token).replace(/\.(?:md|markdown|html)$/i, '');
    }
    render(): string {
      const url = documents.posts.get(this.post);
      if (url === undefined) throw new LiquidTagError('document-missing', `no post named ${JSON.stringify(this.post)} for {% post_url %}`);
      return url;
    }
  }
  return { LinkTag, PostUrlTag };
}

export interface LiquidBibliography {
  files: ReadonlyMap<string, readonly BibEntry[]>;
  /** what `{% cite %}` finds: the bibliography the site names (and files its pages list) */
  citable: readonly BibEntry[];
  /** the file `{% bibliography %}` lists without --file (al-folio's papers.bib) */
  defaultFile: string;
  options: BibliographyOptions;
  /** the page that lists the bibliography, where `{% cite %}` links to; null when none does */
  listPage: string | null;
}

/** Where a page's Liquid records the BibTeX entries it shows (for their JSON-LD). */
export const SHOWN_ENTRIES = '_bibliography_shown';

function recordShown(ctx: Context, entries: readonly BibEntry[]): void {
  const shown: unknown = ctx.getSync([SHOWN_ENTRIES]);
  if (Array.isArray(shown)) shown.push(...entries);
}

/** jekyll-scholar's `{% bibliography [--file F] [--query Q] [--group_by none] %}` and `{% cite KEY %}`. */
function bibliographyTags(bibliography: LiquidBibliography) {
  const fileOf = (name: string): readonly BibEntry[] => {
    const entries = bibliography.files.get(name);
    if (entries === undefined) {
      const known = [...bibliography.files.keys()].map((file) => `${file}.bib`).join(', ') || 'none';
      throw new LiquidTagError('bibtex-missing', `no BibTeX file content/bibliography/${name}.bib (there is: ${known})`);
    }
    return entries;
  };
  class BibliographyTag extends Tag {
    private readonly args: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.args = token.args;
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      // jekyll-scholar runs Liquid in its arguments: al-folio writes `-f {{ site.scholar.bibliography }} -q @*[year={{y}}]*`.
      const args = yield* liquidArguments(this.liquid, this.args, ctx);
      const query = parseBibliographyArguments(args, bibliography.defaultFile);
      const entries = selectEntries(fileOf(query.file), query);
      recordShown(ctx, entries);
      return bibliographyHtml(entries, query.groupBy, bibliography.options);
    }
  }
  class CiteTag extends Tag {
    private readonly args: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.args = token.args;
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const keys = (yield* liquidArguments(this.liquid, this.args, ctx)).split(/[\s,]+/).filter((word) => word !== '' && !word.startsWith('-'));
      return keys
        .map((key) => {
          const entry = bibliography.citable.find((candidate) => candidate.key === key);
          if (entry === undefined) return missingReference(ctx, this.token, key);
          const target = bibliography.listPage ?? (bibliography.options.pages ? (entry.page ?? '') : '');
          const href = `${target === '' ? '' : `${bibliography.options.basePath}${target}`}#${encodeURIComponent(key)}`;
          return toHtml(h('a', { className: ['citation'], href }, citeText(entry)));
        })
        .join(', ');
    }
  }
  /** jekyll-scholar's `{% reference key %}`: the entry itself, as the bibliography shows it. */
  class ReferenceTag extends Tag {
    private readonly args: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid);
      this.args = token.args;
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const key = (yield* liquidArguments(this.liquid, this.args, ctx)).trim().split(/\s+/)[0] ?? '';
      const entry = [...bibliography.files.values()].flat().find((candidate) => candidate.key === key);
      if (entry === undefined) return missingReference(ctx, this.token, key);
      recordShown(ctx, [entry]);
      return bibliographyHtml([entry], 'none', bibliography.options);
    }
  }
  return { BibliographyTag, CiteTag, ReferenceTag };
}

/** A key no .bib file has: jekyll-scholar's "(missing reference)" in its place, and a warning. */
function missingReference(ctx: Context, token: TagToken, key: string): string {
  recordUnrun(ctx, token, 'missing-reference', key);
  return '(missing reference)';
}

/** Limits: a page's template size, its render time, and the bytes it may allocate. */
export const LIQUID_LIMITS = { parseLimit: 1_000_000, renderLimit: 5_000, memoryLimit: 50_000_000 };

const INCLUDES_ROOT = '/_includes';

/** The values of `field` in an item: a list field (tags) gives each of its words. */
function fieldValues(item: unknown, field: string): string[] {
  if (!isRecord(item)) return [];
  const value = item[field];
  if (Array.isArray(value)) return value.map(String);
  return value == null || value === '' ? [] : [String(value)];
}

function groupNames(items: unknown, field: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const names = new Set(items.flatMap((item) => fieldValues(item, String(field))));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** A filter's input as a value (a drop's own value, anything else as it is). */
function plain(input: unknown): unknown {
  const value: unknown = toValue(input);
  return value;
}

/** A JSON value for `jsonify`: dates as ISO text, as Jekyll writes them. */
function jsonify(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) => (inner instanceof Date ? inner.toISOString() : inner)) ?? 'null';
}

/** An in-memory file system for `include`: the owner's content/_includes/, then the built-in ones. */
function includeFs(includesDir: string | null): FS {
  const ownFile = (file: string): string | null => {
    if (includesDir === null || !file.startsWith(`${INCLUDES_ROOT}/`)) return null;
    const name = file.slice(INCLUDES_ROOT.length + 1);
    const full = path.resolve(includesDir, name);
    if (!full.startsWith(`${includesDir}${path.sep}`) || !existsSync(/* turbopackIgnore: true */ full)) return null;
    // A symbolic link out of the folder is not followed.
    const real = realpathSync(/* turbopackIgnore: true */ full);
    return real.startsWith(`${realpathSync(/* turbopackIgnore: true */ includesDir)}${path.sep}`) ? real : null;
  };
  const builtIn = (file: string) => (file.startsWith(`${INCLUDES_ROOT}/`) ? builtInInclude(file.slice(INCLUDES_ROOT.length + 1)) : undefined);
  const existsSync_ = (file: string) => ownFile(file) !== null || builtIn(file) !== undefined;
  const readFileSync_ = (file: string) => {
    const own = ownFile(file);
    if (own !== null) return readFileSync(/* turbopackIgnore: true */ own, 'utf8');
    const stock = builtIn(file);
    if (stock !== undefined) return stock;
    throw new LiquidTagError('include-missing', `no include ${file}`);
  };
  return {
    exists: async (file) => existsSync_(file),
    existsSync: existsSync_,
    readFile: async (file) => readFileSync_(file),
    readFileSync: readFileSync_,
    // Names are taken as written under _includes/; ".." cannot leave it.
    resolve: (_dir, file) => `${INCLUDES_ROOT}/${path.posix.normalize(`/${file}`).slice(1)}`,
    contains: async () => true,
    containsSync: () => true,
  };
}

/**
 * Jekyll's `{% highlight lang %}…{% endhighlight %}`: the code as written, in a <pre><code> with
 * its language (no colours: this site ships no highlighter). Its text is not Liquid.
 */
class HighlightTag extends Tag {
  private readonly language: string;
  private readonly code: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.language = (token.args.trim().split(/\s+/)[0] ?? '').replace(/[^\w+#.-]/g, '');
    const parts: string[] = [];
    for (let next = remainTokens.shift(); next !== undefined; next = remainTokens.shift()) {
      if (TypeGuards.isTagToken(next) && next.name === 'endhighlight') {
        this.code = parts.join('').replace(/^\r?\n/, '').replace(/\s+$/, '');
        return;
      }
      parts.push(next.getText());
    }
    throw new LiquidTagError('syntax', `tag ${token.getText()} not closed`);
  }

  render(): string {
    return toHtml(h('pre', [h('code', { className: this.language === '' ? undefined : [`language-${this.language}`] }, this.code)]));
  }
}

/** Jekyll's filters that LiquidJS lacks or has otherwise, and al-folio's, on an engine. */
function jekyllFilters(engine: Liquid, options: LiquidOptions): void {
  // Each gets its input as a value: Liquid's `nil`, `empty` and `blank` reach a filter as drops.
  const filter = (name: string, apply: (input: unknown, ...args: unknown[]) => unknown) => engine.registerFilter(name, (input: unknown, ...args: unknown[]) => apply(plain(input), ...args));
  filter('relative_url', (input) => relativeUrl(input, options.basePath));
  filter('absolute_url', (value) => {
    if (value == null) return '';
    const relative = relativeUrl(value, options.basePath);
    return relative === '' || (relative.startsWith('/') && !relative.startsWith('//')) ? `${options.origin}${relative}` : relative;
  });
  // Ruby's integer division when both numbers are integers ("3 min read", not "3.27 min read").
  // Registered as it is: Number() of a drop is NaN, which keeps `nil | divided_by` out of the numbers.
  engine.registerFilter('divided_by', (dividend: unknown, divisor: unknown) => {
    const a = Number(dividend);
    const b = Number(divisor);
    return Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
  });
  filter('markdownify', (value) => (value == null ? '' : options.markdownify(String(value))));
  filter('jsonify', jsonify);
  filter('inspect', jsonify);
  filter('smartify', (value) => (value == null ? '' : smartify(String(value))));
  filter('to_integer', (input) => {
    const number = Number.parseInt(String(input), 10);
    return Number.isNaN(number) ? 0 : number;
  });
  const longDate = new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeZone: 'UTC' });
  // A date in the site's language ("March 5, 2024", "5 mars 2024", "2024年3月5日").
  filter('local_date', (input) => {
    const date = input instanceof Date ? input : typeof input === 'string' || typeof input === 'number' ? new Date(input) : null;
    return date === null || Number.isNaN(date.getTime()) ? '' : longDate.format(date);
  });
  // Jekyll's groups carry their size; LiquidJS's have only name and items.
  filter('group_by', (items, property) => {
    if (!Array.isArray(items)) return [];
    const groups = new Map<string, unknown[]>();
    for (const item of items) {
      const value = isRecord(item) ? item[String(property)] : undefined;
      const name = value == null ? '' : value instanceof Date ? value.toISOString() : String(value);
      groups.set(name, [...(groups.get(name) ?? []), item]);
    }
    return [...groups].map(([name, members]) => ({ name, items: members, size: members.length }));
  });
  filter('group_names_by', groupNames);
  filter('group_items_by', (items, field) => {
    if (!Array.isArray(items)) return [];
    return groupNames(items, field).map((name) => items.filter((item) => fieldValues(item, String(field)).includes(name)));
  });
}

/** A Liquid engine for one site. */
export function createLiquid(options: LiquidOptions): Liquid {
  const engine = new Liquid({
    fs: includeFs(options.includesDir),
    root: [INCLUDES_ROOT],
    partials: [INCLUDES_ROOT],
    relativeReference: false,
    extname: '',
    jekyllInclude: true,
    jekyllWhere: true,
    // Jekyll's include names are written as they are (`{% include base_path %}`), not expressions.
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    // `{% if (a and b) or c %}`, which Ruby's lax parser takes: read as the author meant it.
    groupedExpressions: true,
    ownPropertyOnly: true,
    timezoneOffset: 0,
    locale: options.locale,
    cache: true,
    globals: { _base_path: options.basePath, base_path: options.basePath, _ui: options.ui },
    ...LIQUID_LIMITS,
    ...options.limits,
  });
  engine.registerTag('highlight', HighlightTag);
  engine.registerTag('gist', GistTag);
  const { DetailsTag, TabsTag, TabTag } = markdownBlocks(options.markdownify);
  engine.registerTag('details', DetailsTag);
  engine.registerTag('tabs', TabsTag);
  engine.registerTag('tab', TabTag);
  engine.registerTag('twitter', TwitterTag);
  engine.registerTag('file_exists', fileExistsTag(options.fileExists ?? (() => false)));
  engine.registerTag('include_relative', includeRelativeTag(options.readRelative ?? (() => null)));
  if (options.documents !== undefined) {
    const { LinkTag, PostUrlTag } = documentTags(options.documents);
    engine.registerTag('link', LinkTag);
    engine.registerTag('post_url', PostUrlTag);
  }
  if (options.bibliography !== undefined) {
    const { BibliographyTag, CiteTag, ReferenceTag } = bibliographyTags(options.bibliography);
    engine.registerTag('bibliography', BibliographyTag);
    engine.registerTag('cite', CiteTag);
    engine.registerTag('reference', ReferenceTag);
  }
  jekyllFilters(engine, options);
  // The owner's includes may use plugin tags too: they get their stand-ins before any page runs.
  for (const text of ownIncludes(options.includesDir)) standInsFor(engine, text);
  return engine;
}

export interface LiquidSource {
  /** the file as messages name it */
  file: string;
  /** the line of the file on which the template starts */
  firstLine: number;
  text: string;
}

/** The include a LiquidJS error happened in, as the owner would look for it. */
function includeName(file: string, includesDir: string | null): string {
  const name = file.startsWith(`${INCLUDES_ROOT}/`) ? file.slice(INCLUDES_ROOT.length + 1) : file;
  const own = includesDir === null ? null : path.join(includesDir, name);
  return own !== null && existsSync(/* turbopackIgnore: true */ own) ? displayName(own) : `the built-in include ${name}`;
}

/** The texts of the owner's includes. */
function ownIncludes(includesDir: string | null): string[] {
  if (includesDir === null || !existsSync(/* turbopackIgnore: true */ includesDir)) return [];
  return readdirSync(/* turbopackIgnore: true */ includesDir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(includesDir, name);
    return statSync(/* turbopackIgnore: true */ file).isFile() ? [readFileSync(/* turbopackIgnore: true */ file, 'utf8')] : [];
  });
}

/**
 * Runs a template (a tag or filter of a plugin this site does not have gets a stand-in, see
 * plugin-tags.ts); a Liquid mistake becomes a ContentError naming the file and line.
 */
export function renderLiquid(engine: Liquid, source: LiquidSource, scope: Record<string, unknown>, includesDir: string | null): string {
  standInsFor(engine, source.text);
  try {
    return engine.parseAndRenderSync(source.text, scope);
  } catch (error) {
    if (!(error instanceof LiquidError)) throw error;
    const [line = 1] = error.token?.getPosition() ?? [];
    const inInclude = typeof error.token?.file === 'string' && error.token.file.startsWith(INCLUDES_ROOT);
    const message = error.message.replace(/, (?:file:\S+, )?line:\d+, col:\d+$/, '');
    const advice = adviceFor(liquidErrorCode(error));
    throw new ContentError(
      {
        file: inInclude && error.token.file !== undefined ? includeName(error.token.file, includesDir) : source.file,
        line: inInclude ? line : source.firstLine + line - 1,
        expected: advice.expected,
        found: `Liquid that fails: ${message}`,
        fix: advice.advice,
      },
      { cause: error },
    );
  }
}

/** Whether a text holds any Liquid at all (most pages hold none and skip the engine). */
export const hasLiquid = (text: string): boolean => /\{[{%]/.test(text);
