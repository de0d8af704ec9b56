// Reads an academicpages-style page: YAML front matter (validated) and a markdown body.
// Plain JS so that next.config.js can read redirect_from through the same code as the pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { ContentError, describeValue } from './content-error.mjs';
import { parseYaml, validateYaml } from './yaml-source.mjs';

const SITE_PATH = 'a site path starting with "/" (no spaces, "?" or "#")';
const sitePath = z.string({ error: SITE_PATH }).regex(/^\/[^\s?#]*$/, { error: SITE_PATH });

/** Front matter keys this site acts on; academicpages' other keys are kept and ignored. */
export const pageMetaSchema = z.looseObject({
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
}, { error: 'front matter as "key: value" lines (permalink, title, author_profile, redirect_from)' });

/** @typedef {import('zod').output<typeof pageMetaSchema>} PageMeta */

/**
 * @typedef {object} PageSource
 * @property {string} file the file's name relative to the project, as messages show it
 * @property {PageMeta} meta validated front matter
 * @property {string} body the markdown after the front matter
 * @property {number} bodyLine the line of the file on which the body starts
 * @property {import('./yaml-source.mjs').YamlSource['lineOf']} lineOf the line of a front matter field
 */

/**
 * @param {string} file absolute path
 * @returns {string}
 */
export function displayName(file) {
  return path.relative(process.cwd(), file) || file;
}

/**
 * @param {string} file absolute path of a markdown page
 * @returns {PageSource}
 */
export function readPage(file) {
  const name = displayName(file);
  const text = readText(file, name, 'a markdown page with front matter');
  /** @type {import('./yaml-source.mjs').YamlSource | undefined} */
  let source;
  const parsed = matter(text, {
    engines: {
      yaml: (yaml) => {
        // gray-matter hands over the text after the opening "---", starting with its newline.
        source = parseYaml(yaml, name, 1);
        return {};
      },
    },
  });
  if (!source) {
    throw new ContentError({
      file: name,
      line: 1,
      expected: 'YAML front matter between two "---" lines at the top of the file',
      found: text.trim() === '' ? 'an empty file' : 'none',
    });
  }
  const meta = validateYaml(pageMetaSchema, source, name);
  const body = parsed.content;
  const bodyStart = text.endsWith(body) ? text.length - body.length : 0;
  return {
    file: name,
    meta,
    body,
    bodyLine: text.slice(0, bodyStart).split('\n').length,
    lineOf: source.lineOf,
  };
}

/**
 * The home page is `profile.md` in the content folder, and it lives at `/`.
 * @param {string} contentDir
 * @returns {PageSource}
 */
export function readHomePage(contentDir) {
  const page = readPage(path.join(contentDir, 'profile.md'));
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

/**
 * Reads a UTF-8 file, turning "no such file" into a ContentError.
 * @param {string} file absolute path
 * @param {string} name as messages show it
 * @param {string} expected what should be there
 * @returns {string}
 */
export function readText(file, name, expected) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new ContentError({ file: name, expected, found: 'no such file' });
    }
    throw error;
  }
}
