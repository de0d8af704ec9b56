// The content check: the whole site loaded before anything compiles. A mistake ends the process
// with one line, `file:line: field: expected ..., found ...`, printed last and with no stack trace.
import { ContentError } from './content/error';
import type { Environment } from './content/site';
import { type SiteFolders, type SiteModel, loadSiteModel } from './site-model';

export type Verdict = { ok: true; model: SiteModel } | { ok: false; message: string };

/** Loads the site; a ContentError becomes a failed verdict, any other error is a bug and is thrown. */
export function checkContent(folders: SiteFolders, env: Environment = process.env): Verdict {
  try {
    return { ok: true, model: loadSiteModel(folders, env) };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The warnings as the build prints them, one line each. */
export function warningLines(model: SiteModel): string[] {
  return model.warnings.map((warning) => `warning: ${warning}`);
}

/**
 * Runs the check for a command (build, dev, export, import): prints the warnings, or the error as
 * the last line and exits 1.
 */
export function checkOrExit(folders: SiteFolders, env: Environment = process.env): SiteModel {
  const verdict = checkContent(folders, env);
  if (!verdict.ok) {
    process.stderr.write(`${verdict.message}\n`);
    process.exit(1);
  }
  for (const line of warningLines(verdict.model)) process.stderr.write(`${line}\n`);
  return verdict.model;
}
