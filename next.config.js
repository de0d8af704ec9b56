// @ts-check
// Next loads this file before it compiles anything, which makes it the place for the content
// check: a mistake in content/ stops `next dev` and `next build` within seconds, with one line.
// The work is in lib/next-config.ts, loaded through tsx (Node 20 cannot strip types itself).
const tsx = require('tsx/cjs/api');

/** @type {typeof import('./lib/next-config')} */
const { nextConfig } = tsx.require('./lib/next-config.ts', __filename);

/** @param {string} phase */
module.exports = (phase) => nextConfig(phase, __dirname);
