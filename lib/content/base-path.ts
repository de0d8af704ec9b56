// The site's base path, for a site served under a folder (GitHub project pages: /repo).
import { ContentError } from './error';

export const BASE_PATH_ENV = 'BASE_PATH';

/** "" for a site at the root of its host, else "/repo" (no trailing slash). */
export function basePathFrom(env: Readonly<Record<string, string | undefined>>): string {
  const value = (env[BASE_PATH_ENV] ?? '').trim();
  if (value === '' || value === '/') return '';
  const basePath = `/${value.replace(/^\/+|\/+$/g, '')}`;
  if (!/^(?:\/[A-Za-z0-9._~-]+)+$/.test(basePath)) {
    throw new ContentError({
      file: `${BASE_PATH_ENV} (environment variable)`,
      expected: 'a path such as /repo (letters, digits, ".", "_", "~", "-" between slashes)',
      found: JSON.stringify(value),
    });
  }
  return basePath;
}
