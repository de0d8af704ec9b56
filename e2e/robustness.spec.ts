// Hostile requests against the production server, sent as raw bytes (an HTTP client would
// normalise the paths first): none may get a 5xx, a stack trace or a file path back.
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { E2E } from './targets';

const { port } = E2E.server;

interface RawResponse {
  status: number | null;
  text: string;
}

/** Sends one request as written and reads the answer until the server closes the connection. */
function send(request: Buffer | string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset a connection it refuses (e.g. headers too large) after answering.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
    const finish = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    socket.on('end', finish);
    socket.write(request);
  });
}

const requestLine = (method: string, target: string, headers: string[] = []) =>
  [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers, '', ''].join('\r\n');

function hostileRequests(): { name: string; bytes: Buffer | string }[] {
  const requests: { name: string; bytes: Buffer | string }[] = [];
  const get = (target: string, name = target.slice(0, 80)) => requests.push({ name: `GET ${name}`, bytes: requestLine('GET', target) });

  // Path traversal, plain and encoded, towards files that exist on the server.
  const targets = ['etc/passwd', 'etc/shadow', 'proc/self/environ', 'package.json', '.env', '.next/BUILD_ID', 'content/site.yml', 'next.config.js', '.git/config', 'windows/win.ini'];
  const ups = ['../', '..%2f', '..%2F', '%2e%2e/', '%2e%2e%2f', '..%252f', '%252e%252e%252f', '..\\', '..%5c', '%c0%ae%c0%ae/', '..;/', '.../'];
  for (const target of targets) {
    for (const up of ups) {
      get(`/${up.repeat(6)}${target}`);
      get(`/_next/static/chunks/${up.repeat(5)}${target}`);
    }
    get(`/_next/static/${'../'.repeat(4)}${target}`);
    get(`/_next/image?url=${encodeURIComponent(`/${'../'.repeat(4)}${target}`)}&w=64&q=75`);
    get(`/${target}`);
    get(`//${target}`);
  }
  // Overlong paths and query strings.
  for (const size of [1024, 4096, 8192, 8192 * 2, 60_000]) {
    get(`/${'a'.repeat(size)}`, `/a×${size}`);
    get(`/?q=${'b'.repeat(size)}`, `/?q=b×${size}`);
    get(`/${'%41'.repeat(size / 3)}`, `/%41×${size / 3}`);
    get(`/${'a/'.repeat(size / 2)}`, `/a/×${size / 2}`);
  }
  // Invalid percent-encoding.
  for (const bad of ['%', '%%', '%zz', '%c0%af', '%ff%fe', '%00', '%e0%80%80', '%ed%a0%80', '%u002e', '%2', '%G0', '%%32%65', '%c3%28', '%f8%88%80%80%80']) {
    get(`/${bad}`);
    get(`/about/${bad}`);
    get(`/_next/static/${bad}`);
    get(`/?x=${bad}`);
    get(`/feed.xml/${bad}`);
  }
  // Unicode and control characters, sent as raw bytes.
  for (const chars of ['é', 'Ω', '日本語', '😀', '\u202e', '\ufeff', '\u0000', '\u0001', '\u001b[31m', '\u007f', '\t', '\r', '\n']) {
    requests.push({ name: `GET raw ${JSON.stringify(chars)}`, bytes: Buffer.from(requestLine('GET', `/${chars}x`), 'utf8') });
    get(`/${encodeURIComponent(chars)}`);
  }
  for (let byte = 0x80; byte <= 0xff; byte += 4) {
    requests.push({ name: `GET byte 0x${byte.toString(16)}`, bytes: Buffer.concat([Buffer.from('GET /'), Buffer.from([byte]), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]) });
  }
  // Odd methods on real routes, with and without a body.
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'FOO', 'HEAD', 'CONNECT']) {
    for (const target of ['/', '/about', '/feed.xml', '/sitemap.xml', '/opengraph-image.png', '/no-such-page']) {
      const body = method === 'POST' || method === 'PUT' ? 'a=1' : '';
      requests.push({
        name: `${method} ${target}`,
        bytes: requestLine(method, target, body ? ['Content-Type: application/x-www-form-urlencoded', `Content-Length: ${body.length}`] : []) + body,
      });
    }
  }
  requests.push({ name: 'POST / as a server action', bytes: requestLine('POST', '/', ['Next-Action: 0000000000000000000000000000000000000000', 'Content-Type: text/plain', 'Content-Length: 2']) + '[]' });
  requests.push({ name: 'GET / with RSC headers', bytes: requestLine('GET', '/', ['RSC: 1', 'Next-Router-State-Tree: %7B%7D%%%']) });
  requests.push({ name: 'GET / with a bad router state', bytes: requestLine('GET', '/', ['RSC: 1', 'Next-Router-State-Tree: not-json']) });
  // Huge and odd headers.
  for (const size of [4096, 8192, 16_000, 32_000, 100_000]) {
    requests.push({ name: `header of ${size} bytes`, bytes: requestLine('GET', '/', [`X-Big: ${'x'.repeat(size)}`]) });
    requests.push({ name: `cookie of ${size} bytes`, bytes: requestLine('GET', '/', [`Cookie: a=${'y'.repeat(size)}`]) });
  }
  requests.push({ name: '500 headers', bytes: requestLine('GET', '/', Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}`)) });
  for (const header of ['Host: ', 'Host: evil.example', 'Host: 127.0.0.1:99999', 'Accept-Encoding: ' + 'gzip,'.repeat(500), 'Range: bytes=0-0,1-1,2-2', 'Range: bytes=999999-', 'If-None-Match: *', 'Accept: */*;q=' + '9'.repeat(100), 'X-Forwarded-Host: evil.example', 'X-Forwarded-Proto: gopher', 'Content-Length: -1', 'Transfer-Encoding: chunked', 'Expect: 100-continue', 'Accept-Language: ' + 'x'.repeat(4000)]) {
    requests.push({ name: `GET / with ${header.slice(0, 40)}`, bytes: requestLine('GET', '/', [header]) });
  }
  // Malformed request lines.
  for (const line of ['GET', 'GET /', 'GET / HTTP/9.9', 'GET / HTTP/1.1 extra', ' / HTTP/1.1', 'GET http://evil.example/ HTTP/1.1', 'GET * HTTP/1.1', 'GET ../../etc/passwd HTTP/1.1', 'G\u0000T / HTTP/1.1']) {
    requests.push({ name: `request line ${JSON.stringify(line)}`, bytes: `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n` });
  }
  return requests;
}

const LEAKS = [
  /\n\s+at [\w$.<>]+ \(/, // a stack frame
  /\/work\/|\/home\/|\/root\/|\/tmp\/|[A-Z]:\\/, // an absolute path on the server
  /node_modules\/|\.next\/server|\[project\]/,
  /root:x:0:0/, // /etc/passwd
];

test('answers 500+ hostile requests without a 5xx, a stack trace or a file path, and still serves /', async ({ request }) => {
  test.setTimeout(240_000);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(500);
  const failures: string[] = [];
  const statuses = new Map<string, number>();
  // A few at a time, as a crawler would.
  for (let i = 0; i < requests.length; i += 8) {
    const batch = requests.slice(i, i + 8);
    const responses = await Promise.all(batch.map(({ bytes }) => send(bytes)));
    responses.forEach((response, j) => {
      const { name } = batch[j] ?? { name: '?' };
      const key = response.status === null ? 'closed' : String(response.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (response.status !== null && response.status >= 500) failures.push(`${name}: ${response.status}`);
      for (const leak of LEAKS) if (leak.test(response.text)) failures.push(`${name}: body matches ${leak}`);
    });
  }
  test.info().annotations.push({ type: 'statuses', description: JSON.stringify(Object.fromEntries(statuses)) });
  expect(failures).toEqual([]);
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain('Sanae Lotfi');
});
