// One Lighthouse run, in plain Node: tsx's transform names every function (esbuild's keepNames),
// and Lighthouse sends some of its functions to the page as source text, where that helper does
// not exist ("__name is not defined"). scripts/bench.ts runs this file once per run.
// Usage: node scripts/lighthouse-run.mjs <url> <mobile|desktop> <chromium> <out.json>
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

const [url, formFactor, chromePath, out] = process.argv.slice(2);
if (!url || !out || !chromePath || (formFactor !== 'mobile' && formFactor !== 'desktop')) {
  console.error('usage: node scripts/lighthouse-run.mjs <url> <mobile|desktop> <chromium> <out.json>');
  process.exit(2);
}
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error('Lighthouse returned nothing');
  if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
  writeFileSync(out, JSON.stringify(result.lhr));
} finally {
  await chrome.kill();
}
