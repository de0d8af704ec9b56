// Builds the second site the browser tests visit: the academicpages fixture (tests/fixtures/) run
// through the importer into .e2e-site/, next to a copy of the app, then `next build` there, and
// its static export in .e2e-site/out/. It proves the importer's output builds and renders: more
// pages, the menu, redirects, raw HTML, with the Node server and as static files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.join(ROOT, '.e2e-site');

/**
 * @param {string[]} command
 * @param {string} cwd
 */
function run(command, cwd) {
  const [program = 'node', ...args] = command;
  const result = spawnSync(program, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE);
for (const name of ['app', 'components', 'lib', 'next.config.js', 'tsconfig.json', 'package.json', 'server.mjs']) {
  cpSync(path.join(ROOT, name), path.join(SITE, name), { recursive: true });
}
run(['node', path.join(ROOT, 'scripts', 'import.mjs'), path.join(ROOT, 'tests', 'fixtures', 'academicpages'), '--into', SITE], ROOT);
// node_modules is found in the project folder above, which is also Turbopack's root (the lockfile).
run(['npx', 'next', 'build'], SITE);
// And its static export, which the tests serve with a plain file server.
run(['node', path.join(ROOT, 'scripts', 'export.mjs'), '--site', SITE, '--out', path.join(SITE, 'out')], ROOT);
