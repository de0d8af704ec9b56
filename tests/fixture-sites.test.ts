// The fixture sites the browser tests build (npm run build:e2e): their content passes the check,
// and the warnings they are meant to cause are exactly these (the build does not print them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, warningLines } from '../lib/check';
import { loadSiteRoutes, siteFolders } from '../lib/site-model';

const FIXTURES = path.resolve(__dirname, 'fixtures');

describe('the fixture sites', () => {
  it('the academicpages fixture, once imported, renders every page and item with no warning', () => {
    const into = mkdtempSync(path.join(os.tmpdir(), 'imported-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '..', 'scripts', 'import.ts'), path.join(FIXTURES, 'academicpages'), '--into', into], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const verdict = checkContent(siteFolders(into), {});
    if (!verdict.ok) throw new Error(verdict.message);
    expect(warningLines(verdict.model)).toEqual([]);
    expect(verdict.model.pages).toHaveLength(19);
    // No Liquid is left in any page.
    for (const page of verdict.model.pages) expect(JSON.stringify(page), page.file).not.toMatch(/\{%|\{\{/);
    // The importer ran the same check and said so.
    expect(result.stdout).toContain('Content check: 19 pages rendered, 0 warnings.');
    // One rendered page for each page source, in the same order: a build's workers take the paths
    // they prerender from the rendered pages (lib/data.ts getServedPaths).
    const routes = loadSiteRoutes(siteFolders(into), {});
    expect(verdict.model.pages.map((page) => [page.meta.permalink, page.aliases])).toEqual(routes.sources.map((source) => [source.meta.permalink, source.aliases ?? []]));
  });

  it.each(['fr', 'ar', 'scholar'])('the %s site passes the check with no warning', (locale) => {
    const verdict = checkContent(siteFolders(path.join(FIXTURES, 'sites', locale)), {});
    expect(verdict.ok && warningLines(verdict.model)).toEqual([]);
  });
});
