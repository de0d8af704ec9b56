// A Jekyll site's source tree read as Jekyll's reader reads it: every entry not excluded (Jekyll's
// default excludes, `exclude:` of _config.yml, names starting with "_", "." or "#" unless
// `include:` names them) is a page (markdown or HTML with front matter), a template (another file
// with front matter: a feed, a stylesheet) or a static file, copied as it is. Folders Jekyll reads
// itself (_posts, _data, the collections...) are the caller's.
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../content/front-matter';

/** What Jekyll 4 always leaves out (Configuration::DEFAULTS and add_default_excludes). */
const DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];

export interface TreeEntry {
  /** relative to the site, with "/" */
  path: string;
  kind: 'page' | 'template' | 'static';
}

export interface JekyllTree {
  entries: TreeEntry[];
  /** what `exclude:` left out, by path */
  excluded: string[];
}

/** Ruby's File.fnmatch without flags: `*` and `?` match any character, "/" included. */
function fnmatch(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

/** Jekyll's EntryFilter#glob_include?: a pattern matches as a glob or as the start of the path. */
const matches = (patterns: readonly string[], entry: string, directory: boolean) =>
  patterns.some((pattern) => fnmatch(pattern, entry) || entry.startsWith(pattern) || (directory && pattern === `${entry}/`));

/** Whether a file starts with front matter (Jekyll's test: the first line is `---`). */
export function hasFrontMatter(file: string): boolean {
  const handle = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const read = readSync(handle, buffer, 0, buffer.length, 0);
    return /^(?:\uFEFF)?---[ \t]*\r?\n/.test(buffer.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(handle);
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * @param source the site's folder
 * @param config its _config.yml, for `include:` and `exclude:`
 */
export function readJekyllTree(source: string, config: Record<string, unknown>): JekyllTree {
  const excludes = [...DEFAULT_EXCLUDES, ...strings(config.exclude), '_site'];
  const includes = strings(config.include);
  const tree: JekyllTree = { entries: [], excluded: [] };
  /** Whether `include:` names something inside a folder (`_pages/about.md` opens `_pages/`, for that file alone). */
  const opened = (relative: string) => includes.some((pattern) => pattern.startsWith(`${relative}/`));
  /** @param onlyIncluded inside a folder that `include:` opened for some of its files: only those */
  const walk = (folder: string, onlyIncluded: boolean) => {
    for (const name of readdirSync(path.join(source, folder)).sort()) {
      const relative = folder === '' ? name : `${folder}/${name}`;
      const full = path.join(source, relative);
      const directory = statSync(full).isDirectory();
      let inside = onlyIncluded;
      if (!matches(includes, relative, directory)) {
        if (matches(excludes, relative, directory)) {
          tree.excluded.push(relative);
          continue;
        }
        // Jekyll's own folders and files (_posts, _config.yml...), hidden and backup files; a
        // folder of them that `include:` opens shows only the files it names.
        if (onlyIncluded || /^[_.#]|~$/.test(name)) {
          if (!(directory && opened(relative))) continue;
          inside = true;
        }
      } else inside = false;
      if (directory) walk(relative, inside);
      else if (!hasFrontMatter(full)) tree.entries.push({ path: relative, kind: 'static' });
      else tree.entries.push({ path: relative, kind: DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase()) ? 'page' : 'template' });
    }
  };
  walk('', false);
  return tree;
}
