// The site model made once per build and handed to Next's workers. The content check renders
// every page before anything compiles; without this, each worker that prerenders pages would read
// and render the whole site again for itself (3 s a worker on a site of 900 pages, more than the
// half of the pages it renders). The check's process writes what the pages need with
// v8.serialize (3 MB and 10 ms for that site) and names the file in SITE_MODEL_FILE, which the
// workers inherit; each reads it back in milliseconds.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { routeTable } from './content/routes';
import type { SiteModel } from './site-model';

/** The environment variable that names the file. */
export const MODEL_FILE_ENV = 'SITE_MODEL_FILE';

/** What routes and components use of the model (lib/data.ts). */
export type ServedModel = Pick<SiteModel, 'site' | 'basePath' | 'pages' | 'routes' | 'mathStyles' | 'codeStyles'>;

/** Bumped when ServedModel changes shape, so that a file of another version is not taken for one. */
const FORMAT = 'academic-site/served-model@1';

type Written = Omit<ServedModel, 'routes'> & { format: typeof FORMAT };

/** Writes the model's served part to `file`. */
export function writeServedModel(model: SiteModel, file: string): void {
  const written: Written = { format: FORMAT, site: model.site, basePath: model.basePath, pages: model.pages, mathStyles: model.mathStyles, codeStyles: model.codeStyles };
  writeFileSync(file, serialize(written));
}

/** A value read back is one of ours when it carries our format and has the fields' kinds. */
function isWritten(value: unknown): value is Written {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === FORMAT &&
    'site' in value &&
    typeof value.site === 'object' &&
    value.site !== null &&
    'basePath' in value &&
    typeof value.basePath === 'string' &&
    'pages' in value &&
    Array.isArray(value.pages) &&
    'mathStyles' in value &&
    value.mathStyles instanceof Map &&
    'codeStyles' in value &&
    value.codeStyles instanceof Map
  );
}

/** The model in `file`, with its route table made again; null when the file is not one of ours. */
export function readServedModel(file: string): ServedModel | null {
  let value: unknown;
  try {
    value = deserialize(readFileSync(file));
  } catch {
    return null;
  }
  if (!isWritten(value)) return null;
  const { site, basePath, pages, mathStyles, codeStyles } = value;
  return { site, basePath, pages, routes: routeTable(pages), mathStyles, codeStyles };
}

/**
 * Writes the model to a new temporary file and names it in this process's environment, for the
 * worker processes it starts; the file goes when this process ends.
 */
export function shareServedModel(model: SiteModel, env: Record<string, string | undefined> = process.env): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-model-'));
  const file = path.join(dir, 'model.v8');
  writeServedModel(model, file);
  env[MODEL_FILE_ENV] = file;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return file;
}
