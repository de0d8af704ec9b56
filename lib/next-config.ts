// What next.config.js hands to Next: the content check's verdict first (before anything compiles),
// then the base path, the redirects from redirect_from and the security headers.
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_EXPORT, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { checkOrExit } from './check';
import type { Environment } from './content/site';
import { ensureStamp, watchContent } from './dev/content-watch';
import { clientComponentSources } from './export/client-modules';
import { CHECKED_ENV, checkedExportConfig, commonConfig, isCheckedExport, staticExportConfig } from './export-config';
import { shareServedModel } from './shared-model';
import { type ScriptPolicy, securityHeaders } from './publish/security-headers';
import { siteThemeScript } from './publish/theme-script';
import { nextRedirects, trailingSlashRedirects } from './publish/redirects';
import { type SiteRoutes, loadSiteRoutes, siteFolders } from './site-model';

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
 * `next dev` refreshes the open page on every save under content/ (lib/dev/content-watch.ts); a
 * build only needs the stamp module to exist, and a server (`npm start`), which compiles nothing,
 * writes nothing (its folder may be read-only).
 */
function watchUnderDev(phase: string, root: string, env: Environment): void {
  if (phase === PHASE_PRODUCTION_BUILD) ensureStamp(root);
  const store: Record<symbol, unknown> = globalThis;
  if (phase !== PHASE_DEVELOPMENT_SERVER || store[WATCHING] === true) return;
  store[WATCHING] = true;
  const { contentDir, publicDir } = siteFolders(root, env);
  watchContent(root, [contentDir, publicDir]);
}

export function nextConfig(phase: string, root: string, env: Environment = process.env): NextConfig {
  if (isCheckedExport(env)) return checkedExportConfig(root, env);
  const model = modelFor(phase, root, env);
  watchUnderDev(phase, root, env);
  const common = commonConfig(model.basePath, env);
  if (env.STATIC_EXPORT === '1') return staticExportConfig(model.basePath, env);
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
