// `npm run cv:pdf [-- --out <file>] [--page /cv/] [--site <folder>] [--from <export>]`: the CV page as a PDF, printed
// by the Chromium the browser tests use, from the same static export visitors get, so the PDF and
// the page never disagree. The print stylesheet does the layout (A4, no menu, no buttons, link
// targets shown). Writes public/files/cv.pdf unless --out says otherwise; prints its page count.
// --from <folder> prints from an export made already (npm run export) instead of making one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { checkOrExit } from '../lib/check';
import { siteFolders } from '../lib/site-model';
import { commandLine } from './args';
import { ROOT, freePort, startServer } from './bench-lib';
import { findChromium } from './find-chromium';

const { values } = commandLine('cv:pdf', 'usage: npm run cv:pdf [-- --out <file>] [--page /cv/] [--site <folder>] [--from <export>]', {
  out: { type: 'string' },
  page: { type: 'string' },
  site: { type: 'string' },
  from: { type: 'string' },
});
const SITE = path.resolve(ROOT, values.site ?? '.');
const OUT = path.resolve(process.cwd(), values.out ?? path.join(SITE, 'public', 'files', 'cv.pdf'));

/** The pages of a PDF, counted from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

async function main(): Promise<void> {
  const model = checkOrExit(siteFolders(SITE));
  // The page given, else the one that includes the CV template, else /cv/.
  const cvPage = values.page ?? model.sources.find((source) => /\{%-?\s*include\s+cv-template/.test(source.body))?.meta.permalink ?? '/cv/';
  if (!model.sources.some((source) => source.meta.permalink.replace(/\/+$/, '') === cvPage.replace(/\/+$/, ''))) {
    console.error(`cv:pdf: no page at ${cvPage}; name one with --page (the site has ${model.sources.slice(0, 8).map((source) => source.meta.permalink).join(', ')})`);
    process.exit(1);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'cv-pdf-'));
  const from = values.from;
  const served = from === undefined ? path.join(work, 'out') : path.resolve(process.cwd(), from);
  const exported = from !== undefined ? { status: 0, stdout: '', stderr: '' } : spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', 'export.ts'), '--site', SITE, '--out', path.join(work, 'out')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (exported.status !== 0) {
    process.stdout.write(exported.stdout);
    process.stderr.write(exported.stderr);
    process.exit(exported.status ?? 1);
  }
  const port = await freePort();
  const server = await startServer(['npx', 'tsx', path.join(ROOT, 'scripts', 'serve-static.ts'), served, '--port', String(port)], `http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    const page = await browser.newPage();
    const address = `http://127.0.0.1:${port}${cvPage.endsWith('/') || /\.[a-z]+$/i.test(cvPage) ? cvPage : `${cvPage}/`}`;
    const response = await page.goto(address, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${address} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, pdf);
    console.log(`cv:pdf: wrote ${path.relative(process.cwd(), OUT) || OUT} from ${cvPage}: ${pdfPageCount(pdf)} A4 page${pdfPageCount(pdf) === 1 ? '' : 's'}, ${pdf.length} bytes.`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`cv:pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
