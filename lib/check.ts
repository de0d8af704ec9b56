// The content check: the whole site loaded before anything compiles. Every problem is printed at
// once, `file:line: field: expected ..., found ...`, sorted by file and line, warnings first and
// errors last; any error ends the process, with no stack trace.
import type { Environment } from './content/site';
import { Problems, warningText } from './content/problems';
import { type SiteFolders, type SiteModel, readSiteModel } from './site-model';

export type Verdict = { ok: true; model: SiteModel; lines: string[] } | { ok: false; lines: string[]; message: string };

/** Loads the site; its errors make a failed verdict, with every problem as a line. */
export function checkContent(folders: SiteFolders, env: Environment = process.env): Verdict {
  const problems = new Problems();
  const model = readSiteModel(folders, env, problems);
  const lines = problems.lines();
  if (model !== null) return { ok: true, model, lines };
  const count = problems.errors.length;
  return { ok: false, lines, message: `${count} problem${count === 1 ? '' : 's'} to fix before the site can be built (above).` };
}

/** The warnings as the build prints them, one line each. */
export function warningLines(model: SiteModel): string[] {
  return model.warnings.map((warning) => `warning: ${warningText(warning)}`);
}

/**
 * Runs the check for a command (build, dev, export, import): prints every problem; on errors,
 * ends with a line that counts them and exits 1.
 */
export function checkOrExit(folders: SiteFolders, env: Environment = process.env): SiteModel {
  const verdict = checkContent(folders, env);
  for (const line of verdict.lines) process.stderr.write(`${line}\n`);
  if (!verdict.ok) {
    process.stderr.write(`${verdict.message}\n`);
    process.exit(1);
  }
  return verdict.model;
}
