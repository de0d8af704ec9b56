// Reads an academicpages-style page: YAML front matter (validated) and a markdown body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { PageMeta, PageSource } from '../model';
import { ContentError, describeValue } from './error';
import type { Problems } from './problems';
import { SITE_PATH, SITE_PATH_EXPECTED, jekyllPath } from './routes';
import { pageFrontMatterSchema } from './schemas';
import { isRecord, parseYaml, validateLeniently, type YamlSource } from './yaml';

/** The files Jekyll renders as documents (pages and collection items): markdown and HTML. */
export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.html'];

/** A file's name as messages show it: relative to the folder the command runs in. */
export function displayName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** A file's front matter, parsed but not yet validated, and the body after it. */
export interface FrontMatterText {
  yaml: YamlSource;
  body: string;
  /** the line of the file on which the body starts */
  bodyLine: number;
}

/**
 * Splits a file's text into front matter between "---" lines at the top (parsed) and the body, or
 * null when Jekyll would see no front matter (none, or one never closed): Jekyll copies such a
 * file as it is instead of making a page of it. Front matter that even Jekyll's YAML reader
 * refuses is read as none, with a warning, as Jekyll does.
 */
export function splitFrontMatter(text: string, name: string, problems: Problems): FrontMatterText | null {
  const opening = OPENING.exec(text);
  if (!opening || !CLOSING.test(text.slice(opening[0].length - 1))) {
    const found = !opening ? (text.trim() === '' ? 'an empty file' : 'none') : 'front matter that starts on line 1 and is never closed with `---`';
    problems.warn({ file: name, line: 1, message: `expected front matter between two "---" lines at the top of the file, found ${found}; Jekyll copies such a file as it is rather than make a page of it, so it is left out` });
    return null;
  }
  // gray-matter finds the fences; the YAML between them is parsed here, keeping its lines.
  // (Its `matter` starts with the newline after the opening "---", so its line 1 is the file's.)
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  let yaml: YamlSource;
  try {
    // Windows line ends: gray-matter leaves the last line's "\r", which YAML would keep in its value.
    yaml = parseYaml(parsed.matter.replace(/\r\n?/g, '\n'), name, 1, problems);
    // Empty front matter (`---` twice, or comments only) is no keys, as Jekyll reads it.
    if (yaml.data == null) yaml = { ...yaml, data: {} };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.warn({ file: name, line: error.line, message: `front matter that Jekyll cannot read either, so the page is made without it, as Jekyll makes it (${error.message.slice(error.message.indexOf(': ') + 2)})` });
    yaml = { data: {}, lineOf: () => undefined };
  }
  const body = parsed.content;
  const bodyStart = text.endsWith(body) ? text.length - body.length : 0;
  return { yaml, body, bodyLine: text.slice(0, bodyStart).split('\n').length };
}

/** Front matter `defaults:` (as in Jekyll's _config.yml) apply under the file's own keys. */
export function withDefaults(yaml: YamlSource, defaults: Readonly<Record<string, unknown>>): YamlSource {
  if (Object.keys(defaults).length === 0) return yaml;
  const own = isRecord(yaml.data) ? yaml.data : yaml.data == null ? {} : null;
  return own === null ? yaml : { ...yaml, data: { ...defaults, ...own } };
}

/** The front matter as written, for Liquid: a mapping, or nothing. */
export const frontMatterData = (yaml: YamlSource): Record<string, unknown> => (isRecord(yaml.data) ? yaml.data : {});

/**
 * A permalink as Jekyll takes it: a written one without its leading "/" gets it, and characters a
 * path cannot hold are encoded (as Jekyll writes the file); one that is not a path of the site (an
 * address of another site, a "?" or "#" in it) is left out with a warning. Also the paths of
 * `redirect_from`.
 */
export function lenientPaths(yaml: YamlSource, name: string, problems: Problems): YamlSource {
  if (!isRecord(yaml.data)) return yaml;
  const data: Record<string, unknown> = { ...yaml.data };
  const fix = (value: unknown, field: string, path: PropertyKey[]): string | null | undefined => {
    if (typeof value !== 'string' || SITE_PATH.test(value)) return undefined;
    const fixed = jekyllPath(value);
    problems.warn({
      file: name,
      line: yaml.lineOf(path),
      message:
        fixed === null
          ? `\`${field}\`: expected ${SITE_PATH_EXPECTED}, found ${describeValue(value)}; left out`
          : `\`${field}\`: expected ${SITE_PATH_EXPECTED}, found ${describeValue(value)}; read as ${JSON.stringify(fixed)}, as Jekyll reads it`,
    });
    return fixed;
  };
  const permalink = fix(data.permalink, 'permalink', ['permalink']);
  if (permalink === null) delete data.permalink;
  else if (permalink !== undefined) data.permalink = permalink;
  const redirects = typeof data.redirect_from === 'string' ? [data.redirect_from] : data.redirect_from;
  if (Array.isArray(redirects)) {
    const fixed = redirects.flatMap((from: unknown, index) => {
      const path = fix(from, `redirect_from[${index}]`, ['redirect_from', index]);
      return path === undefined ? [from] : path === null ? [] : [path];
    });
    if (fixed.some((from, index) => from !== redirects[index]) || fixed.length !== redirects.length) data.redirect_from = fixed;
  }
  return { ...yaml, data };
}

/**
 * Reads a page's text: front matter between "---" lines at the top, then the body; null when it has
 * none (see splitFrontMatter).
 * @param permalink where the page is when its front matter says nothing (Jekyll's path of the file)
 */
export function parsePage(text: string, name: string, defaults: Readonly<Record<string, unknown>>, problems: Problems, permalink: string): PageSource | null {
  const split = splitFrontMatter(text, name, problems);
  if (split === null) return null;
  const { yaml, body, bodyLine } = split;
  const matter = withDefaults(yaml, defaults);
  const read = validateLeniently(pageFrontMatterSchema, lenientPaths(matter, name, problems), name, problems);
  if (read === null) return null;
  const meta: PageMeta = { ...read, permalink: read.permalink ?? permalink };
  return { file: name, meta, data: frontMatterData(matter), body, bodyLine, lineOf: yaml.lineOf, format: /\.html?$/i.test(name) ? 'html' : 'markdown', defaultPermalink: permalink };
}

/** Where Jekyll serves a page whose front matter names no permalink: its path, `.md` as `.html`. */
export function pathPermalink(relative: string): string {
  const url = `/${relative.split(path.sep).join('/').replace(/\.(?:md|markdown|html?)$/i, '.html')}`;
  return url.replace(/\/index\.html$/i, '/');
}

/** Reads a page from its file; null when it is not a page (see splitFrontMatter). */
export function readPage(file: string, relative: string, defaults: Readonly<Record<string, unknown>>, problems: Problems): PageSource | null {
  const name = displayName(file);
  return parsePage(readText(file, name, 'a page with front matter'), name, defaults, problems, pathPermalink(relative));
}

/** The home page is `profile.md` in the content folder, and it lives at `/`. */
export function readHomePage(contentDir: string, defaults: Readonly<Record<string, unknown>>, problems: Problems): PageSource | null {
  const page = readPage(path.join(contentDir, 'profile.md'), 'index.md', defaults, problems);
  if (page === null) {
    problems.error(new ContentError({ file: displayName(path.join(contentDir, 'profile.md')), line: 1, expected: 'the home page, with front matter (`permalink: /`) between two "---" lines at the top', found: 'none' }));
    return null;
  }
  if (page.meta.permalink !== '/') {
    problems.error(
      new ContentError({
        file: page.file,
        line: page.lineOf(['permalink']),
        field: 'permalink',
        expected: '"/" (profile.md is the home page)',
        found: describeValue(page.meta.permalink),
      }),
    );
    return null;
  }
  return page;
}

/** Reads a UTF-8 file, turning "no such file" into a ContentError. */
export function readText(file: string, name: string, expected: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new ContentError({ file: name, expected, found: 'no such file' });
    }
    throw error;
  }
}
