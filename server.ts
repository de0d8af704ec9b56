// `npm start`: Next's production server (the handler `next start` uses), behind one guard.
// Node hands over any request target its parser accepts, and Next answers some with a 500: "GET *"
// (asterisk-form; its router assumes a path) and, on a route with parameters such as the pages'
// catch-all, a path whose percent-encoding is not UTF-8 ("/%c0%ae"). Both get a plain 400 here.
// So does a server action call: the site has none, and Next logs an error for each one it cannot find.
// Methods other than GET and HEAD get 405.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev: false, hostname, port, dir: __dirname });
const handle = app.getRequestHandler();

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
  createServer((request: IncomingMessage, response: ServerResponse) => {
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
    handle(request, response);
  }).listen(port, hostname, () => {
    console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
  });
});
