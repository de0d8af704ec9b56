// The preview refreshes itself: under `next dev`, saving a content file shows the edit in the open
// page with no reload, and so does a content error and its fix (lib/dev/content-watch.ts). The
// spec runs `next dev` on a copy of the app and of the fixture site (.e2e-dev), edits the copy's
// files and waits for the new text, having marked the page's window: a reload would lose the mark.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { E2E } from './targets';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.e2e-dev');
const CONTENT = path.join(WORK, 'content');
const URL = E2E.dev.url;
/**
 * A refresh takes about 0.3 s here (measured apart, not timed by this test); the wait leaves room
 * for a 2-core machine busy with the other browser tests.
 */
const REFRESH_MS = 10_000;

let dev: ChildProcess | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  for (const name of ['app', 'components', 'lib', 'next.config.js', 'tsconfig.json', 'package.json']) cpSync(path.join(ROOT, name), path.join(WORK, name), { recursive: true });
  rmSync(path.join(WORK, 'lib', 'dev', 'content-stamp.js'), { force: true });
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'site', 'content'), CONTENT, { recursive: true });
  mkdirSync(path.join(WORK, 'public'));
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  dev = spawn('npx', ['next', 'dev', '--port', String(E2E.dev.port), '--hostname', '127.0.0.1'], {
    cwd: WORK,
    // The copy's own content/, whatever CONTENT_DIR the tests were started with.
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  // Ready once the home page has compiled and answers.
  for (const deadline = Date.now() + 170_000; ; ) {
    try {
      if ((await fetch(`${URL}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next dev did not answer at ${URL} within 170 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await stopDev();
  // next dev's workers may still flush .next/ for a moment after the group has gone; rmSync
  // retries ENOTEMPTY/EBUSY rather than failing the run on a race with them.
  rmSync(WORK, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
});

/** Ends next dev's whole process group (npx, next, its workers) and waits until npx has exited. */
async function stopDev(): Promise<void> {
  const child = dev;
  if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const group = -child.pid;
  process.kill(group, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
  // Whatever of the group outlived npx (a worker between two writes) is stopped too.
  try {
    process.kill(group, 'SIGKILL');
  } catch {
    // the whole group has gone
  }
}

/** Replaces text in a content file of the copy, as an editor saves it. */
function edit(file: string, from: string, to: string): void {
  const full = path.join(CONTENT, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

/**
 * Opens a page, waits until it has settled (nothing left compiling for it) and Next's dev client
 * has connected its hot-reload socket (a save before that goes unheard: on a busy machine
 * hydration and the first compiles take seconds), and marks the page's window: the mark survives
 * a refresh of the page's content, not a reload.
 */
async function openMarked(page: Page, sitePath: string): Promise<void> {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[HMR] connected'), timeout: 60_000 });
  // Settled: the icons and styles the page asks for compiled (next dev compiles each on its first request).
  await page.goto(`${URL}${sitePath}`, { waitUntil: 'networkidle', timeout: 60_000 });
  await connected;
  await page.evaluate(() => {
    document.documentElement.dataset.previewMark = 'kept';
  });
}

const stillMarked = (page: Page) => page.evaluate(() => document.documentElement.dataset.previewMark);

test('an edit of the home page shows without a reload', async ({ page }) => {
  await openMarked(page, '/');
  await expect(page.getByText('Harvard Computation Laboratory').first()).toBeVisible();
  edit('profile.md', 'Harvard Computation Laboratory', 'Analytical Engine Workshop');
  await expect(page.getByText('Analytical Engine Workshop').first()).toBeVisible({ timeout: REFRESH_MS });
  await expect(page.getByText('Harvard Computation Laboratory')).toHaveCount(0);
  expect(await stillMarked(page)).toBe('kept');
});

test('an edit of site.yml shows on the open page', async ({ page }) => {
  await openMarked(page, '/');
  const before = (await page.locator('header').first().textContent()) ?? '';
  edit('site.yml', 'Grace Hopper', 'Rear Admiral Grace Hopper');
  await expect(page.getByText('Rear Admiral Grace Hopper').first()).toBeVisible({ timeout: REFRESH_MS });
  expect(before).not.toContain('Rear Admiral');
  expect(await stillMarked(page)).toBe('kept');
});

test('a new include, then an edit of it alone, show on the page that uses it', async ({ page }) => {
  await openMarked(page, '/teaching/');
  mkdirSync(path.join(CONTENT, '_includes'), { recursive: true });
  writeFileSync(path.join(CONTENT, '_includes', 'office-hours.html'), '<p>Office hours on Tuesdays.</p>\n');
  edit('pages/teaching.md', 'Courses I teach, with their materials.', 'Courses I teach, with their materials.\n\n{% include office-hours.html %}');
  await expect(page.getByText('Office hours on Tuesdays.')).toBeVisible({ timeout: REFRESH_MS });
  edit('_includes/office-hours.html', 'Tuesdays', 'Thursdays');
  await expect(page.getByText('Office hours on Thursdays.')).toBeVisible({ timeout: REFRESH_MS });
  expect(await stillMarked(page)).toBe('kept');
});

test("a content error's message shows on the open page over the last good content, and goes when it is fixed", async ({ page }) => {
  await openMarked(page, '/');
  const notice = page.getByRole('alert').filter({ hasText: 'content error' });
  edit('profile.md', 'permalink: /\n', 'permalink: /home/\n');
  // The content check's message: the file, the field, what was expected and what was found.
  await expect(notice).toContainText('profile.md', { timeout: REFRESH_MS });
  await expect(notice).toContainText('permalink');
  await expect(notice).toContainText('"/" (profile.md is the home page)');
  await expect(notice).toContainText('/home/');
  await expect(page.getByText('Analytical Engine Workshop').first()).toBeVisible();
  edit('profile.md', 'permalink: /home/\n', 'permalink: /\n');
  await expect(notice).toHaveCount(0, { timeout: REFRESH_MS });
  await expect(page.getByText('Analytical Engine Workshop').first()).toBeVisible();
  expect(await stillMarked(page)).toBe('kept');
});
