import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readHomePage } from '../lib/content/front-matter';
import { readAllPages } from '../lib/content/pages';
import { type Redirect, TRAILING_SLASH_REDIRECT, redirectsFor } from '../lib/publish/redirects';
import { type Page, type SiteLinks, renderPage } from '../lib/render/page';

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

/** The home page of a content folder, read and rendered as the site does. */
export function loadProfile(contentDir: string, links?: SiteLinks): Page {
  return renderPage(readHomePage(contentDir), links);
}

/** Every page of a content folder (the home page first), read and rendered. */
export function loadPages(contentDir: string, links?: SiteLinks): Page[] {
  return readAllPages(contentDir).map((source) => renderPage(source, links));
}

/** The redirects next.config.js hands to Next for a content folder. */
export function loadRedirects(contentDir: string): Redirect[] {
  return [...redirectsFor(readAllPages(contentDir)), TRAILING_SLASH_REDIRECT];
}
