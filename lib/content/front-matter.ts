// Reads an academicpages-style page: YAML front matter (validated) and a markdown body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { ContentError, describeValue } from './error';
import { parseYaml, validateYaml, type YamlSource } from './yaml';

const SITE_PATH = 'a site path starting with "/" (no spaces, "?" or "#")';
const sitePath = z.string({ error: SITE_PATH }).regex(/^\/[^\s?#]*$/, { error: SITE_PATH });

/** Front matter keys this site acts on; academicpages' other keys are kept and ignored. */
export const pageMetaSchema = z.looseObject(
  {
    permalink: sitePath,
    title: z
      .string({ error: 'a text (or "" to use the site title)' })
      .nullish()
      .transform((title) => title ?? ''),
    author_profile: z
      .boolean({ error: 'true or false' })
      .nullish()
      .transform((show) => show ?? true),
    // jekyll-redirect-from accepts one path as well as a list of them.
    redirect_from: z.preprocess(
      (value) => (typeof value === 'string' ? [value] : (value ?? [])),
      z.array(sitePath, { error: `a list of paths, each ${SITE_PATH}` }),
    ),
  },
  { error: 'front matter as "key: value" lines (permalink, title, author_profile, redirect_from)' },
);

export type PageMeta = z.output<typeof pageMetaSchema>;

/** A page read from its file: validated front matter and the markdown after it. */
export interface PageSource {
  /** the file's name relative to the project, as messages show it */
  file: string;
  meta: PageMeta;
  /** the markdown after the front matter */
  body: string;
  /** the line of the file on which the body starts */
  bodyLine: number;
  /** the line of a front matter field */
  lineOf: YamlSource['lineOf'];
  /** markdown (.md, .markdown; the default) or HTML (.html), as Jekyll tells them apart */
  format?: 'markdown' | 'html';
  /** other paths the page is also served at (`/lab/index.html` for a page at `/lab/`) */
  aliases?: string[];
}

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
  const own = yaml.data !== null && typeof yaml.data === 'object' && !Array.isArray(yaml.data) ? yaml.data : yaml.data == null ? {} : null;
  return own === null ? yaml : { ...yaml, data: { ...defaults, ...own } };
}

/** Reads a page's text: front matter between "---" lines at the top, then the body. */
export function parsePage(text: string, name: string, defaults: Readonly<Record<string, unknown>> = {}): PageSource {
  const { yaml, body, bodyLine } = splitFrontMatter(text, name);
  const meta = validateYaml(pageMetaSchema, withDefaults(yaml, defaults), name);
  return { file: name, meta, body, bodyLine, lineOf: yaml.lineOf, format: /\.html?$/i.test(name) ? 'html' : 'markdown' };
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
