// `npm run bench:load`: autocannon against the production server on `/` and on a redirect, at 10,
// 50 and 200 connections, and the same load on the same bytes served by a minimal static server
// (the floor any Node server can reach here). The budget, for `npm start`: no error or timeout in
// any row (200 connections included), and on `/` at 50 connections at least 0.8 of the floor's
// requests per second. `next start` is measured alongside, not judged.
import { type Server, createServer } from 'node:http';
import os from 'node:os';
import autocannon, { type Result } from 'autocannon';
import { ensureBuild, freePort, startServer, table } from './bench-lib';

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = [10, 50, 200];
const REDIRECT = '/about';

function load(url: string, connections: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: DURATION, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

interface Home {
  body: Buffer;
  headers: Record<string, string>;
}

/** The home page's exact bytes and headers, and the redirect, from memory: no routing, no disk. */
function staticFloor(home: Home, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, home.headers);
      response.end(home.body);
    } else if (request.url === REDIRECT) {
      response.writeHead(308, { Location: '/' });
      response.end();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  ensureBuild();
  const results: { server: string; path: string; connections: number; result: Result }[] = [];
  let home: Home = { body: Buffer.alloc(0), headers: {} };

  const servers = [
    { name: 'npm start (server.ts)', command: ['npx', 'tsx', 'server.ts'] },
    { name: 'next start', command: ['npx', 'next', 'start'] },
  ];
  for (const { name, command } of servers) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer([...command, ...(name === 'next start' ? ['-p', String(port), '-H', '127.0.0.1'] : [])], `${base}/`, {
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
    });
    try {
      if (home.body.length === 0) {
        const response = await fetch(`${base}/`);
        home = {
          body: Buffer.from(await response.arrayBuffer()),
          headers: { 'Content-Type': response.headers.get('content-type') ?? 'text/html', 'Cache-Control': response.headers.get('cache-control') ?? '' },
        };
      }
      for (const path of ['/', REDIRECT]) {
        for (const connections of CONNECTIONS) {
          process.stdout.write(`${name} ${path} ${connections} connections...\r`);
          results.push({ server: name, path, connections, result: await load(`${base}${path}`, connections) });
        }
      }
    } finally {
      await server.stop();
    }
  }

  const port = await freePort();
  const floor = await staticFloor(home, port);
  for (const path of ['/', REDIRECT]) {
    for (const connections of CONNECTIONS) {
      process.stdout.write(`static ${path} ${connections} connections...\r`);
      results.push({ server: 'static floor', path, connections, result: await load(`http://127.0.0.1:${port}${path}`, connections) });
    }
  }
  floor.close();

  const floorOf = (path: string, connections: number) =>
    results.find((entry) => entry.server === 'static floor' && entry.path === path && entry.connections === connections)?.result.requests.average ?? Number.NaN;
  const rows = results.map(({ server, path, connections, result }) => {
    const unexpected = result.non2xx - (path === REDIRECT ? result['3xx'] : 0);
    return [
      server,
      path,
      connections,
      result.requests.average.toFixed(0),
      result.latency.p50.toFixed(0),
      result.latency.p99.toFixed(0),
      result.errors,
      result.timeouts,
      unexpected,
      server === 'static floor' ? '1.00' : (result.requests.average / floorOf(path, connections)).toFixed(2),
    ];
  });
  console.log(`\nautocannon, ${DURATION} s per row, ${new Date().toISOString()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}; the server and autocannon share the machine.`);
  console.log(table(['server', 'path', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'not 2xx/3xx', '× static'], rows));
  const NPM_START = 'npm start (server.ts)';
  const failures: string[] = [];
  for (const { server, path, connections, result } of results) {
    if (server === NPM_START && (result.errors > 0 || result.timeouts > 0)) failures.push(`${server} ${path} at ${connections} connections: ${result.errors} errors, ${result.timeouts} timeouts`);
    if (server !== NPM_START && server !== 'static floor' && (result.errors > 0 || result.timeouts > 0)) {
      console.log(`(not judged) ${server} ${path} at ${connections} connections: ${result.errors} errors, ${result.timeouts} timeouts`);
    }
  }
  const judged = results.find((entry) => entry.server === NPM_START && entry.path === '/' && entry.connections === 50);
  const ratio = judged ? judged.result.requests.average / floorOf('/', 50) : 0;
  if (ratio < 0.8) failures.push(`${NPM_START} / at 50 connections: ${ratio.toFixed(2)} of the static floor, budget 0.80`);
  if (failures.length > 0) {
    console.error(`Over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Within budget: npm start has no error or timeout, and serves / at 50 connections at ${ratio.toFixed(2)} of the static floor (>= 0.80).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
