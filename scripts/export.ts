// `npm run export`: the site as static files in out/ (or --out <folder>), for GitHub Pages, Netlify
// or any file server. The content check first; then Next's static export, built in .export-build/
// so that .next (what `npm start` serves) is left alone, then made lean: no Next client runtime
// (the site has no client component; the export stops with an error the day it gains one), a
// redirect page for every redirect_from, and a .nojekyll file. BASE_PATH=/repo builds it for
// https://user.github.io/repo/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkOrExit } from '../lib/check';
import { routeSegments } from '../lib/content/pages';
import { ownClientModules } from '../lib/export/client-modules';
import { leanHtml } from '../lib/export/lean-html';
import { exportedPath, redirectFile, redirectPage } from '../lib/export/redirect-page';
import { themeScript } from '../lib/publish/theme-script';
import { siteFolders } from '../lib/site-model';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.export-build');

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? (process.argv[index + 1] ?? fail(`${name} needs a folder`)) : undefined;
}
// --site <folder>: another site's content/ and public/ (the browser tests export other sites).
const SITE = path.resolve(ROOT, option('--site') ?? '.');
const OUT = path.resolve(ROOT, option('--out') ?? 'out');
const folders = siteFolders(SITE);
const { contentDir, publicDir } = folders;

// Bad content stops here, before anything compiles, with the same messages as the build.
const { site, basePath, sources } = checkOrExit(folders);

/**
 * Empties the work folder but for Turbopack's cache: the app compiles the same whatever the
 * content, so the next export (another site, another base path) reuses what this one compiled.
 */
function clearWork(): void {
  mkdirSync(WORK, { recursive: true });
  for (const name of readdirSync(WORK)) if (name !== '.next') rmSync(path.join(WORK, name), { recursive: true, force: true });
  mkdirSync(path.join(WORK, '.next'), { recursive: true });
  for (const name of readdirSync(path.join(WORK, '.next'))) if (name !== 'cache') rmSync(path.join(WORK, '.next', name), { recursive: true, force: true });
}

// 1. Next's export, in a copy of the app.
clearWork();
for (const name of ['app', 'components', 'lib', 'next.config.js', 'tsconfig.json', 'package.json']) {
  cpSync(path.join(ROOT, name), path.join(WORK, name), { recursive: true });
}
if (existsSync(publicDir)) cpSync(publicDir, path.join(WORK, 'public'), { recursive: true });
const build = spawnSync('npx', ['next', 'build'], {
  cwd: WORK,
  stdio: 'inherit',
  // The check has run and printed its warnings: the build's config loads the content quietly.
  env: { ...process.env, STATIC_EXPORT: '1', CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', SITE_CONTENT_CHECKED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. Lean only if nothing of ours needs the client runtime: any client component stops the export.
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
const clientModules = [...ownClientModules(path.join(WORK, '.next')).keys()];
if (clientModules.length > 0) {
  fail(
    `the site now has client components (${clientModules.join(', ')}), which need Next's client runtime; ` +
      'the lean export removes it and would break them. Make them Server Components, or serve the site with `npm start`.',
  );
}

// 3. Take out/ over and make it lean.
rmSync(OUT, { recursive: true, force: true });
cpSync(path.join(WORK, 'out'), OUT, { recursive: true });
const fromPublic = new Set(existsSync(publicDir) ? walk(publicDir).map((file) => path.relative(publicDir, file)) : []);
for (const leftover of ['_not-found', '404']) rmSync(path.join(OUT, leftover), { recursive: true, force: true });
const script = themeScript({ system: site.ui.theme_system, light: site.ui.theme_light, dark: site.ui.theme_dark });
let removedFiles = 0;
let leanPages = 0;
for (const file of walk(OUT)) {
  const relative = path.relative(OUT, file);
  if (fromPublic.has(relative)) continue;
  const name = path.basename(file);
  const rscPayload = name.startsWith('__next.') || (name === 'index.txt' && existsSync(path.join(path.dirname(file), 'index.html')));
  if (rscPayload || (relative.startsWith(`_next${path.sep}`) && name.endsWith('.js'))) {
    rmSync(file);
    removedFiles += 1;
  } else if (name.endsWith('.html')) {
    writeFileSync(file, leanHtml(readFileSync(file, 'utf8'), { keepScripts: [script], page: relative }).html);
    leanPages += 1;
  }
}

// A file-like permalink (/cv.html) was exported as a folder (cv.html/index.html): make it the file.
for (const page of sources) {
  const route = routeSegments(page.meta.permalink).join('/');
  const folder = path.join(OUT, route);
  if (!/\.[a-z\d]+$/i.test(route) || !existsSync(path.join(folder, 'index.html'))) continue;
  const html = readFileSync(path.join(folder, 'index.html'));
  rmSync(folder, { recursive: true });
  writeFileSync(folder, html);
}

// 4. A redirect page for each redirect_from.
let redirectPages = 0;
for (const page of sources) {
  const target = exportedPath(page.meta.permalink, basePath);
  for (const from of page.meta.redirect_from) {
    const file = path.join(OUT, redirectFile(from));
    if (existsSync(file)) fail(`${page.file}: redirect_from ${from} would overwrite ${path.relative(OUT, file)}`);
    mkdirSync(path.dirname(file), { recursive: true });
    const canonical = `${site.url}${exportedPath(page.meta.permalink, '')}`;
    writeFileSync(file, redirectPage({ target, canonical, lang: site.locale, dir: site.dir, title: site.ui.redirect_title, text: site.ui.redirect_text }));
    redirectPages += 1;
  }
}
writeFileSync(path.join(OUT, '.nojekyll'), '');
clearWork();

const home = readFileSync(path.join(OUT, 'index.html'));
const total = walk(OUT).reduce((sum, file) => sum + statSync(file).size, 0);
console.log(
  `Exported ${path.relative(ROOT, OUT) || '.'}/ from ${path.relative(ROOT, contentDir)}/${basePath ? ` for the base path ${basePath}` : ''}: ${leanPages} pages made lean ` +
    `(${removedFiles} runtime files removed), ${redirectPages} redirect pages; index.html ${home.length} bytes ` +
    `(${gzipSync(home).length} gzip); ${total} bytes in all.`,
);
