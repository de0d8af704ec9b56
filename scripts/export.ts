// `npm run export`: the site as static files in out/ (or --out <folder>), for GitHub Pages, Netlify
// or any file server. The content check first; then Next's static export, built in .export-build/
// so that .next (what `npm start` serves) is left alone, then made lean: no Next client runtime
// (the site has no client component; the export stops with an error the day it gains one), a
// redirect page for every redirect_from, and a .nojekyll file. BASE_PATH=/repo builds it for
// https://user.github.io/repo/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkOrExit } from '../lib/check';
import { loadHtmlParser } from '../lib/export/lean-html';
import { ExportError, makeLean, refuseClientComponents, walk, writeFileLikePages, writeRedirectPages } from '../lib/export/static-site';
import { MODEL_FILE_ENV, shareServedModel } from '../lib/shared-model';
import { siteFolders } from '../lib/site-model';
import { commandLine } from './args';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.export-build');

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

// --site <folder>: another site's content/ and public/ (the browser tests export other sites).
// --cpu-prof: Next's CPU profile of its build, kept in .export-build/.next-profiles/ (open it in Chrome's DevTools).
const { values } = commandLine('export', 'usage: npm run export [-- --out <folder>] [--site <folder with content/ and public/>] [--cpu-prof]', {
  out: { type: 'string' },
  site: { type: 'string' },
  'cpu-prof': { type: 'boolean' },
});
const SITE = path.resolve(ROOT, values.site ?? '.');
const OUT = path.resolve(ROOT, values.out ?? 'out');
const folders = siteFolders(SITE);
const { contentDir, publicDir } = folders;

// Bad content stops here, before anything compiles, with the same messages as the build.
const model = checkOrExit(folders);
const { site, basePath, sources, redirects } = model;

/**
 * Empties the work folder but for Turbopack's cache (and the profiles of --cpu-prof): the app
 * compiles the same whatever the content, so the next export (another site, another base path)
 * reuses what this one compiled.
 */
function clearWork(): void {
  mkdirSync(WORK, { recursive: true });
  for (const name of readdirSync(WORK)) if (name !== '.next' && name !== '.next-profiles') rmSync(path.join(WORK, name), { recursive: true, force: true });
  mkdirSync(path.join(WORK, '.next'), { recursive: true });
  for (const name of readdirSync(path.join(WORK, '.next'))) if (name !== 'cache') rmSync(path.join(WORK, '.next', name), { recursive: true, force: true });
}

/** Moves a folder (a rename when both are on one file system: thousands of pages, no copying). */
function moveFolder(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    cpSync(from, to, { recursive: true });
  }
}

// 1. Next's export, in a copy of the app.
clearWork();
for (const name of ['app', 'components', 'lib', 'next.config.js', 'tsconfig.json', 'package.json']) {
  cpSync(path.join(ROOT, name), path.join(WORK, name), { recursive: true });
}
if (existsSync(publicDir)) cpSync(publicDir, path.join(WORK, 'public'), { recursive: true });
const modelFile = shareServedModel(model, {});
// Next's own command line, without npx's start-up.
const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build', ...(values['cpu-prof'] === true ? ['--experimental-cpu-prof'] : [])], {
  cwd: WORK,
  stdio: 'inherit',
  // The check has run and printed its warnings: the build's config loads the content quietly.
  // The app's code is the project's, type-checked by `npm test` (`npm run typecheck`); an export
  // builds content and does not repeat that check (5 s of a 15 s export).
  // Next's workers take the rendered pages from the check (lib/shared-model.ts) instead of rendering the site again.
  env: { ...process.env, STATIC_EXPORT: '1', CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', SITE_CONTENT_CHECKED: '1', SKIP_BUILD_TYPECHECK: '1', [MODEL_FILE_ENV]: modelFile },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// 2-4. Lean only if nothing of ours needs the client runtime; file-like pages as files; redirect pages.
async function makeStatic(): Promise<void> {
  let lean = { pages: 0, removed: 0 };
  let redirectPages = 0;
  try {
    refuseClientComponents(path.join(WORK, '.next'));
    rmSync(OUT, { recursive: true, force: true });
    moveFolder(path.join(WORK, 'out'), OUT);
    const fromPublic = new Set(existsSync(publicDir) ? walk(publicDir).map((file) => path.relative(publicDir, file)) : []);
    lean = makeLean(OUT, site, fromPublic, await loadHtmlParser());
    writeFileLikePages(OUT, sources);
    redirectPages = writeRedirectPages(OUT, redirects, site, basePath);
  } catch (error) {
    if (error instanceof ExportError) fail(error.message);
    throw error;
  }
  writeFileSync(path.join(OUT, '.nojekyll'), '');
  clearWork();

  const home = readFileSync(path.join(OUT, 'index.html'));
  const total = walk(OUT).reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(
    `Exported ${path.relative(ROOT, OUT) || '.'}/ from ${path.relative(ROOT, contentDir)}/${basePath ? ` for the base path ${basePath}` : ''}: ${lean.pages} pages made lean ` +
      `(${lean.removed} runtime files removed), ${redirectPages} redirect pages; index.html ${home.length} bytes ` +
      `(${gzipSync(home).length} gzip); ${total} bytes in all.`,
  );
}
void makeStatic();
