// The part of the Next config that needs no content: what every build shares, and all of the
// static export's config once scripts/export.ts has checked the content. next.config.js loads this
// module first and the whole of lib/next-config.ts (the content pipeline: 1.5 s to load) only when
// it needs it: the checked export needs nothing but the base path.
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { basePathFrom } from './content/base-path';
import type { Environment } from './content/site';
import { ensureStamp } from './dev/content-watch';

/** Set once the check has run, so that the processes Next starts after it stay quiet. */
export const CHECKED_ENV = 'SITE_CONTENT_CHECKED';

/** `npm run export` after its content check: the files are not read again. */
export const isCheckedExport = (env: Environment): boolean => env.STATIC_EXPORT === '1' && env[CHECKED_ENV] === '1';

/** What every build shares. */
export function commonConfig(basePath: string, env: Environment): NextConfig {
  return {
    reactStrictMode: true,
    basePath,
    // No image optimizer: the site's images are the owner's files, served as they are.
    images: { unoptimized: true },
    // `npm test` type-checks the whole project with tsc before it builds; its builds skip the repeat.
    typescript: { ignoreBuildErrors: env.SKIP_BUILD_TYPECHECK === '1' },
  };
}

/**
 * `npm run export` (scripts/export.ts): a static site in out/. A static host has no headers or
 * redirects; the export writes a redirect page for each redirect_from instead, and folders with
 * index.html files, the way academicpages' /teaching/ permalinks are served.
 */
export function staticExportConfig(basePath: string, env: Environment): NextConfig {
  // Every core renders pages: Next keeps one for its main process by default, which waits while
  // the workers prerender.
  return { ...commonConfig(basePath, env), output: 'export', trailingSlash: true, experimental: { cpus: availableParallelism() } };
}

/** The checked export's config: the base path from the environment (the check has validated it). */
export function checkedExportConfig(root: string, env: Environment): NextConfig {
  // The build compiles lib/data.ts, which imports the stamp module.
  ensureStamp(root);
  return staticExportConfig(basePathFrom(env), env);
}
