// @ts-check
// Next loads this file before it compiles anything, which makes it the place for the content
// check: a mistake in content/ stops `next dev` and `next build` within seconds, with one line.
// The work is in lib/next-config.ts, loaded through tsx (Node 20 cannot strip types itself). The
// static export has checked the content before it builds: its config comes from the light
// lib/export-config.ts, without loading the content pipeline (1.5 s).
const tsx = require('tsx/cjs/api');

/** @type {typeof import('./lib/export-config')} */
const exportConfig = tsx.require('./lib/export-config.ts', __filename);

/** @param {string} phase */
module.exports = (phase) => {
  if (exportConfig.isCheckedExport(process.env)) return exportConfig.checkedExportConfig(__dirname, process.env);
  /** @type {typeof import('./lib/next-config')} */
  const { nextConfig } = tsx.require('./lib/next-config.ts', __filename);
  return nextConfig(phase, __dirname);
};
