import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResponseStore, everyPathHeaders, fetchFromSelf, prerenderedPaths, storeKey, varyOf } from '../../lib/serve/prerendered';
import { folderWith } from '../helpers';

function distWith(routes: Record<string, unknown>, basePath = ''): string {
  const dist = path.join(folderWith({}), '.next');
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes, dynamicRoutes: {} }));
  const headers = [
    { source: `${basePath}/:path*`, headers: [{ key: 'Content-Security-Policy', value: "default-src 'self'" }, { key: 'X-Frame-Options', value: 'DENY' }] },
    { source: '/feed.xml', headers: [{ key: 'X-Other', value: '1' }] },
  ];
  writeFileSync(path.join(dist, 'routes-manifest.json'), JSON.stringify({ version: 3, basePath, headers, redirects: [] }));
  return dist;
}

const STATIC = { initialRevalidateSeconds: false };

describe('prerenderedPaths', () => {
  it('lists the static routes that answer 200, in the one URL form, under the base path', () => {
    const routes = { '/': STATIC, '/teaching': STATIC, '/cv.html': STATIC, '/feed.xml': STATIC, '/_not-found': { ...STATIC, initialStatus: 404 }, '/gone': { ...STATIC, initialStatus: 410 }, '/_global-error': STATIC, '/news': { initialRevalidateSeconds: 60 } };
    expect([...prerenderedPaths(distWith(routes))].sort()).toEqual(['/', '/cv.html', '/feed.xml', '/teaching/']);
    expect([...prerenderedPaths(distWith(routes, '/site'))].sort()).toEqual(['/site/', '/site/cv.html', '/site/feed.xml', '/site/teaching/']);
  });
});

describe('everyPathHeaders', () => {
  it("gives the headers next.config.js sets on every path, and no route's own", () => {
    expect(everyPathHeaders(distWith({}))).toEqual([
      ['Content-Security-Policy', "default-src 'self'"],
      ['X-Frame-Options', 'DENY'],
    ]);
    expect(everyPathHeaders(distWith({}, '/site'))).toHaveLength(2);
  });
});

describe('storeKey', () => {
  const paths = new Set(['/', '/teaching/']);
  it('keys a plain GET or HEAD of a prerendered path by its Accept-Encoding', () => {
    expect(storeKey('GET', '/teaching/', {}, paths, [])).toBe('/teaching/\n');
    expect(storeKey('HEAD', '/', { 'accept-encoding': 'gzip, br' }, paths, [])).toBe('/\ngzip, br');
  });

  it('leaves to Next other methods, queries, other paths and requests with a header that changes the answer', () => {
    expect(storeKey('POST', '/', {}, paths, [])).toBeNull();
    expect(storeKey('GET', '/?a=1', {}, paths, [])).toBeNull();
    expect(storeKey('GET', '/teaching', {}, paths, [])).toBeNull();
    expect(storeKey('GET', '/nope/', {}, paths, [])).toBeNull();
    expect(storeKey('GET', undefined, {}, paths, [])).toBeNull();
    for (const name of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url', 'if-none-match', 'if-modified-since', 'range', 'x-nextjs-data']) {
      expect(storeKey('GET', '/', { [name]: '1' }, paths, []), name).toBeNull();
    }
    expect(storeKey('GET', '/', { 'x-custom': '1' }, paths, ['x-custom'])).toBeNull();
    expect(storeKey('GET', '/', { 'x-other': '1' }, paths, ['x-custom'])).toBe('/\n');
    expect(storeKey('GET', '/', { 'accept-encoding': 'gzip' }, paths, ['accept-encoding'])).toBe('/\ngzip');
  });
});

describe('varyOf', () => {
  it('reads every Vary header, lower case', () => {
    expect(varyOf([['Vary', 'rsc, Next-Router-State-Tree'], ['content-type', 'text/html'], ['vary', 'Accept-Encoding']])).toEqual(['rsc', 'next-router-state-tree', 'accept-encoding']);
    expect(varyOf([['VARY', ' rsc ,, Accept '], ['x-vary', 'cookie']])).toEqual(['rsc', 'accept']);
  });
});

describe('fetchFromSelf and ResponseStore', () => {
  it('keeps a 200 with its headers but the per-connection ones, not an error, a private answer or a cookie', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/ok/') {
        response.writeHead(200, { 'Content-Type': 'text/html', ETag: '"1"', Vary: 'Accept-Encoding', 'X-Seen-Encoding': request.headers['accept-encoding'] ?? '' });
        response.end('<p>hi</p>');
      } else if (request.url === '/private/') {
        response.writeHead(200, { 'Cache-Control': 'private' });
        response.end('x');
      } else if (request.url === '/public/') {
        response.writeHead(200, { 'Cache-Control': 'public, max-age=60', 'X-Cache-Control': 'private', 'X-Set-Cookie-Note': 'none' });
        response.end('x');
      } else if (request.url === '/no-store/') {
        response.writeHead(200, { 'cache-control': 'No-Store' });
        response.end('x');
      } else if (request.url === '/cookie/') {
        response.writeHead(200, { 'Set-Cookie': 'a=1' });
        response.end('x');
      } else {
        response.writeHead(404);
        response.end('no');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const kept = await fetchFromSelf({ host: '127.0.0.1', port }, '/ok/', 'gzip');
      expect(kept?.body.toString()).toBe('<p>hi</p>');
      expect(kept?.headers).toEqual([
        ['Content-Type', 'text/html'],
        ['ETag', '"1"'],
        ['Vary', 'Accept-Encoding'],
        ['X-Seen-Encoding', 'gzip'],
      ]);
      expect((await fetchFromSelf({ host: '127.0.0.1', port }, '/public/', ''))?.body.toString()).toBe('x');
      for (const url of ['/private/', '/no-store/', '/cookie/', '/missing/']) expect(await fetchFromSelf({ host: '127.0.0.1', port }, url, ''), url).toBeNull();
      expect(await fetchFromSelf({ host: '127.0.0.1', port: 1 }, '/ok/', '')).toBeNull();

      const store = new ResponseStore(12);
      store.fill('a', () => fetchFromSelf({ host: '127.0.0.1', port }, '/ok/', ''));
      store.fill('a', () => Promise.reject(new Error('asked twice')));
      await expect.poll(() => store.get('a')?.vary).toEqual(['accept-encoding']);
      // Over the limit (9 bytes kept, 9 more would make 18 > 12): not kept.
      store.fill('b', () => fetchFromSelf({ host: '127.0.0.1', port }, '/ok/', ''));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(store.get('b')).toBeUndefined();
      expect(store.size).toBe(1);

      // Exactly at the limit: kept; then full, so nothing more is even asked for.
      const full = new ResponseStore(9);
      full.fill('a', () => fetchFromSelf({ host: '127.0.0.1', port }, '/ok/', ''));
      await expect.poll(() => full.size).toBe(1);
      let asked = 0;
      full.fill('b', () => {
        asked += 1;
        return Promise.resolve({ headers: [], body: Buffer.alloc(0) });
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect([asked, full.size]).toEqual([0, 1]);
    } finally {
      server.close();
    }
  });
});
