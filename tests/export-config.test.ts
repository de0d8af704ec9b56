import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ensureStamp, stampFile, stampSource } from '../lib/dev/content-watch';
import { CHECKED_ENV, checkedExportConfig, commonConfig, isCheckedExport, staticExportConfig } from '../lib/export-config';
import { folderWith } from './helpers';

describe('the Next config that needs no content', () => {
  it('is the checked export only when the export set both marks', () => {
    expect(CHECKED_ENV).toBe('SITE_CONTENT_CHECKED');
    expect(isCheckedExport({ STATIC_EXPORT: '1', SITE_CONTENT_CHECKED: '1' })).toBe(true);
    expect(isCheckedExport({ STATIC_EXPORT: '1' })).toBe(false);
    expect(isCheckedExport({ SITE_CONTENT_CHECKED: '1' })).toBe(false);
    expect(isCheckedExport({ STATIC_EXPORT: 'true', SITE_CONTENT_CHECKED: '1' })).toBe(false);
    expect(isCheckedExport({ STATIC_EXPORT: '1', SITE_CONTENT_CHECKED: '0' })).toBe(false);
  });

  it('shares the base path, strict mode, unoptimised images and the type check (skipped only when npm test has run it)', () => {
    expect(commonConfig('/lab', {})).toEqual({ reactStrictMode: true, basePath: '/lab', images: { unoptimized: true }, typescript: { ignoreBuildErrors: false } });
    expect(commonConfig('', { SKIP_BUILD_TYPECHECK: '1' }).typescript).toEqual({ ignoreBuildErrors: true });
  });

  it('exports folders with index.html files, rendered on every core', () => {
    expect(staticExportConfig('', {})).toEqual({ ...commonConfig('', {}), output: 'export', trailingSlash: true, experimental: { cpus: availableParallelism() } });
  });

  it('takes the checked export base path from the environment and makes sure the stamp module exists, keeping one that does', () => {
    const root = folderWith({});
    expect(checkedExportConfig(root, { BASE_PATH: '/repo/' })).toEqual(staticExportConfig('/repo', {}));
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(0));
    writeFileSync(stampFile(root), stampSource(5));
    ensureStamp(root);
    checkedExportConfig(root, {});
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(5));
    expect(() => checkedExportConfig(root, { BASE_PATH: '/a b' })).toThrow(/BASE_PATH/);
  });
});
