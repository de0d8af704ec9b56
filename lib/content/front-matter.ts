// Reads an academicpages-style page: YAML front matter (validated) and a markdown body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { PageSource } from '../model';
import { ContentError, describeValue } from './error';
import { pageMetaSchema } from './schemas';
import { isRecord, parseYaml, validateYaml, type YamlSource } from './yaml';

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

/** Splits a file's text into front matter between "---" lines at the top (parsed) and the body. */
export function splitFrontMatter(text: string, name: string): FrontMatterText {
  const opening = OPENING.exec(text);
  if (!opening) {
    throw new ContentError({
      file: name,
      line: 1,
      expected: 'YAML front matter between two "---" lines at the top of the file',
      found: text.trim() === '' ? 'an empty file' : 'none',
    });
  }
  if (!CLOSING.test(text.slice(opening[0].length - 1))) {
    throw new ContentError({
      file: name,
      line: 1,
      expected: 'front matter between two "---" lines',
      found: 'the front matter that starts on line 1 is never closed with `---`',
      fix: 'Add a line with just `---` after the last front matter line, before the text of the page',
    });
  }
  // gray-matter finds the fences; the YAML between them is parsed here, keeping its lines.
  // (Its `matter` starts with the newline after the opening "---", so its line 1 is the file's.)
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const yaml = parseYaml(parsed.matter, name, 1);
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

/** Reads a page's text: front matter between "---" lines at the top, then the body. */
export function parsePage(text: string, name: string, defaults: Readonly<Record<string, unknown>> = {}): PageSource {
  const { yaml, body, bodyLine } = splitFrontMatter(text, name);
  const matter = withDefaults(yaml, defaults);
  const meta = validateYaml(pageMetaSchema, matter, name);
  return { file: name, meta, data: frontMatterData(matter), body, bodyLine, lineOf: yaml.lineOf, format: /\.html?$/i.test(name) ? 'html' : 'markdown' };
}

/** Reads a markdown page from its file. */
export function readPage(file: string, defaults: Readonly<Record<string, unknown>> = {}): PageSource {
  const name = displayName(file);
  return parsePage(readText(file, name, 'a page with front matter'), name, defaults);
}

/** The home page is `profile.md` in the content folder, and it lives at `/`. */
export function readHomePage(contentDir: string, defaults: Readonly<Record<string, unknown>> = {}): PageSource {
  const page = readPage(path.join(contentDir, 'profile.md'), defaults);
  if (page.meta.permalink !== '/') {
    throw new ContentError({
      file: page.file,
      line: page.lineOf(['permalink']),
      field: 'permalink',
      expected: '"/" (profile.md is the home page)',
      found: describeValue(page.meta.permalink),
    });
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
