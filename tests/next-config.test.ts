import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { stampFile, stampSource } from '../lib/dev/content-watch';
import { describe, expect, it } from 'vitest';
import { nextConfig } from '../lib/next-config';
import { contentSecurityPolicy } from '../lib/publish/security-headers';
import { siteThemeScript } from '../lib/publish/theme-script';
import { trailingSlashRedirects } from '../lib/publish/redirects';
import { FIXTURE_CONTENT, folderWith, readSite } from './helpers';

const ENV = { CONTENT_DIR: FIXTURE_CONTENT, SITE_CONTENT_CHECKED: '1' };
const THEME = siteThemeScript(readSite(FIXTURE_CONTENT, 'public', {}).ui);

async function headersOf(phase: string, root: string, env: Record<string, string> = ENV): Promise<Record<string, string>> {
  const config = nextConfig(phase, root, env);
  const rules = (await config.headers?.()) ?? [];
  expect(rules.map((rule) => rule.source)).toEqual(['/:path*']);
  return Object.fromEntries((rules[0]?.headers ?? []).map(({ key, value }) => [key, value]));
}

describe('nextConfig', () => {
  it('serves the lean pages with the strict CSP: the theme script by its hash, no unsafe-inline', async () => {
    const headers = await headersOf(PHASE_PRODUCTION_SERVER, folderWith({ 'components/A.tsx': 'export const A = 1;' }));
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy({ kind: 'lean', inline: [THEME] }));
    expect(headers['X-Robots-Tag']).toBeUndefined();
  });

  it("allows Next's inline runtime once the project has a client component, and next dev's runtime only in next dev", async () => {
    const withClient = folderWith({ 'components/Like.tsx': "'use client';\nexport const Like = 1;" });
    expect((await headersOf(PHASE_PRODUCTION_SERVER, withClient))['Content-Security-Policy']).toBe(contentSecurityPolicy({ kind: 'runtime' }));
    expect((await headersOf(PHASE_DEVELOPMENT_SERVER, folderWith({})))['Content-Security-Policy']).toBe(contentSecurityPolicy({ kind: 'development' }));
  });

  it('marks every answer of a preview deployment noindex', async () => {
    expect((await headersOf(PHASE_PRODUCTION_SERVER, folderWith({}), { ...ENV, VERCEL_ENV: 'preview' }))['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it("uses the one URL form: the pages' redirects first, then the trailing-slash rules, Next's own off", async () => {
    const config = nextConfig(PHASE_PRODUCTION_SERVER, folderWith({}), ENV);
    expect(config.trailingSlash).toBe(true);
    expect(config.skipTrailingSlashRedirect).toBe(true);
    expect(await config.redirects?.()).toEqual([
      { source: '/about', destination: '/', permanent: true },
      { source: '/about.html', destination: '/', permanent: true },
      { source: '/courses', destination: '/teaching/', permanent: true },
      ...trailingSlashRedirects(''),
    ]);
  });

  it('exports folders with index.html files, and no headers or redirects (a static host has none)', () => {
    const config = nextConfig(PHASE_PRODUCTION_SERVER, folderWith({}), { ...ENV, STATIC_EXPORT: '1' });
    expect(config.output).toBe('export');
    expect(config.trailingSlash).toBe(true);
    expect(config.headers).toBeUndefined();
    expect(config.redirects).toBeUndefined();
  });

  it('writes the stamp module for a build (it compiles lib/data.ts, which imports it), and nothing for a server', () => {
    const server = folderWith({});
    nextConfig(PHASE_PRODUCTION_SERVER, server, ENV);
    expect(existsSync(stampFile(server))).toBe(false);
    const build = folderWith({});
    nextConfig(PHASE_PRODUCTION_BUILD, build, ENV);
    expect(readFileSync(stampFile(build), 'utf8')).toBe(stampSource(0));
  });

  it('gives the checked export its config without reading any content: the base path from the environment, every core, the stamp module written', () => {
    // No content folder at all: reading it would fail.
    const root = folderWith({});
    const config = nextConfig(PHASE_PRODUCTION_BUILD, root, { STATIC_EXPORT: '1', SITE_CONTENT_CHECKED: '1', CONTENT_DIR: path.join(root, 'missing'), BASE_PATH: 'site/' });
    expect(config.basePath).toBe('/site');
    expect(config.output).toBe('export');
    expect(config.experimental?.cpus).toBe(availableParallelism());
    expect(readFileSync(stampFile(root), 'utf8')).toBe(stampSource(0));
  });
});
