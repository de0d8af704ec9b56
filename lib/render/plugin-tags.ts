// Liquid that Jekyll runs through plugins: the tags real pages use, built in (jekyll-gist's
// `{% gist %}` as a link: the site loads no scripts from other sites), and a stand-in for every
// other tag or filter a page uses that this site does not know, so that the rest of the page is
// made, as it would be with the plugin, and the owner is told which tag was not run.
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type Context, type Emitter, type Liquid, type Parser, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs';

/** Where a page's Liquid records what it could not run, for the warnings. */
export const UNKNOWN = '_liquid_unknown';

/** A tag or filter a page used that this site does not know: where, and what was done instead. */
export interface UnknownLiquid {
  /** a plugin's tag, block or filter; an `include_relative` whose file is not there; a cited key no .bib has */
  kind: 'tag' | 'block' | 'filter' | 'missing-file' | 'missing-reference';
  name: string;
  /** the include it is in (its name under _includes/), or undefined for the page itself */
  include: string | undefined;
  line: number | undefined;
}

function record(ctx: Context, item: UnknownLiquid): void {
  const list: unknown = ctx.getSync([UNKNOWN]);
  if (Array.isArray(list)) list.push(item);
}

/** Records what a tag could not do (a missing file, a missing reference), for a warning with its line. */
export function recordUnrun(ctx: Context, token: TagToken, kind: UnknownLiquid['kind'], name: string): void {
  record(ctx, { kind, name, ...where(token) });
}

const where = (token: TagToken) => {
  const [line] = token.getPosition();
  return { include: typeof token.file === 'string' && token.file !== '' ? token.file.replace(/^\/_includes\//, '') : undefined, line };
};

/** jekyll-gist's `{% gist user/id [file] %}`: a link to the gist (its embed is a script from GitHub). */
export class GistTag extends Tag {
  private readonly gist: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.gist = (token.args.trim().split(/\s+/)[0] ?? '').replace(/^["']|["']$/g, '');
  }
  render(): string {
    return toHtml(h('p', { className: ['gist'] }, [h('a', { href: `https://gist.github.com/${this.gist}` }, `Gist ${this.gist}`)]));
  }
}

/** The templates of a block tag up to its `{% end<name> %}`. */
function blockTemplates(name: string, token: TagToken, remainTokens: TopLevelToken[], parser: Parser): Template[] {
  const templates: Template[] = [];
  let closed = false;
  parser
    .parseStream(remainTokens)
    .on('template', (template: Template) => templates.push(template))
    .on(`tag:end${name}`, function (this: { stop(): void }) {
      closed = true;
      this.stop();
    })
    .start();
  if (!closed) throw new Error(`tag ${token.getText()} not closed`);
  return templates;
}

/** A tag's first argument, which may be Liquid output with spaces inside (`{{ page.image }}`), quotes taken off. */
const firstArgument = (args: string): string => {
  const match = /^\s*(?:(\S*\{\{.*?\}\}\S*)|"([^"]*)"|'([^']*)'|(\S+))/.exec(args);
  return match === null ? '' : (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
};

/** A tag's words, quotes taken off: `{% tab log "Tab 1" %}` -> ["log", "Tab 1"]. */
const words = (args: string): string[] => [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

/**
 * A block whose content is markdown, shown inside an HTML element, as the plugins do it: the
 * content rendered to HTML here (a page's Liquid output is markdown, whose HTML blocks would
 * otherwise swallow it), the whole on lines of its own.
 */
function wrappingBlock(name: string, open: (args: string) => string, close: string, markdownify: (markdown: string) => string) {
  return class extends Tag {
    private readonly templates: Template[];
    private readonly args: string;
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid);
      this.args = token.args;
      this.templates = blockTemplates(name, token, remainTokens, parser);
    }
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const inner: unknown = yield this.liquid.renderer.renderTemplates(this.templates, ctx);
      // A block inside another (a tab in tabs) is HTML already, which markdown keeps as it is.
      return `\n\n${open(this.args)}${markdownify(String(inner).replace(/^[ \t]+</gm, '<'))}${close}\n\n`;
    }
  };
}

const summary = (text: string) => toHtml(h('summary', text));

/**
 * jekyll-details (al-folio): `{% details Summary %}…{% enddetails %}` is a <details>; jekyll-tabs:
 * `{% tabs group %}` with `{% tab group Title %}…{% endtab %}` inside. Tabs need JavaScript; here
 * each is a <details> of its own, all open, readable without it.
 */
export function markdownBlocks(markdownify: (markdown: string) => string) {
  return {
    DetailsTag: wrappingBlock('details', (args) => `<details>${summary(args.trim().replace(/^["']|["']$/g, ''))}`, '</details>', markdownify),
    TabsTag: wrappingBlock('tabs', () => '<div class="tabs">', '</div>', (html) => html),
    TabTag: wrappingBlock('tab', (args) => `<details class="tab" open>${summary(words(args).slice(1).join(' '))}`, '</details>', markdownify),
  };
}

/** jekyll-twitter-plugin's `{% twitter URL %}`: the post quoted as a link (its embed is a script from X). */
export class TwitterTag extends Tag {
  private readonly url: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.url = words(token.args).find((word) => /^https?:\/\//i.test(word)) ?? '';
  }
  render(): string {
    if (this.url === '') return '';
    const author = /(?:twitter|x)\.com\/([^/?#]+)/i.exec(this.url)?.[1];
    return toHtml(h('blockquote', { className: ['tweet'] }, [h('p', [h('a', { href: this.url }, author === undefined ? this.url : `A post by @${author}`)])]));
  }
}

/**
 * A tag's arguments with the Liquid output in them rendered first, as jekyll-scholar and the path
 * tags render theirs (`-f {{ site.scholar.bibliography }}`, `{% file_exists {{ page.image }} %}`).
 */
export function* liquidArguments(liquid: Liquid, args: string, ctx: Context): Generator<unknown, string, unknown> {
  if (!args.includes('{{')) return args;
  const rendered: unknown = yield liquid.renderer.renderTemplates(liquid.parse(args), ctx);
  return String(rendered);
}

/** A tag whose argument is a path, which may be Liquid output (`{{ page.image }}`). */
abstract class PathTag extends Tag {
  private readonly file: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.file = firstArgument(token.args);
  }
  protected *path(ctx: Context): Generator<unknown, string, unknown> {
    return (yield* liquidArguments(this.liquid, this.file, ctx)).trim();
  }
}

/** al-folio's `{% file_exists path %}`: "true" or "false", for whether the site has the file. */
export function fileExistsTag(exists: (sitePath: string) => boolean) {
  return class extends PathTag {
    *render(ctx: Context): Generator<unknown, string, unknown> {
      const sitePath = `/${(yield* this.path(ctx)).replace(/^\/+/, '')}`;
      return exists(sitePath) ? 'true' : 'false';
    }
  };
}

/** Where a page's Liquid finds the file the page was read from (for `include_relative`). */
export const SOURCE_FILE = '_source_file';

/**
 * Jekyll's `{% include_relative file.md %}`: a file beside the page's own, its Liquid run in the
 * page's scope. `read` finds it (or returns null: a warning, and nothing in its place, where Jekyll
 * would stop). A path that climbs out (`..`) is refused, as Jekyll refuses it.
 */
export function includeRelativeTag(read: (sourceFile: string, name: string) => string | null) {
  return class extends PathTag {
    *render(ctx: Context): Generator<unknown, unknown, unknown> {
      const name = yield* this.path(ctx);
      const source: unknown = ctx.getSync([SOURCE_FILE]);
      const text = typeof source === 'string' && name !== '' && !/\.\.|^[/\\]/.test(name) ? read(source, name) : null;
      if (text === null) {
        recordUnrun(ctx, this.token, 'missing-file', name);
        return '';
      }
      standInsFor(this.liquid, text);
      return yield this.liquid.renderer.renderTemplates(this.liquid.parse(text), ctx);
    }
  };
}

/** A tag this site does not know: nothing in its place, and a warning. */
function unknownTag(name: string) {
  return class extends Tag {
    render(ctx: Context): string {
      record(ctx, { kind: 'tag', name, ...where(this.token) });
      return '';
    }
  };
}

/** A block tag this site does not know (its `{% end... %}` is in the page): its content as it is, and a warning. */
function unknownBlock(name: string) {
  return class extends Tag {
    private readonly templates: Template[];
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid);
      this.templates = blockTemplates(name, token, remainTokens, parser);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      record(ctx, { kind: 'block', name, ...where(this.token) });
      yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
    }
  };
}

/** Names the markup of a text uses, as tags (`{% name`) and as filters (`| name`). */
function namesIn(text: string): { tags: Set<string>; filters: Set<string> } {
  const tags = new Set<string>();
  const filters = new Set<string>();
  for (const match of text.matchAll(/\{\{([\s\S]*?)\}\}|\{%-?\s*([A-Za-z_][\w-]*)([\s\S]*?)%\}/g)) {
    const [, output, tag, markup] = match;
    if (tag !== undefined) tags.add(tag);
    for (const filter of (output ?? markup ?? '').matchAll(/\|\s*([A-Za-z_][\w-]*)/g)) if (filter[1] !== undefined) filters.add(filter[1]);
  }
  return { tags, filters };
}

/** Words of Liquid's own block syntax, which are not tags of their own. */
const SYNTAX = /^(?:else|elsif|when|end\w*)$/;

/**
 * Gives the engine a stand-in for every tag and filter of a text it does not know: a tag renders
 * nothing (a block tag, its content), a filter passes its value through, as Jekyll would with the
 * plugin's output missing; each use is recorded (see UNKNOWN) for a warning.
 */
export function standInsFor(engine: Liquid, text: string): void {
  const { tags, filters } = namesIn(text);
  for (const name of tags) {
    if (name in engine.tags || SYNTAX.test(name)) continue;
    const block = new RegExp(`\\{%-?\\s*end${name}\\b`).test(text);
    engine.registerTag(name, block ? unknownBlock(name) : unknownTag(name));
  }
  for (const name of filters) {
    if (name in engine.filters) continue;
    engine.registerFilter(name, function (this: { context: Context }, input: unknown) {
      record(this.context, { kind: 'filter', name, include: undefined, line: undefined });
      return input;
    });
  }
}
