// next.config.js runs the content check before Next compiles anything: `next build` and `next dev`
// on broken content stop within seconds, the message last.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'sites', 'fr');

/** A copy of the French fixture site, with one file changed. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broken-site-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const target = path.join(dir, 'content', file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

/** Runs a command in the project with the site's content somewhere else; stdout and stderr as one text. */
function run(command: string, contentDir: string, timeout: number) {
  const started = Date.now();
  const result = spawnSync('sh', ['-c', `${command} 2>&1`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: path.join(mkdtempSync(path.join(os.tmpdir(), 'dist-')), '.next'),
      SITE_CONTENT_CHECKED: '',
    },
  });
  const lines = result.stdout.split('\n').map((line) => line.replace(/\x1b\[[\d;?]*[a-zA-Z]/g, '').trim()).filter((line) => line !== '');
  return { status: result.status, seconds: (Date.now() - started) / 1000, lines };
}

describe('the content check before anything compiles', () => {
  it('stops `next build` on a wrong url within seconds, the file:line message last, with no stack trace', () => {
    const dir = brokenCopy('site.yml', (text) => text.replace(/^url: .*$/m, 'url: marie-curie.example.org'));
    const { status, seconds, lines } = run('npx next build', path.join(dir, 'content'), 60_000);
    expect(status).toBe(1);
    expect(lines.at(-1)).toMatch(/content\/site\.yml:3: `url`: expected the absolute URL of the site \(https:\/\/\.\.\.\), found the text "marie-curie\.example\.org"$/);
    expect(lines.some((line) => /Creating an optimized production build|Compiled|Running TypeScript/.test(line))).toBe(false);
    expect(lines.some((line) => /^at |Build error occurred/.test(line))).toBe(false);
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it('stops `next dev` on unquoted front matter, printing the plain-words message once, last', () => {
    const dir = brokenCopy('pages/enseignement.md', (text) => text.replace('title: Enseignement', 'title: Cours: physique'));
    const { status, lines } = run(`npx next dev -p ${39000 + Math.floor(Math.random() * 900)}`, path.join(dir, 'content'), 60_000);
    expect(status).toBe(1);
    const message = lines.filter((line) => line.includes('enseignement.md'));
    expect(message).toEqual([expect.stringMatching(/content\/pages\/enseignement\.md:3: `title`: expected a value in quotes when it contains ": ", found the unquoted value "Cours: physique"\. Put the value in quotes: `title: "Cours: physique"`/)]);
    expect(lines.at(-1)).toBe(message[0]);
  }, 60_000);
});
