import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { pageAt } from '../lib/content/routes';
import { MODEL_FILE_ENV, readServedModel, shareServedModel, writeServedModel } from '../lib/shared-model';
import { loadSiteModel } from '../lib/site-model';
import { folderWith } from './helpers';

const SCHOLAR = path.join(__dirname, 'fixtures', 'sites', 'scholar');
const model = loadSiteModel({ contentDir: path.join(SCHOLAR, 'content'), publicDir: path.join(SCHOLAR, 'public') }, {});

describe('the served model, shared with the build workers', () => {
  it('reads back what was written: the same pages, styles and site, and a route table that finds every page', () => {
    const file = path.join(folderWith({}), 'model.v8');
    writeServedModel(model, file);
    const read = readServedModel(file);
    expect(read).not.toBeNull();
    expect(read?.pages).toEqual(model.pages);
    expect(read?.site).toEqual(model.site);
    expect(read?.basePath).toBe(model.basePath);
    expect(read?.mathStyles).toEqual(model.mathStyles);
    expect(read?.codeStyles).toEqual(model.codeStyles);
    expect(model.pages.length).toBeGreaterThan(3);
    for (const page of model.pages) expect(read && pageAt(read.routes, page.meta.permalink)?.meta.permalink).toBe(page.meta.permalink);
    expect(read?.routes).toEqual(model.routes);
  });

  it('is not taken from a file that is missing, not serialised, of another format, or of the wrong shape', () => {
    const dir = folderWith({ 'text.v8': 'not a serialised value' });
    expect(readServedModel(path.join(dir, 'missing.v8'))).toBeNull();
    expect(readServedModel(path.join(dir, 'text.v8'))).toBeNull();
    const written = { format: 'academic-site/served-model@1', site: model.site, basePath: '', pages: model.pages, mathStyles: new Map(), codeStyles: new Map() };
    const variants: Record<string, unknown> = {
      'other-format.v8': { ...written, format: 'academic-site/served-model@0' },
      'no-pages.v8': { ...written, pages: 'none' },
      'styles-as-object.v8': { ...written, mathStyles: {} },
      'code-styles-as-object.v8': { ...written, codeStyles: {} },
      'no-base-path.v8': { ...written, basePath: 1 },
      'no-site.v8': { ...written, site: null },
      'a-list.v8': [written],
      'a-text.v8': 'academic-site/served-model@1',
      'nothing.v8': null,
      'site-as-text.v8': { ...written, site: 'Ada' },
    };
    for (const [name, value] of Object.entries(variants)) {
      writeFileSync(path.join(dir, name), serialize(value));
      expect(readServedModel(path.join(dir, name)), name).toBeNull();
    }
    writeFileSync(path.join(dir, 'good.v8'), serialize(written));
    expect(readServedModel(path.join(dir, 'good.v8'))?.pages).toHaveLength(model.pages.length);
  });

  it('is written to a new file named in the environment given, which the workers inherit', () => {
    const env: Record<string, string | undefined> = {};
    const file = shareServedModel(model, env);
    expect(env[MODEL_FILE_ENV]).toBe(file);
    expect(existsSync(file)).toBe(true);
    expect(readServedModel(file)?.pages).toEqual(model.pages);
    expect(shareServedModel(model, {})).not.toBe(file);
    // In a folder of its own under the system's temporary folder, removed when the process ends.
    expect(path.basename(path.dirname(file))).toMatch(/^site-model-/);
    expect(path.dirname(path.dirname(file))).toBe(os.tmpdir());
  });
});
