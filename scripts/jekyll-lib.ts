// What both Jekyll runs need (npm run test:jekyll and npm run bench:build): Jekyll itself, and a
// site tree with the project's built-in includes written out as _includes/ and
// tests/jekyll/oracle.rb for the filters they use, so that Jekyll renders what this project does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { uiTextFor } from '../lib/content/ui-text';
import { BUILT_IN_INCLUDES } from '../lib/render/includes';

const ROOT = path.resolve(__dirname, '..');

export const JEKYLL_INSTALL = 'On Debian or Ubuntu: sudo apt-get install jekyll ruby-jekyll-feed ruby-jekyll-sitemap ruby-jekyll-redirect-from';

/** Jekyll's version line, or null when it is not installed. */
export function jekyllVersion(): string | null {
  const result = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The environment Jekyll runs in: Debian's gems, no Bundler, a production build. */
export const JEKYLL_ENV: Record<string, string> = { JEKYLL_NO_BUNDLER_REQUIRE: 'true', JEKYLL_ENV: 'production' };

/** Copies a site tree to `tree` and adds the site's built-in includes and the oracle's filters. */
export function prepareJekyllTree(source: string, tree: string): void {
  cpSync(source, tree, { recursive: true });
  addBuiltIns(tree);
}

/** Writes the built-in includes (as academicpages and as al-folio name them) and the oracle's filters into a tree. */
export function addBuiltIns(tree: string): void {
  mkdirSync(path.join(tree, '_includes'), { recursive: true });
  for (const [name, template] of Object.entries(BUILT_IN_INCLUDES)) {
    // As academicpages names them, and as al-folio v1 does (`figure.liquid`); some live in folders (repository/repo).
    for (const file of [name, `${name}.liquid`]) {
      mkdirSync(path.dirname(path.join(tree, '_includes', file)), { recursive: true });
      writeFileSync(path.join(tree, '_includes', file), name === 'toc' ? '' : template);
    }
  }
  mkdirSync(path.join(tree, '_plugins'), { recursive: true });
  cpSync(path.join(ROOT, 'tests', 'jekyll', 'oracle.rb'), path.join(tree, '_plugins', 'oracle.rb'));
  mkdirSync(path.join(tree, '_data'), { recursive: true });
  writeFileSync(path.join(tree, '_data', 'site_ui.json'), JSON.stringify(uiTextFor('en')));
}
