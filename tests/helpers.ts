import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayName, readHomePage } from '../lib/content/front-matter';
import { readAllPages } from '../lib/content/pages';
import { type Environment, loadSite } from '../lib/content/site';
import { redirectsFor } from '../lib/publish/redirects';
import { trailingSlashRedirects } from '../lib/publish/url-form';
import type { Page, SiteLinks } from '../lib/render/page';
import { renderPage } from '../lib/render/site-render';

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
export function loadRedirects(contentDir: string) {
  return [...redirectsFor(readAllPages(contentDir)), ...trailingSlashRedirects('')];
}
/** A site.yml in a fresh folder; `url` (required) is added at the end when the text has none. */
export function siteFrom(yaml: string, files: Record<string, string> = {}, env: Environment = {}) {
  const text = /^url:/m.test(yaml) ? yaml : `${yaml}${yaml.endsWith('\n') ? '' : '\n'}url: https://ada.example.org\n`;
  const dir = folderWith({ 'content/site.yml': text, ...files });
  const file = displayName(path.join(dir, 'content', 'site.yml'));
  return { file, load: () => loadSite(path.join(dir, 'content'), path.join(dir, 'public'), env) };
}


/** The content of the fixture site the browser tests build (not the owner's content/). */
export const FIXTURE_CONTENT = path.join(__dirname, 'fixtures', 'site', 'content');
