// `npm run test:vercel`: Vercel's own builder on the fixture site, offline. For a production and a
// preview (VERCEL_ENV=preview) deployment it makes a work copy of the project with the fixture's
// content (tests/fixtures/site, never the owner's), links node_modules into it, writes a local
// .vercel/project.json (no account, no network), runs the pinned CLI's `vercel build` (a
// devDependency: 58.10.0, the last that installs on Node 20 here), prints how the output answers
// the paths that matter, then runs the assertions (tests/vercel/*.check.ts) on .vercel/output.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answer, readOutputConfig } from '../tests/vercel/router';
import { table } from './bench-lib';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.vercel-e2e');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');
const PROJECT = ['app', 'components', 'lib', 'scripts', 'next.config.js', 'tsconfig.json', 'package.json', 'package-lock.json', 'server.ts'];
const VERCEL = path.join(ROOT, 'node_modules', '.bin', 'vercel');

/** node_modules as hard links: Turbopack compiles nothing outside the project folder (no symlink out). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkSync(source, target);
  }
}

function prepare(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, '.vercel'), { recursive: true });
  for (const name of PROJECT) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  cpSync(path.join(FIXTURE, 'content'), path.join(dir, 'content'), { recursive: true });
  if (existsSync(path.join(FIXTURE, 'public'))) cpSync(path.join(FIXTURE, 'public'), path.join(dir, 'public'), { recursive: true });
  linkTree(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  // What `vercel link` would write; the install command is a no-op (node_modules is there).
  const project = { projectId: 'prj_offline', orgId: 'team_offline', settings: { framework: 'nextjs', installCommand: 'true', buildCommand: null, outputDirectory: null } };
  writeFileSync(path.join(dir, '.vercel', 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
}

function run(name: string, command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): SpawnSyncReturns<string> {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VERCEL_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', SKIP_BUILD_TYPECHECK: '1', ...options.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`test:vercel: ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`test:vercel: ${name} in ${seconds} s`);
  return result;
}

if (!existsSync(VERCEL)) {
  console.error('test:vercel: the vercel CLI is not installed (npm ci installs it as a devDependency)');
  process.exit(1);
}
const builds: { target: string; args: string[]; env: Record<string, string> }[] = [
  { target: 'production', args: ['build', '--prod', '--yes'], env: {} },
  { target: 'preview', args: ['build', '--yes'], env: { VERCEL_ENV: 'preview' } },
];
for (const build of builds) {
  const dir = path.join(WORK, build.target);
  prepare(dir);
  const result = run(`vercel build (${build.target})`, VERCEL, build.args, { cwd: dir, env: build.env });
  const lean = `${result.stdout}\n${result.stderr}`.split('\n').find((line) => line.startsWith('Lean pass'));
  console.log(`  ${lean ?? 'no lean pass line in the build output'}`);
  // The copy of node_modules is only needed by the build.
  rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
}

// How the production output answers the paths that matter, printed for whoever reads the log.
const output = path.join(WORK, 'production', '.vercel', 'output');
const config = readOutputConfig(output);
const rows = ['/', '/about', '/about/', '/about.html', '/courses', '/courses/', '/teaching', '/teaching/', '/cv.html', '/cv.html/', '/feed.xml', '/no/such/page/'].map((target) => {
  const reply = answer(output, config, target);
  const csp = reply.headers['content-security-policy'] ?? '';
  return [target, reply.status, reply.headers.location ?? '', reply.file ?? '', csp.includes("'unsafe-inline'") ? 'unsafe-inline!' : csp.includes("'sha256-") ? "'self' + sha256" : csp === '' ? 'none!' : 'other', reply.headers['x-frame-options'] ?? ''];
});
console.log(table(['path', 'status', 'location', 'served from', 'script-src', 'x-frame-options'], rows));

const checks = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.vercel.config.mts'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VERCEL_OUTPUTS: WORK } });
process.exit(checks.status ?? 1);
