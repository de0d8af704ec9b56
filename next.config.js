// @ts-check
const path = require('node:path');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // lib/redirects.mjs adds the same rule after the pages' own, so `/about/` reaches `/` in one hop.
  skipTrailingSlashRedirect: true,
  // Old URLs come from the pages' own `redirect_from` front matter, read by the same loader as the pages.
  async headers() {
    const { securityHeaders } = await import('./lib/security-headers.mjs');
    const development = process.env.NODE_ENV !== 'production';
    return [{ source: '/:path*', headers: securityHeaders({ development }) }];
  },
  async redirects() {
    const { loadRedirects } = await import('./lib/redirects.mjs');
    return loadRedirects(path.join(__dirname, 'content'));
  },
};

module.exports = nextConfig;
