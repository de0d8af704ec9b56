// Every page of the site: content/profile.md at "/", and the pages of content/pages/ (academicpages'
// _pages/, and pages from anywhere else in a Jekyll site's tree, in their folders) at their
// permalinks, or where Jekyll puts a page whose front matter names none.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageSource } from '../model';
import { type FrontMatterDefault, defaultsFor } from './collections';
import { DOCUMENT_EXTENSIONS, readHomePage, readPage } from './front-matter';
import type { Problems } from './problems';
import { BUILT_IN_ROUTES, RESERVED_PREFIXES, routeKey, withIndexFolder } from './routes';

/** The page files of content/pages/ and its folders, by path; hidden files and folders left out. */
export function pageFiles(contentDir: string): string[] {
  const pagesDir = path.join(contentDir, 'pages');
  if (!existsSync(/* turbopackIgnore: true */ pagesDir)) return [];
  return readdirSync(/* turbopackIgnore: true */ pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.split(path.sep).some((part) => part.startsWith('.')))
    .filter((name) => statSync(/* turbopackIgnore: true */ path.join(pagesDir, name)).isFile())
    .sort();
}

/** profile.md first, then content/pages/ by path. */
export function readAllPages(contentDir: string, defaults: readonly FrontMatterDefault[], problems: Problems): PageSource[] {
  // A missing profile.md is said with the other pages' problems, not instead of them.
  const home = problems.attempt(() => readHomePage(contentDir, defaultsFor(defaults, 'profile.md', 'pages'), problems), null);
  const others = pageFiles(contentDir).flatMap((name) => {
    const relative = name.split(path.sep).join('/');
    const page = problems.attempt(() => readPage(path.join(contentDir, 'pages', name), relative, defaultsFor(defaults, `_pages/${relative}`, 'pages'), problems), null);
    return page === null ? [] : [withIndexFolder(page)];
  });
  return home === null ? others : [home, ...others];
}

const isReserved = (route: string) => BUILT_IN_ROUTES.includes(route) || RESERVED_PREFIXES.some((prefix) => `${route}/`.startsWith(prefix));

/**
 * Two pages (or items) at one URL: Jekyll writes only one of them there, and says so. Here the first
 * keeps the URL and each later one moves to a URL of its own (`elsewhere`: where Jekyll would put
 * it without its permalink), with a warning naming both files, so that no page is lost. A page at
 * a path the site serves itself (`/feed.xml`...) moves the same way. An alias that is taken is left
 * out.
 * @param elsewhere the URL a page has when its own permalink is taken
 */
export function settleRoutes<T extends PageSource>(sources: readonly T[], problems: Problems, elsewhere: (source: T) => string): T[] {
  const owners = new Map<string, string>();
  const settled: T[] = [];
  for (const source of sources) {
    const wanted = source.meta.permalink;
    let permalink = wanted;
    const owner = owners.get(routeKey(wanted));
    if (owner !== undefined || isReserved(routeKey(wanted))) {
      const base = elsewhere(source);
      permalink = base;
      for (let n = 2; owners.has(routeKey(permalink)) || isReserved(routeKey(permalink)); n += 1) permalink = base.replace(/(\.html)?(\/?)$/, `-${n}$1$2`);
      const why = owner === undefined ? `${wanted} is a path the site serves itself` : `${owner} is at ${wanted} too, and Jekyll writes only one of them there`;
      problems.warn({ file: source.file, line: source.lineOf(['permalink']), message: `\`permalink\`: ${why}; this page is at ${permalink} instead` });
    }
    owners.set(routeKey(permalink), source.file);
    const aliases = (source.aliases ?? []).filter((alias) => {
      if (!owners.has(routeKey(alias)) && !isReserved(routeKey(alias))) return true;
      problems.warn({ file: source.file, message: `${alias} is taken by ${owners.get(routeKey(alias)) ?? 'the site'}; the page is not served there too` });
      return false;
    });
    for (const alias of aliases) owners.set(routeKey(alias), source.file);
    settled.push(permalink === wanted && aliases.length === (source.aliases ?? []).length ? source : { ...source, meta: { ...source.meta, permalink }, aliases });
  }
  return settled;
}
