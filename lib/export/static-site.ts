// The steps that turn Next's static export into the site a file server hosts: refuse client
// components, make every page lean, write file-like permalinks as files and a redirect page for
// every redirect_from. Each takes the export folder and the site model, so each can be tested alone.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasScheme, isFileLike, routeSegments } from '../content/routes';
import type { SiteConfig } from '../content/site';
import type { PageSource } from '../model';
import type { OldPath } from '../publish/redirects';
import { siteThemeScript } from '../publish/theme-script';
import { ownClientModules } from './client-modules';
import { type HtmlParser, leanHtml } from './lean-html';
import { exportedPath, redirectFile, redirectPage } from './redirect-page';

/** A step that cannot go on: the message says what and where. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Every file under a folder, as absolute paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** The lean pass removes Next's client runtime, so a client component of ours stops the export. */
export function refuseClientComponents(nextDir: string): void {
  const modules = [...ownClientModules(nextDir).keys()];
  if (modules.length === 0) return;
  throw new ExportError(
    `the site now has client components (${modules.join(', ')}), which need Next's client runtime; ` +
      'the lean export removes it and would break them. Make them Server Components, or serve the site with `npm start`.',
  );
}

/**
 * Removes the runtime files (scripts, RSC payloads) and makes every HTML page lean, keeping the
 * owner's own files from public/ exactly as they are.
 * @param fromPublic paths relative to `out` that came from public/
 * @param parser parse5 (loadHtmlParser)
 */
export function makeLean(out: string, site: SiteConfig, fromPublic: ReadonlySet<string>, parser: HtmlParser): { pages: number; removed: number } {
  const script = siteThemeScript(site.ui);
  let pages = 0;
  let removed = 0;
  for (const leftover of ['_not-found', '404']) rmSync(path.join(out, leftover), { recursive: true, force: true });
  for (const file of walk(out)) {
    const relative = path.relative(out, file);
    if (fromPublic.has(relative)) continue;
    const name = path.basename(file);
    const rscPayload = name.startsWith('__next.') || (name === 'index.txt' && existsSync(path.join(path.dirname(file), 'index.html')));
    if (rscPayload || (relative.startsWith(`_next${path.sep}`) && name.endsWith('.js'))) {
      rmSync(file);
      removed += 1;
    } else if (name.endsWith('.html')) {
      writeFileSync(file, leanHtml(readFileSync(file, 'utf8'), { keepScripts: [script], page: relative, parser }).html);
      pages += 1;
    }
  }
  return { pages, removed };
}

/** A file-like permalink (/cv.html) comes out of Next as a folder (cv.html/index.html): make it the file. */
export function writeFileLikePages(out: string, sources: readonly PageSource[]): string[] {
  const written: string[] = [];
  for (const page of sources) {
    const route = routeSegments(page.meta.permalink).join('/');
    const folder = path.join(out, route);
    if (!isFileLike(route) || !existsSync(path.join(folder, 'index.html'))) continue;
    const html = readFileSync(path.join(folder, 'index.html'));
    rmSync(folder, { recursive: true });
    writeFileSync(folder, html);
    written.push(route);
  }
  return written;
}

/**
 * A redirect page for each redirect_from path (what jekyll-redirect-from writes). A path whose
 * file the export already holds (a page, or another redirect) stops the export: a static host
 * can serve only one of them.
 */
export function writeRedirectPages(out: string, redirects: readonly OldPath[], site: SiteConfig, basePath: string): number {
  for (const { from, to, file: page } of redirects) {
    const file = path.join(out, redirectFile(from));
    if (existsSync(file)) throw new ExportError(`${page}: redirect_from ${from} would overwrite ${path.relative(out, file)}, which the export already holds`);
    mkdirSync(path.dirname(file), { recursive: true });
    const away = hasScheme(to);
    const canonical = away ? to : `${site.url}${exportedPath(to, '')}`;
    writeFileSync(file, redirectPage({ target: away ? to : exportedPath(to, basePath), canonical, lang: site.locale, dir: site.dir, title: site.ui.redirect_title, text: site.ui.redirect_text }));
  }
  return redirects.length;
}
