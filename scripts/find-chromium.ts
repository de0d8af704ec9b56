// Finds a Chromium for the browser tests and benchmarks: CHROME_PATH, then Playwright's own
// download (`npx playwright install chromium`), then a system browser (Debian: apt-get install chromium).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function playwrightsOwn(): string | undefined {
  try {
    const file = chromium.executablePath();
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The browser's executable. Exits with one line saying how to get a browser when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    process.exit(1);
  }
  const found =
    playwrightsOwn() ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : SYSTEM_BROWSERS.map(onPath).find(Boolean));
  if (found) return found;
  console.error(
    "No Chromium found: run `npx playwright install chromium`, or install your system's package (Debian: `sudo apt-get install chromium`), or set CHROME_PATH.",
  );
  process.exit(1);
}
