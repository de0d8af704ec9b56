// How Vercel answers a plain GET from a Build Output API v3 folder (.vercel/output), for the parts
// of the routing that `vercel build` writes for this site: the routes of config.json phase by
// phase (none, filesystem, then resource/miss/hit/error), `src` regexes (case-insensitive),
// `has`/`missing` header conditions, `headers` (with $1 and named groups), `status`, `dest` and
// `continue`, then the files: static/ (with config.json's overrides) and the prerendered
// functions (functions/<path>.prerender-fallback.*). Not modelled: middleware, edge functions,
// query conditions, locales, `check` loops; the tests send no special headers, so the RSC routes
// never match.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const condition = z.looseObject({ type: z.string(), key: z.string(), value: z.string().optional() });
// Only the fields modelled here are kept (z.object drops the others).
const route = z.union([
  z.object({ handle: z.string() }),
  z.object({
    src: z.string(),
    dest: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    status: z.number().optional(),
    continue: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    has: z.array(condition).optional(),
    missing: z.array(condition).optional(),
  }),
]);
const configSchema = z.looseObject({
  version: z.literal(3),
  routes: z.array(route),
  overrides: z.record(z.string(), z.looseObject({ path: z.string().optional(), contentType: z.string().optional() })).optional(),
});
export type OutputConfig = z.infer<typeof configSchema>;

export function readOutputConfig(output: string): OutputConfig {
  return configSchema.parse(JSON.parse(readFileSync(path.join(output, 'config.json'), 'utf8')));
}

export interface Answer {
  status: number;
  /** response headers, lower-case names */
  headers: Record<string, string>;
  /** the file that answers (relative to the output folder), or null for a redirect */
  file: string | null;
  /** the routes that matched, by index in config.json */
  matched: number[];
}

function substitute(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_, name: string) => (/^\d+$/.test(name) ? (match[Number(name)] ?? '') : (match.groups?.[name] ?? '')));
}

const isFile = (file: string): boolean => existsSync(file) && statSync(file).isFile();

/** The file that serves a path, if the output holds one. */
function fileFor(output: string, config: OutputConfig, pathname: string): string | null {
  const clean = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '');
  const name = clean === '' ? 'index' : clean;
  for (const [file, override] of Object.entries(config.overrides ?? {})) if (override.path === name && isFile(path.join(output, 'static', file))) return `static/${file}`;
  const candidates = [
    ...(clean === '' ? [] : [`static/${clean}`]),
    `static/${name}.html`,
    `static/${clean}/index.html`,
    `functions/${name}.prerender-fallback.html`,
    `functions/${name}.prerender-fallback.body`,
  ];
  const found = candidates.find((candidate) => isFile(path.join(output, candidate)));
  if (found) return found;
  // A page rendered on demand (not prerendered) has its function alone.
  return existsSync(path.join(output, 'functions', `${name}.func`)) ? `functions/${name}.func` : null;
}

/** Answers a GET for `target` (a path, optionally with a query), with the given request headers. */
export function answer(output: string, config: OutputConfig, target: string, requestHeaders: Record<string, string> = {}): Answer {
  const url = new URL(target, 'https://example.vercel.app');
  let pathname = url.pathname;
  let status: number | null = null;
  const headers: Record<string, string> = {};
  const matched: number[] = [];
  const phases = new Map<string, { index: number; route: z.infer<typeof route> }[]>();
  let phase = 'none';
  config.routes.forEach((entry, index) => {
    if ('handle' in entry) phase = entry.handle;
    else phases.set(phase, [...(phases.get(phase) ?? []), { index, route: entry }]);
  });
  const lower = Object.fromEntries(Object.entries(requestHeaders).map(([key, value]) => [key.toLowerCase(), value]));
  const holds = (c: z.infer<typeof condition>) => c.type === 'header' && lower[c.key.toLowerCase()] !== undefined && (c.value === undefined || new RegExp(c.value).test(lower[c.key.toLowerCase()] ?? ''));

  /** Runs one phase; true when it ended the request (a redirect). */
  const run = (name: string): boolean => {
    for (const { index, route: entry } of phases.get(name) ?? []) {
      if ('handle' in entry) continue;
      const match = new RegExp(entry.src, entry.caseSensitive ? '' : 'i').exec(pathname);
      if (!match) continue;
      if (entry.has && !entry.has.every(holds)) continue;
      if (entry.missing?.some(holds)) continue;
      matched.push(index);
      for (const [key, value] of Object.entries(entry.headers ?? {})) headers[key.toLowerCase()] = substitute(value, match);
      if (entry.status !== undefined) status = entry.status;
      if (entry.dest !== undefined) pathname = new URL(substitute(entry.dest, match), url).pathname;
      if (entry.continue) continue;
      return status !== null && status >= 300 && status < 400 && headers.location !== undefined;
    }
    return status !== null && status >= 300 && status < 400 && headers.location !== undefined;
  };

  if (run('none')) return { status: status ?? 308, headers, file: null, matched };
  if (status === null || status < 400) {
    const file = fileFor(output, config, pathname);
    if (file) {
      run('hit');
      return { status: status ?? 200, headers, file, matched };
    }
  }
  run('filesystem');
  run('resource');
  run('miss');
  // Nothing serves the path: the error phase names the error page.
  status = status ?? 404;
  run('error');
  return { status, headers, file: fileFor(output, config, pathname), matched };
}
