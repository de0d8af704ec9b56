// `npm start`: Next's production server (the handler `next start` uses), behind one guard.
// Node hands over any request target its parser accepts, and Next answers some with a 500: "GET *"
// (asterisk-form; its router assumes a path) and, on a route with parameters such as the pages'
// catch-all, a path whose percent-encoding is not UTF-8 ("/%c0%ae"). Both get a plain 400 here.
// So does a server action call: the site has none, and Next logs an error for each one it cannot find.
// Methods other than GET and HEAD get 405. The prerendered pages, once Next has answered them,
// are answered from memory with Next's own bytes and headers (lib/serve/prerendered.ts).
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { ResponseStore, everyPathHeaders, fetchFromSelf, prerenderedPaths, storeKey } from './lib/serve/prerendered';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev: false, hostname, port, dir: __dirname });
const handle = app.getRequestHandler();
/** Where the server asks itself for a page to keep. */
const self = { host: hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname, port };
/** Up to 64 MB of answers (STORE_MB=0 turns the store off). */
const store = new ResponseStore(Number(process.env.STORE_MB ?? 64) * 1024 * 1024);

/** Answers from memory what Next answered before, exactly; false when the request is for Next. */
function fromStore(request: IncomingMessage, response: ServerResponse, paths: ReadonlySet<string>): boolean {
  const key = storeKey(request.method, request.url, request.headers, paths, []);
  if (key === null) return false;
  const stored = store.get(key);
  if (!stored || storeKey(request.method, request.url, request.headers, paths, stored.vary) === null) {
    const url = request.url ?? '/';
    const encoding = request.headers['accept-encoding'];
    store.fill(key, () => fetchFromSelf(self, url, Array.isArray(encoding) ? encoding.join(',') : (encoding ?? '')));
    return false;
  }
  // Next's answer already holds every header the server sets first.
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  for (const [name, value] of stored.headers) response.appendHeader(name, value);
  response.setHeader('Content-Length', String(stored.body.length));
  response.writeHead(200);
  response.end(request.method === 'HEAD' ? undefined : stored.body);
  return true;
}

/** Whether the request target is a path whose percent-encoding decodes. */
function isPath(url: string | undefined): boolean {
  if (!url?.startsWith('/')) return false;
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

// Listen once Next has loaded the build (a script run by tsx has no top-level await).
app.prepare().then(() => {
  const distDir = path.resolve(__dirname, process.env.NEXT_DIST_DIR ?? '.next');
  const paths = prerenderedPaths(distDir);
  const headers = everyPathHeaders(distDir);
  createServer((request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    if (!isPath(request.url) || request.headers['next-action'] !== undefined) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      response.end('Bad Request\n');
      return;
    }
    // Every page is a static document: reading is all a visitor can do (Next would answer a POST
    // to a prerendered page with the page itself).
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      response.end('Method Not Allowed\n');
      return;
    }
    if (fromStore(request, response, paths)) return;
    handle(request, response);
  }).listen(port, hostname, () => {
    console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
  });
});
