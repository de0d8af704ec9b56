// `npm start`: Next's production server (the handler `next start` uses), behind one guard.
// Node hands over any request target its parser accepts; Next's router assumes a path and answers
// "GET *" (asterisk-form) with a 500. Anything that is not a path gets a plain 400 here instead.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev: false, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  if (!request.url?.startsWith('/')) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
    response.end('Bad Request\n');
    return;
  }
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
