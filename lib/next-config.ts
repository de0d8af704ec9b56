// What next.config.js hands to Next: the content check's verdict first (before anything compiles),
// then the base path, the redirects from redirect_from and the security headers.
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_EXPORT, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { checkOrExit } from './check';
import { basePathFrom } from './content/base-path';
import type { Environment } from './content/site';
import { ensureStamp, watchContent } from './dev/content-watch';
import { clientComponentSources } from './export/client-modules';
import { shareServedModel } from './shared-model';
import { type ScriptPolicy, securityHeaders } from './publish/security-headers';
import { siteThemeScript } from './publish/theme-script';
import { nextRedirects, trailingSlashRedirects } from './publish/redirects';
import { type SiteRoutes, loadSiteRoutes, siteFolders } from './site-model';

/** Set once the check has run, so that the processes Next starts after it stay quiet. */
const CHECKED_ENV = 'SITE_CONTENT_CHECKED';

/**
 * The check runs and speaks once per command: in the process that loads the config first (next
 * build's workers and next dev's server process inherit the mark and load quietly).
 */
function modelFor(phase: string, root: string, env: Environment): Pick<SiteRoutes, 'site' | 'basePath' | 'redirects'> {
  const folders = siteFolders(root, env);
  const speaks = [PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_EXPORT].includes(phase) && env[CHECKED_ENV] !== '1';
  // After the check, only the routes are needed: the files are read again, not rendered.
  if (!speaks) return loadSiteRoutes(folders, env);
  const model = checkOrExit(folders, env);
  process.env[CHECKED_ENV] = '1';
  // The build's workers take the pages from here instead of rendering the site again each.
  if (phase === PHASE_PRODUCTION_BUILD) shareServedModel(model);
  return model;
}

/**
 * What the pages run, which the CSP follows: `next dev`'s runtime; Next's runtime on every page
 * when the project has a client component; otherwise the theme script alone, since `npm run build`
 * ends with the lean pass (scripts/lean-build.ts), which removes the runtime from every page.
 */
export function scriptPolicy(phase: string, root: string, site: SiteRoutes['site']): ScriptPolicy {
  if (phase === PHASE_DEVELOPMENT_SERVER) return { kind: 'development' };
  if (clientComponentSources(root).length > 0) return { kind: 'runtime' };
  return { kind: 'lean', inline: [siteThemeScript(site.ui)] };
}

/** One content watcher per `next dev` process, however often Next loads the config. */
const WATCHING = Symbol.for('academic-site.content-watch');

/**
 * `next dev` refreshes the open page on every save under content/ (lib/dev/content-watch.ts);
 * every other command only needs the stamp module to exist.
 */
function watchUnderDev(phase: string, root: string, env: Environment): void {
  ensureStamp(root);
  const store: Record<symbol, unknown> = globalThis;
  if (phase !== PHASE_DEVELOPMENT_SERVER || store[WATCHING] === true) return;
  store[WATCHING] = true;
  const { contentDir, publicDir } = siteFolders(root, env);
  watchContent(root, [contentDir, publicDir]);
}

/**
 * The static export's build, once scripts/export.ts has checked the content, needs only the base
 * path (no headers, no redirects): the files are not read again (2 s on a site of 900 pages).
 */
const exportAfterCheck = (env: Environment) => env.STATIC_EXPORT === '1' && env[CHECKED_ENV] === '1';

export function nextConfig(phase: string, root: string, env: Environment = process.env): NextConfig {
  const model = exportAfterCheck(env) ? null : modelFor(phase, root, env);
  watchUnderDev(phase, root, env);
  const common: NextConfig = {
    reactStrictMode: true,
    basePath: model?.basePath ?? basePathFrom(env),
    // No image optimizer: the site's images are the owner's files, served as they are.
    images: { unoptimized: true },
    // `npm test` type-checks the whole project with tsc before it builds; its builds skip the repeat.
    typescript: { ignoreBuildErrors: env.SKIP_BUILD_TYPECHECK === '1' },
  };
  if (env.STATIC_EXPORT === '1') {
    // `npm run export` (scripts/export.ts): a static site in out/. A static host has no headers or
    // redirects; the export writes a redirect page for each redirect_from instead, and folders with
    // index.html files, the way academicpages' /teaching/ permalinks are served.
    // Every core renders pages: Next keeps one for its main process by default, which waits idle
    // while the workers prerender (a 900-page site: 17 s on one worker of two cores, X s on two).
    return { ...common, output: 'export', trailingSlash: true, experimental: { cpus: availableParallelism() } };
  }
  if (model === null) throw new Error('next.config: the content was not read (STATIC_EXPORT is not set, so this is not the export)');
  return {
    ...common,
    poweredByHeader: false,
    // The browser tests build more sites (other content folders) next to the main one.
    distDir: env.NEXT_DIST_DIR ?? '.next',
    // The site's one URL form (lib/content/routes.ts): /teaching/, /cv.html. Next's own
    // trailing-slash redirects would run before the pages' redirect_from ones; they are turned off
    // and given back after them, so that `/about` reaches `/` in one hop.
    trailingSlash: true,
    skipTrailingSlashRedirect: true,
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(scriptPolicy(phase, root, model.site), { noindex: env.VERCEL_ENV === 'preview' }) }];
    },
    async redirects() {
      return [...nextRedirects(model.redirects), ...trailingSlashRedirects(model.basePath)];
    },
  };
}
