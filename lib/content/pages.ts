// Every page of the site: content/profile.md at "/" and content/pages/*.md at their permalinks.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PageSource } from '../model';
import { type FrontMatterDefault, defaultsFor } from './collections';
import { ContentError, describeValue } from './error';
import { DOCUMENT_EXTENSIONS, readHomePage, readPage } from './front-matter';
import { type Routed, routeConflicts, withIndexFolder } from './routes';

/** The page files of content/pages/, by name. */
export function pageFiles(contentDir: string): string[] {
  const pagesDir = path.join(contentDir, 'pages');
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((name) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(pagesDir, name));
}

/**
 * Two pages (or items) at one route, or a page at a route the site keeps for itself, stop here,
 * naming both files.
 */
export function checkRoutes(pages: readonly (Routed & Pick<PageSource, 'lineOf'>)[]): void {
  const [conflict] = routeConflicts(pages);
  if (conflict === undefined) return;
  throw new ContentError({
    file: conflict.page.file,
    line: conflict.page.lineOf(['permalink']),
    field: 'permalink',
    expected:
      conflict.kind === 'taken'
        ? `a permalink no other page has (${conflict.owner} is already at ${conflict.route})`
        : `a permalink the site does not use itself (${conflict.route} is a built-in route)`,
    found: describeValue(conflict.served),
  });
}

/** profile.md first, then content/pages/* by name; two pages at one route stop here. */
export function readAllPages(contentDir: string, defaults: readonly FrontMatterDefault[] = []): PageSource[] {
  const pages = [
    readHomePage(contentDir, defaultsFor(defaults, 'profile.md', 'pages')),
    ...pageFiles(contentDir).map((file) => withIndexFolder(readPage(file, defaultsFor(defaults, `_pages/${path.basename(file)}`, 'pages')))),
  ];
  checkRoutes(pages);
  return pages;
}
