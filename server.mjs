// `npm start`: Next's production server (the handler `next start` uses), behind one guard.
// Node hands over any request target its parser accepts, and Next answers some with a 500: "GET *"
// (asterisk-form; its router assumes a path) and, on a route with parameters such as the pages'
// catch-all, a path whose percent-encoding is not UTF-8 ("/%c0%ae"). Both get a plain 400 here.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev: false, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * @param {string | undefined} url the request target
 * @returns {boolean}
 */
function isPath(url) {
  if (!url?.startsWith('/')) return false;
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

createServer((request, response) => {
  if (!isPath(request.url)) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
    response.end('Bad Request\n');
    return;
  }
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
