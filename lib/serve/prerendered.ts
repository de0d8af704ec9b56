// What `npm start` (server.ts) answers without asking Next: the prerendered pages, files and feeds
// of the build, which never change while the server runs. The first request for one goes to Next
// as usual; the server also asks Next for the same path itself (same Accept-Encoding) and keeps
// the answer, so that later identical requests get Next's exact bytes and headers from memory.
// Anything else (a query, an RSC or prefetch request, a conditional or range request, a path that
// is not prerendered) always goes to Next. Next renders each answer anew from its stored files;
// on two cores that held `/` to about a quarter of a plain static server's throughput, and
// answering from memory brings it to most of it (`npm run bench:load` measures both).
import { readFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { canonicalPath } from '../content/routes';

const prerenderManifest = z.looseObject({
  routes: z.record(z.string(), z.looseObject({ initialRevalidateSeconds: z.union([z.number(), z.literal(false)]).optional(), initialStatus: z.number().optional() })),
});
const routesManifest = z.looseObject({ basePath: z.string().optional() });

/**
 * The request paths of the build's prerendered routes that never revalidate and answer 200, in
 * the site's URL form, under the base path.
 * @param distDir the build's folder (.next)
 */
export function prerenderedPaths(distDir: string): Set<string> {
  const { routes } = prerenderManifest.parse(JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')));
  const { basePath = '' } = routesManifest.parse(JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8')));
  const paths = new Set<string>();
  for (const [route, entry] of Object.entries(routes)) {
    if (entry.initialRevalidateSeconds !== false || entry.initialStatus !== undefined || route.startsWith('/_')) continue;
    paths.add(`${basePath}${canonicalPath(route)}`);
  }
  return paths;
}

export interface StoredResponse {
  headers: [string, string][];
  body: Buffer;
}

/** Headers that belong to one connection or one moment, not to the resource. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** Request headers that make Next answer something else than the page itself. */
const NEXT_ONLY = [
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
  'range',
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-nextjs-data',
];

/**
 * The key of a request the store may answer, or null when it must go to Next: GET or HEAD, a
 * prerendered path without query, none of the headers above nor any header the answer varies on
 * (`rsc`, `next-router-*`: Next lists them in Vary) but Accept-Encoding, which is part of the key.
 */
export function storeKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders, paths: ReadonlySet<string>, vary: readonly string[]): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || url === undefined || !paths.has(url)) return null;
  if (NEXT_ONLY.some((name) => headers[name] !== undefined)) return null;
  if (vary.some((name) => name !== 'accept-encoding' && headers[name] !== undefined)) return null;
  const encoding = headers['accept-encoding'];
  return `${url}\n${Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')}`;
}

/** The header names a response varies on, lower case. */
export function varyOf(headers: readonly [string, string][]): string[] {
  return headers
    .filter(([name]) => name.toLowerCase() === 'vary')
    .flatMap(([, value]) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

/** Asks the server itself for a path, as the visitor did (same Accept-Encoding), and keeps a 200. */
export function fetchFromSelf(origin: { host: string; port: number }, url: string, acceptEncoding: string): Promise<StoredResponse | null> {
  return new Promise((resolve) => {
    const request = httpRequest(
      { host: origin.host, port: origin.port, path: url, method: 'GET', headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            const name = response.rawHeaders[i] ?? '';
            if (!PER_RESPONSE.has(name.toLowerCase())) headers.push([name, response.rawHeaders[i + 1] ?? '']);
          }
          const cacheable =
            response.statusCode === 200 &&
            !headers.some(([name, value]) => /^set-cookie$/i.test(name) || (/^cache-control$/i.test(name) && /private|no-store/i.test(value)));
          resolve(cacheable ? { headers, body: Buffer.concat(chunks) } : null);
        });
        response.on('error', () => resolve(null));
      },
    );
    request.on('error', () => resolve(null));
    request.end();
  });
}

/** A store of answers, up to a number of bytes (a large site keeps its most visited pages first). */
export class ResponseStore {
  private readonly stored = new Map<string, StoredResponse & { vary: string[] }>();
  private readonly pending = new Set<string>();
  private bytes = 0;

  constructor(private readonly limit: number) {}

  get(key: string): (StoredResponse & { vary: string[] }) | undefined {
    return this.stored.get(key);
  }

  /** Starts keeping the answer for a key once (a second call while it is on its way does nothing). */
  fill(key: string, load: () => Promise<StoredResponse | null>): void {
    if (this.stored.has(key) || this.pending.has(key) || this.bytes >= this.limit) return;
    this.pending.add(key);
    void load().then((response) => {
      this.pending.delete(key);
      if (!response || this.bytes + response.body.length > this.limit) return;
      this.bytes += response.body.length;
      this.stored.set(key, { ...response, vary: varyOf(response.headers) });
    });
  }

  get size(): number {
    return this.stored.size;
  }
}

const headersManifest = z.looseObject({
  headers: z.array(z.looseObject({ source: z.string(), headers: z.array(z.object({ key: z.string(), value: z.string() })) })),
});

/**
 * The headers next.config.js gives every path (the security headers). Next adds them to the
 * answers it renders but not to its redirects; the server sets them on every answer first.
 */
export function everyPathHeaders(distDir: string): [string, string][] {
  const { headers } = headersManifest.parse(JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8')));
  return headers.filter((rule) => rule.source.endsWith('/:path*')).flatMap((rule) => rule.headers.map(({ key, value }): [string, string] => [key, value]));
}
