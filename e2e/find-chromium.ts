// Finds a Chromium for Playwright: CHROME_PATH, then Playwright's own download, then a system browser.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function playwrightHasItsOwn(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/**
 * The browser to launch: a path, or undefined for Playwright's own download. Exits with one line
 * saying how to get a browser when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    process.exit(1);
  }
  if (playwrightHasItsOwn()) return undefined;
  const system = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : SYSTEM_BROWSERS.map(onPath).find(Boolean);
  if (system) return system;
  console.error(
    'No Chromium found for the browser tests: run `npx playwright install chromium`, or install your system\'s package (Debian: `sudo apt-get install chromium`), or set CHROME_PATH.',
  );
  process.exit(1);
}
