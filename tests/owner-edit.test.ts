// Proof that the suite does not hold the owner's words: a copy of content/ with one more news item
// and the owner renamed still passes the one content-dependent test (npm run test:content).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent } from '../lib/check';
import { buildFeeds } from '../lib/publish/feeds';
import { siteFolders } from '../lib/site-model';

const ROOT = path.resolve(__dirname, '..');
const NEW_NAME = 'Rosalind Franklin-Test';

/** Adds a dated news item where the page keeps its news (or a news section at the body's top level). */
function addNewsItem(profile: string, line: number | undefined): string {
  const lines = profile.split('\n');
  if (line !== undefined) {
    const bullet = /^(\s*[-*+]\s+)/.exec(lines[line - 1] ?? '')?.[1] ?? '- ';
    lines.splice(line - 1, 0, `${bullet}January 2030: an item added by the owner-edit test.`, '');
    return lines.join('\n');
  }
  const top = Math.min(2, ...[...profile.matchAll(/^(#{1,6})\s+\S/gm)].map((m) => m[1]?.length ?? 2));
  return `${profile.trimEnd()}\n\n${'#'.repeat(top)} News\n\n- January 2030: an item added by the owner-edit test.\n`;
}

describe('the owner edits content/', () => {
  it('adds a news item and renames the owner: the content test is still green and sees both', () => {
    const original = checkContent(siteFolders(ROOT));
    if (!original.ok) throw new Error(original.message);
    const [home] = original.model.pages;
    if (!home) throw new Error('no home page');
    const entries = buildFeeds(original.model.site, home).entries.length;
    const firstNews = home.sections.find((section) => section.kind === 'news')?.blocks.flatMap((block) => (block.type === 'list' ? block.items : []))[0];

    const site = mkdtempSync(path.join(os.tmpdir(), 'owner-edit-'));
    cpSync(path.join(ROOT, 'content'), path.join(site, 'content'), { recursive: true });
    if (existsSync(path.join(ROOT, 'public'))) cpSync(path.join(ROOT, 'public'), path.join(site, 'public'), { recursive: true });
    const profileFile = path.join(site, 'content', 'profile.md');
    writeFileSync(profileFile, addNewsItem(readFileSync(profileFile, 'utf8'), firstNews?.line));
    const siteFile = path.join(site, 'content', 'site.yml');
    const yaml = parseDocument(readFileSync(siteFile, 'utf8'));
    if (yaml.getIn(['title']) === original.model.site.author.name) yaml.setIn(['title'], NEW_NAME);
    yaml.setIn(['author', 'name'], NEW_NAME);
    writeFileSync(siteFile, yaml.toString());

    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'test-content.ts'), '--site', site], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${entries + 1} feed entries`);
    expect(readFileSync(path.join(ROOT, '.e2e-content', 'index.html'), 'utf8')).toContain(`<h1>${NEW_NAME}</h1>`);
  }, 180_000);
});
