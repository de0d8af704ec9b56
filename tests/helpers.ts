import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayName, readHomePage } from '../lib/content/front-matter';
import { readAllPages } from '../lib/content/pages';
import { Problems, warningText } from '../lib/content/problems';
import { type Environment, loadSite } from '../lib/content/site';
import type { ItemSource, Page, PageSource } from '../lib/model';
import { itemSchema, pageMetaSchema } from '../lib/content/schemas';
import { nextRedirects, redirectsFor, trailingSlashRedirects } from '../lib/publish/redirects';
import { renderBody } from '../lib/render/pipeline';
import { renderPage } from '../lib/render/site-render';

/** Where a page on its own lives, for `relative_url` and `{{ base_path }}`. */
type Links = Parameters<typeof renderPage>[1];

/** A throwaway folder holding the given files (name -> text); returns its path. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A profile.md with the given front matter lines and body. */
export function page(frontMatter: string, body = ''): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/**
 * Runs a reader as the loader does, with every problem collected: all errors at once in a throw
 * (ContentErrors), else the value and the warnings as the build prints them (without "warning: ").
 */
export function withProblems<T>(read: (problems: Problems) => T): { value: T; warnings: string[] } {
  const problems = new Problems();
  const value = read(problems);
  problems.throwIfErrors();
  return { value, warnings: problems.sortedWarnings().map(warningText) };
}

/** A reader's value, its errors thrown all at once (see withProblems). */
export const strictly = <T>(read: (problems: Problems) => T): T => withProblems(read).value;

/** The home page of a content folder, read and rendered as the site does. */
export function loadHomePage(contentDir: string, links?: Links): Page {
  const home = strictly((problems) => readHomePage(contentDir, {}, problems));
  if (home === null) throw new Error(`${contentDir} has no home page`);
  return renderPage(home, links);
}

/** Every page of a content folder (the home page first), read and rendered. */
export function loadPages(contentDir: string, links?: Links): Page[] {
  return strictly((problems) => readAllPages(contentDir, [], problems)).map((source) => renderPage(source, links));
}

/** A markdown body through the page pipeline, as a page of content/profile.md whose body starts on line 1. */
export function bodyOf(markdown: string, where = { file: 'content/profile.md', bodyLine: 1 }) {
  return renderBody(markdown, { ...where, format: 'markdown', tocLabel: 'Contents', typographer: false }).body;
}

/** The redirects next.config.js hands to Next for a content folder. */
export function loadRedirects(contentDir: string) {
  return [...nextRedirects(strictly((problems) => redirectsFor(readAllPages(contentDir, [], problems), problems))), ...trailingSlashRedirects('')];
}

/**
 * A site.yml in a fresh folder; `url` (required) is added at the end when the text has none.
 * `load` throws every error at once; `read` gives the config and the warnings.
 */
export function siteFrom(yaml: string, files: Record<string, string> = {}, env: Environment = {}) {
  const text = /^url:/m.test(yaml) ? yaml : `${yaml}${yaml.endsWith('\n') ? '' : '\n'}url: https://ada.example.org\n`;
  const dir = folderWith({ 'content/site.yml': text, ...files });
  const file = displayName(path.join(dir, 'content', 'site.yml'));
  const read = () => withProblems((problems) => loadSite(path.join(dir, 'content'), path.join(dir, 'public'), env, problems));
  return { file, dir, read, load: () => read().value };
}

/** A site.yml read as the loader reads it (the fixture's, in tests that need a site). */
export const readSite = (contentDir: string, publicDir = 'public', env: Environment = {}) => strictly((problems) => loadSite(contentDir, publicDir, env, problems));


/** The content of the fixture site the browser tests build (not the owner's content/). */
export const FIXTURE_CONTENT = path.join(__dirname, 'fixtures', 'site', 'content');

/** A page as the loader makes it, from front matter (validated by the page schema) and a body. */
export function pageSource(file: string, front: Record<string, unknown>, extra: Partial<PageSource> = {}): PageSource {
  return { file, meta: pageMetaSchema.parse(front), data: front, body: '', bodyLine: 1, lineOf: () => undefined, ...extra };
}

/**
 * A collection item as the loader makes it: at `/<collection>/<slug>/` unless the front matter
 * says otherwise, titled by its slug, dated (a `YYYY-MM-DD` day) or not, with a page of its own unless
 * `output` is false.
 */
export function itemSource(collection: string, relativePath: string, { date = null, data = {}, body = '', output = true }: { date?: string | null; data?: Record<string, unknown>; body?: string; output?: boolean } = {}): ItemSource {
  const slug = relativePath.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const front = { permalink: `/${collection}/${slug}/`, title: slug, ...data };
  return { file: `content/${relativePath}`, meta: itemSchema.parse(front), data: front, body, bodyLine: 1, lineOf: () => undefined, collection, relativePath, slug, date: date === null ? null : new Date(`${date}T00:00:00Z`), output };
}

