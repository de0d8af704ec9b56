// When the content last changed: the last commit touching content/, else the newest file's mtime.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function gitDate(dir: string): Date | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    // No commit touches the folder: no output, which is no date.
    const date = new Date(out);
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
}

function newestMtime(dir: string): Date | null {
  let newest = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  walk(dir);
  return newest === 0 ? null : new Date(newest);
}

/**
 * The content's last change. A file edited after the last commit (the owner previewing with
 * `next dev`) counts from its mtime, so the date never lags behind what is shown.
 */
export function lastUpdated(contentDir: string): Date | null {
  const committed = gitDate(contentDir);
  const modified = committed === null || hasLocalChanges(contentDir) ? newestMtime(contentDir) : null;
  if (committed === null) return modified;
  if (modified === null) return committed;
  return modified > committed ? modified : committed;
}

function hasLocalChanges(dir: string): boolean {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--', '.'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000,
      }).trim() !== ''
    );
  } catch {
    return false;
  }
}
