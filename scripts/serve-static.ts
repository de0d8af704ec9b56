// A plain static file server, to look at the export the way GitHub Pages serves it:
// `tsx scripts/serve-static.ts out [--port 8080] [--base /repo]`. No Next: folders answer with
// their index.html, "/page" finds page.html, unknown paths get 404.html with status 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type ServerResponse, createServer } from 'node:http';
import path from 'node:path';
import { commandLine } from './args';

const TYPES = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}));

const { values, positionals } = commandLine('serve-static', 'usage: tsx scripts/serve-static.ts [folder] [--port 8080] [--base /repo]', { port: { type: 'string' }, base: { type: 'string' } }, { positionals: [0, 1] });
const root = path.resolve(positionals[0] ?? 'out');
const port = Number(values.port ?? process.env.PORT ?? 8080);
const base = (values.base ?? '').replace(/\/+$/, '');
if (!existsSync(root)) {
  console.error(`serve-static: ${root} does not exist (run npm run export first)`);
  process.exit(1);
}

function send(response: ServerResponse, status: number, file: string): void {
  const type = TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': statSync(file).size });
  createReadStream(file).pipe(response);
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

createServer((request, response) => {
  const notFound = () => {
    const page = path.join(root, '404.html');
    if (isFile(page)) send(response, 404, page);
    else response.writeHead(404).end('Not found\n');
  };
  let pathname;
  try {
    // The path as sent, up to its query: parsed as a URL against a base, "//package.json" would
    // name a host and serve the home page instead of a 404.
    const target = (request.url ?? '/').split('?')[0] ?? '/';
    if (!target.startsWith('/')) throw new URIError('not a path');
    pathname = decodeURIComponent(target);
  } catch {
    response.writeHead(400).end('Bad request\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (base !== '') {
    if (pathname === base) {
      response.writeHead(301, { Location: `${base}/` }).end();
      return;
    }
    if (!pathname.startsWith(`${base}/`)) return notFound();
    pathname = pathname.slice(base.length);
  }
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return notFound();
  if (pathname.endsWith('/')) {
    return isFile(path.join(file, 'index.html')) ? send(response, 200, path.join(file, 'index.html')) : notFound();
  }
  if (isFile(file)) return send(response, 200, file);
  if (existsSync(file) && statSync(file).isDirectory()) {
    response.writeHead(301, { Location: `${base}${pathname}/` }).end();
    return;
  }
  if (isFile(`${file}.html`)) return send(response, 200, `${file}.html`);
  notFound();
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}/`));
