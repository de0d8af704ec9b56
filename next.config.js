// @ts-check
const path = require('node:path');

/**
 * Redirects come from the pages' own `redirect_from`, read by the same loader as the pages; the
 * base path (BASE_PATH, for a site served under /repo) is validated by the same code as the pages use.
 * @returns {Promise<import('next').NextConfig>}
 */
module.exports = async () => {
  const { basePathFrom } = await import('./lib/base-path.mjs');
  const contentDir = path.resolve(__dirname, process.env.CONTENT_DIR ?? 'content');
  /** @type {import('next').NextConfig} */
  const common = {
    reactStrictMode: true,
    basePath: basePathFrom(process.env),
    // No image optimizer: the site's images are the owner's files, served as they are.
    images: { unoptimized: true },
  };
  if (process.env.STATIC_EXPORT === '1') {
    // `npm run export` (scripts/export.mjs): a static site in out/. A static host has no headers or
    // redirects; the export writes a redirect page for each redirect_from instead, and folders with
    // index.html files, the way academicpages' /teaching/ permalinks are served.
    return { ...common, output: 'export', trailingSlash: true };
  }
  return {
    ...common,
    poweredByHeader: false,
    // The browser tests build a second site (another content folder) next to the main one.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    // lib/redirects.mjs adds the same rule after the pages' own, so `/about/` reaches `/` in one hop.
    skipTrailingSlashRedirect: true,
    async headers() {
      const { securityHeaders } = await import('./lib/security-headers.mjs');
      const development = process.env.NODE_ENV !== 'production';
      return [{ source: '/:path*', headers: securityHeaders({ development }) }];
    },
    async redirects() {
      const { loadRedirects } = await import('./lib/redirects.mjs');
      return loadRedirects(contentDir);
    },
  };
};
