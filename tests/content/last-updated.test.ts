import { execFileSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../lib/content/last-updated';
import { folderWith } from '../helpers';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_COMMITTER_DATE: '2024-07-01T12:00:00Z', GIT_AUTHOR_DATE: '2024-07-01T12:00:00Z' } });

describe('lastUpdated', () => {
  it('is the newest file time when the folder is not in git', () => {
    const dir = folderWith({ 'content/a.md': 'a', 'content/sub/b.md': 'b' });
    utimesSync(path.join(dir, 'content/a.md'), new Date('2020-01-01'), new Date('2020-01-01'));
    utimesSync(path.join(dir, 'content/sub/b.md'), new Date('2021-05-06'), new Date('2021-05-06'));
    expect(lastUpdated(path.join(dir, 'content'))).toEqual(new Date('2021-05-06'));
  });

  it('is the last commit touching the folder, and a later uncommitted edit when there is one', () => {
    const dir = folderWith({ 'content/a.md': 'a', 'other.txt': 'x' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'content');
    const content = path.join(dir, 'content');
    expect(lastUpdated(content)).toEqual(new Date('2024-07-01T12:00:00Z'));
    writeFileSync(path.join(content, 'a.md'), 'edited');
    utimesSync(path.join(content, 'a.md'), new Date('2025-02-03'), new Date('2025-02-03'));
    expect(lastUpdated(content)).toEqual(new Date('2025-02-03'));
    // An edit whose file time is older than the commit: the commit's date.
    utimesSync(path.join(content, 'a.md'), new Date('2023-01-01'), new Date('2023-01-01'));
    expect(lastUpdated(content)).toEqual(new Date('2024-07-01T12:00:00Z'));
  });

  it('is no date for an empty folder outside git, or a folder no commit touches', () => {
    const dir = folderWith({ 'content/.keep': '' });
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    expect(lastUpdated(empty)).toBeNull();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'other');
    expect(lastUpdated(empty)).toBeNull();
  });
});
