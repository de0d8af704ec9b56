// scripts/import.ts as the owner runs it (a process of its own). Kept apart from the importer's
// unit tests (academicpages.test.ts), which the mutation run uses: it cannot see into a process.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { folderWith } from '../helpers';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'academicpages');

describe('scripts/import.ts', { timeout: 60_000 }, () => {
  const runImport = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'scripts', 'import.ts'), ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('imports, reports and checks what it wrote; refuses to overwrite without --force, and replaces with it', () => {
    const into = folderWith({});
    const run = runImport(FIXTURE, '--into', into);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toContain('Content check: 19 pages rendered, 0 warnings.');
    writeFileSync(path.join(into, 'content', 'site.yml'), 'edited: true\n');
    const again = runImport(FIXTURE, '--into', into);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('files already exist; nothing was written');
    expect(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).toBe('edited: true\n');
    expect(runImport(FIXTURE, '--into', into, '--force').status).toBe(0);
    expect(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).toContain('title: Ada Lovelace');
  });

  it('explains its usage without a path, and refuses an unknown option by its name', () => {
    expect(runImport()).toMatchObject({ status: 1, stderr: expect.stringContaining('usage: npm run import -- <path to an academicpages checkout>') });
    expect(runImport(FIXTURE, '--fast')).toMatchObject({ status: 1, stderr: expect.stringContaining("Unknown option '--fast'") });
  });

  it('copies _bibliography/*.bib, _data/cv.json and the scholar settings, and the site builds from them', () => {
    const dir = folderWith({
      '_config.yml': 'title: E\nurl: https://e.example.org\ninclude: [_pages]\nauthor:\n  name: Albert Einstein\nscholar:\n  last_name: [Einstein]\n  first_name: [Albert]\n',
      '_pages/about.md': '---\npermalink: /\n---\nHello {% cite e1905 %}.\n',
      '_pages/publications.md': '---\npermalink: /publications/\ntitle: Publications\n---\n{% bibliography %}\n',
      '_pages/cv-json.md': '---\npermalink: /cv-json/\ntitle: CV\n---\n{% include base_path %}\n\n{% include cv-template.html %}\n',
      '_bibliography/papers.bib': '@article{e1905, title={On bodies}, author={Einstein, Albert}, year={1905}}\n',
      '_data/cv.json': '{"basics": {"name": "Albert Einstein"}, "work": [{"company": "Patent Office", "position": "Expert"}]}',
    });
    const into = folderWith({});
    const run = runImport(dir, '--into', into);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  _bibliography/ -> content/bibliography/: papers.bib');
    expect(run.stdout).toContain('  _data/ -> content/_data/: cv.json');
    expect(run.stdout).toContain('Content check: 4 pages rendered, 0 warnings.');
    expect(readFileSync(path.join(into, 'content', 'bibliography', 'papers.bib'), 'utf8')).toContain('@article{e1905');
    expect(YAML.parse(readFileSync(path.join(into, 'content', 'site.yml'), 'utf8')).scholar).toEqual({ last_name: ['Einstein'], first_name: ['Albert'] });
  });
});
