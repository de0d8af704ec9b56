// @ts-check
const path = require('node:path');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Old URLs come from the pages' own `redirect_from` front matter, read by the same loader as the pages.
  async redirects() {
    const { loadRedirects } = await import('./lib/redirects.mjs');
    return loadRedirects(path.join(__dirname, 'content'));
  },
};

module.exports = nextConfig;
